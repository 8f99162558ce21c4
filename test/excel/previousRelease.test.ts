/**
 * "Opdater arkene" on a workbook the previous release made and people then used: the new
 * layout, with every typed value kept. The workbook is rebuilt from what that release's own
 * gateway wrote (fixtures/previous-release.json).
 */
import { t } from '../../src/core/i18n';
import { FakeExcelHost } from '../fakes/excel';
import { tableAt, tableRows } from './helpers';
import { previousReleaseFixture, restorePreviousRelease } from './previousRelease';
import { describeAtApiLevels, ok, setUp } from './support';

const TYPED_TABLES = [
  'tblAreas',
  'tblLevels',
  'tblPhases',
  'tblRoles',
  'tblChecklist',
  'tblHistory',
];

/** The matrix as people typed it: every column but the computed Part and Fasenr. */
function matrixTyped(host: FakeExcelHost) {
  const computed = new Set(['Part', 'Fasenr']);
  return tableRows(host, 'tblMatrix').map((row) =>
    Object.entries(row).filter(([header]) => !computed.has(header)),
  );
}

function statusTexts(host: FakeExcelHost): string[] {
  const status = host.snapshot().sheets.find((s) => s.name === 'Status')!;
  return Object.values(status.cells)
    .map((cell) => cell.value)
    .filter((value): value is string => typeof value === 'string');
}

function addresses(host: FakeExcelHost): Record<string, string> {
  return Object.fromEntries(host.snapshot().tables.map((table) => [table.name, table.address]));
}

describeAtApiLevels('a workbook the previous release made', () => {
  async function previousRelease() {
    const setup = setUp();
    await restorePreviousRelease(setup.excel, previousReleaseFixture());
    // The pane reads the workbook when it opens, before anyone clicks "Opdater arkene".
    const before = ok(await setup.gateway.load());
    return { ...setup, before };
  }

  it('is read as complete, with its people and areas, before any update', async () => {
    const { before } = await previousRelease();
    expect(before.parts.complete).toBe(true);
    expect(before.analysis?.coverage.areas).toHaveLength(13);
  });

  it('moves the findings below the checklist and the history below them, as a new workbook has them', async () => {
    const { host, gateway } = await previousRelease();
    expect(tableAt(host, 'tblFindings').col).toBeGreaterThan(tableAt(host, 'tblStatus').col + 10);
    const update = await gateway.createOrUpdate('da');
    expect(update.ok && update.report.conflicts).toBe(0);

    const fresh = setUp();
    ok(await fresh.gateway.createOrUpdate('da'));
    const want = addresses(fresh.host);
    const have = addresses(host);
    for (const name of ['tblStatus', 'tblLegend', 'tblRoleStatus', 'tblChecklist', 'tblFindings'])
      expect([name, have[name]?.replace(/\d+$/, '')]).toEqual([
        name,
        want[name].replace(/\d+$/, ''),
      ]);
    const findings = tableAt(host, 'tblFindings');
    const history = tableAt(host, 'tblHistory');
    expect(findings.headerRow).toBeGreaterThan(tableAt(host, 'tblChecklist').lastRow);
    expect(history.headerRow).toBeGreaterThan(findings.lastRow);
    expect(history.col).toBe(tableAt(fresh.host, 'tblHistory').col);
  });

  it('keeps the matrix, the lists, the checklist, the history and the notes people typed', async () => {
    const { host, gateway } = await previousRelease();
    const matrix = matrixTyped(host);
    const typed = Object.fromEntries(TYPED_TABLES.map((name) => [name, tableRows(host, name)]));
    ok(await gateway.createOrUpdate('da'));
    expect(matrixTyped(host)).toEqual(matrix);
    for (const name of TYPED_TABLES) {
      const rows = tableRows(host, name);
      // The update adds its own history row; every earlier row stays, in order.
      expect([name, rows.slice(0, typed[name].length)]).toEqual([name, typed[name]]);
    }
    expect(statusTexts(host)).toContain('Note fra ejeren: møde 3/12');
    expect(host.sheet('Matrix').values('A40')).toEqual([['Husk Cilles leder']]);
  });

  it('gets the print settings and frozen panes of the new layout on every sheet', async () => {
    const { host, gateway } = await previousRelease();
    ok(await gateway.createOrUpdate('da'));
    const fresh = setUp();
    ok(await fresh.gateway.createOrUpdate('da'));
    const layout = (h: FakeExcelHost) =>
      h
        .snapshot()
        .sheets.filter((sheet) => sheet.name !== 'Ark1')
        .map((sheet) => [sheet.name, sheet.pageLayout, sheet.frozen, sheet.hiddenColumns]);
    expect(layout(host)).toEqual(layout(fresh.host));
  });

  it('leaves each section label once, above its own table', async () => {
    const { host, gateway } = await previousRelease();
    ok(await gateway.createOrUpdate('da'));
    const texts = statusTexts(host);
    for (const key of [
      'wb.status.roles',
      'wb.status.checklist',
      'wb.status.findings',
      'wb.status.history',
    ] as const) {
      const label = t('da', key);
      expect([label, texts.filter((text) => text === label).length]).toEqual([label, 1]);
    }
  });

  it('reads the same coverage after the update, and a second update changes nothing but the history', async () => {
    const { host, gateway, before } = await previousRelease();
    ok(await gateway.createOrUpdate('da'));
    const after = ok(await gateway.load());
    expect(after.parts.complete).toBe(true);
    expect(after.analysis?.coverage.areas.map((a) => [a.id, a.status])).toEqual(
      before.analysis?.coverage.areas.map((a) => [a.id, a.status]),
    );
    const layout = addresses(host);
    ok(await gateway.createOrUpdate('da'));
    const again = addresses(host);
    expect({ ...again, tblHistory: '' }).toEqual({ ...layout, tblHistory: '' });
  });
});
