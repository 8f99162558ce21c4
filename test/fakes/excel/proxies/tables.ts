/** Table and TableCollection (on the workbook and on a worksheet). */
import { Rect } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { EventScope } from '../events';
import { SheetModel } from '../model/sheet';
import { resizeTable, setShowTotals } from '../model/tableEdits';
import {
  bodyRect,
  createTable,
  headerRect,
  removeTable,
  renameTable,
  totalsRect,
} from '../model/tables';
import { TableModel } from '../model/workbook';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import type { FakeRequestContext } from '../runtime/context';
import { FakeCollection } from './collection';
import { FakeEventHandlers } from './eventHandlers';
import { RangeProxy } from './range';
import { rangeArg } from './rangeRef';
import { TableColumnCollectionProxy } from './tableColumns';
import { AutoFilterProxy, TableRowCollectionProxy, TableSortProxy } from './tableRows';
import { WorksheetProxy } from './worksheet';

export class TableProxy extends FakeClientObject<TableModel> {
  _onChanged: FakeEventHandlers | undefined = undefined;

  get _typeName(): string {
    return 'Table';
  }

  override _alive(b: TableModel): boolean {
    return !b.deleted;
  }

  get columns(): TableColumnCollectionProxy {
    return this._child(
      'columns',
      () => new TableColumnCollectionProxy(this._ctx, `${this._path}.columns`, () => this._bind()),
    );
  }

  get rows(): TableRowCollectionProxy {
    return this._child(
      'rows',
      () => new TableRowCollectionProxy(this._ctx, `${this._path}.rows`, () => this._bind()),
    );
  }

  get sort(): TableSortProxy {
    return this._child(
      'sort',
      () => new TableSortProxy(this._ctx, `${this._path}.sort`, () => this._bind()),
    );
  }

  get autoFilter(): AutoFilterProxy {
    this._ctx._host.reqs.check('Table.autoFilter');
    return this._child(
      'autoFilter',
      () => new AutoFilterProxy(this._ctx, `${this._path}.autoFilter`, () => this._bind()),
    );
  }

  get worksheet(): WorksheetProxy {
    return this._child(
      'worksheet',
      () => new WorksheetProxy(this._ctx, `${this._path}.worksheet`, () => this._bind().sheet),
    );
  }

  override _nav(name: string): FakeClientObject<unknown> | undefined {
    const navs: Record<string, () => FakeClientObject<unknown>> = {
      columns: () => this.columns,
      rows: () => this.rows,
      sort: () => this.sort,
      autoFilter: () => this.autoFilter,
      worksheet: () => this.worksheet,
    };
    return navs[name]?.();
  }

  get onChanged(): FakeEventHandlers {
    if (!this._onChanged) {
      this._onChanged = new FakeEventHandlers(this, 'onChanged', 'Table.onChanged', () => ({
        kind: 'table',
        tableId: this._bind().id,
      }));
    }
    return this._onChanged;
  }

