/**
 * `npm run bench`: the figures ARCHITECTURE.md budgets. Prints one JSON object as its last
 * line and exits 1 when a figure is over its budget.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CellValue } from '../src/core/cells';
import { analyse } from '../src/core/coverage';
import { leadNames, missingByArea } from '../src/core/missing';
import { planSuggestions } from '../src/core/suggestions';
import { collectFindings } from '../src/core/findings';
import { TableSet, readModel } from '../src/core/model';
import { planTables } from '../src/core/engine';
import { buildPlan } from '../src/core/plan';
import { templateCatalogue } from '../src/core/catalogue';
import { TABLE } from '../src/core/tables';
import { createWorkbookGateway } from '../src/excel/gateway';
import { buildScenario } from '../test/excel/scenario';
import { BUNDLE_BUDGETS, BundleSizes, measureBundle } from './bundle';
import { PANE_BUDGETS, measurePane, paneOverBudget } from './pane';

const BUDGETS = {
  analysisMs: { '2000x100': 10, '10000x200': 150 },
  planMs: { '2000x100': 50 },
  demoMs: 5000,
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** A workbook's tables with `people` rows and `areas` area columns of mixed codes. */
function bigTables(people: number, areas: number): TableSet {
  const catalogue = templateCatalogue('da');
  const template = catalogue.areas[0];
  catalogue.areas = Array.from({ length: areas }, (_, i) => [
    `AREA_${i}`,
    `Område ${i}`,
    ...template.slice(2),
  ]);
  const tables = planTables(
    buildPlan({
      lang: 'da',
      catalogue,
      people: [],
      blankRows: 1,
      matrixHeaders: [],
      refresh: null,
    }),
  );
  const matrix = tables[TABLE.matrix];
  // A realistic mix: most cells blank, codes mostly as picked from the dropdown, some typed
  // in lower case, and about one cell in a hundred invalid.
  const codes: CellValue[] = [
    ...Array<CellValue>(55).fill(null),
    ...Array<CellValue>(14).fill('A'),
    ...Array<CellValue>(14).fill('D'),
    ...Array<CellValue>(10).fill('I'),
    'a',
    'd',
    'd',
    'i',
    'i',
    ' A',
  ];
  const roles = [
    'Biblioteksmedarbejder',
    'Økonomi-/debitormedarbejder',
    'Projektleder',
    'Konsulent',
  ];
  const phases = ['Fase 1: Afklaring', 'Fase 2: Forberedelse', 'Fase 3: Test', null];
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  matrix.rows = Array.from({ length: people }, (_, r) => [
    `Person ${r}`,
    roles[next() % roles.length],
    null,
    null,
    phases[next() % phases.length],
    null,
    null,
    ...Array.from({ length: areas }, () => codes[next() % codes.length]),
  ]);
  return tables;
}

function timeAnalysis(tables: TableSet, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    const model = readModel(tables);
    analyse(model);
    collectFindings(model);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return round(median(times));
}

/**
 * The same matrix with the covering codes of every second area turned into gatherers, so
 * half the areas need a lead and coverage and the plan really searches: its worst case.
 */
function gappyTables(people: number, areas: number): TableSet {
  const tables = bigTables(people, areas);
  const matrix = tables[TABLE.matrix];
  const first = matrix.headers.indexOf('AREA_0');
  matrix.rows = matrix.rows.map((row) =>
    row.map((cell, col) =>
      col >= first &&
      (col - first) % 2 === 0 &&
      typeof cell === 'string' &&
      /^\s*[ad]\s*$/i.test(cell)
        ? 'I'
        : cell,
    ),
  );
  return tables;
}

/** What the plan to KLAR adds to an analysis: what is missing, who leads, the suggestions. */
function timePlan(tables: TableSet, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const model = readModel(tables);
    const coverage = analyse(model);
    const start = process.hrtime.bigint();
    missingByArea(model);
    leadNames(model);
    planSuggestions(model, coverage);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return round(median(times));
}

function timeDemo(runs: number): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'organisering-bench-'));
  const cli = path.join(__dirname, '..', 'src', 'cli', 'main.js');
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const start = process.hrtime.bigint();
      execFileSync(process.execPath, [cli, 'demo', path.join(dir, 'demo.xlsx'), '--force'], {
        stdio: 'ignore',
      });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return Math.round(median(times));
}

const EXCEL_SIZES: [string, number, number][] = [
  ['10x13', 10, 13],
  ['200x13', 200, 13],
  ['2000x100', 2000, 100],
];
const SYNC_BUDGETS = { create: 3, update: 3, refresh: 2, load: 1, coldLoad: 1, coldRefresh: 2 };
const REQUEST_LIMIT = 5 * 1024 * 1024;

/**
 * Round trips and payloads of the Excel adapter on the in-memory Excel, per matrix size:
 * create from an empty workbook, update the structure (one more area), refresh the status
 * and read for the analysis. The reader knows where the tables are, as the pane's does
 * after its first read. `coldLoad` and `coldRefresh` are a new runtime's first read and first
 * refresh (the pane reopened, the ribbon's first press), which learn where the tables are
 * from the document's settings.
 */
