import { codeOf, fakeExcel } from './testHelpers';

/**
 * Where the fake is as strict as Excel's documentation and issue tracker say Excel is; each
 * rule cites its source in the model code (formulaCheck.ts, tableEdits.ts, workbook.ts).
 */
function matrix() {
  const { host, excel } = fakeExcel({ sheets: ['Matrix', 'Status'] });
  host.seed('Matrix', 'A1:C3', [
    ['Navn', 'Rolle', 'PSRM'],
    ['Ane', 'Projektleder', 'A'],
    ['Bo', '', 'D'],
  ]);
  host.addTable('Matrix', 'A1:C3', { name: 'tblMatrix' });
  return { host, excel };
}

const write = (
  excel: ReturnType<typeof matrix>['excel'],
  sheet: string,
  address: string,
  formulas: unknown[][],
) =>
  codeOf(
    excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).getRange(address).formulas = formulas as string[][];
      await ctx.sync();
    }),
  );

describe('formulas that name what does not exist', () => {
  it('refuses a structured reference to a table the workbook does not have, and writes nothing', async () => {
    const { host, excel } = matrix();
    expect(await write(excel, 'Status', 'A1:A2', [['x'], ['=COUNTA(tblAreas[ID])']])).toBe(
      'InvalidArgument',
    );
    expect(host.sheet('Status').usedAddress()).toBeNull();
  });

  it('refuses a column the table lacks, and an unknown special item', async () => {
    const { excel } = matrix();
    expect(await write(excel, 'Status', 'A1', [['=COUNTA(tblMatrix[Afdeling])']])).toBe(
      'InvalidArgument',
    );
    expect(await write(excel, 'Status', 'A1', [['=ROWS(tblMatrix[[#Body]])']])).toBe(
      'InvalidArgument',
    );
  });

  it('accepts the forms the add-in writes, in either case', async () => {
    const { excel } = matrix();
    expect(
      await write(excel, 'Status', 'A1:A3', [
        ['=COUNTIFS(tblmatrix[psrm],"A",tblMatrix[Navn],"<>")'],
        ['=INDEX(tblMatrix[[#Data]],0,MATCH("PSRM",tblMatrix[[#Headers]],0))'],
        ['=MATCH("x",tblMatrix[[Navn]:[Rolle]],0)'],
      ]),
    ).toBe('resolved');
    expect(await write(excel, 'Matrix', 'C2', [['=tblMatrix[[#This Row],[Rolle]]&[@Navn]']])).toBe(
      'resolved',
    );
  });

  it('refuses a validation source or conditional format that names an undefined name', async () => {
    const { host, excel } = matrix();
    const validate = () =>
      codeOf(
        excel.run(async (ctx) => {
          const range = ctx.workbook.worksheets.getItem('Matrix').getRange('C2:C3');
          range.dataValidation.rule = { list: { inCellDropDown: true, source: '=lstCodes' } };
          await ctx.sync();
        }),
      );
    expect(await validate()).toBe('InvalidArgument');
    const format = await codeOf(
      excel.run(async (ctx) => {
        const cf = ctx.workbook.worksheets
          .getItem('Matrix')
          .getRange('C2:C3')
          .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
        cf.custom.rule.formula = '=ISNA(MATCH(C2,lstCodes,0))';
        await ctx.sync();
      }),
    );
    expect(format).toBe('InvalidArgument');
    host.addName('lstCodes', '=tblMatrix[PSRM]');
    expect(await validate()).toBe('resolved');
  });

  it('refuses a defined name that refers to a table not yet made', async () => {
    const { excel } = matrix();
    const add = (formula: string) =>
      codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.names.add('lstX', formula);
          await ctx.sync();
        }),
      );
    expect(await add('=tblLevels[Kode]')).toBe('InvalidArgument');
    expect(await add('=tblMatrix[Navn]')).toBe('resolved');
  });
});

describe('calculated columns', () => {
  it('turns distinct formulas written into an empty table column into one calculated column', async () => {
    const { host, excel } = matrix();
    await excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('tblMatrix').columns.add(undefined, undefined, 'Tjek');
      await ctx.sync();
    });
    expect(await write(excel, 'Matrix', 'D2:D3', [['="A"&1'], ['="B"&2']])).toBe('resolved');
    expect(host.sheet('Matrix').formulas('D2:D3')).toEqual([['="A"&1'], ['="A"&1']]);
  });

  it('fills a calculated column into rows the table grows by, and keeps typed exceptions', async () => {
    const { host, excel } = matrix();
    await excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('tblMatrix').columns.add(undefined, undefined, 'Tjek');
      await ctx.sync();
    });
    await write(excel, 'Matrix', 'D2:D3', [['=[@Navn]&"!"'], ['=[@Navn]&"!"']]);
    host.localEdit('Matrix', 'A4', [['Cai']]);
    expect(host.snapshot().tables[0].address).toBe('A1:D4');
    expect(host.sheet('Matrix').formulas('D4')).toEqual([['=[@Navn]&"!"']]);
    // A typed value in the column stays; the next formula write keeps it.
    host.localEdit('Matrix', 'D3', [['typed']]);
    await write(excel, 'Matrix', 'D2:D4', [['=[@Navn]&"?"'], [null], ['=[@Navn]&"?"']]);
    expect(host.sheet('Matrix').formulas('D2:D4')).toEqual([
      ['=[@Navn]&"?"'],
      ['typed'],
      ['=[@Navn]&"?"'],
    ]);
  });
});

describe('table growth', () => {
  it('grows by a non-empty row written right below it, not by an empty one', async () => {
    const { host, excel } = matrix();
    await write(excel, 'Matrix', 'A4:C4', [['', '', '']]);
    expect(host.snapshot().tables[0].address).toBe('A1:C3');
    await write(excel, 'Matrix', 'A4:C4', [['Cai', '', 'I']]);
    expect(host.snapshot().tables[0].address).toBe('A1:C4');
  });

  it('does not grow over a row that already held content; the write overwrites it', async () => {
    const { host, excel } = fakeExcel({ sheets: ['Matrix'] });
    // The note was there before the table was made (typing it later would grow the table).
    host.seed('Matrix', 'A1:C4', [
      ['Navn', 'Rolle', 'PSRM'],
      ['Ane', 'Projektleder', 'A'],
      ['Bo', '', 'D'],
      ['', 'a note', ''],
    ]);
    host.addTable('Matrix', 'A1:C3', { name: 'tblMatrix' });
    await write(excel, 'Matrix', 'A4:C4', [['Cai', 'Leder', 'I']]);
    expect(host.snapshot().tables[0].address).toBe('A1:C3');
    expect(host.sheet('Matrix').values('B4')).toEqual([['Leder']]);
  });
});

describe('selection', () => {
  it('does not switch sheets when a range on an inactive sheet is selected', async () => {
    const { host, excel } = matrix();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Status').activate();
      ctx.workbook.worksheets.getItem('Matrix').getRange('C1:C3').select();
      await ctx.sync();
    });
    expect(host.snapshot().activeSheet).toBe('Status');
  });
});
