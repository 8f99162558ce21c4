import { Edit, StateCell, WorkbookState, findTableState } from '../core/edits';
import { applyEdit, cloneState, sameStateCell } from '../core/memoryWorkbook';
import { ChartPlan, PlanCell, SheetPlan } from '../core/planTypes';
import { headerIndex } from '../core/tables';
import { excelInput } from './cellInput';
import { FormatHost, applyFormats } from './formats';
import { stateCell } from './readState';

/**
 * Translates reconcile's edits into Office.js calls, queued in one batch. It decides
 * nothing; where the host lacks an API it uses the documented alternative.
 */

export interface ExecuteOptions {
  /** Table.resize (ExcelApi 1.13). Without it a table grows by a write just below it. */
  canResize: boolean;
  /** Cells a co-author changed since the read, by "sheet|row,col": left as they are. */
  skip: Set<string>;
  /** Splits the batch when a request would pass this many bytes. */
  maxRequestBytes: number;
  /** The requirement sets beyond 1.8 that formats use, and where to report their absence. */
  formats: FormatHost;
}

export interface ExecuteResult {
  cellsWritten: number;
  /** Extra round trips taken because a request would have been too large. */
  chunks: number;
  /** Charts still to add, in their own round trip (a host without charts fails there alone). */
  charts: { sheet: string; chart: ChartPlan; state: WorkbookState }[];
  /** The workbook as the edits leave it. */
  after: WorkbookState;
}

export function skipKey(sheet: string, row: number, col: number): string {
  return `${sheet}|${row},${col}`;
}

/**
 * What a write puts on the wire: its values as JSON, with room for the few two-byte Danish
 * letters.
 */
function payloadBytes(rows: unknown[][]): number {
  return Math.ceil(JSON.stringify(rows).length * 1.05);
}

export async function executeEdits(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  start: WorkbookState,
  options: ExecuteOptions,
): Promise<ExecuteResult> {
  const work = cloneState(start);
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };
  const result: ExecuteResult = { cellsWritten: 0, chunks: 0, charts: [], after: work };
  const created = new Set<string>();
  /** Tables that grow by auto-expansion: writes must start right below their old end. */
  const growing = new Map<string, number>();
  let pendingBytes = 0;

  const writeBlock = async (sheetName: string, row: number, col: number, cells: PlanCell[][]) => {
    const input = cells.map((line, r) =>
      line.map((cell, c) =>
        options.skip.has(skipKey(sheetName, row + r, col + c)) ? null : excelInput(cell),
      ),
    );
    const bytes = payloadBytes(input);
    if (pendingBytes > 0 && pendingBytes + bytes > options.maxRequestBytes) {
      // Excel on the web refuses a request over 5 MB: send what is queued first.
      await context.sync();
      result.chunks += 1;
      pendingBytes = 0;
    }
    pendingBytes += bytes;
    const range = sheet(sheetName).getRangeByIndexes(row, col, cells.length, cells[0].length);
    range.formulas = input as unknown as string[][];
    if (cells.some((line) => line.some((cell) => cell.numberFormat))) {
      range.numberFormat = cells.map((line) =>
        line.map((cell) => cell.numberFormat ?? null),
      ) as unknown as string[][];
    }
    result.cellsWritten += input.reduce(
      (sum, line) => sum + line.filter((v) => v !== null).length,
      0,
    );
  };

  for (const edit of edits) {
    switch (edit.kind) {
      case 'addSheet':
        sheets.set(edit.sheet, context.workbook.worksheets.add(edit.sheet));
        created.add(edit.sheet);
        break;
      case 'createTable': {
        const { table } = edit;
        const rows =
          table.rows.length > 0
            ? table.rows
            : [table.headers.map((): PlanCell => ({ own: 'owned' }))];
        const header: PlanCell[] = table.headers.map((h) => ({ value: h, own: 'owned' }));
        await writeBlock(edit.sheet, edit.row, edit.col, [header, ...rows]);
        const ws = sheet(edit.sheet);
        table.headers.forEach((name, c) => {
          const format = table.numberFormats[name];
          if (format) {
            ws.getRangeByIndexes(edit.row + 1, edit.col + c, rows.length, 1).numberFormat =
              rows.map(() => [format]);
          }
        });
        const added = ws.tables.add(
          ws.getRangeByIndexes(edit.row, edit.col, rows.length + 1, table.headers.length),
          true,
        );
        added.name = table.name;
        added.style = table.style;
        break;
      }
      case 'addColumns': {
        const table = context.workbook.tables.getItem(edit.table);
        for (const header of edit.headers) table.columns.add(undefined, undefined, header);
        break;
      }
      case 'insertCells':
        sheet(edit.sheet)
          .getRangeByIndexes(edit.row, edit.col, edit.count, edit.cols)
          .insert('Down' as Excel.InsertShiftDirection);
        break;
      case 'resizeTable': {
        const before = findTableState(work, edit.table);
        if (!before) break;
        if (options.canResize) {
          context.workbook.tables
            .getItem(edit.table)
            .resize(
              sheet(edit.sheet).getRangeByIndexes(
                before.row,
                before.col,
                edit.rowCount + 1,
                before.headers.length,
              ),
            );
        } else if (edit.rowCount > before.rowCount) {
          growing.set(edit.table.toUpperCase(), before.row + before.rowCount + 1);
        }
        break;
      }
      case 'deleteTable':
        context.workbook.tables.getItem(edit.table).delete();
        break;
      case 'write': {
        // A write that runs past a growing table's old end is split there, so that the part
        // below starts on the row right under the table, where Excel extends the table.
        const split = [...growing.entries()]
          .map(([name, boundary]) => ({ table: findTableState(work, name), boundary }))
          .find(
            ({ table, boundary }) =>
              table &&
              table.sheet === edit.sheet &&
              edit.row < boundary &&
              edit.row + edit.cells.length > boundary &&
              edit.col >= table.col &&
              edit.col < table.col + table.headers.length,
          );
        if (split) {
          const cut = split.boundary - edit.row;
          await writeBlock(edit.sheet, edit.row, edit.col, edit.cells.slice(0, cut));
          await writeBlock(edit.sheet, split.boundary, edit.col, edit.cells.slice(cut));
        } else {
          await writeBlock(edit.sheet, edit.row, edit.col, edit.cells);
        }
        break;
      }
      case 'setName': {
        if (work.names.has(edit.name)) context.workbook.names.getItem(edit.name).delete();
        context.workbook.names.add(edit.name, edit.formula);
        break;
      }
      case 'activate':
        sheet(edit.sheet).activate();
        break;
      case 'format': {
        applyFormats(sheet(edit.sheet), edit.plan, options.formats);
        if (created.has(edit.sheet)) queueCharts(result, edit.sheet, edit.plan, work);
        break;
      }
      default: {
        // Every kind of edit is written here: a new one fails to compile until it is.
        const unknown: never = edit;
        throw new Error(`No Office.js rendering for edit kind "${(unknown as Edit).kind}"`);
      }
    }
    applyEdit(work, edit);
  }
  return result;
}

