/** What a loaded Range reports: values, formulas, text, types and formats as 2-D arrays. */
import { excelFormulaText } from '../formulaDisplay';
import { cellCount, formatAddress, isWholeColumns, isWholeRows } from '../address';
import { CellValue } from '../cellInput';
import { displayText } from '../displayText';
import { ErrorCodes, FakeOfficeError } from '../errors';
import { cellFormula, cellValue } from '../model/cells';
import { WorkbookModel } from '../model/workbook';
import { cellKey } from '../rects';
import { PAYLOAD_LIMIT } from '../runtime/hostCore';
import { RangeRef } from './rangeRef';

function grid<V>(ref: RangeRef, at: (row: number, col: number) => V): V[][] {
  // Each cell costs at least a few bytes of JSON; refuse early what Excel on the web would refuse.
  if (cellCount(ref.rect) * 3 > PAYLOAD_LIMIT) {
    throw new FakeOfficeError(
      ErrorCodes.responsePayloadSizeLimitExceeded,
      `reading ${cellCount(ref.rect)} cells exceeds the response payload limit`,
    );
  }
  const out: V[][] = [];
  for (let r = ref.rect.r0; r <= ref.rect.r1; r++) {
    const row: V[] = [];
    for (let c = ref.rect.c0; c <= ref.rect.c1; c++) row.push(at(r, c));
    out.push(row);
  }
  return out;
}

export function readValues(wb: WorkbookModel, ref: RangeRef): CellValue[][] {
  return grid(ref, (r, c) => cellValue(wb, ref.sheet, r, c));
}

export function readFormulas(ref: RangeRef, wb?: WorkbookModel): CellValue[][] {
  const tables = wb ? wb.tablesOn(ref.sheet) : [];
  return grid(ref, (r, c) => {
    const content = cellFormula(ref.sheet.cell(r, c));
    if (typeof content !== 'string' || !content.startsWith('=')) return content;
    const own = tables.find(
      (t) => r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1,
    );
    return excelFormulaText(content, own?.name);
  });
}

export function readNumberFormats(ref: RangeRef): string[][] {
  return grid(ref, (r, c) => String(ref.sheet.formats.get(r, c, 'numberFormat')));
}

export function readText(wb: WorkbookModel, ref: RangeRef): string[][] {
  return grid(ref, (r, c) =>
    displayText(
      cellValue(wb, ref.sheet, r, c),
      String(ref.sheet.formats.get(r, c, 'numberFormat')),
    ),
  );
}

export function readValueTypes(wb: WorkbookModel, ref: RangeRef): string[][] {
  return grid(ref, (r, c) => {
    const cell = ref.sheet.cell(r, c);
    const v = cellValue(wb, ref.sheet, r, c);
    if (cell?.error && v === cell.value) return 'Error';
    if (v === '') return 'Empty';
    if (typeof v === 'number') return 'Double';
    if (typeof v === 'boolean') return 'Boolean';
    return 'String';
  });
}

export function readAddress(ref: RangeRef): string {
  return formatAddress(ref.sheet.name, ref.rect);
}

export function readHyperlink(ref: RangeRef): Record<string, string> | null {
  const link = ref.sheet.hyperlinks.get(cellKey(ref.rect.r0, ref.rect.c0));
  return link ? ({ ...link } as Record<string, string>) : null;
}

export function rangeShape(ref: RangeRef): Record<string, unknown> {
  return {
    rowIndex: ref.rect.r0,
    columnIndex: ref.rect.c0,
    rowCount: ref.rect.r1 - ref.rect.r0 + 1,
    columnCount: ref.rect.c1 - ref.rect.c0 + 1,
    cellCount: cellCount(ref.rect),
    isEntireColumn: isWholeColumns(ref.rect),
    isEntireRow: isWholeRows(ref.rect),
  };
}
