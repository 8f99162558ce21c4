import { createWorkbookGateway } from '../../src/excel/gateway';
import { buildScenario } from './scenario';
import { atApiLevels } from './support';

const FIVE_MB = 5 * 1024 * 1024;

const sizes = atApiLevels([
  { people: 10, areas: 13 },
  { people: 200, areas: 13 },
  { people: 2000, areas: 100 },
]);

describe.each(sizes)('round trips at $people people × $areas areas, ExcelApi $level', (at) => {
  const { people, areas, level } = at;
  it('creates in ≤ 3 syncs, updates in ≤ 3, refreshes in ≤ 2, reads in 1 (a new runtime too), every request under 5 MB', async () => {
    const s = await buildScenario(people, areas, level);
    expect(s.create.syncs).toBeLessThanOrEqual(3);

    let view: Awaited<ReturnType<typeof s.gateway.load>> | undefined;
    const load = await s.measure(async () => (view = await s.gateway.load()));
    expect(load.syncs).toBe(1);
    if (!view?.ok) throw new Error('load failed');
    expect(view.value.people).toHaveLength(people);
    expect(view.value.analysis?.coverage.areas).toHaveLength(areas);

    const refresh = await s.measure(() =>
      s.gateway.refreshStatus(new Date(Date.UTC(2026, 10, 29, 10))),
    );
    expect(refresh.syncs).toBeLessThanOrEqual(2);

    // A structural update: one more area in Områder.
    const t = s.host.snapshot().tables.find((x) => x.name === 'tblAreas')!;
    const bottom = Number(/(\d+)$/.exec(t.address)![1]);
    s.host.localEdit(t.sheet, `A${bottom + 1}:B${bottom + 1}`, [['NY_OMRAADE', 'Nyt område']]);
    const update = await s.measure(() => s.gateway.createOrUpdate('da'));
    expect(update.syncs).toBeLessThanOrEqual(3);

    // A new runtime (the pane reopened, the ribbon's first press) over the same workbook:
    // the document's settings say where the tables are.
    const fresh = () => {
      s.host.restartAddin();
      return createWorkbookGateway(s.host.Excel as never, s.host.Office as never);
    };
    const coldLoad = await s.measure(() => fresh().load());
    expect(coldLoad.syncs).toBe(1);
    const coldRefresh = await s.measure(() =>
      fresh().refreshStatus(new Date(Date.UTC(2026, 10, 29, 11))),
    );
    expect(coldRefresh.syncs).toBeLessThanOrEqual(2);

    for (const m of [s.create, load, refresh, update, coldLoad, coldRefresh])
      expect(m.maxRequestBytes).toBeLessThan(FIVE_MB);
    expect(s.host.rowsAddCalls).toBe(0);
  }, 120_000);
});
