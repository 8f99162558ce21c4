/** Table edits: auto-expansion, rows and columns added, resize, totals row, sort. */
import { Rect, rect } from '../address';
import { CellValue } from '../cellInput';
import { ErrorCodes, excelError } from '../errors';
import { cellKey, overlaps } from '../rects';
import { checkShape, clearContents, putInputs, shiftCells } from './cells';
import { Cell } from './sheet';
import { assertNoTableOverlap, bodyRect, extendRegions, normalizeHeaders } from './tables';
import { ChangeSource, TableModel, WorkbookModel } from './workbook';

function hasContent(t: TableModel, r: Rect): boolean {
  for (let row = r.r0; row <= r.r1; row++) {
    for (let c = Math.max(r.c0, t.rect.c0); c <= Math.min(r.c1, t.rect.c1); c++) {
      if (t.sheet.cell(row, c)) return true;
    }
  }
  return false;
}

/** Whether a row holds nothing in the table's columns. */
export function rowIsEmpty(t: TableModel, row: number): boolean {
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    const cell = t.sheet.cell(row, c);
    if (cell && (cell.value !== '' || cell.formula)) return false;
  }
  return true;
}

/**
 * Excel's table auto-expansion: non-empty data written into the row directly below a table
 * (with no totals row) makes the table grow to take in the written rows. The caller passes
 * only tables whose row below was empty before the write: Microsoft's "Coauthoring in Excel
 * add-ins" says to insert a blank row first where data is below, and that empty rows do not
 * expand a table; a row that already held content is overwritten and the table stays as it is.
 * New rows of a calculated column get its formula.
 */
export function autoExpand(wb: WorkbookModel, t: TableModel, written: Rect): boolean {
  if (t.showTotals || written.r0 !== t.rect.r1 + 1) return false;
  if (written.c1 < t.rect.c0 || written.c0 > t.rect.c1) return false;
  if (!hasContent(t, written)) return false;
  const grow = rect(written.r0, t.rect.c0, written.r1, t.rect.c1);
  if (wb.tablesOn(t.sheet).some((o) => o !== t && overlaps(o.rect, grow))) return false;
  const oldLast = t.rect.r1;
  t.rect = { ...t.rect, r1: written.r1 };
  extendRegions(t, oldLast, written.r1);
  fillCalculated(t, oldLast + 1, written.r1);
  return true;
}

/** Puts each calculated column's formula into the empty cells of rows from…to. */
function fillCalculated(t: TableModel, from: number, to: number): void {
  t.columns.forEach((column, j) => {
    if (!column.calculated) return;
    for (let row = from; row <= to; row++) {
      const cell = t.sheet.cell(row, t.rect.c0 + j);
      if (!cell || (cell.value === '' && !cell.formula))
        t.sheet.setCell(row, t.rect.c0 + j, { value: 0, formula: column.calculated });
    }
  });
}

/**
 * Excel's calculated columns ("Fill formulas in tables to create calculated columns", on by
 * default), which apply to API writes too: office-js #2093 (closed "by design") and #5909
 * (2025, web and Mac). When formulas are written into a table column whose other body cells
 * are empty or already hold the column's formula, the column becomes a calculated column and
 * every such cell gets one formula. ASSUMPTION: the formula kept is the first one written
 * (#5909 reports "the first or last row"); the fake copies the text as it is, so A1
 * references are not shifted per row (our formulas use structured references only).
 * Typed values in the column stay, as Excel keeps them as exceptions.
 */
