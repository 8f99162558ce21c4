import { CellValue } from '../core/cells';
import { SheetState, StateCell, TableState, WorkbookState, cellKey } from '../core/edits';
import { MATRIX_COMPUTED, TABLE, header } from '../core/tables';
import { parseAddress } from './address';
import { DocumentSettings, SETTING, SettingKey } from './documentSettings';

/**
 * Reads what reconcile and the analysis need: every sheet that holds one of our tables (its
 * used range's values), the formulas where the add-in keeps formulas, where each table is,
 * the sheet names and the defined names. Tables are found by name, wherever users moved them.
 *
 * Where the tables are is needed before the read is sent, so the reader remembers it: once
 * it knows, a read is one round trip, and in that trip it also checks the tables are still
 * where it thinks. A new runtime learns it from the document's settings, which Office loads
 * with the add-in (documentSettings.ts); without them, or when they are wrong, the read
 * costs one more round trip, and the settings are corrected with the next read's batch.
 *
 * Formulas are read only where the add-in writes formulas (the Status sheet, the matrix's
 * computed columns): reading them everywhere would double a large workbook's response, and
 * Excel on the web refuses a response over 5 MB.
 */

const OUR_TABLES = new Map(Object.values(TABLE).map((name) => [name.toUpperCase(), name]));
/** Sheets whose every formula is the add-in's: their used range is read with formulas. */
const FORMULA_SHEET_TABLES = new Set([TABLE.status.toUpperCase()]);
const COMPUTED_HEADERS = new Set(
  (['da', 'en'] as const).flatMap((lang) =>
    MATRIX_COMPUTED.map((c) => header('matrix', c, lang).toUpperCase()),
  ),
);
const isComputed = (h: string) => COMPUTED_HEADERS.has(h.trim().toUpperCase());
const isMatrix = (table: string) => table.toUpperCase() === TABLE.matrix.toUpperCase();

export interface TableKnowledge {
  sheet: string;
  /** The matrix's computed columns' headers as last read; empty for the other tables. */
  computed: string[];
}

/** Where each of our tables is, as last seen. */
export type TableLocations = Map<string, TableKnowledge>;

interface Probe {
  tables: Excel.TableCollection;
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  ranges: Map<string, Excel.Range>;
  /** Used ranges of the sheets thought to hold our tables, each reached through a table. */
  used: { range: Excel.Range; formulas: boolean }[];
  formulas: Excel.Range[];
}

function queue(context: Excel.RequestContext, known: TableLocations): Probe {
  const workbook = context.workbook;
  const probe: Probe = {
    // With the columns' names: a read that finds its knowledge wrong then knows the
    // matrix's computed columns for the next, wherever the matrix went.
    tables: workbook.tables.load('items/name,items/worksheet/name,items/columns/items/name'),
    sheets: workbook.worksheets.load('items/name'),
    names: workbook.names.load('items/name,items/formula'),
    ranges: new Map(),
    used: [],
    formulas: [],
  };
  const bySheet = new Map<string, string[]>();
  for (const [table, { sheet }] of known)
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), table]);
  for (const tables of bySheet.values()) {
    // Through a table, not by the sheet's name: a renamed sheet is still read.
    const formulas = tables.some((t) => FORMULA_SHEET_TABLES.has(t.toUpperCase()));
    const range = workbook.tables.getItem(tables[0]).worksheet.getUsedRange();
    range.load(formulas ? 'address,values,formulas' : 'address,values');
    probe.used.push({ range, formulas });
  }
  for (const [table, { computed }] of known) {
    const item = workbook.tables.getItem(table);
    probe.ranges.set(table, item.getRange().load('address'));
    if (!isMatrix(table)) continue;
    for (const h of computed)
      probe.formulas.push(item.columns.getItem(h).getRange().load('address,formulas'));
  }
  return probe;
}

interface Found {
  sheet: string;
  headers: string[];
}

