import { CellValue } from '../core/cells';
import { SheetState, StateCell, TableState, WorkbookState, cellKey } from '../core/edits';
import { TABLE } from '../core/tables';
import { parseAddress } from './address';

/**
 * Reads what reconcile and the analysis need: every sheet that holds one of our tables
 * (its used range, values and formulas), where each table is, the sheet names and the
 * defined names. Tables are found by name, wherever users moved them.
 *
 * Where the tables are is only known after a round trip, so the reader remembers it: once
 * it knows, a read is one round trip, and in the same trip it checks that the tables are
 * still where it thinks. A workbook whose tables moved, or a first read, costs one more.
 */

const OUR_TABLES = new Set(Object.values(TABLE).map((name) => name.toUpperCase()));

/** Which sheet each of our tables is on, as last seen. */
export type TableLocations = Map<string, string>;

interface Probe {
  tables: Excel.TableCollection;
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  ranges: Map<string, Excel.Range>;
  used: Map<string, Excel.Range>;
}

function queue(context: Excel.RequestContext, known: TableLocations): Probe {
  const workbook = context.workbook;
  const probe: Probe = {
    tables: workbook.tables.load('items/name,items/worksheet/name'),
    sheets: workbook.worksheets.load('items/name'),
    names: workbook.names.load('items/name,items/formula'),
    ranges: new Map(),
    used: new Map(),
  };
  for (const [table, sheet] of known) {
    probe.ranges.set(table, workbook.tables.getItem(table).getRange().load('address'));
    if (!probe.used.has(sheet)) {
      probe.used.set(
        sheet,
        workbook.worksheets.getItem(sheet).getUsedRange().load('address,values,formulas'),
      );
    }
  }
  return probe;
}

/** Where our tables are now, from the tables collection read in the same trip. */
function locate(probe: Probe): TableLocations {
  const found: TableLocations = new Map();
  for (const table of probe.tables.items) {
    if (OUR_TABLES.has(table.name.toUpperCase())) found.set(table.name, table.worksheet.name);
  }
  return found;
}

function sameLocations(a: TableLocations, b: TableLocations): boolean {
  return a.size === b.size && [...a].every(([table, sheet]) => b.get(table) === sheet);
}

/**
 * Reads the workbook state. `sync` is the caller's counted round trip; `known` is updated.
 */
export async function readState(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  known: TableLocations,
): Promise<WorkbookState> {
  let probe: Probe;
  try {
    probe = queue(context, known);
    await sync();
  } catch (error) {
    // A remembered table or sheet is gone: forget, and read afresh.
    if ((error as { code?: string }).code !== 'ItemNotFound' || known.size === 0) throw error;
    known.clear();
    probe = queue(context, known);
    await sync();
  }
  const now = locate(probe);
  if (!sameLocations(now, known)) {
    known.clear();
    for (const [table, sheet] of now) known.set(table, sheet);
    if (now.size > 0) {
      probe = queue(context, known);
      await sync();
    }
  }
  return stateOf(probe);
}

function stateOf(probe: Probe): WorkbookState {
  const state: WorkbookState = {
    sheets: probe.sheets.items.map((s) => ({ name: s.name, cells: new Map() })),
    tables: [],
    names: new Map(probe.names.items.map((n) => [n.name, String(n.formula)])),
  };
  for (const [sheetName, used] of probe.used) {
    const sheet = state.sheets.find((s) => s.name === sheetName);
    if (sheet) fillCells(sheet, used.address, used.values, used.formulas);
  }
  for (const [table, range] of probe.ranges) {
    const area = parseAddress(range.address);
    const sheet = state.sheets.find((s) => s.name === area.sheet);
    if (sheet) state.tables.push(tableState(table, sheet, range.address));
  }
  return state;
}

function fillCells(sheet: SheetState, address: string, values: unknown[][], formulas: unknown[][]) {
  const area = parseAddress(address);
  for (let r = 0; r < values.length; r += 1) {
    for (let c = 0; c < values[r].length; c += 1) {
      const cell = stateCell(values[r][c], formulas[r]?.[c]);
      if (cell) sheet.cells.set(cellKey(area.row + r, area.col + c), cell);
    }
  }
}

/**
 * A cell from its value and its formula text. A text cell whose text starts with '=' reads
 * the same in both; a formula's value is what it computes, which differs from its text.
 */
export function stateCell(value: unknown, formula: unknown): StateCell | null {
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) {
    return { value: null, formula };
  }
  if (value === '' || value === null || value === undefined) return null;
  return { value: value as CellValue };
}

function tableState(name: string, sheet: SheetState, address: string): TableState {
  const area = parseAddress(address);
  const headers: string[] = [];
  for (let c = 0; c < area.cols; c += 1) {
    const cell = sheet.cells.get(cellKey(area.row, area.col + c));
    headers.push(cell && cell.value !== null ? String(cell.value) : '');
  }
  return {
    name,
    sheet: sheet.name,
    row: area.row,
    col: area.col,
    headers,
    rowCount: area.rows - 1,
  };
}
