import { fakeExcel } from './testHelpers';

type Args = Excel.WorksheetChangedEventArgs | Excel.TableChangedEventArgs;

async function listen(options?: Parameters<typeof fakeExcel>[0]) {
  const { host, excel } = fakeExcel({ sheets: ['S'], ...options });
  host.seed('S', 'A1:B2', [
    ['Navn', 'Kode'],
    ['Ane', 'A'],
  ]);
  host.addTable('S', 'A1:B2', { name: 'tblMatrix' });
  const seen: Args[] = [];
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').onChanged.add(async (e) => void seen.push(e));
    ctx.workbook.tables.getItem('tblMatrix').onChanged.add(async (e) => void seen.push(e));
    await ctx.sync();
  });
  return { host, excel, seen };
}

const summary = (e: Args) => [e.type, e.source, e.address];

describe('onChanged', () => {
  it('fires Local for the add-in’s own writes, after the sync', async () => {
    const { host, excel, seen } = await listen();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B2').values = [['D']];
      await ctx.sync();
      expect(seen).toEqual([]);
    });
    await host.flushEvents();
    expect(seen.map(summary)).toEqual([
      ['WorksheetChanged', 'Local', 'B2'],
      ['TableChanged', 'Local', 'B2'],
    ]);
    expect((seen[0] as Excel.WorksheetChangedEventArgs).changeType).toBe('RangeEdited');
  });

  it('fires Remote for a co-author’s edit and Local for the user typing', async () => {
    const { host, seen } = await listen();
    host.remoteEdit('S', 'D5', [['x']]);
    host.localEdit('S', 'D6', [['y']]);
    await host.flushEvents();
    expect(seen.map(summary)).toEqual([
      ['WorksheetChanged', 'Remote', 'D5'],
      ['WorksheetChanged', 'Local', 'D6'],
    ]);
  });

  it('stays silent for writes made while runtime.enableEvents is false', async () => {
    const { host, excel, seen } = await listen();
    await excel.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('S').getRange('B2').values = [['I']];
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    });
    await host.flushEvents();
    expect(seen).toEqual([]);
    host.remoteEdit('S', 'B2', [['A']]);
    await host.flushEvents();
    expect(seen.map(summary)).toEqual([
      ['WorksheetChanged', 'Remote', 'B2'],
      ['TableChanged', 'Remote', 'B2'],
    ]);
  });

  it('lets a handler read the changed range through the event args', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    const values: unknown[] = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e) => {
        await excel.run(async (c) => {
          const r = e.getRange(c).load('values');
          await c.sync();
          values.push(r.values);
        });
      });
      await ctx.sync();
    });
    host.remoteEdit('S', 'A1:B1', [['x', 2]]);
    await host.flushEvents();
    expect(values).toEqual([[['x', 2]]]);
  });

  it('stops calling a handler once it is removed', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    let calls = 0;
    const result = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').onChanged.add(async () => void calls++);
      await ctx.sync();
      return r;
    });
    host.remoteEdit('S', 'A1', [[1]]);
    await host.flushEvents();
    await excel.run(result.context, async (ctx) => {
      result.remove();
      await ctx.sync();
    });
    host.remoteEdit('S', 'A1', [[2]]);
    await host.flushEvents();
    expect(calls).toBe(1);
    expect(host.events.registrations).toBe(0);
  });
});
