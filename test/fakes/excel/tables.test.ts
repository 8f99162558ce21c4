import { codeOf, fakeExcel } from './testHelpers';

function withTable() {
  const { host, excel } = fakeExcel({ sheets: ['S'] });
  host.seed('S', 'A1:B3', [
    ['Navn', 'Kode'],
    ['Ane', 'A'],
    ['Bo', 'D'],
  ]);
  host.addTable('S', 'A1:B3', { name: 'tblMatrix' });
  return { host, excel };
}

describe('table names', () => {
  const rename = async (
    to: string,
    setup?: (host: ReturnType<typeof withTable>['host']) => void,
  ) => {
    const { host, excel } = withTable();
    setup?.(host);
    return codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.tables.getItem('tblMatrix').name = to;
        await ctx.sync();
      }),
    );
  };

  it.each([
    ['letters', 'tblAreas'],
    ['a leading underscore', '_hidden'],
    ['a leading backslash', '\\slash'],
    ['a period', 'tbl.v2'],
    ['Danish letters', 'Områder_1'],
    ['255 characters', 'x'.repeat(255)],
  ])('accepts %s', async (_label, name) => {
    expect(await rename(name)).toBe('resolved');
  });

  it.each([
    ['a leading digit', '1tbl'],
    ['a space', 'tbl Areas'],
    ['a hyphen', 'tbl-Areas'],
    ['an A1 reference', 'A1'],
    ['another A1 reference', 'xfd1048576'],
    ['an R1C1 reference', 'R1C1'],
    ['a lone R', 'r'],
    ['256 characters', 'x'.repeat(256)],
    ['blank', ''],
  ])('rejects %s with InvalidArgument', async (_label, name) => {
    expect(await rename(name)).toBe('InvalidArgument');
  });

  it('rejects a name another table holds, regardless of case', async () => {
    const code = await rename('TBLOTHER', (host) => {
      host.seed('S', 'E1:E2', [['H'], [1]]);
      host.addTable('S', 'E1:E2', { name: 'tblOther' });
    });
    expect(code).toBe('ItemAlreadyExists');
  });

  it('rejects a name a defined name holds', async () => {
    expect(await rename('lstCodes', (host) => host.addName('lstCodes', '=S!$B$2:$B$3'))).toBe(
      'ItemAlreadyExists',
    );
  });

  it('updates structured references when a table is renamed', async () => {
    const { host, excel } = withTable();
    host.seed('S', 'E1', [['=COUNTIF(tblMatrix[Kode],"A")']]);
    host.addName('lstCodes', '=tblMatrix[Kode]');
    await excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('tblMatrix').name = 'tblPeople';
      await ctx.sync();
    });
    expect(host.sheet('S').formulas('E1')).toEqual([['=COUNTIF(tblPeople[Kode],"A")']]);
    expect(host.snapshot().names).toEqual([{ name: 'lstCodes', formula: '=tblPeople[Kode]' }]);
  });
});

describe('creating tables', () => {
  it('names blank headers ColumnN and numbers repeated ones, writing them into the cells', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.seed('S', 'A1:D1', [['Navn', '', 'navn', 2024]]);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').tables.add('A1:D2', true);
      await ctx.sync();
    });
    const table = host.snapshot().tables[0];
    expect(table).toMatchObject({
      name: 'Tabel1',
      headers: ['Navn', 'Column2', 'navn2', '2024'],
      style: 'TableStyleMedium2',
    });
    expect(host.sheet('S').values('A1:D1')).toEqual([['Navn', 'Column2', 'navn2', '2024']]);
  });

  it('gives a header-only table an empty body row', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.seed('S', 'A1:B1', [['A', 'B']]);
    await excel.run(async (ctx) => {
      ctx.workbook.tables.add('S!A1:B1', true).name = 'tblX';
      await ctx.sync();
    });
    expect(host.snapshot().tables[0].address).toBe('A1:B2');
  });

  it('inserts a header row above data added without headers, pushing the cells below down', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.seed('S', 'A1:A3', [['x'], ['y'], ['below']]);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').tables.add('A1:A2', false);
      await ctx.sync();
    });
    expect(host.sheet('S').values('A1:A4')).toEqual([['Column1'], ['x'], ['y'], ['below']]);
    expect(host.snapshot().tables[0].address).toBe('A1:A3');
  });

  it('refuses a table that overlaps another table', async () => {
    const { excel } = withTable();
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').tables.add('B2:C4', true);
        await ctx.sync();
      }),
    );
    expect(code).toBe('MergedRangeConflict');
  });

  it('renames a column when its header cell is overwritten', async () => {
    const { host } = withTable();
    host.remoteEdit('S', 'B1', [['Navn']]);
    expect(host.snapshot().tables[0].headers).toEqual(['Navn', 'Navn2']);
  });
});

