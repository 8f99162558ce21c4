/** NamedItemCollection and NamedItem (workbook-scoped defined names). */
import { formatAddress } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { addName, deleteName, nameType, nameValue, resolveReference } from '../model/names';
import { NameModel, WorkbookModel } from '../model/workbook';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import type { FakeRequestContext } from '../runtime/context';
import { FakeCollection } from './collection';
import { RangeProxy } from './range';
import { RangeRef, assertSameContext } from './rangeRef';

export class NamedItemProxy extends FakeClientObject<NameModel> {
  get _typeName(): string {
    return 'NamedItem';
  }

  override _alive(b: NameModel): boolean {
    return this._ctx._host.wb.names.includes(b);
  }

  _range(call: string, nullable: boolean): RangeProxy {
    const r = new RangeProxy(this._ctx, `${this._path}.${call}`, () => {
      const ref = resolveReference(this._ctx._host.wb, this._bind().formula);
      if (!ref && !nullable)
        throw excelError(
          ErrorCodes.invalidOperation,
          `the name ${this._bind().name} does not refer to a range`,
        );
      return ref;
    });
    return nullable ? r._markNullable('NamedItem.getRangeOrNullObject') : r;
  }

  getRange(): RangeProxy {
    return this._range('getRange()', false);
  }

  getRangeOrNullObject(): RangeProxy {
    return this._range('getRangeOrNullObject()', true);
  }

  delete(): void {
    this._call('delete', [], (b) => deleteName(this._ctx._host.wb, b));
  }
}

installProps<NameModel>(NamedItemProxy, {
  name: { read: (b) => b.name },
  formula: {
    read: (b) => b.formula,
    write: (b, v) => {
      b.formula = String(v).startsWith('=') ? String(v) : `=${String(v)}`;
    },
  },
  comment: {
    read: (b) => b.comment,
    write: (b, v) => {
      b.comment = String(v ?? '');
    },
  },
  visible: {
    read: (b) => b.visible,
    write: (b, v) => {
      b.visible = Boolean(v);
    },
  },
  type: { read: (b, self) => nameType(self._ctx._host.wb, b) },
  value: { read: (b, self) => nameValue(self._ctx._host.wb, b) },
  scope: { read: () => 'Workbook' },
});

export class NamedItemCollectionProxy extends FakeCollection<
  NamedItemProxy,
  NameModel,
  WorkbookModel
> {
  constructor(ctx: FakeRequestContext, path: string) {
    super(ctx, path, () => ctx._host.wb);
  }

  get _typeName(): string {
    return 'NamedItemCollection';
  }

  _list(wb: WorkbookModel): NameModel[] {
    return [...wb.names];
  }

  _wrap(m: NameModel, i: number): NamedItemProxy {
    return new NamedItemProxy(this._ctx, `${this._path}.items[${i}]`, () => m);
  }

  add(name: string, reference: unknown, comment?: string): NamedItemProxy {
    assertSameContext(this._ctx, reference);
    const holder: { item?: NameModel } = {};
    this._call('add', [name, reference, comment], (wb) => {
      let formula: string;
      if (reference instanceof FakeClientObject) {
        const ref = reference._bind() as RangeRef;
        formula = `=${formatAddress(ref.sheet.name, ref.rect, true)}`;
      } else if (typeof reference === 'string' && reference !== '') formula = reference;
      else throw excelError(ErrorCodes.invalidArgument, 'a name needs a Range or a formula');
      holder.item = addName(wb, name, formula, comment ?? '');
    });
    return new NamedItemProxy(
      this._ctx,
      `${this._path}.add(${JSON.stringify(name)})`,
      () => holder.item ?? null,
    );
  }

  addFormulaLocal(name: string, formula: string, comment?: string): NamedItemProxy {
    return this.add(name, formula, comment);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this._ctx, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const n = this._bind().findName(name);
      if (!n) throw excelError(ErrorCodes.itemNotFound, `no defined name "${name}"`);
      return n;
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    const item = new NamedItemProxy(
      this._ctx,
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => this._bind().findName(name) ?? null,
    );
    return item._markNullable('NamedItemCollection.getItemOrNullObject');
  }
}