function queueCharts(result: ExecuteResult, sheet: string, plan: SheetPlan, state: WorkbookState) {
  for (const chart of plan.charts) result.charts.push({ sheet, chart, state });
}

/** Adds a chart whose series are columns of a table: categories and series need not be adjacent. */
export function addChart(
  context: Excel.RequestContext,
  sheetName: string,
  plan: ChartPlan,
  state: WorkbookState,
) {
  const table = findTableState(state, plan.table);
  if (!table) return;
  const ws = context.workbook.worksheets.getItem(sheetName);
  const body = (header: string) => {
    const c = headerIndex(table.headers, header);
    return ws.getRangeByIndexes(
      table.row + 1,
      table.col + Math.max(c, 0),
      Math.max(table.rowCount, 1),
      1,
    );
  };
  const [first, ...rest] = plan.series;
  const chart = ws.charts.add(
    'ColumnStacked' as Excel.ChartType,
    body(first.column),
    'Columns' as Excel.ChartSeriesBy,
  );
  chart.name = plan.name;
  chart.title.text = plan.title;
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(body(plan.categoryColumn));
  for (const series of rest) {
    const added = chart.series.add(series.name);
    added.setValues(body(series.column));
    added.setXAxisValues(body(plan.categoryColumn));
  }
  const a = plan.anchor;
  chart.setPosition(
    ws.getRangeByIndexes(a.row, a.col, 1, 1),
    ws.getRangeByIndexes(a.row + a.rows - 1, a.col + a.cols - 1, 1, 1),
  );
}

/** Queues loads of every cell the writes will touch, to see whether a co-author got there first. */
export function queueVerify(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  state: WorkbookState,
) {
  // Only writes whose cells are where they were when read: on sheets that exist, before any
  // edit that moves cells on that sheet.
  const moved = new Set<string>();
  const writes: Extract<Edit, { kind: 'write' }>[] = [];
  for (const edit of edits) {
    if (edit.kind === 'insertCells' || edit.kind === 'deleteTable') moved.add(edit.sheet);
    if (
      edit.kind === 'write' &&
      !moved.has(edit.sheet) &&
      state.sheets.some((s) => s.name === edit.sheet)
    ) {
      writes.push(edit);
    }
  }
  const probes = writes.map((edit) => ({
    edit,
    range: context.workbook.worksheets
      .getItem(edit.sheet)
      .getRangeByIndexes(edit.row, edit.col, edit.cells.length, edit.cells[0].length)
      .load('values,formulas'),
  }));
  return {
    /** After sync: the cells whose content is no longer what reconcile read. */
    conflicts(): Set<string> {
      const changed = new Set<string>();
      for (const { edit, range } of probes) {
        edit.expected.forEach((line, r) =>
          line.forEach((expected: StateCell | null, c) => {
            const now = stateCell(range.values[r]?.[c], range.formulas[r]?.[c]);
            if (!sameStateCell(now, expected))
              changed.add(skipKey(edit.sheet, edit.row + r, edit.col + c));
          }),
        );
      }
      return changed;
    },
  };
}
