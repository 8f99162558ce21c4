/** Worksheet.freezePanes: frozen rows and columns of the sheet's view. */
import { MAX_COLS, MAX_ROWS, rect } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { SheetModel } from '../model/sheet';
import { FakeClientObject } from '../runtime/clientObject';
import { RangeProxy } from './range';
import { rangeArg } from './rangeRef';

export class FreezePanesProxy extends FakeClientObject<SheetModel> {
  get _typeName(): string {
    return 'WorksheetFreezePanes';
  }

  freezeRows(count = 1): void {
    this._call('freezeRows', [count], (b) => {
      b.frozen.rows = count;
      b.frozen.columns = 0;
    });
  }

  freezeColumns(count = 1): void {
    this._call('freezeColumns', [count], (b) => {
      b.frozen.columns = count;
      b.frozen.rows = 0;
    });
  }

  freezeAt(frozenRange: unknown): void {
    const ref = rangeArg(this._ctx, frozenRange, () => this._bind());
    this._call('freezeAt', [frozenRange], (b) => {
      const r = ref();
      if (r.sheet !== b)
        throw excelError(ErrorCodes.invalidArgument, 'the range is on another worksheet');
      b.frozen.rows = r.rect.r1 === MAX_ROWS - 1 ? 0 : r.rect.r1 + 1;
      b.frozen.columns = r.rect.c1 === MAX_COLS - 1 ? 0 : r.rect.c1 + 1;
    });
  }

  unfreeze(): void {
    this._call('unfreeze', [], (b) => {
      b.frozen.rows = 0;
      b.frozen.columns = 0;
    });
  }

  getLocationOrNullObject(): RangeProxy {
    const r = new RangeProxy(this._ctx, `${this._path}.getLocationOrNullObject()`, () => {
      const b = this._bind();
      if (b.frozen.rows === 0 && b.frozen.columns === 0) return null;
      const rows = b.frozen.rows || MAX_ROWS;
      const cols = b.frozen.columns || MAX_COLS;
      return { sheet: b, rect: rect(0, 0, rows - 1, cols - 1) };
    });
    return r._markNullable('WorksheetFreezePanes.getLocationOrNullObject');
  }
}
