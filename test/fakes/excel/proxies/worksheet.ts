/** Worksheet: ranges, tables, charts, freeze panes, events and sheet properties. */
import { MAX_COLS, MAX_ROWS, Rect, rect } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { EventName } from '../events';
import { SheetModel, STANDARD_HEIGHT } from '../model/sheet';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import { ChartCollectionProxy } from './charts';
import { FakeEventHandlers } from './eventHandlers';
import { RangeProxy } from './range';
import { FreezePanesProxy } from './freezePanes';
import { PageLayoutProxy } from './pageLayout';
import { resolveOnSheet } from './rangeRef';
import { TableCollectionProxy } from './tables';

export class WorksheetProxy extends FakeClientObject<SheetModel> {
  _handlers: Record<string, FakeEventHandlers> = {};

  get _typeName(): string {
    return 'Worksheet';
  }

  override _alive(b: SheetModel): boolean {
    return !b.deleted;
  }

  get tables(): TableCollectionProxy {
    return this._child(
      'tables',
      () => new TableCollectionProxy(this._ctx, `${this._path}.tables`, () => this._bind()),
    );
  }

  get charts(): ChartCollectionProxy {
    return this._child(
      'charts',
      () => new ChartCollectionProxy(this._ctx, `${this._path}.charts`, () => this._bind()),
    );
  }

  get pageLayout(): PageLayoutProxy {
    this._ctx._host.reqs.check('Worksheet.pageLayout');
    return this._child(
      'pageLayout',
      () => new PageLayoutProxy(this._ctx, `${this._path}.pageLayout`, () => this._bind()),
    );
  }

  get freezePanes(): FreezePanesProxy {
    this._ctx._host.reqs.check('Worksheet.freezePanes');
    return this._child(
      'freezePanes',
      () => new FreezePanesProxy(this._ctx, `${this._path}.freezePanes`, () => this._bind()),
    );
  }

  override _nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'tables') return this.tables;
    if (name === 'charts') return this.charts;
    return undefined;
  }

  _events(event: EventName): FakeEventHandlers {
    if (!this._handlers[event]) {
      this._handlers[event] = new FakeEventHandlers(this, event, `Worksheet.${event}`, () => ({
        kind: 'sheet',
        sheetId: this._bind().id,
      }));
    }
    return this._handlers[event];
  }

  get onChanged(): FakeEventHandlers {
    return this._events('onChanged');
  }

  get onActivated(): FakeEventHandlers {
    return this._events('onActivated');
  }

  get onSelectionChanged(): FakeEventHandlers {
    return this._events('onSelectionChanged');
  }

  _range(call: string, f: (b: SheetModel) => Rect | null, nullable = false): RangeProxy {
    const r = new RangeProxy(this._ctx, `${this._path}.${call}`, () => {
      const b = this._bind();
      const found = f(b);
      return found ? { sheet: b, rect: found } : null;
    });
    return nullable ? r._markNullable(`Worksheet.${call.split('(')[0]}`) : r;
  }

  getRange(address?: string): RangeProxy {
    return this._range(`getRange(${JSON.stringify(address ?? '')})`, (b) =>
      resolveOnSheet(this._ctx._host.wb, b, address),
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    this._ctx._host.reqs.check('Worksheet.getRangeByIndexes');
    return this._range(
      `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        const r = rect(
          startRow,
          startColumn,
          startRow + rowCount - 1,
          startColumn + columnCount - 1,
        );
        if (
          rowCount < 1 ||
          columnCount < 1 ||
          r.r0 < 0 ||
          r.c0 < 0 ||
          r.r1 >= MAX_ROWS ||
          r.c1 >= MAX_COLS
        ) {
          throw excelError(ErrorCodes.invalidArgument, 'the indexes fall outside the worksheet');
        }
        return r;
      },
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this._range(`getCell(${row},${column})`, () => {
      if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLS)
        throw excelError(ErrorCodes.invalidArgument, 'the cell is outside the worksheet');
      return rect(row, column);
    });
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    // An empty sheet's used range is A1.
    return this._range('getUsedRange()', (b) => b.usedRect(valuesOnly) ?? rect(0, 0));
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._range('getUsedRangeOrNullObject()', (b) => b.usedRect(valuesOnly), true);
  }

  activate(): void {
    this._call('activate', [], (b) => this._ctx._host.wb.activate(b, 'Local'));
  }

  delete(): void {
    this._call('delete', [], (b) => this._ctx._host.wb.deleteSheet(b, 'Local'));
  }
}

installProps<SheetModel>(WorksheetProxy, {
  name: { read: (b) => b.name, write: (b, v, self) => self._ctx._host.wb.renameSheet(b, v) },
  id: { read: (b) => b.id },
  position: {
    read: (b, self) => self._ctx._host.wb.sheets.indexOf(b),
    write: (b, v, self) => self._ctx._host.wb.moveSheet(b, v as number),
  },
  visibility: {
    read: (b) => b.visibility,
    write: (b, v, self) => self._ctx._host.wb.setVisibility(b, v),
  },
  tabColor: {
    read: (b) => b.tabColor,
    write: (b, v) => {
      b.tabColor = String(v ?? '');
    },
  },
  showGridlines: {
    read: (b) => b.showGridlines,
    write: (b, v) => {
      b.showGridlines = Boolean(v);
    },
  },
  standardWidth: { read: () => 8.43 },
  standardHeight: { read: () => STANDARD_HEIGHT },
});
