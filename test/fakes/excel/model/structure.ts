/** Structural edits of a range: merge, unmerge, insert and delete cells, hyperlinks. */
import { Rect } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { cellKey, overlaps } from '../rects';
import { clearContents, clearFormats, clearHyperlinks, shiftCells } from './cells';
import { Hyperlink, SheetModel } from './sheet';
import { ChangeSource, WorkbookModel } from './workbook';

export function mergeCells(wb: WorkbookModel, sheet: SheetModel, r: Rect, across: boolean): void {
  if (wb.tablesOn(sheet).some((t) => overlaps(t.rect, r))) {
    throw excelError(ErrorCodes.invalidOperation, 'cells in a table cannot be merged');
  }
  const areas = across
    ? [...Array(r.r1 - r.r0 + 1).keys()].map((i) => ({ ...r, r0: r.r0 + i, r1: r.r0 + i }))
    : [r];
  sheet.merges = sheet.merges.filter((m) => !overlaps(m, r));
  for (const a of areas) {
    if (a.r0 === a.r1 && a.c0 === a.c1) continue;
    sheet.merges.push(a);
    // Excel keeps only the upper-left value of a merged area.
    const keep = sheet.cell(a.r0, a.c0);
    clearContents(sheet, a);
    if (keep) sheet.setCell(a.r0, a.c0, keep);
  }
}

export function unmergeCells(sheet: SheetModel, r: Rect): void {
  sheet.merges = sheet.merges.filter((m) => !overlaps(m, r));
}

export function insertCells(
  wb: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  shift: unknown,
  source: ChangeSource,
): void {
  if (shift === 'Down') shiftCells(wb, sheet, 'down', r.c0, r.c1, r.r0, r.r1 - r.r0 + 1);
  else if (shift === 'Right') shiftCells(wb, sheet, 'right', r.r0, r.r1, r.c0, r.c1 - r.c0 + 1);
  else throw excelError(ErrorCodes.invalidArgument, `unknown shift ${String(shift)}`);
  const changeType = shift === 'Down' ? 'RowInserted' : 'ColumnInserted';
  wb.emit({ kind: 'cells', sheet, rect: r, source, changeType });
}

export function deleteCells(
  wb: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  shift: unknown,
  source: ChangeSource,
): void {
  if (shift !== 'Up' && shift !== 'Left')
    throw excelError(ErrorCodes.invalidArgument, `unknown shift ${String(shift)}`);
  if (wb.tablesOn(sheet).some((t) => overlaps(t.rect, r))) {
    throw excelError(
      ErrorCodes.invalidOperation,
      'deleting the cells of a table through a range is not modelled',
    );
  }
  clearContents(sheet, r);
  clearFormats(sheet, r);
  clearHyperlinks(sheet, r);
  if (shift === 'Up') shiftCells(wb, sheet, 'down', r.c0, r.c1, r.r1 + 1, -(r.r1 - r.r0 + 1));
  else shiftCells(wb, sheet, 'right', r.r0, r.r1, r.c1 + 1, -(r.c1 - r.c0 + 1));
  const changeType = shift === 'Up' ? 'RowDeleted' : 'ColumnDeleted';
  wb.emit({ kind: 'cells', sheet, rect: r, source, changeType });
}

/** Sets (or, given null or no target, removes) the hyperlink of every cell in `r`. */
export function setHyperlink(sheet: SheetModel, r: Rect, link: unknown): void {
  const l = link as Hyperlink | null;
  for (let row = r.r0; row <= r.r1; row++) {
    for (let col = r.c0; col <= r.c1; col++) {
      const key = cellKey(row, col);
      if (!l || (!l.address && !l.documentReference)) {
        sheet.hyperlinks.delete(key);
        continue;
      }
      sheet.hyperlinks.set(key, { ...l });
      // The text shown is textToDisplay, or the target when the cell is empty.
      const shown =
        l.textToDisplay ?? (sheet.cell(row, col) ? undefined : (l.address ?? l.documentReference));
      if (shown !== undefined) sheet.setCell(row, col, { value: String(shown) });
    }
  }
}