async function excelFigures() {
  const syncs: Record<keyof typeof SYNC_BUDGETS, Record<string, number>> = {
    create: {},
    update: {},
    refresh: {},
    load: {},
    coldLoad: {},
    coldRefresh: {},
  };
  const maxRequestBytes: Record<string, number> = {};
  const chunks: Record<string, number> = {};
  for (const [size, people, areas] of EXCEL_SIZES) {
    const s = await buildScenario(people, areas);
    const load = await s.measure(() => s.gateway.load());
    const refresh = await s.measure(() =>
      s.gateway.refreshStatus(new Date(Date.UTC(2026, 10, 29, 12))),
    );
    const t = s.host.snapshot().tables.find((x) => x.name === TABLE.areas)!;
    const bottom = Number(/(\d+)$/.exec(t.address)![1]);
    s.host.localEdit(t.sheet, `A${bottom + 1}:B${bottom + 1}`, [['NY_OMRAADE', 'Nyt område']]);
    const update = await s.measure(() => s.gateway.createOrUpdate('da'));
    const newRuntime = () => {
      s.host.restartAddin();
      return createWorkbookGateway(s.host.Excel as never, s.host.Office as never);
    };
    const coldLoad = await s.measure(() => newRuntime().load());
    const coldRefresh = await s.measure(() =>
      newRuntime().refreshStatus(new Date(Date.UTC(2026, 10, 29, 13))),
    );
    syncs.coldLoad[size] = coldLoad.syncs;
    syncs.coldRefresh[size] = coldRefresh.syncs;
    syncs.create[size] = s.create.syncs;
    syncs.update[size] = update.syncs;
    syncs.refresh[size] = refresh.syncs;
    syncs.load[size] = load.syncs;
    const all = [s.create, load, refresh, update, coldLoad, coldRefresh];
    maxRequestBytes[size] = Math.max(...all.map((m) => m.maxRequestBytes));
    chunks[size] = all.reduce((sum, m) => sum + m.chunks, 0);
  }
  return { syncs, maxRequestBytes, chunks };
}

function bundleFigures(): BundleSizes | null {
  try {
    return measureBundle();
  } catch {
    return null;
  }
}

async function main() {
  const small = bigTables(2000, 100);
  const large = bigTables(10000, 200);
  timeAnalysis(small, 5); // warm-up
  // Timings first, on a quiet heap; the Excel scenarios build large workbooks in memory.
  const analysisMs = { '2000x100': timeAnalysis(small, 41), '10000x200': timeAnalysis(large, 15) };
  const gappy = gappyTables(2000, 100);
  timePlan(gappy, 5); // warm-up
  const planMs = { '2000x100': timePlan(gappy, 41) };
  const demoMs = timeDemo(3);
  const excel = await excelFigures();
  const bundle = bundleFigures();
  const paneMs = await measurePane();
  const result = {
    analysisMs,
    planMs,
    demoMs,
    ...excel,
    bundleGzipBytes: bundle,
    paneMs,
    budgets: {
      ...BUDGETS,
      syncs: SYNC_BUDGETS,
      maxRequestBytes: REQUEST_LIMIT,
      bundleGzipBytes: BUNDLE_BUDGETS,
      paneMs: PANE_BUDGETS,
    },
  };
  const over: string[] = [];
  for (const [operation, bySize] of Object.entries(excel.syncs)) {
    for (const [size, n] of Object.entries(bySize)) {
      if (n > SYNC_BUDGETS[operation as keyof typeof SYNC_BUDGETS])
        over.push(`syncs.${operation}.${size}`);
    }
  }
  for (const [size, bytes] of Object.entries(excel.maxRequestBytes)) {
    if (bytes >= REQUEST_LIMIT) over.push(`maxRequestBytes.${size}`);
  }
  if (bundle) {
    for (const key of ['initial', 'total', 'commands'] as const) {
      if (bundle[key] > BUNDLE_BUDGETS[key]) over.push(`bundleGzipBytes.${key}`);
    }
  } else {
    console.log('bundle: not measured, run `npm run build` first');
  }
  for (const [size, ms] of Object.entries(result.analysisMs)) {
    if (ms > BUDGETS.analysisMs[size as keyof typeof BUDGETS.analysisMs])
      over.push(`analysisMs.${size}`);
  }
  for (const [size, ms] of Object.entries(result.planMs)) {
    if (ms > BUDGETS.planMs[size as keyof typeof BUDGETS.planMs]) over.push(`planMs.${size}`);
  }
  if (result.demoMs > BUDGETS.demoMs) over.push('demoMs');
  over.push(...paneOverBudget(paneMs));
  console.log(
    `analysis 2000x100: ${result.analysisMs['2000x100']} ms, 10000x200: ${result.analysisMs['10000x200']} ms`,
  );
  console.log(`plan to KLAR 2000x100: ${result.planMs['2000x100']} ms`);
  console.log(`demo: ${result.demoMs} ms`);
  console.log(
    `syncs: ${JSON.stringify(excel.syncs)}; largest request: ${JSON.stringify(excel.maxRequestBytes)}`,
  );
  if (bundle) {
    // The JavaScript figures exclude the CSS taken out of it, which is reported on its own.
    const { css, ...scripts } = bundle;
    console.log(
      `bundle (gzip -9): ${JSON.stringify(scripts)}; pane CSS (gzip -9, no budget): ${css}`,
    );
  }
  console.log(`pane (ms): ${JSON.stringify(paneMs)}`);
  if (over.length) console.error(`Over budget: ${over.join(', ')}`);
  console.log(JSON.stringify({ ...result, overBudget: over }));
  process.exitCode = over.length ? 1 : 0;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  });
}
export { bigTables };
