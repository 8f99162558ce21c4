/** The rectangles of ranges derived from another range (Range.getCell, getRowsBelow…). */
import { MAX_COLS, MAX_ROWS, Rect, rect } from '../address';
import { ErrorCodes, excelError } from '../errors';

export const nav = {
  cell: (r: Rect, row: number, col: number): Rect => rect(r.r0 + row, r.c0 + col),
  offset: (r: Rect, dr: number, dc: number): Rect => ({
    r0: r.r0 + dr,
    r1: r.r1 + dr,
    c0: r.c0 + dc,
    c1: r.c1 + dc,
  }),
  resized: (r: Rect, dr: number, dc: number): Rect => ({ ...r, r1: r.r1 + dr, c1: r.c1 + dc }),
  entireColumn: (r: Rect): Rect => ({ ...r, r0: 0, r1: MAX_ROWS - 1 }),
  entireRow: (r: Rect): Rect => ({ ...r, c0: 0, c1: MAX_COLS - 1 }),
  column(r: Rect, i: number): Rect {
    if (i < 0 || r.c0 + i > r.c1)
      throw excelError(ErrorCodes.invalidArgument, `column ${i} is outside the range`);
    return { ...r, c0: r.c0 + i, c1: r.c0 + i };
  },
  row(r: Rect, i: number): Rect {
    if (i < 0 || r.r0 + i > r.r1)
      throw excelError(ErrorCodes.invalidArgument, `row ${i} is outside the range`);
    return { ...r, r0: r.r0 + i, r1: r.r0 + i };
  },
  rowsAbove: (r: Rect, n: number): Rect => ({ ...r, r0: r.r0 - n, r1: r.r0 - 1 }),
  rowsBelow: (r: Rect, n: number): Rect => ({ ...r, r0: r.r1 + 1, r1: r.r1 + n }),
  columnsBefore: (r: Rect, n: number): Rect => ({ ...r, c0: r.c0 - n, c1: r.c0 - 1 }),
  columnsAfter: (r: Rect, n: number): Rect => ({ ...r, c0: r.c1 + 1, c1: r.c1 + n }),
  lastRow: (r: Rect): Rect => ({ ...r, r0: r.r1 }),
  lastColumn: (r: Rect): Rect => ({ ...r, c0: r.c1 }),
  lastCell: (r: Rect): Rect => rect(r.r1, r.c1),
};

/** Derived ranges must stay on the grid, as in Excel. */
export function inGrid(r: Rect): Rect {
  if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS || r.r1 < r.r0 || r.c1 < r.c0) {
    throw excelError(ErrorCodes.invalidArgument, 'the requested range falls outside the worksheet');
  }
  return r;
}
