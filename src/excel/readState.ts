import { CellValue } from '../core/cells';
import { SheetState, StateCell, TableState, WorkbookState, cellKey } from '../core/edits';
import { MATRIX_COMPUTED, TABLE, header } from '../core/tables';
import { parseAddress } from './address';

/**
 * Reads what reconcile and the analysis need: every sheet that holds one of our tables (its
 * used range's values), the formulas where the add-in keeps formulas, where each table is,
 * the sheet names and the defined names. Tables are found by name, wherever users moved them.
 *
 * Where the tables are is only known after a round trip, so the reader remembers it: once it
 * knows, a read is one round trip, and in that trip it also checks the tables are still where
 * it thinks. A first read, or one after tables moved, costs one more.
 *
 * Formulas are read only where the add-in writes formulas (the Status sheet, the matrix's
 * computed columns): reading them everywhere would double a large workbook's response, and
 * Excel on the web refuses a response over 5 MB.
 */

const OUR_TABLES = new Set(Object.values(TABLE).map((name) => name.toUpperCase()));
/** Sheets whose every formula is the add-in's: their used range is read with formulas. */
const FORMULA_SHEET_TABLES = new Set([TABLE.status.toUpperCase()]);
const COMPUTED_HEADERS = new Set(
  (['da', 'en'] as const).flatMap((lang) =>
    MATRIX_COMPUTED.map((c) => header('matrix', c, lang).toUpperCase()),
  ),
);

export interface TableKnowledge {
  sheet: string;
  /** Headers as last read, to find the computed columns without another round trip. */
  headers: string[];
}

/** Where each of our tables is, as last seen. */
export type TableLocations = Map<string, TableKnowledge>;

interface Probe {
  tables: Excel.TableCollection;
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  ranges: Map<string, Excel.Range>;
  used: Map<string, Excel.Range>;
  /** Formula ranges: [range, is the whole used range]. */
  formulas: { range: Excel.Range; table: string; column: number | null }[];
}

function queue(context: Excel.RequestContext, known: TableLocations): Probe {
  const workbook = context.workbook;
  const probe: Probe = {
    tables: workbook.tables.load('items/name,items/worksheet/name'),
    sheets: workbook.worksheets.load('items/name'),
    names: workbook.names.load('items/name,items/formula'),
    ranges: new Map(),
    used: new Map(),
    formulas: [],
  };
  const formulaSheets = new Set(
    [...known]
      .filter(([table]) => FORMULA_SHEET_TABLES.has(table.toUpperCase()))
      .map(([, k]) => k.sheet),
  );
  for (const [table, { sheet, headers }] of known) {
    const item = workbook.tables.getItem(table);
    probe.ranges.set(table, item.getRange().load('address'));
    if (!probe.used.has(sheet)) {
      const used = workbook.worksheets.getItem(sheet).getUsedRange();
      used.load(formulaSheets.has(sheet) ? 'address,values,formulas' : 'address,values');
      probe.used.set(sheet, used);
    }
    if (table.toUpperCase() === TABLE.matrix.toUpperCase()) {
      headers.forEach((h, column) => {
        if (!COMPUTED_HEADERS.has(h.trim().toUpperCase())) return;
        const range = item.columns.getItemAt(column).getRange().load('address,formulas');
        probe.formulas.push({ range, table, column });
      });
    }
  }
  return probe;
}

function locate(probe: Probe): Map<string, string> {
  const found = new Map<string, string>();
  for (const table of probe.tables.items) {
    if (OUR_TABLES.has(table.name.toUpperCase())) found.set(table.name, table.worksheet.name);
  }
  return found;
}

/** The reader's knowledge still holds: the same tables, on the same sheets, with the same columns. */
function stillTrue(
  found: Map<string, string>,
  known: TableLocations,
  state: WorkbookState,
): boolean {
  if (found.size !== known.size) return false;
  for (const [table, sheet] of found) {
    const k = known.get(table);
    const now = state.tables.find((t) => t.name === table);
    if (!k || k.sheet !== sheet || !now || now.headers.join('\u0000') !== k.headers.join('\u0000'))
      return false;
  }
  return true;
}

