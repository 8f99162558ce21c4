/** What a Range proxy binds to, and resolving range arguments (proxies or address strings). */
import { MAX_COLS, MAX_ROWS, Rect, parseAddress, rect } from '../address';
import { ClientErrorCodes, ErrorCodes, FakeOfficeError, excelError } from '../errors';
import { resolveReference } from '../model/names';
import { SheetModel } from '../model/sheet';
import { WorkbookModel } from '../model/workbook';
import { FakeClientObject } from '../runtime/clientObject';
import type { FakeRequestContext } from '../runtime/context';

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

export const WHOLE_SHEET: Rect = rect(0, 0, MAX_ROWS - 1, MAX_COLS - 1);

/** Worksheet.getRange(address): A1 text (a matching sheet prefix is allowed) or a defined name. */
export function resolveOnSheet(wb: WorkbookModel, sheet: SheetModel, address: unknown): Rect {
  if (address === undefined || address === null || address === '') return WHOLE_SHEET;
  if (typeof address !== 'string')
    throw excelError(ErrorCodes.invalidArgument, 'the address must be text');
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheet !== undefined && parsed.sheet.toUpperCase() !== sheet.name.toUpperCase()) {
      throw excelError(
        ErrorCodes.invalidArgument,
        `the address ${address} is not on worksheet ${sheet.name}`,
      );
    }
    return parsed.rect;
  }
  const named = resolveReference(wb, address);
  if (named && named.sheet === sheet) return named.rect;
  throw excelError(ErrorCodes.invalidArgument, `"${address}" is not a valid range address`);
}

/** An address that may name its sheet; without one it refers to `fallback` (or the active sheet). */
export function resolveAnywhere(
  wb: WorkbookModel,
  address: string,
  fallback?: SheetModel,
): RangeRef {
  const parsed = parseAddress(address);
  if (parsed) {
    const sheet =
      parsed.sheet !== undefined ? wb.findSheet(parsed.sheet) : (fallback ?? wb.activeSheet);
    if (!sheet) throw excelError(ErrorCodes.invalidArgument, `no worksheet for address ${address}`);
    return { sheet, rect: parsed.rect };
  }
  const named = resolveReference(wb, address);
  if (named) return named;
  throw excelError(ErrorCodes.invalidArgument, `"${address}" is not a valid range address`);
}

/** Objects from another request context cannot be mixed into this one (checked at call time). */
export function assertSameContext(ctx: FakeRequestContext, arg: unknown): void {
  if (arg instanceof FakeClientObject && arg._ctx !== ctx) {
    throw new FakeOfficeError(
      ClientErrorCodes.invalidRequestContext,
      'Cannot use the object across different request contexts.',
    );
  }
}

/** Resolves a Range-or-address argument at sync. */
export function rangeArg(
  ctx: FakeRequestContext,
  arg: unknown,
  fallback?: () => SheetModel,
): () => RangeRef {
  assertSameContext(ctx, arg);
  return () => {
    if (arg instanceof FakeClientObject) {
      const b = arg._bind() as Partial<RangeRef>;
      if (!b || !b.sheet || !b.rect)
        throw excelError(ErrorCodes.invalidArgument, 'expected a Range');
      return b as RangeRef;
    }
    if (typeof arg !== 'string')
      throw excelError(ErrorCodes.invalidArgument, 'expected a Range or an address');
    return resolveAnywhere(ctx._host.wb, arg, fallback?.());
  };
}