function locate(probe: Probe): Map<string, Found> {
  const found = new Map<string, Found>();
  for (const table of probe.tables.items) {
    if (!OUR_TABLES.has(table.name.toUpperCase())) continue;
    const headers = table.columns.items.map((c) => c.name);
    found.set(table.name, { sheet: table.worksheet.name, headers });
  }
  return found;
}

/**
 * The read holds everything, whatever the knowledge it was built on: the same tables, each
 * on a sheet whose cells were read (with formulas where the add-in keeps them), and the
 * matrix's computed columns as they are now.
 */
function complete(found: Map<string, Found>, known: TableLocations, probe: Probe): boolean {
  if (found.size !== known.size) return false;
  const read = new Map<string, boolean>();
  for (const { range, formulas } of probe.used) {
    const sheet = parseAddress(range.address).sheet;
    read.set(sheet, (read.get(sheet) ?? false) || formulas);
  }
  for (const [table, { sheet, headers }] of found) {
    if (!known.has(table) || !read.has(sheet)) return false;
    if (FORMULA_SHEET_TABLES.has(table.toUpperCase()) && !read.get(sheet)) return false;
    if (isMatrix(table) && !sameSet(headers.filter(isComputed), known.get(table)!.computed))
      return false;
  }
  return true;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function learn(known: TableLocations, found: Map<string, Found>) {
  known.clear();
  for (const [table, { sheet, headers }] of found) {
    known.set(table, knowledge(table, sheet, headers));
  }
}

function knowledge(table: string, sheet: string, headers: readonly string[]): TableKnowledge {
  return { sheet, computed: isMatrix(table) ? headers.filter(isComputed) : [] };
}

/** The record kept in the document's settings: tables, their sheets, the computed headers. */
interface LocationRecord {
  v: 1;
  tables: { t: string; s: string; c: string[] }[];
}

function record(known: TableLocations): LocationRecord {
  return {
    v: 1,
    tables: [...known].map(([t, { sheet, computed }]) => ({ t, s: sheet, c: computed })),
  };
}

const MAX_NAME = 255;
const isName = (x: unknown): x is string =>
  typeof x === 'string' && x.length > 0 && x.length <= MAX_NAME;

/**
 * Locations from a settings value, or null when it is not a record this version wrote: a
 * co-author's, an older version's or a hand-made value is ignored whole. Only our own table
 * names and computed headers reach Excel from it; the sheet names only group the reads.
 */
export function parseLocations(value: unknown): TableLocations | null {
  const { v, tables } = (value ?? {}) as { v?: unknown; tables?: unknown };
  if (v !== 1 || !Array.isArray(tables) || tables.length > OUR_TABLES.size) return null;
  const known: TableLocations = new Map();
  for (const entry of tables as unknown[]) {
    const { t, s, c = [] } = (entry ?? {}) as { t?: unknown; s?: unknown; c?: unknown };
    if (!isName(t) || !OUR_TABLES.has(t.toUpperCase()) || !isName(s) || !Array.isArray(c))
      return null;
    const computed = c as unknown[];
    const fine =
      computed.length <= COMPUTED_HEADERS.size &&
      computed.every((h) => isName(h) && isComputed(h)) &&
      new Set(computed).size === computed.length &&
      (computed.length === 0 || isMatrix(t)) &&
      ![...known.keys()].some((k) => k.toUpperCase() === t.toUpperCase());
    if (!fine) return null;
    known.set(t, { sheet: s, computed: computed as string[] });
  }
  return known;
}

/** A read is sent at most this often: stale knowledge, then settings that fail, then done. */
const MAX_ATTEMPTS = 4;
/** Failures that are not the settings' doing (busy, too large): without them is no better. */
const NOT_SETTINGS = /CellEditMode|PayloadSize/;

/**
 * Reads the workbook state. `sync` is the caller's counted round trip; `known` is kept up to
 * date. With `settings`, a first read starts from the locations the document keeps, loads
 * `keys` in its batch, and keeps the document's locations right.
 */
export async function readState(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  known: TableLocations,
  settings: DocumentSettings | null = null,
  keys: readonly SettingKey[] = [],
): Promise<WorkbookState> {
  let recalled = false;
  if (known.size === 0 && settings) {
    const kept = parseLocations(settings.recall(SETTING.tables));
    if (kept) for (const [table, k] of kept) known.set(table, k);
    recalled = known.size > 0;
  }
  // Tables this runtime created or found since the document's record was read: kept with
  // this batch (nothing is sent when the record already says so).
  if (settings?.stored.has(SETTING.tables) && known.size > 0)
    settings.want(SETTING.tables, record(known));
  const wanted: SettingKey[] = [SETTING.tables, ...keys];
  const send = async (): Promise<Probe> => {
    for (let attempt = 1; ; attempt += 1) {
      const probe = queue(context, known);
      const queued = settings?.queue(context, wanted) ?? null;
      try {
        await sync();
        settings?.settle(queued);
        return probe;
      } catch (error) {
        const { code = '', debugInfo } = (error ?? {}) as OfficeExtension.Error;
        // Excel names the failing call ("SettingCollection.add"): the settings' own failure
        // (a host that cannot keep them) costs this one try, and no action.
        const theirs = /^Setting/.test(debugInfo?.errorLocation ?? '');
        if (attempt >= MAX_ATTEMPTS || NOT_SETTINGS.test(code)) throw error;
        if (theirs && settings?.failed(queued)) continue;
        // A remembered table, column or sheet is gone: forget, and read afresh.
        if (code === 'ItemNotFound' && known.size > 0) {
          known.clear();
          // The document's record misled this read: empty it with the next try, at no cost.
          if (recalled) settings?.want(SETTING.tables, record(known));
          recalled = false;
          continue;
        }
        // Any other failure is the action's. Where Excel names no call at all, the next read
        // goes without the settings, so that no action fails twice for them.
        if (!debugInfo?.errorLocation) settings?.failed(queued);
        throw error;
      }
    }
  };
  let probe = await send();
  let state = stateOf(probe);
  const found = locate(probe);
  const whole = complete(found, known, probe);
  // What the read found is the truth, even when the knowledge it was built on was not.
  learn(known, found);
  if (!whole && found.size > 0) {
    // The corrected locations ride on the read that uses them.
    settings?.want(SETTING.tables, record(known));
    probe = await send();
    state = stateOf(probe);
    learn(known, locate(probe));
  }
  // Kept for the next batch; nothing is written to a document that never had our tables.
  if (settings && (known.size > 0 || (settings.stored.get(SETTING.tables) ?? 'null') !== 'null'))
    settings.want(SETTING.tables, record(known));
  return state;
}

/** Remembers tables the add-in just created, so the next read needs one round trip. */
export function rememberTable(
  known: TableLocations,
  table: string,
  sheet: string,
  headers: string[],
) {
  known.set(table, knowledge(table, sheet, headers));
}

function stateOf(probe: Probe): WorkbookState {
  const state: WorkbookState = {
    sheets: probe.sheets.items.map((s) => ({ name: s.name, cells: new Map() })),
    tables: [],
    names: new Map(probe.names.items.map((n) => [n.name, String(n.formula)])),
  };
  // A sheet read twice (knowledge that grouped its tables wrongly) keeps its formulas.
  const reads = [...probe.used].sort((a, b) => Number(a.formulas) - Number(b.formulas));
  for (const { range: used, formulas } of reads) {
    const sheet = state.sheets.find((s) => s.name === parseAddress(used.address).sheet);
    if (!sheet) continue;
    fillCells(sheet, used.address, used.values, formulas ? used.formulas : null);
  }
  for (const range of probe.formulas) {
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
