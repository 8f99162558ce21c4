/** Tables: creation, header names, naming, deletion, and the ranges of their parts. */
import { MAX_ROWS, Rect, rect } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { renameTableInFormula } from '../formulaRefs';
import { displayText } from '../displayText';
import { assertDefinedName } from '../nameRules';
import { overlaps } from '../rects';
import { cellValue, clearContents, clearFormats, clearHyperlinks, shiftCells } from './cells';
import { SheetModel } from './sheet';
import { ChangeSource, TableModel, WorkbookModel } from './workbook';

export const DEFAULT_TABLE_STYLE = 'TableStyleMedium2';

export function headerRect(t: TableModel): Rect | null {
  return t.showHeaders ? rect(t.rect.r0, t.rect.c0, t.rect.r0, t.rect.c1) : null;
}

export function totalsRect(t: TableModel): Rect | null {
  return t.showTotals ? rect(t.rect.r1, t.rect.c0, t.rect.r1, t.rect.c1) : null;
}

export function bodyRect(t: TableModel): Rect {
  const r0 = t.rect.r0 + (t.showHeaders ? 1 : 0);
  const r1 = t.rect.r1 - (t.showTotals ? 1 : 0);
  return rect(r0, t.rect.c0, r1, t.rect.c1);
}

export function columnRect(
  t: TableModel,
  index: number,
  part: 'all' | 'body' | 'header' | 'totals',
): Rect | null {
  const c = t.rect.c0 + index;
  const body = bodyRect(t);
  switch (part) {
    case 'all':
      return rect(t.rect.r0, c, t.rect.r1, c);
    case 'body':
      return rect(body.r0, c, body.r1, c);
    case 'header':
      return t.showHeaders ? rect(t.rect.r0, c) : null;
    case 'totals':
      return t.showTotals ? rect(t.rect.r1, c) : null;
  }
}

function rowIsBlank(sheet: SheetModel, row: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) if (sheet.cell(row, c)) return false;
  return true;
}

export function assertNoTableOverlap(
  wb: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  except?: TableModel,
): void {
  const clash = wb.tablesOn(sheet).find((t) => t !== except && overlaps(t.rect, r));
  // The code Excel gives for a table that would overlap another (office-js issue tracker;
  // the message is "A table can't overlap another table").
  if (clash)
    throw excelError(
      ErrorCodes.mergedRangeConflict,
      `a table can't overlap another table ("${clash.name}")`,
    );
}

/**
 * Column names from the header cells, as Excel makes them: blanks become ColumnN and repeats
 * get a number (Name, Name2…). Columns whose header did not change keep their names first.
 */
export function normalizeHeaders(
  wb: WorkbookModel,
  t: TableModel,
  changed: Set<number> | null,
): void {
  const n = t.rect.c1 - t.rect.c0 + 1;
  const raw: string[] = [];
  for (let j = 0; j < n; j++) {
    if (!t.showHeaders) raw.push(t.columns[j]?.name ?? '');
    else {
      const v = cellValue(wb, t.sheet, t.rect.r0, t.rect.c0 + j);
      raw.push(displayText(v, 'General'));
    }
  }
  const order = [...Array(n).keys()].sort((a, b) => {
    const ca = changed?.has(a) ? 1 : 0;
    const cb = changed?.has(b) ? 1 : 0;
    return ca - cb || a - b;
  });
  const used = new Set<string>();
  const names: string[] = new Array(n);
  for (const j of order) {
    const base = raw[j] === '' ? `Column${j + 1}` : raw[j];
    let candidate = base;
    for (let k = 2; used.has(candidate.toUpperCase()); k++) candidate = `${base}${k}`;
    used.add(candidate.toUpperCase());
    names[j] = candidate;
  }
  names.forEach((name, j) => {
    if (!t.columns[j]) t.columns[j] = { id: t.nextColumnId++, name, filter: null };
    t.columns[j].name = name;
    if (t.showHeaders) {
      const cell = t.sheet.cell(t.rect.r0, t.rect.c0 + j);
      if (!cell || cell.value !== name || cell.formula)
        t.sheet.setCell(t.rect.r0, t.rect.c0 + j, { value: name });
    }
  });
  t.columns.length = n;
}