function learn(known: TableLocations, found: Map<string, string>, state: WorkbookState | null) {
  known.clear();
  for (const [table, sheet] of found) {
    const headers = state?.tables.find((t) => t.name === table)?.headers ?? [];
    known.set(table, { sheet, headers });
  }
}

/** Reads the workbook state. `sync` is the caller's counted round trip; `known` is kept up to date. */
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
    // A remembered table, column or sheet is gone: forget, and read afresh.
    if ((error as { code?: string }).code !== 'ItemNotFound' || known.size === 0) throw error;
    known.clear();
    probe = queue(context, known);
    await sync();
  }
  let state = stateOf(probe);
  const found = locate(probe);
  if (!stillTrue(found, known, state)) {
    learn(known, found, state);
    if (found.size > 0) {
      probe = queue(context, known);
      await sync();
      state = stateOf(probe);
    }
    learn(known, found, state);
  }
  return state;
}

/** Remembers tables the add-in just created, so the next read needs one round trip. */
export function rememberTable(
  known: TableLocations,
  table: string,
  sheet: string,
  headers: string[],
) {
  known.set(table, { sheet, headers });
}

function stateOf(probe: Probe): WorkbookState {
  const state: WorkbookState = {
    sheets: probe.sheets.items.map((s) => ({ name: s.name, cells: new Map() })),
    tables: [],
    names: new Map(probe.names.items.map((n) => [n.name, String(n.formula)])),
  };
  for (const [sheetName, used] of probe.used) {
    const sheet = state.sheets.find((s) => s.name === sheetName);
    if (!sheet) continue;
    const formulas = (used.toJSON() as { formulas?: unknown[][] }).formulas;
    fillCells(sheet, used.address, used.values, formulas ?? null);
  }
  for (const { range } of probe.formulas) {
    const area = parseAddress(range.address);
    const sheet = state.sheets.find((s) => s.name === area.sheet);
    if (!sheet) continue;
    range.formulas.forEach((line, r) =>
      line.forEach((formula, c) => {
        if (typeof formula === 'string' && formula.startsWith('=') && r > 0) {
          sheet.cells.set(cellKey(area.row + r, area.col + c), { value: null, formula });
        }
      }),
    );
  }
  for (const [table, range] of probe.ranges) {
    const area = parseAddress(range.address);
    const sheet = state.sheets.find((s) => s.name === area.sheet);
    if (sheet) state.tables.push(tableState(table, sheet, range.address));
  }
  return state;
}

function fillCells(
  sheet: SheetState,
  address: string,
  values: unknown[][],
  formulas: unknown[][] | null,
) {
  const area = parseAddress(address);
  for (let r = 0; r < values.length; r += 1) {
    for (let c = 0; c < values[r].length; c += 1) {
      const cell = formulas
        ? stateCell(values[r][c], formulas[r]?.[c])
        : stateCell(values[r][c], null);
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

/**
 * Sheets named as ours that hold none of our tables (say, one recreated by hand) are read
 * too, so the add-in builds on them only when they are empty. It costs a round trip, and
 * only when such a sheet exists.
 */
export async function readUnclaimedSheets(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  state: WorkbookState,
  names: readonly string[],
): Promise<void> {
  const wanted = new Set(names.map((n) => n.toUpperCase()));
  const claimed = new Set(state.tables.map((t) => t.sheet));
  const unclaimed = state.sheets.filter(
    (s) => wanted.has(s.name.toUpperCase()) && !claimed.has(s.name),
  );
  if (unclaimed.length === 0) return;
  const used = unclaimed.map((sheet) => ({
    sheet,
    range: context.workbook.worksheets
      .getItem(sheet.name)
      .getUsedRangeOrNullObject(true)
      .load('address,values'),
  }));
  await sync();
  for (const { sheet, range } of used) {
    if (!range.isNullObject) fillCells(sheet, range.address, range.values, null);
  }
}
