/** Range: the cell block proxy. Writes go through the same edit path as a person typing. */
import { Rect } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { putNumberFormat } from '../model/cells';
import { ClearApplyTo, clearRange, writeRange } from '../model/edits';
import {
  deleteCells,
  insertCells,
  mergeCells,
  setHyperlink,
  unmergeCells,
} from '../model/structure';
import { boundingBox, intersect, overlaps } from '../rects';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import type { FakeRequestContext } from '../runtime/context';
import { ConditionalFormatCollectionProxy } from './conditionalFormats';
import { RangeAreasProxy } from './rangeAreas';
import { DataValidationProxy, RangeFormatProxy } from './rangeFormat';
import {
  readAddress,
  readFormulas,
  readHyperlink,
  readNumberFormats,
  readText,
  readValueTypes,
  readValues,
  rangeShape,
} from './rangeRead';
import { inGrid, nav } from './rangeNav';
import { RangeRef, rangeArg } from './rangeRef';
import { WorksheetProxy } from './worksheet';

export class RangeProxy extends FakeClientObject<RangeRef> {
  constructor(ctx: FakeRequestContext, path: string, resolver: () => RangeRef | null) {
    super(ctx, path, resolver);
    // Excel.run tracks ranges only while it runs.
    this._runGeneration = ctx._runGeneration;
  }

  get _typeName(): string {
    return 'Range';
  }

  override _alive(b: RangeRef): boolean {
    return !b.sheet.deleted;
  }

  get format(): RangeFormatProxy {
    return this._child(
      'format',
      () => new RangeFormatProxy(this._ctx, `${this._path}.format`, () => this._bind()),
    );
  }

  get dataValidation(): DataValidationProxy {
    this._ctx._host.reqs.check('Range.dataValidation');
    return this._child(
      'dataValidation',
      () => new DataValidationProxy(this._ctx, `${this._path}.dataValidation`, () => this._bind()),
    );
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this._ctx._host.reqs.check('Range.conditionalFormats');
    return this._child(
      'conditionalFormats',
      () =>
        new ConditionalFormatCollectionProxy(this._ctx, `${this._path}.conditionalFormats`, () =>
          this._bind(),
        ),
    );
  }

  get worksheet(): WorksheetProxy {
    return this._child(
      'worksheet',
      () => new WorksheetProxy(this._ctx, `${this._path}.worksheet`, () => this._bind().sheet),
    );
  }

