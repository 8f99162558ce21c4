import { codeOf, fakeExcel, thrownCode } from './testHelpers';

describe('workbook.settings (ExcelApi 1.4)', () => {
  it('adds a setting and reads it back after sync, as a JSON copy', async () => {
    const { host, excel } = fakeExcel();
    const written = { tables: [['tblMatrix', 'Matrix']], n: 1, flag: true, none: null };
    await excel.run(async (ctx) => {
      ctx.workbook.settings.add('where', written);
      await ctx.sync();
      const item = ctx.workbook.settings.getItem('where').load('key,value');
      await ctx.sync();
      expect(item.key).toBe('where');
      expect(item.value).toEqual(written);
      expect(item.value).not.toBe(written);
    });
    expect(host.setting('where')).toEqual(written);
  });

  it('serialises values: undefined members vanish, a Date comes back as a Date', async () => {
    const { excel } = fakeExcel();
    const at = new Date(Date.UTC(2026, 0, 2, 3, 4));
    await excel.run(async (ctx) => {
      ctx.workbook.settings.add('v', { at, gone: undefined, list: [1, 'a'] });
      const item = ctx.workbook.settings.getItem('v').load('value');
      await ctx.sync();
      expect(item.value).toEqual({ at, list: [1, 'a'] });
      expect(item.value.at).toBeInstanceOf(Date);
    });
  });

  it('refuses a value JSON cannot hold, and an empty key, at sync', async () => {
    const { host, excel } = fakeExcel();
    expect(
      await codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.settings.add('k', undefined);
          await ctx.sync();
        }),
      ),
    ).toBe('InvalidArgument');
    expect(
      await codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.settings.add('', 1);
          await ctx.sync();
        }),
      ),
    ).toBe('InvalidArgument');
    expect(host.setting('k')).toBeUndefined();
  });

  it('add overwrites; keys are case-sensitive; delete removes', async () => {
    const { host, excel } = fakeExcel();
    await excel.run(async (ctx) => {
      ctx.workbook.settings.add('k', 1);
      ctx.workbook.settings.add('k', 2);
      ctx.workbook.settings.add('K', 3);
      const count = ctx.workbook.settings.getCount();
      await ctx.sync();
      expect(count.value).toBe(2);
    });
    expect(host.setting('k')).toBe(2);
    expect(host.setting('K')).toBe(3);
    await excel.run(async (ctx) => {
      ctx.workbook.settings.getItem('K').delete();
      const all = ctx.workbook.settings.load('items/key,items/value');
      await ctx.sync();
      expect(all.items.map((s) => [s.key, s.value])).toEqual([['k', 2]]);
    });
  });

  it('getItem fails at sync with ItemNotFound; getItemOrNullObject gives a null object', async () => {
    const { excel } = fakeExcel();
    expect(
      await codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.settings.getItem('missing').load('value');
          await ctx.sync();
        }),
      ),
    ).toBe('ItemNotFound');
    await excel.run(async (ctx) => {
      const item = ctx.workbook.settings.getItemOrNullObject('missing').load('value');
      await ctx.sync();
      expect(item.isNullObject).toBe(true);
      expect(thrownCode(() => item.value)).not.toBe('returned');
    });
  });

  it('sets a value through Setting.value', async () => {
    const { host, excel } = fakeExcel();
    host.seedSetting('k', 'old');
    await excel.run(async (ctx) => {
      ctx.workbook.settings.getItem('k').value = ['new'];
      await ctx.sync();
    });
    expect(host.setting('k')).toEqual(['new']);
  });

  it('needs ExcelApi 1.4: below it, reaching workbook.settings throws ApiNotFound', async () => {
    const { excel } = fakeExcel({ requirementSets: { ExcelApi: '1.3' } });
    await excel.run(async (ctx) => {
      expect(thrownCode(() => ctx.workbook.settings)).toBe('ApiNotFound');
    });
  });

  it('keeps the settings with the workbook; Office.context.document has them as of the runtime start', async () => {
    const { host, excel } = fakeExcel();
    const office = host.Office.context.document.settings;
    expect(office.get('k')).toBeNull();
    await excel.run(async (ctx) => {
      ctx.workbook.settings.add('k', { a: 1 });
      await ctx.sync();
    });
    // Office.Settings is loaded when the add-in starts; a later write is not in that copy.
    expect(office.get('k')).toBeNull();
    host.restartAddin();
    expect(office.get('k')).toEqual({ a: 1 });
    await excel.run(async (ctx) => {
      const item = ctx.workbook.settings.getItem('k').load('value');
      await ctx.sync();
      expect(item.value).toEqual({ a: 1 });
    });
  });

  it('fails every settings operation at sync while the test breaks them', async () => {
    const { host, excel } = fakeExcel();
    host.breakSettings('AccessDenied');
    expect(
      await codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.settings.getItemOrNullObject('k').load('value');
          await ctx.sync();
        }),
      ),
    ).toBe('AccessDenied');
    host.breakSettings(null);
    expect(
      await codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.settings.add('k', 1);
          await ctx.sync();
        }),
      ),
    ).toBe('resolved');
  });
});
