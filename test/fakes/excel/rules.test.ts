import { codeOf, fakeExcel } from './testHelpers';

function matrix() {
  const { host, excel } = fakeExcel({ sheets: ['Matrix', 'Lister'] });
  host.seed('Lister', 'A1:A4', [['Kode'], ['A'], ['D'], ['I']]);
  host.addTable('Lister', 'A1:A4', { name: 'tblLevels' });
  host.seed('Matrix', 'A1:B3', [
    ['Navn', 'PSRM'],
    ['Ane', 'A'],
    ['Bo', 'x'],
  ]);
  host.addTable('Matrix', 'A1:B3', { name: 'tblMatrix' });
  return { host, excel };
}

describe('data validation', () => {
  it('records a list rule with its input message and error alert per range', async () => {
    const { host, excel } = matrix();
    host.addName('lstCodes', '=tblLevels[Kode]');
    await excel.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem('Matrix').getRange('B2:B3').dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: '=lstCodes' } };
      dv.prompt = { showPrompt: true, title: 'Kode', message: 'A, D eller I' };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Ugyldig', message: 'Vælg en kode' };
      await ctx.sync();
    });
    expect(host.snapshot().sheets[0].dataValidations).toEqual([
      {
        address: 'B2:B3',
        type: 'List',
        rule: { list: { inCellDropDown: true, source: '=lstCodes' } },
        prompt: { showPrompt: true, title: 'Kode', message: 'A, D eller I' },
        errorAlert: { showAlert: true, style: 'Stop', title: 'Ugyldig', message: 'Vælg en kode' },
      },
    ]);
  });

  it('stores a Range list source as its absolute address', async () => {
    const { host, excel } = matrix();
    await excel.run(async (ctx) => {
      const source = ctx.workbook.tables
        .getItem('tblLevels')
        .columns.getItem('Kode')
        .getDataBodyRange();
      ctx.workbook.worksheets.getItem('Matrix').getRange('B2:B3').dataValidation.rule = {
        list: { inCellDropDown: true, source },
      };
      await ctx.sync();
    });
    expect(host.sheet('Matrix').validation('B2').rule).toEqual({
      list: { inCellDropDown: true, source: '=Lister!$A$2:$A$4' },
    });
  });

  it.each([
    ['a list source', { list: { inCellDropDown: true, source: '=tblLevels[Kode]' } }],
    ['a custom formula', { custom: { formula: '=COUNTIF(tblLevels[Kode],B2)>0' } }],
  ])('refuses a structured reference in %s', async (_label, rule) => {
    const { excel } = matrix();
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Matrix').getRange('B2:B3').dataValidation.rule = rule;
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('refuses a literal list longer than 255 characters', async () => {
    const { excel } = matrix();
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Matrix').getRange('B2').dataValidation.rule = {
          list: { inCellDropDown: true, source: 'abc,'.repeat(64) },
        };
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('clears validation from part of a range, keeping the rest', async () => {
    const { host, excel } = matrix();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Matrix');
      ws.getRange('B2:B5').dataValidation.rule = { custom: { formula: '=LEN(B2)<3' } };
      ws.getRange('B3').dataValidation.clear();
      await ctx.sync();
    });
    expect(host.snapshot().sheets[0].dataValidations.map((v) => v.address)).toEqual([
      'B2',
      'B4:B5',
    ]);
  });
});

describe('conditional formats', () => {
  it('records a custom rule with its fill and font colour per range', async () => {
    const { host, excel } = matrix();
    host.addName('lstCodes', '=tblLevels[Kode]');
    await excel.run(async (ctx) => {
      const cf = ctx.workbook.worksheets
        .getItem('Matrix')
        .getRange('B2:B3')
        .conditionalFormats.add(excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = '=AND(B2<>"",COUNTIF(lstCodes,B2)=0)';
      cf.custom.format.fill.color = '#FFC7CE';
      cf.custom.format.font.color = '#9C0006';
      await ctx.sync();
    });
    expect(host.snapshot().sheets[0].conditionalFormats).toEqual([
      {
        address: 'B2:B3',
        type: 'Custom',
        formula: '=AND(B2<>"",COUNTIF(lstCodes,B2)=0)',
        fill: '#FFC7CE',
        fontColor: '#9C0006',
      },
    ]);
  });

  it('refuses a structured reference in a conditional-format formula', async () => {
    const { excel } = matrix();
    const code = await codeOf(
      excel.run(async (ctx) => {
        const cf = ctx.workbook.worksheets
          .getItem('Matrix')
          .getRange('B2:B3')
          .conditionalFormats.add('Custom');
        cf.custom.rule.formula = '=COUNTIF(tblLevels[Kode],B2)=0';
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('counts and clears the formats of a range', async () => {
    const { host, excel } = matrix();
    const counts = await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Matrix').getRange('B2:B3');
      for (const colour of ['#C6EFCE', '#FFEB9C']) {
        const cf = range.conditionalFormats.add('Custom');
        cf.custom.rule.formula = '=B2="A"';
        cf.custom.format.fill.color = colour;
      }
      const before = range.conditionalFormats.getCount();
      await ctx.sync();
      range.conditionalFormats.clearAll();
      const after = range.conditionalFormats.getCount();
      await ctx.sync();
      return [before.value, after.value];
    });
    expect(counts).toEqual([2, 0]);
    expect(host.snapshot().sheets[0].conditionalFormats).toEqual([]);
  });
});

describe('defined names', () => {
  it('adds names from a Range or a formula and resolves them', async () => {
    const { host, excel } = matrix();
    const out = await excel.run(async (ctx) => {
      const body = ctx.workbook.tables.getItem('tblLevels').getDataBodyRange();
      ctx.workbook.names.add('lstCodesFixed', body);
      const structured = ctx.workbook.names.add('lstCodes', '=tblLevels[Kode]', 'Koderne');
      const range = structured.getRange().load('address');
      structured.load('type, value');
      await ctx.sync();
      return [range.address, structured.type, structured.value];
    });
    expect(out).toEqual(['Lister!A2:A4', 'Range', 'Lister!$A$2:$A$4']);
    expect(host.snapshot().names).toEqual([
      { name: 'lstCodesFixed', formula: '=Lister!$A$2:$A$4' },
      { name: 'lstCodes', formula: '=tblLevels[Kode]' },
    ]);
  });

  it.each([
    ['a space', 'lst Codes', 'InvalidArgument'],
    ['a cell reference', 'AB12', 'InvalidArgument'],
    ['a table name', 'TBLLEVELS', 'ItemAlreadyExists'],
  ])('refuses a name with %s', async (_label, name, expected) => {
    const { excel } = matrix();
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.names.add(name, '=Lister!$A$2:$A$4');
        await ctx.sync();
      }),
    );
    expect(code).toBe(expected);
  });

  it('finds a missing name as a null object', async () => {
    const { excel } = matrix();
    await excel.run(async (ctx) => {
      const n = ctx.workbook.names.getItemOrNullObject('nope');
      await ctx.sync();
      expect(n.isNullObject).toBe(true);
    });
  });
});
