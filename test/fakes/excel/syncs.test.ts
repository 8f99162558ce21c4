import { PAYLOAD_LIMIT } from './index';
import { codeOf, fakeExcel } from './testHelpers';

describe('round trips and request payloads', () => {
  it('counts each context.sync as one round trip and records its operations', async () => {
    const { host, excel } = fakeExcel();
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('Data');
      ws.getRange('A1:B1').values = [['a', 'b']];
      ws.getRange('A1:B1').load('values');
      await ctx.sync();
      ws.getRange('C1').values = [['c']];
      await ctx.sync();
    });
    expect(host.syncCount).toBe(2);
    expect(host.requests.map((r) => r.operations)).toEqual([3, 1]);
  });

  it('measures request bytes as the UTF-8 size of the queued operations with their arguments', async () => {
    const { host, excel } = fakeExcel();
    const text = 'æ'.repeat(1000); // two bytes each in UTF-8
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1');
      r.values = [['x']];
      await ctx.sync();
      r.values = [[text]];
      await ctx.sync();
    });
    const [small, large] = host.requests;
    expect(large.bytes - small.bytes).toBeGreaterThanOrEqual(2000 - 1);
    expect(large.bytes - small.bytes).toBeLessThan(2100);
  });

  it('adds a final sync in Excel.run only when operations are still queued', async () => {
    const { host, excel } = fakeExcel();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [[1]];
    });
    expect(host.syncCount).toBe(1);
    await excel.run(async () => undefined);
    expect(host.syncCount).toBe(1);
  });

  it('sends no request for a sync with nothing queued, as Office.js does', async () => {
    const { host, excel } = fakeExcel();
    await excel.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    expect(host.syncCount).toBe(0);
  });

  it('invalidates an untracked range once its Excel.run has ended', async () => {
    const { excel } = fakeExcel();
    const [kept, tracked] = await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      return [ws.getRange('A1'), ws.getRange('B1').track()];
    });
    const code = await codeOf(
      excel.run(kept, async (ctx) => {
        kept.values = [[1]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidObjectPath');
    expect(
      await codeOf(
        excel.run(tracked, async (ctx) => {
          tracked.values = [[1]];
          await ctx.sync();
        }),
      ),
    ).toBe('resolved');
  });

  it('resets the counters', async () => {
    const { host, excel } = fakeExcel();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [[1]];
      await ctx.sync();
    });
    host.resetCounters();
    expect(host.syncCount).toBe(0);
    expect(host.requests).toEqual([]);
  });

  it('rejects a request over 5 MB whole with RequestPayloadSizeLimitExceeded', async () => {
    const { host, excel } = fakeExcel({ sheets: ['Big'] });
    const rows = 6000;
    const cell = 'x'.repeat(300);
    const values = Array.from({ length: rows }, () => [cell, cell, cell]);
    const code = await codeOf(
      excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Big');
        ws.getRange('E1').values = [['first op']];
        ws.getRange(`A1:C${rows}`).values = values;
        await ctx.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(host.requests[0].bytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(host.sheet('Big').usedAddress()).toBeNull();
  });

  it('accepts the same data split into chunks under the limit', async () => {
    const { host, excel } = fakeExcel({ sheets: ['Big'] });
    const cell = 'x'.repeat(300);
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Big');
      for (let start = 0; start < 6000; start += 3000) {
        ws.getRange(`A${start + 1}:C${start + 3000}`).values = Array.from({ length: 3000 }, () => [
          cell,
          cell,
          cell,
        ]);
        await ctx.sync();
      }
    });
    expect(host.requests.every((r) => r.bytes < PAYLOAD_LIMIT)).toBe(true);
    expect(host.sheet('Big').usedAddress()).toBe('A1:C6000');
  });
});

describe('failing syncs', () => {
  it('fails the chosen sync and applies nothing of it', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.failSync(2, { code: 'Conflict' });
    const code = await codeOf(
      excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('A1').values = [['one']];
        await ctx.sync();
        ws.getRange('A2').values = [['two']];
        ws.getRange('A3').values = [['three']];
        await ctx.sync();
      }),
    );
    expect(code).toBe('Conflict');
    expect(host.sheet('S').values('A1:A3')).toEqual([['one'], [''], ['']]);
  });

  it('applies the first operations of a partly failed request, in order, as Excel does', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.failSync(1, { afterOperations: 1 });
    const code = await codeOf(
      excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('A1').values = [['applied']];
        ws.getRange('A2').values = [['not applied']];
        await ctx.sync();
      }),
    );
    expect(code).toBe('GeneralException');
    expect(host.sheet('S').values('A1:A2')).toEqual([['applied'], ['']]);
  });

  it('fails every sync a predicate picks until cleared', async () => {
    const { host, excel } = fakeExcel();
    host.failSync((i) => i % 2 === 0);
    const write = () =>
      codeOf(
        excel.run(async (ctx) => {
          ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [[1]];
          await ctx.sync();
        }),
      );
    expect([await write(), await write(), await write()]).toEqual([
      'resolved',
      'GeneralException',
      'resolved',
    ]);
    host.clearSyncFailures();
    expect(await write()).toBe('resolved');
  });

  it('stops a batch at the first error and keeps what ran before it', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    const error = (await excel
      .run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('A1').values = [['before']];
        ws.getRange('A2:B2').values = [['too short']];
        ws.getRange('A3').values = [['after']];
        await ctx.sync();
      })
      .catch((e: unknown) => e)) as { code: string; debugInfo: { errorLocation?: string } };
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo.errorLocation).toBe('Range.values');
    expect(host.sheet('S').values('A1:A3')).toEqual([['before'], [''], ['']]);
  });
});

describe('remote edits between syncs', () => {
  it('lets a test apply a co-author edit just before the second sync', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'] });
    host.seed('S', 'A1', [['old']]);
    host.beforeSync((i) => {
      if (i === 2) host.remoteEdit('S', 'A1', [['from a co-author']]);
    });
    const seen = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await ctx.sync();
      const first = r.values[0][0];
      r.load('values');
      await ctx.sync();
      return [first, r.values[0][0]];
    });
    expect(seen).toEqual(['old', 'from a co-author']);
  });
});
