/** Collections: `items` after load, `getCount()`, and loads that reach into the items. */
import { propertyNotLoaded } from '../errors';
import { FakeClientObject, FakeClientResult } from '../runtime/clientObject';

export abstract class FakeCollection<
  P extends FakeClientObject<unknown>,
  M,
  B = unknown,
> extends FakeClientObject<B> {
  _items: P[] | undefined = undefined;

  /** The members at this moment (called at sync). */
  abstract _list(b: B): M[];

  /** A proxy bound to one member. */
  abstract _wrap(m: M, index: number): P;

  get items(): P[] {
    if (this._items === undefined) throw propertyNotLoaded(this._typeName, 'items');
    return this._items;
  }

  override _fetch(paths: string[]): unknown {
    const b = this._bind();
    this._isNull = false;
    const own: string[] = [];
    const itemPaths: string[] = [];
    for (const p of paths) {
      if (p === 'items') itemPaths.push('');
      else if (p.startsWith('items/')) itemPaths.push(p.slice(6));
      else if (this._props[p]?.read) own.push(p);
      else itemPaths.push(p);
    }
    const out: Record<string, unknown> = {};
    for (const name of own) {
      const v = this._props[name].read!(b, this);
      this._loaded[name] = v;
      out[name] = v;
    }
    if (itemPaths.length > 0 || own.length === 0) {
      const list = this._list(b);
      this._items = list.map((m, i) => this._wrap(m, i));
      out.items = this._items.map((it) => it._fetch(itemPaths.length > 0 ? itemPaths : ['']));
    }
    return out;
  }

  getCount(): FakeClientResult<number> {
    return this._callResult('getCount', [], (b) => this._list(b).length);
  }

  override toJSON(): Record<string, unknown> {
    const base = super.toJSON();
    if (this._items && !('ref' in base)) base.items = this._items.map((i) => i.toJSON());
    return base;
  }
}
