import { createFakeExcel } from './index';
import { codeOf, fakeExcel, thrownCode } from './testHelpers';

describe('requirement sets', () => {
  it('answers isSetSupported from the host options', () => {
    const { host } = fakeExcel({ requirementSets: { ExcelApi: '1.12' } });
    const req = host.Office.context.requirements;
    expect(req.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(req.isSetSupported('ExcelApi', 1.12)).toBe(true);
    expect(req.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(req.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  it('fails Table.resize with ApiNotFound on a host below ExcelApi 1.13', async () => {
    const { host, excel } = fakeExcel({ requirementSets: { ExcelApi: '1.12' }, sheets: ['S'] });
    host.seed('S', 'A1:A2', [['H'], [1]]);
    host.addTable('S', 'A1:A2', { name: 'tbl' });
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.tables.getItem('tbl').resize('A1:A5');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
    expect(host.snapshot().tables[0].address).toBe('A1:A2');
  });

  it('throws ApiNotFound at the call itself, before any sync, as Office.js does', async () => {
    const { excel } = fakeExcel({ requirementSets: { ExcelApi: '1.12' } });
    await excel.run(async (ctx) => {
      const table = ctx.workbook.tables.getItem('tbl');
      expect(thrownCode(() => table.resize('A1:A5'))).toBe('ApiNotFound');
      expect(thrownCode(() => ctx.workbook.worksheets.onChanged)).toBe('returned');
    });
  });

  it('fails getMergedAreasOrNullObject with ApiNotFound below 1.13 and answers it from 1.13', async () => {
    const probe = (version: string) => {
      const { excel } = fakeExcel({ requirementSets: { ExcelApi: version } });
      return codeOf(
        excel.run(async (ctx) => {
          const areas = ctx.workbook.worksheets
            .getActiveWorksheet()
            .getRange('A1:C3')
            .getMergedAreasOrNullObject();
          await ctx.sync();
          expect(areas.isNullObject).toBe(true);
        }),
      );
    };
    expect(await probe('1.12')).toBe('ApiNotFound');
    expect(await probe('1.13')).toBe('resolved');
  });

  it('fails worksheets.onChanged below 1.9 while Worksheet.onChanged works from 1.7', async () => {
    const { excel } = fakeExcel({ requirementSets: { ExcelApi: '1.8' } });
    const register = (
      pick: (
        ctx: Excel.RequestContext,
      ) => OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>,
    ) =>
      codeOf(
        excel.run(async (ctx) => {
          pick(ctx).add(async () => undefined);
          await ctx.sync();
        }),
      );
    expect(await register((ctx) => ctx.workbook.worksheets.onChanged)).toBe('ApiNotFound');
    expect(await register((ctx) => ctx.workbook.worksheets.getActiveWorksheet().onChanged)).toBe(
      'resolved',
    );
  });

  it('fails data validation below ExcelApi 1.8', async () => {
    const { excel } = fakeExcel({ requirementSets: { ExcelApi: '1.7' } });
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').dataValidation.rule = {
          list: { inCellDropDown: true, source: 'A,B' },
        };
        await ctx.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
  });
});

describe('host features', () => {
  it('fails ChartCollection.add at sync when the host cannot draw charts', async () => {
    const { host, excel } = fakeExcel({ features: { charts: false }, sheets: ['S'] });
    host.seed('S', 'A1:B2', [
      ['Område', 'Antal'],
      ['PSRM', 2],
    ]);
    const code = await codeOf(
      excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.charts.add(
          excel.ChartType.columnStacked,
          ws.getRange('A1:B2'),
          excel.ChartSeriesBy.columns,
        );
        await ctx.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
    expect(host.snapshot().charts).toEqual([]);
  });

  it('records charts when the host can draw them', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'], displayLanguage: 'en-US' });
    host.seed('S', 'A1:B2', [
      ['Område', 'Antal'],
      ['PSRM', 2],
    ]);
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const chart = ws.charts.add('ColumnStacked', ws.getRange('A1:B2'), 'Columns');
      chart.title.text = 'Personer pr. område';
      chart.setPosition('D2', 'J15');
      await ctx.sync();
    });
    expect(host.snapshot().charts).toEqual([
      {
        name: 'Chart 1',
        sheet: 'S',
        type: 'ColumnStacked',
        sourceAddress: 'S!$A$1:$B$2',
        title: 'Personer pr. område',
        series: [{ name: '', values: 'S!$A$1:$B$2', xValues: null }],
      },
    ]);
  });

  it('fails suspendScreenUpdatingUntilNextSync when the host lacks it', async () => {
    const { excel } = fakeExcel({ features: { suspendScreenUpdating: false } });
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.application.suspendScreenUpdatingUntilNextSync();
        await ctx.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
  });
});

describe('the Office object and installation', () => {
  it('resolves Office.onReady with Excel on the web and reports the display language', async () => {
    const host = createFakeExcel({ displayLanguage: 'en-US' });
    const seen: unknown[] = [];
    const info = await host.Office.onReady((i) => seen.push(i));
    expect(info).toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(seen).toEqual([info]);
    expect(host.Office.context.displayLanguage).toBe('en-US');
  });

  it('installs Excel, Office and OfficeExtension on a global and restores them', async () => {
    const host = createFakeExcel();
    const target: Record<string, unknown> = {};
    const restore = host.install(target);
    const g = target as unknown as { Excel: typeof Excel; OfficeExtension: typeof OfficeExtension };
    const error = await g.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Nope').load('name');
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(g.OfficeExtension.Error);
    expect((error as OfficeExtension.Error).code).toBe(g.Excel.ErrorCodes.itemNotFound);
    restore();
    expect(target.Excel).toBeUndefined();
  });

  it('records ribbon actions and runs them until they complete', async () => {
    const host = createFakeExcel();
    let ran = false;
    host.Office.actions.associate('refreshStatus', (event) => {
      ran = true;
      event.completed();
    });
    await host.invokeAction('refreshStatus');
    expect(ran).toBe(true);
  });
});