export function applyCalculatedColumns(t: TableModel, written: Rect, input: unknown): void {
  const body = bodyRect(t);
  if (body.r1 < body.r0) return;
  const rows = { r0: Math.max(written.r0, body.r0), r1: Math.min(written.r1, body.r1) };
  if (rows.r0 > rows.r1) return;
  const inputAt = (row: number, col: number): unknown =>
    Array.isArray(input) ? (input as unknown[][])[row - written.r0]?.[col - written.c0] : input;
  for (let col = Math.max(written.c0, t.rect.c0); col <= Math.min(written.c1, t.rect.c1); col++) {
    const column = t.columns[col - t.rect.c0];
    const inColumn: unknown[] = [];
    for (let row = rows.r0; row <= rows.r1; row++) inColumn.push(inputAt(row, col));
    const formulas = inColumn.filter(
      (raw): raw is string => typeof raw === 'string' && raw.startsWith('=') && raw.length > 1,
    );
    // Only a write of formulas (or nothing) into the column makes or changes a calculated column.
    if (
      formulas.length === 0 ||
      inColumn.some((raw) => raw !== null && raw !== undefined && !formulas.includes(raw as string))
    )
      continue;
    const formula = formulas[0];
    let others = true;
    for (let row = body.r0; row <= body.r1 && others; row++) {
      if (
        row >= rows.r0 &&
        row <= rows.r1 &&
        inputAt(row, col) !== null &&
        inputAt(row, col) !== undefined
      )
        continue;
      const cell = t.sheet.cell(row, col);
      const empty = !cell || (cell.value === '' && !cell.formula);
      if (!empty && !(column.calculated && cell?.formula === column.calculated)) others = false;
    }
    if (!others) continue;
    column.calculated = formula;
    for (let row = body.r0; row <= body.r1; row++) {
      const cell = t.sheet.cell(row, col);
      if (!cell || cell.formula || cell.value === '')
        t.sheet.setCell(row, col, { value: 0, formula });
    }
  }
}

/** TableRowCollection.add: inserts rows at `index` of the body (or appends), then fills them. */
export function addTableRows(
  wb: WorkbookModel,
  t: TableModel,
  index: number | null | undefined,
  values: unknown,
  source: ChangeSource,
): Rect {
  const body = bodyRect(t);
  const bodyRows = body.r1 - body.r0 + 1;
  const width = t.rect.c1 - t.rect.c0 + 1;
  const count = Array.isArray(values) ? values.length : 1;
  if (count === 0) throw excelError(ErrorCodes.invalidArgument, 'no rows to add');
  const at = index === null || index === undefined ? bodyRows : index;
  if (!Number.isInteger(at) || at < 0 || at > bodyRows) {
    throw excelError(ErrorCodes.invalidArgument, `row index ${String(index)} is outside the table`);
  }
  const target = rect(body.r0 + at, t.rect.c0, body.r0 + at + count - 1, t.rect.c1);
  if (values !== undefined && values !== null) checkShape(values, target);
  const appending = target.r0 > t.rect.r1;
  const oldLast = t.rect.r1;
  shiftCells(wb, t.sheet, 'down', t.rect.c0, t.rect.c1, target.r0, count);
  if (appending) {
    t.rect = { ...t.rect, r1: t.rect.r1 + count };
    extendRegions(t, oldLast, t.rect.r1);
  } else {
    const from = at > 0 ? target.r0 - 1 : target.r1 + 1;
    for (let row = target.r0; row <= target.r1; row++) {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.formats.copyCell(from, c, row, c);
    }
  }
  if (width > 0 && values !== undefined && values !== null) putInputs(t.sheet, target, values);
  wb.emit({ kind: 'cells', sheet: t.sheet, rect: target, source, changeType: 'RowInserted' });
  return target;
}

export function deleteTableRow(
  wb: WorkbookModel,
  t: TableModel,
  index: number,
  source: ChangeSource,
): void {
  const body = bodyRect(t);
  if (body.r1 === body.r0)
    throw excelError(ErrorCodes.invalidOperation, 'a table must keep one body row');
  const row = body.r0 + index;
  if (row > body.r1) throw excelError(ErrorCodes.itemNotFound, `the table has no row ${index}`);
  clearContents(t.sheet, rect(row, t.rect.c0, row, t.rect.c1));
  shiftCells(wb, t.sheet, 'down', t.rect.c0, t.rect.c1, row + 1, -1);
  wb.emit({
    kind: 'cells',
    sheet: t.sheet,
    rect: rect(row, t.rect.c0, row, t.rect.c1),
    source,
    changeType: 'RowDeleted',
  });
}

