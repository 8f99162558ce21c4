/**
 * Cell edits as Excel applies them, whoever makes them (the add-in, a co-author, the user):
 * write, then rename table columns whose header changed, then auto-expand tables, then report.
 */
import { Rect } from '../address';
import { intersect } from '../rects';
import { clearContents, clearFormats, clearHyperlinks, putInputs } from './cells';
import { SheetModel } from './sheet';
import { autoExpand } from './tableEdits';
import { normalizeHeaders } from './tables';
import { ChangeSource, WorkbookModel } from './workbook';

function renameChangedHeaders(wb: WorkbookModel, sheet: SheetModel, r: Rect): void {
  for (const t of wb.tablesOn(sheet)) {
    if (!t.showHeaders) continue;
    const hit = intersect(r, { r0: t.rect.r0, r1: t.rect.r0, c0: t.rect.c0, c1: t.rect.c1 });
    if (!hit) continue;
    const changed = new Set<number>();
    for (let c = hit.c0; c <= hit.c1; c++) changed.add(c - t.rect.c0);
    normalizeHeaders(wb, t, changed);
  }
}

/** Writes `input` (values or formulas, 2-D or one scalar) into `r` as typed input. */
export function writeRange(
  wb: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  input: unknown,
  source: ChangeSource,
): void {
  const any = putInputs(sheet, r, input);
  renameChangedHeaders(wb, sheet, r);
  if (any) for (const t of wb.tablesOn(sheet)) autoExpand(wb, t, r);
  wb.emit({ kind: 'cells', sheet, rect: r, source, changeType: 'RangeEdited' });
}

export type ClearApplyTo =
  'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents';

export function clearRange(
  wb: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  applyTo: ClearApplyTo,
  source: ChangeSource,
): void {
  const contents = applyTo === 'All' || applyTo === 'Contents' || applyTo === 'ResetContents';
  if (contents) clearContents(sheet, r);
  if (applyTo === 'All' || applyTo === 'Formats') clearFormats(sheet, r);
  if (applyTo === 'All' || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks')
    clearHyperlinks(sheet, r);
  if (contents) {
    renameChangedHeaders(wb, sheet, r);
    wb.emit({ kind: 'cells', sheet, rect: r, source, changeType: 'RangeEdited' });
  }
}