  _part(call: string, f: (t: TableModel) => Rect | null): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.${call}`, () => {
      const t = this._bind();
      const r = f(t);
      if (!r)
        throw excelError(ErrorCodes.itemNotFound, `the table has no ${call.replace('()', '')}`);
      return { sheet: t.sheet, rect: r };
    });
  }

  getRange(): RangeProxy {
    return this._part('getRange()', (t) => t.rect);
  }

  getHeaderRowRange(): RangeProxy {
    return this._part('getHeaderRowRange()', headerRect);
  }

  getDataBodyRange(): RangeProxy {
    return this._part('getDataBodyRange()', bodyRect);
  }

  getTotalRowRange(): RangeProxy {
    return this._part('getTotalRowRange()', totalsRect);
  }

  resize(newRange: unknown): void {
    const ref = rangeArg(this._ctx, newRange, () => this._bind().sheet);
    this._call('resize', [newRange], (t) => {
      const r = ref();
      if (r.sheet !== t.sheet)
        throw excelError(ErrorCodes.invalidArgument, 'a table cannot move to another worksheet');
      resizeTable(this._ctx._host.wb, t, r.rect);
    });
  }

  delete(): void {
    this._call('delete', [], (t) => removeTable(this._ctx._host.wb, t, false, 'Local'));
  }

  convertToRange(): RangeProxy {
    const holder: { rect?: Rect; sheet?: SheetModel } = {};
    this._call('convertToRange', [], (t) => {
      holder.rect = t.rect;
      holder.sheet = t.sheet;
      removeTable(this._ctx._host.wb, t, true, 'Local');
    });
    return new RangeProxy(this._ctx, `${this._path}.convertToRange()`, () =>
      holder.sheet ? { sheet: holder.sheet, rect: holder.rect! } : null,
    );
  }

  clearFilters(): void {
    this._call('clearFilters', [], (t) => {
      for (const c of t.columns) c.filter = null;
    });
  }

  reapplyFilters(): void {
    this._call('reapplyFilters', [], () => undefined);
  }
}

installProps<TableModel>(TableProxy, {
  name: { read: (t) => t.name, write: (t, v, self) => renameTable(self._ctx._host.wb, t, v) },
  id: { read: (t) => t.id },
  style: {
    read: (t) => t.style,
    write: (t, v) => {
      t.style = String(v);
    },
  },
  showTotals: {
    read: (t) => t.showTotals,
    write: (t, v, self) => setShowTotals(self._ctx._host.wb, t, Boolean(v)),
  },
  showHeaders: {
    read: (t) => t.showHeaders,
    write: (t, v) => {
      if (Boolean(v) !== t.showHeaders)
        throw excelError(
          ErrorCodes.notImplemented,
          'the Excel fake does not model hiding a header row',
        );
    },
  },
  showBandedRows: { read: () => true, write: () => undefined },
  showFilterButton: { read: () => true, write: () => undefined },
});

export interface TableScope {
  sheet: SheetModel | null;
}

export class TableCollectionProxy extends FakeCollection<TableProxy, TableModel, TableScope> {
  _onChanged: FakeEventHandlers | undefined = undefined;

  constructor(ctx: FakeRequestContext, path: string, sheet: (() => SheetModel) | null) {
    super(ctx, path, () => ({ sheet: sheet ? sheet() : null }));
  }

  get _typeName(): string {
    return 'TableCollection';
  }

  _list(scope: TableScope): TableModel[] {
    const wb = this._ctx._host.wb;
    return scope.sheet ? wb.tablesOn(scope.sheet) : [...wb.tables];
  }

  _wrap(m: TableModel, i: number): TableProxy {
    return new TableProxy(this._ctx, `${this._path}.items[${i}]`, () => m);
  }

  _table(call: string, f: (scope: TableScope) => TableModel | null): TableProxy {
    return new TableProxy(this._ctx, `${this._path}.${call}`, () => f(this._bind()));
  }

  add(address: unknown, hasHeaders: boolean): TableProxy {
    const ref = rangeArg(
      this._ctx,
      address,
      () => this._bind().sheet ?? this._ctx._host.wb.activeSheet!,
    );
    const holder: { table?: TableModel } = {};
    this._call('add', [address, hasHeaders], (scope) => {
      const r = ref();
      if (scope.sheet && r.sheet !== scope.sheet)
        throw excelError(ErrorCodes.invalidArgument, 'the address is on another worksheet');
      holder.table = createTable(this._ctx._host.wb, r.sheet, r.rect, Boolean(hasHeaders));
    });
    return this._table('add()', () => holder.table ?? null);
  }

  _find(scope: TableScope, key: string): TableModel | undefined {
    return this._list(scope).find(
      (t) => t.id === key || t.name.toUpperCase() === key.toUpperCase(),
    );
  }

  getItem(key: string): TableProxy {
    return this._table(`getItem(${JSON.stringify(key)})`, (scope) => {
      const t = this._find(scope, key);
      if (!t) throw excelError(ErrorCodes.itemNotFound, `no table named "${key}"`);
      return t;
    });
  }

  getItemOrNullObject(key: string): TableProxy {
    return this._table(
      `getItemOrNullObject(${JSON.stringify(key)})`,
      (scope) => this._find(scope, key) ?? null,
    )._markNullable('TableCollection.getItemOrNullObject');
  }

  getItemAt(index: number): TableProxy {
    return this._table(`getItemAt(${index})`, (scope) => {
      const t = this._list(scope)[index];
      if (!t) throw excelError(ErrorCodes.itemNotFound, `no table at ${index}`);
      return t;
    });
  }

  get onChanged(): FakeEventHandlers {
    if (!this._onChanged) {
      this._onChanged = new FakeEventHandlers(
        this,
        'onChanged',
        'TableCollection.onChanged',
        (): EventScope => ({ kind: 'tables', sheetId: this._bind().sheet?.id }),
      );
    }
    return this._onChanged;
  }
}

installProps<TableScope>(TableCollectionProxy, {
  count: { read: (scope, self) => (self as TableCollectionProxy)._list(scope).length },
});
