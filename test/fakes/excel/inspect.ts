/** Direct, synchronous reads of a sheet for test assertions (no proxies, no syncs). */
import { Rect, columnIndex, formatRect, parseLocal, rect } from './address';
import { CellValue } from './cellInput';
import { displayText } from './displayText';
import { ErrorCodes, excelError } from './errors';
import { cellFormula, cellValue } from './model/cells';
import { validationView } from './model/regions';
import { SheetModel } from './model/sheet';
import { WorkbookModel } from './model/workbook';

export interface SheetInspector {
  readonly name: string;
  /** Values of `address`; without one, of A1 to the far corner of the used range. */
  values(address?: string): CellValue[][];
  formulas(address?: string): CellValue[][];
  numberFormats(address?: string): string[][];
  text(address?: string): string[][];
  cell(address: string): {
    value: CellValue;
    formula: string | null;
    numberFormat: string;
    text: string;
  };
  /** The used range (cells with content) as "A1:C9" (or "B2"), or null for an empty sheet. */
  usedAddress(): string | null;
  columnWidth(column: string): number;
  frozen(): { rows: number; columns: number };
  validation(address: string): {
    type: string;
    rule: unknown;
    prompt: unknown;
    errorAlert: unknown;
  };
}

export function inspectSheet(wb: WorkbookModel, sheet: SheetModel): SheetInspector {
  const area = (address?: string): Rect => {
    if (address === undefined) {
      const used = sheet.usedRect(true);
      return used ? rect(0, 0, used.r1, used.c1) : rect(0, 0);
    }
    const r = parseLocal(address);
    if (!r) throw excelError(ErrorCodes.invalidArgument, `bad address ${address}`);
    return r;
  };
  const grid = <V>(address: string | undefined, f: (r: number, c: number) => V): V[][] => {
    const a = area(address);
    const out: V[][] = [];
    for (let r = a.r0; r <= a.r1; r++) {
      const row: V[] = [];
      for (let c = a.c0; c <= a.c1; c++) row.push(f(r, c));
      out.push(row);
    }
    return out;
  };
  const fmt = (r: number, c: number): string => String(sheet.formats.get(r, c, 'numberFormat'));
  return {
    name: sheet.name,
    values: (address) => grid(address, (r, c) => cellValue(wb, sheet, r, c)),
    formulas: (address) => grid(address, (r, c) => cellFormula(sheet.cell(r, c))),
    numberFormats: (address) => grid(address, fmt),
    text: (address) => grid(address, (r, c) => displayText(cellValue(wb, sheet, r, c), fmt(r, c))),
    cell(address) {
      const a = area(address);
      const v = cellValue(wb, sheet, a.r0, a.c0);
      return {
        value: v,
        formula: sheet.cell(a.r0, a.c0)?.formula ?? null,
        numberFormat: fmt(a.r0, a.c0),
        text: displayText(v, fmt(a.r0, a.c0)),
      };
    },
    usedAddress() {
      const used = sheet.usedRect(true);
      return used ? formatRect(used) : null;
    },
    columnWidth: (column) => sheet.columnWidth(columnIndex(column)),
    frozen: () => ({ ...sheet.frozen }),
    validation(address) {
      const v = validationView(sheet, area(address));
      return {
        type: v.type,
        rule: v.entry?.rule ?? null,
        prompt: v.entry?.prompt ?? null,
        errorAlert: v.entry?.errorAlert ?? null,
      };
    },
  };
}