describe('growing tables', () => {
  it('expands the table when values are written into the row just below it', async () => {
    const { host, excel } = withTable();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A4:B5').values = [
        ['Cy', 'I'],
        ['Di', 'A'],
      ];
      await ctx.sync();
    });
    expect(host.snapshot().tables[0].address).toBe('A1:B5');
    expect(host.rowsAddCalls).toBe(0);
  });

  it('does not expand for a write that leaves a gap below the table', async () => {
    const { host } = withTable();
    host.remoteEdit('S', 'A5', [['far']]);
    expect(host.snapshot().tables[0].address).toBe('A1:B3');
  });

  it('carries the column validation down when the table expands', async () => {
    const { host, excel } = withTable();
    await excel.run(async (ctx) => {
      const body = ctx.workbook.tables
        .getItem('tblMatrix')
        .columns.getItem('Kode')
        .getDataBodyRange();
      body.dataValidation.rule = { list: { inCellDropDown: true, source: 'A,D,I' } };
      await ctx.sync();
      ctx.workbook.worksheets.getItem('S').getRange('A4:B4').values = [['Cy', 'I']];
      await ctx.sync();
    });
    expect(host.snapshot().sheets[0].dataValidations.map((v) => v.address)).toEqual(['B2:B4']);
  });

  it('adds rows through TableRowCollection.add and counts each use', async () => {
    const { host, excel } = withTable();
    host.seed('S', 'A5', [['below the table']]);
    await excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('tblMatrix').rows.add(undefined, [['Cy', 'I']]);
      await ctx.sync();
    });
    expect(host.rowsAddCalls).toBe(1);
    expect(host.snapshot().tables[0].address).toBe('A1:B4');
    expect(host.sheet('S').values('A4:A6')).toEqual([['Cy'], [''], ['below the table']]);
  });

  it('adds a column with its header', async () => {
    const { host, excel } = withTable();
    await excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('tblMatrix').columns.add(undefined, [['PSRM'], ['A'], ['']]);
      await ctx.sync();
    });
    expect(host.snapshot().tables[0]).toMatchObject({
      address: 'A1:C3',
      headers: ['Navn', 'Kode', 'PSRM'],
    });
  });

  it('resizes a table when the host has ExcelApi 1.13, keeping the header row in place', async () => {
    const { host, excel } = withTable();
    const resize = (address: string) =>
      codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.tables.getItem('tblMatrix').resize(address);
          await ctx.sync();
        }),
      );
    expect(await resize('A2:B6')).toBe('InvalidArgument');
    expect(await resize('A1:C6')).toBe('resolved');
    expect(host.snapshot().tables[0]).toMatchObject({
      address: 'A1:C6',
      headers: ['Navn', 'Kode', 'Column3'],
    });
  });
});

describe('sorting, filtering and removing', () => {
  it('sorts the body rows, blanks last', async () => {
    const { host, excel } = withTable();
    host.seed('S', 'A4:B4', [['', 'B']]);
    await excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('tblMatrix').sort.apply([{ key: 0, ascending: false }]);
      await ctx.sync();
    });
    expect(host.sheet('S').values('A2:B4')).toEqual([
      ['Bo', 'D'],
      ['Ane', 'A'],
      ['', 'B'],
    ]);
  });

  it('reads table parts and column metadata', async () => {
    const { excel } = withTable();
    const out = await excel.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem('tblMatrix');
      const header = t.getHeaderRowRange().load('address');
      const body = t.getDataBodyRange().load('values');
      const col = t.columns.getItem('Kode').load('index, name, values');
      t.rows.load('count');
      t.load('name, showTotals, style');
      await ctx.sync();
      return {
        header: header.address,
        body: body.values,
        col: [col.index, col.name, col.values],
        rows: t.rows.count,
        t: [t.name, t.showTotals, t.style],
      };
    });
    expect(out).toEqual({
      header: 'S!A1:B1',
      body: [
        ['Ane', 'A'],
        ['Bo', 'D'],
      ],
      col: [1, 'Kode', [['Kode'], ['A'], ['D']]],
      rows: 2,
      t: ['tblMatrix', false, 'TableStyleMedium2'],
    });
  });

  it('deletes a table with its cells, or converts it to a range keeping them', async () => {
    const a = withTable();
    await a.excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('tblMatrix').delete();
      await ctx.sync();
    });
    expect(a.host.snapshot().tables).toEqual([]);
    expect(a.host.sheet('S').usedAddress()).toBeNull();
    const b = withTable();
    await b.excel.run(async (ctx) => {
      ctx.workbook.tables.getItem('tblMatrix').convertToRange();
      await ctx.sync();
    });
    expect(b.host.snapshot().tables).toEqual([]);
    expect(b.host.sheet('S').usedAddress()).toBe('A1:B3');
  });
});