  override _nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'format') return this.format;
    if (name === 'dataValidation') return this.dataValidation;
    if (name === 'conditionalFormats') return this.conditionalFormats;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  _derive(call: string, f: (b: RangeRef) => Rect | null, nullable = false): RangeProxy {
    const r = new RangeProxy(this._ctx, `${this._path}.${call}`, () => {
      const b = this._bind();
      const next = f(b);
      return next ? { sheet: b.sheet, rect: inGrid(next) } : null;
    });
    return nullable ? r._markNullable(`Range.${call.split('(')[0]}`) : r;
  }

  getCell(row: number, column: number): RangeProxy {
    return this._derive(`getCell(${row},${column})`, (b) => nav.cell(b.rect, row, column));
  }

  getOffsetRange(rows: number, columns: number): RangeProxy {
    return this._derive(`getOffsetRange(${rows},${columns})`, (b) =>
      nav.offset(b.rect, rows, columns),
    );
  }

  getResizedRange(rows: number, columns: number): RangeProxy {
    return this._derive(`getResizedRange(${rows},${columns})`, (b) =>
      nav.resized(b.rect, rows, columns),
    );
  }

  getEntireColumn(): RangeProxy {
    return this._derive('getEntireColumn()', (b) => nav.entireColumn(b.rect));
  }

  getEntireRow(): RangeProxy {
    return this._derive('getEntireRow()', (b) => nav.entireRow(b.rect));
  }

  getColumn(column: number): RangeProxy {
    return this._derive(`getColumn(${column})`, (b) => nav.column(b.rect, column));
  }

  getRow(row: number): RangeProxy {
    return this._derive(`getRow(${row})`, (b) => nav.row(b.rect, row));
  }

  getRowsAbove(count = 1): RangeProxy {
    return this._derive(`getRowsAbove(${count})`, (b) => nav.rowsAbove(b.rect, count));
  }

  getRowsBelow(count = 1): RangeProxy {
    return this._derive(`getRowsBelow(${count})`, (b) => nav.rowsBelow(b.rect, count));
  }

  getColumnsBefore(count = 1): RangeProxy {
    return this._derive(`getColumnsBefore(${count})`, (b) => nav.columnsBefore(b.rect, count));
  }

  getColumnsAfter(count = 1): RangeProxy {
    return this._derive(`getColumnsAfter(${count})`, (b) => nav.columnsAfter(b.rect, count));
  }

  getLastRow(): RangeProxy {
    return this._derive('getLastRow()', (b) => nav.lastRow(b.rect));
  }

  getLastColumn(): RangeProxy {
    return this._derive('getLastColumn()', (b) => nav.lastColumn(b.rect));
  }

  getLastCell(): RangeProxy {
    return this._derive('getLastCell()', (b) => nav.lastCell(b.rect));
  }

  _other(other: unknown): () => RangeRef {
    return rangeArg(this._ctx, other, () => this._bind().sheet);
  }

  getIntersection(other: unknown): RangeProxy {
    const o = this._other(other);
    return this._derive('getIntersection()', (b) => {
      const hit = o().sheet === b.sheet ? intersect(b.rect, o().rect) : null;
      if (!hit) throw excelError(ErrorCodes.itemNotFound, 'the ranges do not intersect');
      return hit;
    });
  }

  getIntersectionOrNullObject(other: unknown): RangeProxy {
    const o = this._other(other);
    return this._derive(
      'getIntersectionOrNullObject()',
      (b) => (o().sheet === b.sheet ? intersect(b.rect, o().rect) : null),
      true,
    );
  }

  getBoundingRect(other: unknown): RangeProxy {
    const o = this._other(other);
    return this._derive('getBoundingRect()', (b) => boundingBox([b.rect, o().rect]));
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this._derive('getUsedRange()', (b) => {
      const used = b.sheet.usedRect(valuesOnly);
      const hit = used ? intersect(used, b.rect) : null;
      if (!hit) throw excelError(ErrorCodes.itemNotFound, 'the range holds nothing');
      return hit;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._derive(
      'getUsedRangeOrNullObject()',
      (b) => {
        const used = b.sheet.usedRect(valuesOnly);
        return used ? intersect(used, b.rect) : null;
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    const areas = new RangeAreasProxy(
      this._ctx,
      `${this._path}.getMergedAreasOrNullObject()`,
      () => {
        const b = this._bind();
        const hits = b.sheet.merges.filter((m) => overlaps(m, b.rect));
        return hits.length > 0 ? { sheet: b.sheet, rects: hits } : null;
      },
    );
    return areas._markNullable('Range.getMergedAreasOrNullObject');
  }

  select(): void {
    this._call('select', [], (b) => this._ctx._host.wb.select(b.sheet, b.rect, 'Local'));
  }

  activate(): void {
    this.select();
  }

  /** Range.group (ExcelApi 1.10): an outline group of the range's whole columns or rows. */
  group(groupOption: string): void {
    this._ctx._host.reqs.check('Range.group');
    this._call('group', [groupOption], (b) => {
      if (groupOption !== 'ByColumns')
        throw excelError(ErrorCodes.notImplemented, 'The Excel fake groups only by columns');
      b.sheet.columnGroups.push({ first: b.rect.c0, last: b.rect.c1, collapsed: false });
    });
  }

  /** Range.hideGroupDetails (ExcelApi 1.10): collapses the groups the range covers. */
  hideGroupDetails(groupOption: string): void {
    this._ctx._host.reqs.check('Range.hideGroupDetails');
    this._call('hideGroupDetails', [groupOption], (b) => {
      const groups = b.sheet.columnGroups.filter(
        (g) => g.first >= b.rect.c0 && g.last <= b.rect.c1,
      );
      if (groups.length === 0)
        throw excelError(ErrorCodes.invalidArgument, 'the range holds no outline group');
      for (const g of groups) {
        g.collapsed = true;
        for (let c = g.first; c <= g.last; c++) b.sheet.hiddenColumns.add(c);
      }
    });
  }

  calculate(): void {
    this._call('calculate', [], () => undefined);
  }

  clear(applyTo: ClearApplyTo = 'All'): void {
    this._call('clear', [applyTo], (b) =>
      clearRange(this._ctx._host.wb, b.sheet, b.rect, applyTo, 'Local'),
    );
  }

  merge(across = false): void {
    this._call('merge', [across], (b) => mergeCells(this._ctx._host.wb, b.sheet, b.rect, across));
  }

  unmerge(): void {
    this._call('unmerge', [], (b) => unmergeCells(b.sheet, b.rect));
  }

  insert(shift: 'Down' | 'Right'): RangeProxy {
    this._call('insert', [shift], (b) =>
      insertCells(this._ctx._host.wb, b.sheet, b.rect, shift, 'Local'),
    );
    return this._derive('insertedRange', (b) => b.rect);
  }

  delete(shift: 'Up' | 'Left'): void {
    this._call('delete', [shift], (b) =>
      deleteCells(this._ctx._host.wb, b.sheet, b.rect, shift, 'Local'),
    );
  }
}

const write = (ref: RangeRef, v: unknown, self: FakeClientObject<RangeRef>): void =>
  writeRange(self._ctx._host.wb, ref.sheet, ref.rect, v, 'Local');
const writeFormat = (ref: RangeRef, v: unknown): void => putNumberFormat(ref.sheet, ref.rect, v);
const shape = (name: string) => ({ read: (b: RangeRef) => rangeShape(b)[name] });

installProps<RangeRef>(RangeProxy, {
  address: { read: (b) => readAddress(b) },
  addressLocal: { read: (b) => readAddress(b) },
  values: { read: (b, self) => readValues(self._ctx._host.wb, b), write },
  formulas: { read: (b, self) => readFormulas(b, self._ctx._host.wb), write },
  formulasLocal: { read: (b, self) => readFormulas(b, self._ctx._host.wb), write },
  numberFormat: { read: (b) => readNumberFormats(b), write: writeFormat },
  numberFormatLocal: { read: (b) => readNumberFormats(b), write: writeFormat },
  text: { read: (b, self) => readText(self._ctx._host.wb, b) },
  valueTypes: { read: (b, self) => readValueTypes(self._ctx._host.wb, b) },
  hyperlink: { read: (b) => readHyperlink(b), write: (b, v) => setHyperlink(b.sheet, b.rect, v) },
  rowIndex: shape('rowIndex'),
  columnIndex: shape('columnIndex'),
  rowCount: shape('rowCount'),
  columnCount: shape('columnCount'),
  cellCount: shape('cellCount'),
  isEntireColumn: shape('isEntireColumn'),
  isEntireRow: shape('isEntireRow'),
  columnHidden: {
    read: (b) => {
      for (let c = b.rect.c0; c <= b.rect.c1; c++) if (!b.sheet.hiddenColumns.has(c)) return false;
      return true;
    },
    write: (b, v) => {
      for (let c = b.rect.c0; c <= b.rect.c1; c++) {
        if (v) b.sheet.hiddenColumns.add(c);
        else b.sheet.hiddenColumns.delete(c);
      }
    },
  },
});
