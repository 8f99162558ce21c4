import { codeOf, fakeExcel, thrownCode } from './testHelpers';

describe('loading properties', () => {
  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.seed('S', 'A1', [[42]]);
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
      expect(thrownCode(() => r.values)).toBe('PropertyNotLoaded');
      r.load('values');
      expect(thrownCode(() => r.values)).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(r.values).toEqual([[42]]);
      expect(thrownCode(() => r.address)).toBe('PropertyNotLoaded');
    });
  });

  it('keeps loaded values as they were at the sync', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.seed('S', 'A1', [['before']]);
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await ctx.sync();
      host.remoteEdit('S', 'A1', [['after']]);
      expect(r.values).toEqual([['before']]);
    });
  });

  it('accepts the string, array and object forms of load, including nested paths', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.seed('S', 'A1:B1', [['a', 'b']]);
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const a = ws.getRange('A1:B1').load('values, address');
      const b = ws.getRange('A1').load(['rowCount', 'format/font/bold']);
      const c = ws.getRange('B1').load({ select: 'columnIndex', expand: 'format/fill' });
      await ctx.sync();
      expect(a.address).toBe('S!A1:B1');
      expect(b.rowCount).toBe(1);
      expect(b.format.font.bold).toBe(false);
      expect(c.columnIndex).toBe(1);
      expect(c.format.fill.color).toBe('#FFFFFF');
    });
  });

  it('fails the sync when asked to load a property that does not exist', async () => {
    const { excel } = fakeExcel();
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').load('vaules');
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('echoes a value that was just set, as Office.js proxies do', async () => {
    const { excel } = fakeExcel();
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1');
      r.values = [['set']];
      expect(r.values).toEqual([['set']]);
    });
  });

  it('loads collection items and reads ClientResult values only after sync', async () => {
    const { excel } = fakeExcel({ sheets: ['One', 'Two'] });
    await excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(thrownCode(() => sheets.items)).toBe('PropertyNotLoaded');
      sheets.load('items/name');
      const count = sheets.getCount();
      expect(thrownCode(() => count.value)).toBe('ValueNotLoaded');
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['One', 'Two']);
      expect(count.value).toBe(2);
    });
  });

  it('reports an unimplemented member by name instead of returning undefined', async () => {
    const { excel } = fakeExcel();
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1') as unknown as Record<
        string,
        unknown
      >;
      expect(thrownCode(() => r.getSpillingToRange)).toBe('NotImplemented');
    });
  });
});

describe('missing items', () => {
  it('fails getItem on a missing worksheet at sync with ItemNotFound', async () => {
    const { excel } = fakeExcel();
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Nope').load('name');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  it('fails getItem on a missing table, name and column with ItemNotFound', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.seed('S', 'A1:A2', [['H'], [1]]);
    host.addTable('S', 'A1:A2', { name: 'tbl' });
    const load = (pick: (ctx: Excel.RequestContext) => { load: (p: string) => unknown }) =>
      codeOf(
        excel.run(async (ctx) => {
          pick(ctx).load('name');
          await ctx.sync();
        }),
      );
    expect(await load((ctx) => ctx.workbook.tables.getItem('tblNope'))).toBe('ItemNotFound');
    expect(await load((ctx) => ctx.workbook.names.getItem('nope'))).toBe('ItemNotFound');
    expect(await load((ctx) => ctx.workbook.tables.getItem('tbl').columns.getItem('Nope'))).toBe(
      'ItemNotFound',
    );
    expect(await load((ctx) => ctx.workbook.tables.getItem('TBL').columns.getItem('h'))).toBe(
      'resolved',
    );
  });

  it('returns a null object from getItemOrNullObject, readable after sync without load', async () => {
    const { excel } = fakeExcel({ sheets: ['Here'] });
    await excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const present = ctx.workbook.worksheets.getItemOrNullObject('here');
      expect(thrownCode(() => missing.isNullObject)).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('refuses to read other properties of a null object', async () => {
    const { excel } = fakeExcel();
    await excel.run(async (ctx) => {
      const missing = ctx.workbook.tables.getItemOrNullObject('tblNope').load('name');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(/null object/);
    });
  });

  it('fails an operation on a null object at sync', async () => {
    const { excel } = fakeExcel();
    const code = await codeOf(
      excel.run(async (ctx) => {
        const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
        missing.getRange('A1').values = [[1]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });

  it('mixing objects of two request contexts is refused', async () => {
    const { excel } = fakeExcel();
    await excel.run(async (a) => {
      await excel.run(async (b) => {
        const range = a.workbook.worksheets.getActiveWorksheet().getRange('A1:B2');
        expect(thrownCode(() => b.workbook.tables.add(range, true))).toBe('InvalidRequestContext');
      });
    });
  });
});