/** TableColumnCollection.add: inserts a column, filling it from `values` (header first) or `name`. */
export function addTableColumn(
  wb: WorkbookModel,
  t: TableModel,
  index: number | null | undefined,
  values: unknown,
  name: string | undefined,
  source: ChangeSource,
): number {
  const width = t.rect.c1 - t.rect.c0 + 1;
  const at = index === null || index === undefined ? width : index;
  if (!Number.isInteger(at) || at < 0 || at > width) {
    throw excelError(
      ErrorCodes.invalidArgument,
      `column index ${String(index)} is outside the table`,
    );
  }
  const col = t.rect.c0 + at;
  const target = rect(t.rect.r0, col, t.rect.r1, col);
  if (values !== undefined && values !== null) checkShape(values, target);
  shiftCells(wb, t.sheet, 'right', t.rect.r0, t.rect.r1, col, 1);
  if (at === width) t.rect = { ...t.rect, c1: t.rect.c1 + 1 };
  t.columns.splice(at, 0, { id: t.nextColumnId++, name: '', filter: null });
  if (values !== undefined && values !== null) putInputs(t.sheet, target, values);
  if (name !== undefined && t.showHeaders) t.sheet.setCell(t.rect.r0, col, { value: String(name) });
  normalizeHeaders(wb, t, new Set([at]));
  wb.emit({ kind: 'cells', sheet: t.sheet, rect: target, source, changeType: 'ColumnInserted' });
  return at;
}

export function deleteTableColumn(
  wb: WorkbookModel,
  t: TableModel,
  index: number,
  source: ChangeSource,
): void {
  if (t.rect.c0 === t.rect.c1)
    throw excelError(ErrorCodes.invalidOperation, 'a table must keep one column');
  const col = t.rect.c0 + index;
  clearContents(t.sheet, rect(t.rect.r0, col, t.rect.r1, col));
  t.columns.splice(index, 1);
  shiftCells(wb, t.sheet, 'right', t.rect.r0, t.rect.r1, col + 1, -1);
  normalizeHeaders(wb, t, new Set());
  wb.emit({
    kind: 'cells',
    sheet: t.sheet,
    rect: rect(t.rect.r0, col, t.rect.r1, col),
    source,
    changeType: 'ColumnDeleted',
  });
}

/** Table.resize: the header row must stay in its row and the new range must overlap the old. */
export function resizeTable(wb: WorkbookModel, t: TableModel, r: Rect): void {
  if (r.r0 !== t.rect.r0 || !overlaps(r, t.rect)) {
    throw excelError(
      ErrorCodes.invalidArgument,
      'the new range must overlap the table and keep its header row in the same row',
    );
  }
  if (r.r1 - r.r0 < (t.showHeaders ? 1 : 0) + (t.showTotals ? 1 : 0)) {
    throw excelError(ErrorCodes.invalidArgument, 'the new range leaves no body row');
  }
  assertNoTableOverlap(wb, t.sheet, r, t);
  const old = t.rect;
  const kept = new Map<number, (typeof t.columns)[number]>();
  t.columns.forEach((c, j) => kept.set(old.c0 + j, c));
  const changed = new Set<number>();
  t.columns = [];
  for (let c = r.c0; c <= r.c1; c++) {
    const existing = kept.get(c);
    if (existing) t.columns.push(existing);
    else {
      changed.add(c - r.c0);
      t.columns.push({ id: t.nextColumnId++, name: '', filter: null });
    }
  }
  t.rect = r;
  if (r.r1 > old.r1) {
    extendRegions(t, old.r1, r.r1);
    fillCalculated(t, old.r1 + 1, r.r1);
  }
  normalizeHeaders(wb, t, changed);
}

