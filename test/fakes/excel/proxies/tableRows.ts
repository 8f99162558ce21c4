/** Table rows, sort and auto-filter. */
import { Rect } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { writeRange } from '../model/edits';
import { SortField, addTableRows, deleteTableRow, sortTable } from '../model/tableEdits';
import { bodyRect } from '../model/tables';
import { TableModel } from '../model/workbook';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import { FakeCollection } from './collection';
import { RangeProxy } from './range';
import { readValues } from './rangeRead';

export interface RowRef {
  table: TableModel;
  index: number;
}

function rowRect(b: RowRef): Rect {
  const body = bodyRect(b.table);
  if (b.index < 0 || body.r0 + b.index > body.r1)
    throw excelError(ErrorCodes.itemNotFound, `the table has no row ${b.index}`);
  return { ...body, r0: body.r0 + b.index, r1: body.r0 + b.index };
}

export class TableRowProxy extends FakeClientObject<RowRef> {
  get _typeName(): string {
    return 'TableRow';
  }

  override _alive(b: RowRef): boolean {
    return !b.table.deleted;
  }

  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getRange()`, () => {
      const b = this._bind();
      return { sheet: b.table.sheet, rect: rowRect(b) };
    });
  }

  delete(): void {
    this._call('delete', [], (b) => deleteTableRow(this._ctx._host.wb, b.table, b.index, 'Local'));
  }
}

installProps<RowRef>(TableRowProxy, {
  index: { read: (b) => b.index },
  values: {
    read: (b, self) => readValues(self._ctx._host.wb, { sheet: b.table.sheet, rect: rowRect(b) }),
    write: (b, v, self) => writeRange(self._ctx._host.wb, b.table.sheet, rowRect(b), v, 'Local'),
  },
});

export class TableRowCollectionProxy extends FakeCollection<TableRowProxy, RowRef, TableModel> {
  get _typeName(): string {
    return 'TableRowCollection';
  }

  _list(t: TableModel): RowRef[] {
    const body = bodyRect(t);
    return [...Array(body.r1 - body.r0 + 1).keys()].map((index) => ({ table: t, index }));
  }

  _wrap(m: RowRef, i: number): TableRowProxy {
    return new TableRowProxy(this._ctx, `${this._path}.items[${i}]`, () => m);
  }

  /** Works as in Excel, but is counted: co-authoring guidance says not to use it. */
  add(index?: number | null, values?: unknown, _alwaysInsert?: boolean): TableRowProxy {
    this._ctx._host.stats.rowsAddCalls++;
    const holder: { ref?: RowRef } = {};
    this._call('add', [index, values], (t) => {
      const r = addTableRows(this._ctx._host.wb, t, index, values, 'Local');
      holder.ref = { table: t, index: r.r0 - bodyRect(t).r0 };
    });
    return new TableRowProxy(this._ctx, `${this._path}.add()`, () => holder.ref ?? null);
  }

  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(this._ctx, `${this._path}.getItemAt(${index})`, () => {
      const ref = { table: this._bind(), index };
      rowRect(ref);
      return ref;
    });
  }
}
installProps<TableModel>(TableRowCollectionProxy, {
  count: { read: (t) => bodyRect(t).r1 - bodyRect(t).r0 + 1 },
});

export class TableSortProxy extends FakeClientObject<TableModel> {
  get _typeName(): string {
    return 'TableSort';
  }

  apply(fields: SortField[], matchCase = false, _method?: string): void {
    this._call('apply', [fields, matchCase], (t) =>
      sortTable(this._ctx._host.wb, t, fields, matchCase, 'Local'),
    );
  }

  clear(): void {
    this._call('clear', [], (t) => {
      t.sortFields = null;
    });
  }

  reapply(): void {
    this._call('reapply', [], (t) => {
      if (t.sortFields)
        sortTable(this._ctx._host.wb, t, t.sortFields as SortField[], false, 'Local');
    });
  }
}
installProps<TableModel>(TableSortProxy, {
  fields: { read: (t) => t.sortFields ?? [] },
  matchCase: { read: () => false },
  method: { read: () => 'PinYin' },
});

export class AutoFilterProxy extends FakeClientObject<TableModel> {
  get _typeName(): string {
    return 'AutoFilter';
  }

  apply(_range?: unknown, columnIndex?: number, criteria?: unknown): void {
    this._call('apply', [columnIndex, criteria], (t) => {
      if (columnIndex === undefined) return;
      const c = t.columns[columnIndex];
      if (!c) throw excelError(ErrorCodes.invalidArgument, `no column ${columnIndex}`);
      c.filter = criteria ?? null;
    });
  }

  clearCriteria(): void {
    this._call('clearCriteria', [], (t) => {
      for (const c of t.columns) c.filter = null;
    });
  }

  reapply(): void {
    this._call('reapply', [], () => undefined);
  }
}
installProps<TableModel>(AutoFilterProxy, {
  enabled: { read: () => true },
  isDataFiltered: { read: (t) => t.columns.some((c) => c.filter) },
  criteria: { read: (t) => t.columns.map((c) => c.filter ?? {}) },
});