export function createTable(
  wb: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  hasHeaders: boolean,
  name?: string,
): TableModel {
  if (r.r1 - r.r0 + 1 > MAX_ROWS - 1 || (r.r0 === 0 && r.r1 === MAX_ROWS - 1)) {
    throw excelError(ErrorCodes.invalidArgument, 'a table cannot span every row of the worksheet');
  }
  assertNoTableOverlap(wb, sheet, r);
  if (sheet.merges.some((m) => overlaps(m, r))) {
    throw excelError(ErrorCodes.invalidOperation, 'a table cannot be created over merged cells');
  }
  const finalName =
    name === undefined ? defaultTableName(wb) : assertDefinedName(name, 'table', wb.takenNames());
  let full = { ...r };
  if (!hasHeaders) {
    // Excel inserts a header row above the data, pushing the cells below down by one.
    shiftCells(wb, sheet, 'down', r.c0, r.c1, r.r0, 1);
    full = { ...r, r1: r.r1 + 1 };
  } else if (r.r0 === r.r1) {
    // A table always has a body row: take the row below, inserting one if it holds data.
    const below = r.r1 + 1;
    if (
      !rowIsBlank(sheet, below, r.c0, r.c1) ||
      wb.tablesOn(sheet).some((t) => overlaps(t.rect, rect(below, r.c0, below, r.c1)))
    ) {
      shiftCells(wb, sheet, 'down', r.c0, r.c1, below, 1);
    }
    full = { ...r, r1: below };
  }
  const t: TableModel = {
    id: String(wb.nextNumber('tableId')),
    name: finalName,
    sheet,
    rect: full,
    showHeaders: true,
    showTotals: false,
    style: DEFAULT_TABLE_STYLE,
    columns: [],
    nextColumnId: 1,
    sortFields: null,
    deleted: false,
  };
  if (!hasHeaders) for (let c = r.c0; c <= r.c1; c++) sheet.setCell(r.r0, c, null);
  wb.tables.push(t);
  normalizeHeaders(wb, t, null);
  return t;
}

export function defaultTableName(wb: WorkbookModel): string {
  const taken = new Set(wb.takenNames().map((n) => n.toUpperCase()));
  let name: string;
  do name = `${wb.locale.table}${wb.nextNumber('tableName')}`;
  while (taken.has(name.toUpperCase()));
  return name;
}

export function renameTable(wb: WorkbookModel, t: TableModel, name: unknown): void {
  if (name === t.name) return;
  const finalName = assertDefinedName(name, 'table', wb.takenNames(t.name));
  const old = t.name;
  t.name = finalName;
  wb.rewriteFormulas((f) => renameTableInFormula(f, old, finalName));
}

/** Table.delete removes the table with its cells; convertToRange keeps the cells. */
export function removeTable(
  wb: WorkbookModel,
  t: TableModel,
  keepData: boolean,
  source: ChangeSource,
): void {
  wb.tables = wb.tables.filter((x) => x !== t);
  t.deleted = true;
  if (!keepData) {
    clearContents(t.sheet, t.rect);
    clearFormats(t.sheet, t.rect);
    clearHyperlinks(t.sheet, t.rect);
    wb.emit({ kind: 'cells', sheet: t.sheet, rect: t.rect, source, changeType: 'RangeEdited' });
  }
}

/**
 * When a table grows from row `oldLast` to `newLast`, Excel carries the column's validation,
 * conditional formats and cell formats down into the new rows.
 */
export function extendRegions(t: TableModel, oldLast: number, newLast: number): void {
  const sheet = t.sheet;
  const inColumns = (x: Rect): boolean =>
    x.c0 >= t.rect.c0 && x.c1 <= t.rect.c1 && x.r1 === oldLast;
  for (const v of sheet.validations) if (inColumns(v.rect)) v.rect = { ...v.rect, r1: newLast };
  for (const cf of sheet.condFormats)
    cf.rects = cf.rects.map((x) => (inColumns(x) ? { ...x, r1: newLast } : x));
  for (let row = oldLast + 1; row <= newLast; row++) {
    for (let c = t.rect.c0; c <= t.rect.c1; c++) sheet.formats.copyCell(oldLast, c, row, c);
  }
}
