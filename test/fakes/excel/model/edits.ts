/**
 * Cell edits as Excel applies them, whoever makes them (the add-in, a co-author, the user):
 * write, then rename table columns whose header changed, then auto-expand tables, then report.
 */
import { Rect } from '../address';
import { intersect } from '../rects';
import { clearContents, clearFormats, clearHyperlinks, putInputs } from './cells';
import { SheetModel } from './sheet';
import { checkStructuredRefs } from './formulaCheck';
import { applyCalculatedColumns, autoExpand, rowIsEmpty } from './tableEdits';
import { normalizeHeaders } from './tables';
import { ChangeSource, TableModel, WorkbookModel } from './workbook';

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
  checkInputFormulas(wb, sheet, r, input);
  // Whether each table's row below was empty before this write: only then does it grow.
  const growable = wb.tablesOn(sheet).filter((t) => rowIsEmpty(t, t.rect.r1 + 1));
  const any = putInputs(sheet, r, input);
  renameChangedHeaders(wb, sheet, r);
  if (any) for (const t of growable) autoExpand(wb, t, r);
  for (const t of wb.tablesOn(sheet)) applyCalculatedColumns(t, r, input);
  wb.emit({ kind: 'cells', sheet, rect: r, source, changeType: 'RangeEdited' });
}

/** Refuses the whole write, as Excel does, if any formula in it names a missing table or column. */
function checkInputFormulas(wb: WorkbookModel, sheet: SheetModel, r: Rect, input: unknown): void {
  const tableAt = (row: number, col: number): TableModel | undefined =>
    wb
      .tablesOn(sheet)
      .find((t) => row >= t.rect.r0 && row <= t.rect.r1 && col >= t.rect.c0 && col <= t.rect.c1);
  const check = (raw: unknown, row: number, col: number) => {
    if (typeof raw === 'string' && raw.startsWith('=') && raw.length > 1)
      checkStructuredRefs(wb, raw, tableAt(row, col));
  };
  if (!Array.isArray(input)) {
    check(input, r.r0, r.c0);
    return;
  }
  input.forEach((line, i) => {
    if (Array.isArray(line)) line.forEach((raw, j) => check(raw, r.r0 + i, r.c0 + j));
  });
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
