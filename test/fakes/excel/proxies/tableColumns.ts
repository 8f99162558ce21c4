/** Table columns and their filters. */
import { ErrorCodes, excelError } from '../errors';
import { writeRange } from '../model/edits';
import { addTableColumn, deleteTableColumn } from '../model/tableEdits';
import { columnRect, normalizeHeaders } from '../model/tables';
import { TableColumnModel, TableModel } from '../model/workbook';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import { FakeCollection } from './collection';
import { RangeProxy } from './range';
import { readValues } from './rangeRead';

export interface ColumnRef {
  table: TableModel;
  column: TableColumnModel;
}

function indexOf(b: ColumnRef): number {
  return b.table.columns.indexOf(b.column);
}

export class FilterProxy extends FakeClientObject<ColumnRef> {
  get _typeName(): string {
    return 'Filter';
  }

  apply(criteria: unknown): void {
    this._call('apply', [criteria], (b) => {
      b.column.filter = criteria;
    });
  }

  applyValuesFilter(values: unknown[]): void {
    this._call('applyValuesFilter', [values], (b) => {
      b.column.filter = { filterOn: 'Values', values };
    });
  }

  clear(): void {
    this._call('clear', [], (b) => {
      b.column.filter = null;
    });
  }
}
installProps<ColumnRef>(FilterProxy, { criteria: { read: (b) => b.column.filter } });

export class TableColumnProxy extends FakeClientObject<ColumnRef> {
  get _typeName(): string {
    return 'TableColumn';
  }

  override _alive(b: ColumnRef): boolean {
    return !b.table.deleted && b.table.columns.includes(b.column);
  }

  get filter(): FilterProxy {
    return this._child(
      'filter',
      () => new FilterProxy(this._ctx, `${this._path}.filter`, () => this._bind()),
    );
  }

  _part(call: string, part: 'all' | 'body' | 'header' | 'totals'): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.${call}`, () => {
      const b = this._bind();
      const r = columnRect(b.table, indexOf(b), part);
      if (!r) throw excelError(ErrorCodes.itemNotFound, `the column has no ${part} range`);
      return { sheet: b.table.sheet, rect: r };
    });
  }

  getRange(): RangeProxy {
    return this._part('getRange()', 'all');
  }

  getDataBodyRange(): RangeProxy {
    return this._part('getDataBodyRange()', 'body');
  }

  getHeaderRowRange(): RangeProxy {
    return this._part('getHeaderRowRange()', 'header');
  }

  getTotalRowRange(): RangeProxy {
    return this._part('getTotalRowRange()', 'totals');
  }

  delete(): void {
    this._call('delete', [], (b) =>
      deleteTableColumn(this._ctx._host.wb, b.table, indexOf(b), 'Local'),
    );
  }
}

installProps<ColumnRef>(TableColumnProxy, {
  id: { read: (b) => b.column.id },
  index: { read: (b) => indexOf(b) },
  name: {
    read: (b) => b.column.name,
    write: (b, v, self) => {
      const i = indexOf(b);
      b.table.sheet.setCell(b.table.rect.r0, b.table.rect.c0 + i, { value: String(v) });
      normalizeHeaders(self._ctx._host.wb, b.table, new Set([i]));
    },
  },
  values: {
    read: (b, self) =>
      readValues(self._ctx._host.wb, {
        sheet: b.table.sheet,
        rect: columnRect(b.table, indexOf(b), 'all')!,
      }),
    write: (b, v, self) =>
      writeRange(
        self._ctx._host.wb,
        b.table.sheet,
        columnRect(b.table, indexOf(b), 'all')!,
        v,
        'Local',
      ),
  },
});

export class TableColumnCollectionProxy extends FakeCollection<
  TableColumnProxy,
  ColumnRef,
  TableModel
> {
  get _typeName(): string {
    return 'TableColumnCollection';
  }

  _list(t: TableModel): ColumnRef[] {
    return t.columns.map((column) => ({ table: t, column }));
  }

  _wrap(m: ColumnRef, i: number): TableColumnProxy {
    return new TableColumnProxy(this._ctx, `${this._path}.items[${i}]`, () => m);
  }

  _column(call: string, f: (t: TableModel) => ColumnRef | null): TableColumnProxy {
    return new TableColumnProxy(this._ctx, `${this._path}.${call}`, () => f(this._bind()));
  }

  _find(t: TableModel, key: string | number): ColumnRef | null {
    const c = t.columns.find(
      (x) => String(x.id) === String(key) || x.name.toUpperCase() === String(key).toUpperCase(),
    );
    return c ? { table: t, column: c } : null;
  }

  add(index?: number | null, values?: unknown, name?: string): TableColumnProxy {
    const holder: { ref?: ColumnRef } = {};
    this._call('add', [index, values, name], (t) => {
      const at = addTableColumn(this._ctx._host.wb, t, index, values, name, 'Local');
      holder.ref = { table: t, column: t.columns[at] };
    });
    return this._column('add()', () => holder.ref ?? null);
  }

  getItem(key: string | number): TableColumnProxy {
    return this._column(`getItem(${JSON.stringify(key)})`, (t) => {
      const hit = this._find(t, key);
      if (!hit) throw excelError(ErrorCodes.itemNotFound, `table ${t.name} has no column "${key}"`);
      return hit;
    });
  }

  getItemOrNullObject(key: string | number): TableColumnProxy {
    return this._column(`getItemOrNullObject(${JSON.stringify(key)})`, (t) =>
      this._find(t, key),
    )._markNullable('TableColumnCollection.getItemOrNullObject');
  }

  getItemAt(index: number): TableColumnProxy {
    return this._column(`getItemAt(${index})`, (t) => {
      const c = t.columns[index];
      if (!c) throw excelError(ErrorCodes.itemNotFound, `table ${t.name} has no column ${index}`);
      return { table: t, column: c };
    });
  }
}
installProps<TableModel>(TableColumnCollectionProxy, { count: { read: (t) => t.columns.length } });
