import fc from 'fast-check';
import { a1 } from '../../src/core/cells';
import { propertyRuns } from '../support/properties';
import { tableAt, tableRows, typedCells } from './helpers';
import { describeAtApiLevels, ok, setUp } from './support';

async function created() {
  const s = setUp();
  ok(await s.gateway.createOrUpdate('da'));
  return s;
}

describeAtApiLevels('co-authoring', () => {
  it("keeps a co-author's value typed between the add-in's read and its write, and reports it", async () => {
    const { host, gateway } = await created();
    const m = tableAt(host, 'tblMatrix');
    const part = a1(m.firstRow, m.colOf('Part'));
    // Someone cleared a computed cell: the next update wants to restore its formula…
    host.localEdit(m.sheet, part, [['']]);
    // …but a co-author types into it after the add-in read the workbook.
    const base = host.syncCount;
    host.beforeSync((i) => {
      // Sync 1 reads; before sync 2 (the check of the cells to write) the co-author types.
      if (i === base + 2) host.remoteEdit(m.sheet, part, [['Bibliotek']]);
    });
    const outcome = await gateway.createOrUpdate('da');
    if (!outcome.ok) throw new Error(outcome.error.key);
    expect(host.sheet(m.sheet).values(part)).toEqual([['Bibliotek']]);
    expect(outcome.report.conflicts).toBeGreaterThanOrEqual(1);
  });

  it('writes only the timestamp and a history row on a second create or refresh', async () => {
    const { host, gateway } = await created();
    const before = host.snapshot();
    const again = await gateway.createOrUpdate('da');
    if (!again.ok) throw new Error(again.error.key);
    const history = tableAt(host, 'tblHistory');
    expect(again.report.cellsWritten).toBeLessThanOrEqual(history.headers.length + 1);
    const refreshed = await gateway.refreshStatus(new Date(Date.UTC(2026, 10, 29, 12)));
    if (!refreshed.ok) throw new Error(refreshed.error.key);
    expect(refreshed.report.cellsWritten).toBeLessThanOrEqual(history.headers.length + 1);
    const after = host.snapshot();
    for (const sheet of before.sheets.filter((s) => s.name !== 'Status')) {
      expect(after.sheets.find((s) => s.name === sheet.name)!.cells).toEqual(sheet.cells);
    }
  });

  it('loses no typed cell under random local edits, remote edits during the update, and catalogue changes; a second update writes nothing more', async () => {
    const edit = fc.record({
      table: fc.constantFrom('tblMatrix', 'tblAreas'),
      row: fc.nat(15),
      col: fc.nat(12),
      value: fc.constantFrom('A', 'D', 'x', ' I', '=Ane', '+45 Bo', 'Nyt navn', 7),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { maxLength: 8 }),
        fc.option(fc.tuple(edit, fc.integer({ min: 1, max: 3 })), { nil: null }),
        fc.boolean(),
        async (edits, remote, addArea) => {
          const { host, gateway } = await created();
          const write = (
            e: typeof edit extends fc.Arbitrary<infer T> ? T : never,
            as: 'local' | 'remote',
          ) => {
            const t = tableAt(host, e.table);
            const col =
              t.col +
              (e.table === 'tblMatrix'
                ? [0, 1, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16][e.col]
                : e.col % 8);
            const address = a1(t.firstRow + (e.row % (t.lastRow - t.firstRow + 1)), col);
            if (as === 'local') host.localEdit(t.sheet, address, [[e.value]]);
            else host.remoteEdit(t.sheet, address, [[e.value]]);
          };
          for (const e of edits) write(e, 'local');
          if (addArea) {
            const t = tableAt(host, 'tblAreas');
            host.localEdit(t.sheet, `${a1(t.lastRow + 1, t.col)}:${a1(t.lastRow + 1, t.col + 1)}`, [
              ['NYT', 'Nyt område'],
            ]);
          }
          const before = typedCells(host);
          const base = host.syncCount;
          if (remote)
            host.beforeSync((i) =>
              i === base + remote[1] ? write(remote[0], 'remote') : undefined,
            );
          const outcome = await gateway.createOrUpdate('da');
          if (!outcome.ok) throw new Error(outcome.error.key);
          const after = typedCells(host);
          // Every typed cell is still there, except where the co-author typed over it.
          const remoteKey = remote ? `${remote[0].table}|` : null;
          for (const cell of before) {
            if (remoteKey && cell.startsWith(remoteKey) && !after.includes(cell)) continue;
            expect(after).toContain(cell);
          }
          // A co-author's edit during the update is caught up with by the next one; after that
          // an update writes only the timestamp and a history row.
          if (remote) ok(await gateway.createOrUpdate('da'));
          const settled = await gateway.createOrUpdate('da');
          if (!settled.ok) throw new Error(settled.error.key);
          expect(settled.report.cellsWritten).toBeLessThanOrEqual(
            tableAt(host, 'tblHistory').headers.length + 1,
          );
          expect(tableRows(host, 'tblMatrix').length).toBeGreaterThan(0);
        },
      ),
      propertyRuns(25),
    );
  });
});
