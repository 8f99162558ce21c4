/** Low-level cell operations on one sheet: read, write typed input, clear, shift. */
import { MAX_COLS, MAX_ROWS, Rect, columnCount, formatRect, rect, rowCount } from '../address';
import { CellValue, interpretInput } from '../cellInput';
import { ErrorCodes, excelError } from '../errors';
import { cellKey, keyCol, keyRow, keysInRect, overlaps, subtractAll } from '../rects';
import { FormatProp } from './formatStore';
import { Cell, SheetModel } from './sheet';
import { WorkbookModel } from './workbook';

export const SHAPE_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/** A 2-D input must match the range exactly; a non-array scalar fills every cell. */
export function checkShape(input: unknown, r: Rect): 'scalar' | 'matrix' {
  if (!Array.isArray(input)) return 'scalar';
  const rows = rowCount(r);
  const cols = columnCount(r);
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw excelError(ErrorCodes.invalidArgument, SHAPE_MESSAGE);
  }
  return 'matrix';
}

function inputAt(input: unknown, shape: 'scalar' | 'matrix', i: number, j: number): unknown {
  return shape === 'scalar' ? input : (input as unknown[][])[i][j];
}

/** The value Excel would report for a cell: formulas give their cached (or evaluated) result. */
export function cellValue(
  wb: WorkbookModel,
  sheet: SheetModel,
  row: number,
  col: number,
): CellValue {
  const cell = sheet.cell(row, col);
  if (!cell) return '';
  if (cell.formula && wb.evaluator) {
    const v = wb.evaluator(sheet.name, formatRect(rect(row, col)), cell.formula);
    if (v !== undefined) return v;
  }
  return cell.value;
}

export function cellFormula(cell: Cell | undefined): CellValue {
  if (!cell) return '';
  return cell.formula ?? cell.value;
}

/** Interprets and stores typed input over `r`. Returns true when any cell got content. */
export function putInputs(sheet: SheetModel, r: Rect, input: unknown): boolean {
  const shape = checkShape(input, r);
  // Validate everything first so a bad cell leaves the range untouched.
  const staged: { row: number; col: number; raw: unknown }[] = [];
  for (let i = 0; i <= r.r1 - r.r0; i++) {
    for (let j = 0; j <= r.c1 - r.c0; j++)
      staged.push({ row: r.r0 + i, col: r.c0 + j, raw: inputAt(input, shape, i, j) });
  }
  const contents = staged.map((s) =>
    interpretInput(s.raw, String(sheet.formats.get(s.row, s.col, 'numberFormat'))),
  );
  let any = false;
  staged.forEach((s, n) => {
    const content = contents[n];
    if (!content) return;
    if (content.impliedFormat && sheet.formats.get(s.row, s.col, 'numberFormat') === 'General') {
      sheet.formats.setCell(s.row, s.col, 'numberFormat', content.impliedFormat);
    }
    const cell: Cell = { value: content.value };
    if (content.formula) cell.formula = content.formula;
    if (content.quotePrefix) cell.quotePrefix = true;
    if (content.error) cell.error = true;
    sheet.setCell(s.row, s.col, cell);
    if (content.value !== '' || content.formula) any = true;
  });
  return any;
}

export function putNumberFormat(sheet: SheetModel, r: Rect, input: unknown): void {
  const shape = checkShape(input, r);
  if (shape === 'scalar') {
    if (input === null || input === undefined) return;
    sheet.formats.set(r, 'numberFormat', String(input));
    return;
  }
  for (let i = 0; i <= r.r1 - r.r0; i++) {
    for (let j = 0; j <= r.c1 - r.c0; j++) {
      const v = inputAt(input, shape, i, j);
      if (v !== null && v !== undefined)
        sheet.formats.setCell(r.r0 + i, r.c0 + j, 'numberFormat', String(v));
    }
  }
}

export function putFormat(
  sheet: SheetModel,
  r: Rect,
  prop: FormatProp,
  value: string | number | boolean,
): void {
  sheet.formats.set(r, prop, value);
}

export function clearContents(sheet: SheetModel, r: Rect): void {
  for (const k of keysInRect(sheet.cells, r)) sheet.cells.delete(k);
}

