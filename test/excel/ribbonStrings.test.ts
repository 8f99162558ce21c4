/**
 * The ribbon's script carries only the strings a refresh writes (tools/webpack/
 * workbook-strings-loader.js). The template's areas are not among them: a refresh runs only
 * on a workbook that has tblAreas, and never asks for the template's area texts, even where
 * people emptied its cells or deleted the other lists.
 */
import * as i18n from '../../src/core/i18n';
import { createStatusRefresher } from '../../src/excel/statusCommand';
import { tableAt } from './helpers';
import { T0, describeAtApiLevels, ok, setUp } from './support';

/** The key prefixes the ribbon's build leaves out of its language files. */
const LEFT_OUT = /^(pane|cli|plan|brief|error|notice|demo|app|area)\./;

afterEach(() => jest.restoreAllMocks());

describeAtApiLevels('the ribbon’s "Opdater status"', () => {
  it('asks for no string its build leaves out, on a workbook with emptied area texts and no lists', async () => {
    const { host, excel, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const areas = tableAt(host, 'tblAreas');
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(areas.sheet);
      const rows = areas.lastRow - areas.firstRow + 1;
      sheet.getRangeByIndexes(areas.firstRow, areas.colOf('Område'), rows, 2).clear('Contents');
      for (const name of ['tblLevels', 'tblPhases', 'tblRoles', 'tblChecklist'])
        ctx.workbook.tables.getItem(name).delete();
      await ctx.sync();
    });
    const asked = jest.spyOn(i18n, 't');
    const refresh = createStatusRefresher(host.Excel as never, host.Office as never);
    ok(await refresh(new Date(T0.getTime() + 60_000)));
    const keys = asked.mock.calls.map(([, key]) => key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => LEFT_OUT.test(key))).toEqual([]);
  });
});
