import { a1 } from '../../src/core/cells';
import { createWorkbookGateway } from '../../src/excel/gateway';
import { OperationReport, WorkbookGateway } from '../../src/excel/api';
import { FakeExcelHost, createFakeExcel } from '../fakes/excel';
import { NEWEST_EXCEL_API } from '../fakes/excel/requirements';

/**
 * A workbook of a given size in the in-memory Excel, built the way people build one: the
 * add-in creates the sheets, someone adds areas to Områder and the add-in updates, then
 * people fill in the matrix. Used by the budget tests and by `npm run bench`.
 */
export interface Measured {
  syncs: number;
  maxRequestBytes: number;
  chunks: number;
  report: OperationReport;
}

export interface Scenario {
  host: FakeExcelHost;
  gateway: WorkbookGateway;
  create: Measured;
  /** Measures one gateway call: its round trips and its largest request. */
  measure(
    call: () => Promise<{ ok: boolean; report?: OperationReport; error?: unknown }>,
  ): Promise<Measured>;
}

const CODES = ['A', 'D', 'D', 'I', '', '', '', '', 'd'];
const ROLES = [
  'Biblioteksmedarbejder',
  'Økonomi-/debitormedarbejder',
  'Projektleder',
  'IT-/systemadministrator',
];

function tableOf(host: FakeExcelHost, name: string) {
  const table = host.snapshot().tables.find((t) => t.name === name);
  if (!table) throw new Error(`no ${name}`);
  const [from, to] = table.address.replace(/^.*!/, '').replace(/\$/g, '').split(':');
  const row = (ref: string) => Number(/\d+/.exec(ref)![0]) - 1;
  const col = (ref: string) =>
    [.../^[A-Z]+/.exec(ref)![0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    sheet: table.sheet,
    headers: table.headers,
    top: row(from),
    left: col(from),
    bottom: row(to),
  };
}

export async function buildScenario(
  people: number,
  areas: number,
  excelApi: string = NEWEST_EXCEL_API,
): Promise<Scenario> {
  const host = createFakeExcel({ requirementSets: { ExcelApi: excelApi } });
  const gateway = createWorkbookGateway(host.Excel as never, host.Office as never, {
    now: () => new Date(Date.UTC(2026, 10, 29, 9, 0)),
  });
  const measure: Scenario['measure'] = async (call) => {
    host.resetCounters();
    const outcome = await call();
    if (!outcome.ok) throw new Error(`failed: ${JSON.stringify(outcome.error)}`);
    return {
      syncs: host.syncCount,
      maxRequestBytes: Math.max(0, ...host.requests.map((r) => r.bytes)),
      chunks: outcome.report?.chunks ?? 0,
      report: outcome.report!,
    };
  };
  const create = await measure(() => gateway.createOrUpdate('da'));

  // More areas than the template's 13: typed into the rows under tblAreas.
  const extra = Math.max(0, areas - 13);
  if (extra > 0) {
    const t = tableOf(host, 'tblAreas');
    const rows = Array.from({ length: extra }, (_, i) => [
      `AREA_${i}`,
      `Område ${i}`,
      '',
      'Fase 2: Forberedelse',
      2,
      'Ja',
      'Ja',
      '',
    ]);
    host.localEdit(
      t.sheet,
      `${a1(t.bottom + 1, t.left)}:${a1(t.bottom + extra, t.left + 7)}`,
      rows,
    );
    const updated = await gateway.createOrUpdate('da');
    if (!updated.ok) throw new Error(JSON.stringify(updated.error));
  }

  // People typed into the matrix, row after row, growing the table.
  const m = tableOf(host, 'tblMatrix');
  const areaColumns = m.headers.length - 7;
  const values = Array.from({ length: people }, (_, p) => [
    `Person ${p}`,
    ROLES[p % ROLES.length],
    '',
    '',
    'Fase 1: Afklaring',
    ...Array.from({ length: areaColumns }, (_, a) => CODES[(p * 7 + a * 3) % CODES.length]),
  ]);
  // The table's empty rows first, then the rest from the row right under the table, where
  // typing makes Excel extend it. Name … phase, then the areas after the computed columns.
  const bodyRows = m.bottom - m.top;
  const type = (from: number, rows: string[][]) => {
    if (rows.length === 0) return;
    const top = m.top + 1 + from;
    // null leaves a cell as it is, as in Office.js: the computed columns keep their formulas.
    const row = rows.map((v) => [
      ...v.slice(0, 5),
      null,
      null,
      ...v.slice(5),
    ]) as unknown as string[][];
    host.localEdit(
      m.sheet,
      `${a1(top, m.left)}:${a1(top + rows.length - 1, m.left + 6 + areaColumns)}`,
      row,
    );
  };
  type(0, values.slice(0, bodyRows) as string[][]);
  type(bodyRows, values.slice(bodyRows) as string[][]);
  return { host, gateway, create, measure };
}
