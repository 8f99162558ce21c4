/**
 * SettingCollection and Setting (ExcelApi 1.4): the add-in's key-value pairs kept in the
 * document. Values go through JSON both ways (model/settings.ts).
 */
import { ErrorCodes, excelError } from '../errors';
import { assertSettingKey, putSetting, reviveSetting, serialiseSetting } from '../model/settings';
import { WorkbookModel } from '../model/workbook';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import type { FakeRequestContext } from '../runtime/context';
import { FakeCollection } from './collection';

/** A test can make the document's settings fail (a host that cannot store them). */
function unlessBroken(ctx: FakeRequestContext, run: () => unknown): () => unknown {
  return () => {
    const code = ctx._host.settingsFailure;
    if (code) throw excelError(code, 'the document settings are not available');
    return run();
  };
}

export class SettingProxy extends FakeClientObject<string> {
  get _typeName(): string {
    return 'Setting';
  }

  override _alive(key: string): boolean {
    return this._ctx._host.wb.settings.has(key);
  }

  override _enqueueOp(member: string, args: unknown, run: () => unknown): void {
    super._enqueueOp(member, args, unlessBroken(this._ctx, run));
  }

  delete(): void {
    this._call('delete', [], (key) => {
      this._ctx._host.wb.settings.delete(key);
    });
  }
}

installProps<string>(SettingProxy, {
  key: { read: (key) => key },
  value: {
    // The response carries the JSON as stored; the getter below revives its Dates.
    read: (key, self) => JSON.parse(self._ctx._host.wb.settings.get(key)!) as unknown,
    write: (key, value, self) => {
      self._ctx._host.wb.settings.set(key, serialiseSetting(value));
    },
  },
});

const valueAccessor = Object.getOwnPropertyDescriptor(SettingProxy.prototype, 'value')!;
Object.defineProperty(SettingProxy.prototype, 'value', {
  ...valueAccessor,
  get(this: SettingProxy) {
    return reviveSetting(valueAccessor.get!.call(this));
  },
});

export class SettingCollectionProxy extends FakeCollection<SettingProxy, string, WorkbookModel> {
  constructor(ctx: FakeRequestContext, path: string) {
    super(ctx, path, () => ctx._host.wb);
  }

  get _typeName(): string {
    return 'SettingCollection';
  }

  override _enqueueOp(member: string, args: unknown, run: () => unknown): void {
    super._enqueueOp(member, args, unlessBroken(this._ctx, run));
  }

  _list(wb: WorkbookModel): string[] {
    return [...wb.settings.keys()];
  }

  _wrap(key: string, i: number): SettingProxy {
    return new SettingProxy(this._ctx, `${this._path}.items[${i}]`, () => key);
  }

  /** Sets or adds the setting. Like Office.js, the value is serialised when it is queued. */
  add(key: string, value: unknown): SettingProxy {
    let text: string | null = null;
    let refusal: unknown = null;
    try {
      text = serialiseSetting(value);
    } catch (error) {
      refusal = error;
    }
    const holder: { key?: string } = {};
    this._call('add', [key, text], (wb) => {
      if (refusal) throw refusal;
      holder.key = putSetting(wb, key, text!);
    });
    return new SettingProxy(
      this._ctx,
      `${this._path}.add(${JSON.stringify(key)})`,
      () => holder.key ?? null,
    );
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const k = assertSettingKey(key);
      if (!this._bind().settings.has(k))
        throw excelError(ErrorCodes.itemNotFound, `no setting "${k}"`);
      return k;
    });
  }

  getItemOrNullObject(key: string): SettingProxy {
    const item = new SettingProxy(
      this._ctx,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => {
        const k = assertSettingKey(key);
        return this._bind().settings.has(k) ? k : null;
      },
    );
    return item._markNullable('SettingCollection.getItemOrNullObject');
  }
}