export function clearHyperlinks(sheet: SheetModel, r: Rect): void {
  for (const k of keysInRect(sheet.hyperlinks, r)) sheet.hyperlinks.delete(k);
}

/** Clear formats also removes conditional formats from the range, as Excel does. */
export function clearFormats(sheet: SheetModel, r: Rect): void {
  sheet.formats.clear(r);
  for (const cf of sheet.condFormats) cf.rects = cf.rects.flatMap((x) => subtractAll(x, [r]));
  sheet.condFormats = sheet.condFormats.filter((cf) => cf.rects.length > 0);
}

export type Axis = 'down' | 'right';

/** Moves `r` along `axis` when it lies in the span beyond `from`; 'partial' if it straddles the span. */
export function shiftedRect(
  r: Rect,
  axis: Axis,
  lo: number,
  hi: number,
  from: number,
  count: number,
): Rect | 'partial' {
  const [a0, a1, x0, x1] = axis === 'down' ? [r.r0, r.r1, r.c0, r.c1] : [r.c0, r.c1, r.r0, r.r1];
  if (a1 < from || x1 < lo || x0 > hi) return r;
  if (x0 < lo || x1 > hi) return 'partial';
  const b0 = a0 >= from ? a0 + count : a0;
  const b1 = a1 + count;
  return axis === 'down'
    ? { r0: b0, r1: b1, c0: r.c0, c1: r.c1 }
    : { r0: r.r0, r1: r.r1, c0: b0, c1: b1 };
}

/**
 * Inserts `count` blank rows (axis down) or columns (axis right) at `from`, within the span
 * lo..hi of columns (or rows), pushing what lies beyond. A negative `count` pulls the cells
 * from `from` onward back by that much (the caller clears the band they land on first).
 * Tables that straddle the span block it, as in Excel.
 */
export function shiftCells(
  wb: WorkbookModel,
  sheet: SheetModel,
  axis: Axis,
  lo: number,
  hi: number,
  from: number,
  count: number,
): void {
  const down = axis === 'down';
  const zone: Rect = down
    ? { r0: from, r1: MAX_ROWS - 1, c0: lo, c1: hi }
    : { r0: lo, r1: hi, c0: from, c1: MAX_COLS - 1 };
  const tables = wb.tablesOn(sheet).filter((t) => overlaps(t.rect, zone));
  for (const t of tables) {
    if (shiftedRect(t.rect, axis, lo, hi, from, count) === 'partial') {
      throw excelError(
        ErrorCodes.invalidOperation,
        `this operation would move cells in table "${t.name}" on the worksheet`,
      );
    }
  }
  const limit = down ? MAX_ROWS : MAX_COLS;
  const moveMap = <V>(map: Map<number, V>): void => {
    const along = (k: number): number => (down ? keyRow(k) : keyCol(k));
    // Move the far cells first when pushing out, the near ones first when pulling in.
    const keys = keysInRect(map, zone).sort((a, b) =>
      count > 0 ? along(b) - along(a) : along(a) - along(b),
    );
    for (const k of keys) {
      const row = keyRow(k);
      const col = keyCol(k);
      const to = down ? cellKey(row + count, col) : cellKey(row, col + count);
      if ((down ? row : col) + count >= limit) {
        throw excelError(
          ErrorCodes.nonBlankCellOffSheet,
          'cells would be pushed off the end of the worksheet',
        );
      }
      map.set(to, map.get(k) as V);
      map.delete(k);
    }
  };
  moveMap(sheet.cells);
  moveMap(sheet.hyperlinks);
  moveMap(sheet.formats.cells);
  for (const t of tables) {
    const moved = shiftedRect(t.rect, axis, lo, hi, from, count);
    if (moved !== 'partial') t.rect = moved;
  }
  for (const v of sheet.validations) {
    const moved = shiftedRect(v.rect, axis, lo, hi, from, count);
    if (moved !== 'partial') v.rect = moved;
  }
  for (const cf of sheet.condFormats) {
    cf.rects = cf.rects.map((x) => {
      const moved = shiftedRect(x, axis, lo, hi, from, count);
      return moved === 'partial' ? x : moved;
    });
  }
  sheet.merges = sheet.merges.map((m) => {
    const moved = shiftedRect(m, axis, lo, hi, from, count);
    return moved === 'partial' ? m : moved;
  });
}