export function setShowTotals(wb: WorkbookModel, t: TableModel, show: boolean): void {
  if (show === t.showTotals) return;
  if (show) {
    const below = t.rect.r1 + 1;
    let blocked = wb
      .tablesOn(t.sheet)
      .some((o) => overlaps(o.rect, rect(below, t.rect.c0, below, t.rect.c1)));
    for (let c = t.rect.c0; c <= t.rect.c1; c++) if (t.sheet.cell(below, c)) blocked = true;
    if (blocked) shiftCells(wb, t.sheet, 'down', t.rect.c0, t.rect.c1, below, 1);
    t.rect = { ...t.rect, r1: below };
    t.showTotals = true;
    t.sheet.setCell(below, t.rect.c0, { value: 'Total' });
  } else {
    clearContents(t.sheet, rect(t.rect.r1, t.rect.c0, t.rect.r1, t.rect.c1));
    t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
    t.showTotals = false;
  }
}

/** Excel's sort order: numbers, text, logicals, errors; blanks always last. */
function rank(cell: Cell | undefined): number {
  if (!cell || cell.value === '') return 4;
  if (cell.error) return 3;
  if (typeof cell.value === 'number') return 0;
  if (typeof cell.value === 'string') return 1;
  return 2;
}

function compareValues(
  a: Cell | undefined,
  b: Cell | undefined,
  ascending: boolean,
  matchCase: boolean,
): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 4 || rb === 4) return ra - rb;
  let d = ra - rb;
  if (d === 0 && a && b) {
    const x: CellValue = a.value;
    const y: CellValue = b.value;
    if (typeof x === 'string' && typeof y === 'string') {
      d = x.localeCompare(y, undefined, { sensitivity: matchCase ? 'case' : 'base' });
    } else d = Number(x) - Number(y);
  }
  return ascending ? d : -d;
}

export interface SortField {
  key: number;
  ascending?: boolean;
}

export function sortTable(
  wb: WorkbookModel,
  t: TableModel,
  fields: SortField[],
  matchCase: boolean,
  source: ChangeSource,
): void {
  const width = t.rect.c1 - t.rect.c0 + 1;
  if (!Array.isArray(fields) || fields.length === 0)
    throw excelError(ErrorCodes.invalidArgument, 'no sort fields');
  for (const f of fields) {
    if (!Number.isInteger(f.key) || f.key < 0 || f.key >= width) {
      throw excelError(
        ErrorCodes.invalidArgument,
        `sort key ${String(f.key)} is outside the table`,
      );
    }
  }
  const body = bodyRect(t);
  const sheet = t.sheet;
  const rows: { cells: (Cell | undefined)[]; formats: unknown[]; links: unknown[] }[] = [];
  for (let row = body.r0; row <= body.r1; row++) {
    const entry = {
      cells: [] as (Cell | undefined)[],
      formats: [] as unknown[],
      links: [] as unknown[],
    };
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      entry.cells.push(sheet.cell(row, c));
      entry.formats.push(sheet.formats.cells.get(cellKey(row, c)));
      entry.links.push(sheet.hyperlinks.get(cellKey(row, c)));
    }
    rows.push(entry);
  }
  rows.sort((a, b) => {
    for (const f of fields) {
      const d = compareValues(a.cells[f.key], b.cells[f.key], f.ascending !== false, matchCase);
      if (d !== 0) return d;
    }
    return 0;
  });
  rows.forEach((entry, i) => {
    for (let j = 0; j < width; j++) {
      const key = cellKey(body.r0 + i, t.rect.c0 + j);
      sheet.setCell(body.r0 + i, t.rect.c0 + j, entry.cells[j] ?? null);
      const f = entry.formats[j];
      if (f) sheet.formats.cells.set(key, f as never);
      else sheet.formats.cells.delete(key);
      const l = entry.links[j];
      if (l) sheet.hyperlinks.set(key, l as never);
      else sheet.hyperlinks.delete(key);
    }
  });
  t.sortFields = fields.map((f) => ({ ...f }));
  wb.emit({ kind: 'cells', sheet, rect: body, source, changeType: 'RangeEdited' });
}
