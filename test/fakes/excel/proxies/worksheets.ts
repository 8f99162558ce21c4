/** WorksheetCollection: add, getItem, getItemOrNullObject, the active sheet, and its events. */
import { EventName } from '../events';
import { SheetModel } from '../model/sheet';
import { WorkbookModel } from '../model/workbook';
import type { FakeRequestContext } from '../runtime/context';
import { FakeCollection } from './collection';
import { FakeEventHandlers } from './eventHandlers';
import { WorksheetProxy } from './worksheet';

export class WorksheetCollectionProxy extends FakeCollection<
  WorksheetProxy,
  SheetModel,
  WorkbookModel
> {
  _handlers: Record<string, FakeEventHandlers> = {};

  constructor(ctx: FakeRequestContext, path: string) {
    super(ctx, path, () => ctx._host.wb);
  }

  get _typeName(): string {
    return 'WorksheetCollection';
  }

  _list(wb: WorkbookModel): SheetModel[] {
    return [...wb.sheets];
  }

  _wrap(m: SheetModel, i: number): WorksheetProxy {
    return new WorksheetProxy(this._ctx, `${this._path}.items[${i}]`, () => m);
  }

  _sheet(call: string, f: (wb: WorkbookModel) => SheetModel | null): WorksheetProxy {
    return new WorksheetProxy(this._ctx, `${this._path}.${call}`, () => f(this._bind()));
  }

  add(name?: string): WorksheetProxy {
    const holder: { sheet?: SheetModel } = {};
    this._call('add', [name], (wb) => {
      holder.sheet = wb.addSheet(name, 'Local');
    });
    return this._sheet(`add(${JSON.stringify(name ?? '')})`, () => holder.sheet ?? null);
  }

  getItem(key: string): WorksheetProxy {
    return this._sheet(`getItem(${JSON.stringify(key)})`, (wb) => wb.sheetOrThrow(key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this._sheet(
      `getItemOrNullObject(${JSON.stringify(key)})`,
      (wb) => wb.findSheet(key) ?? null,
    )._markNullable('WorksheetCollection.getItemOrNullObject');
  }

  getActiveWorksheet(): WorksheetProxy {
    return this._sheet('getActiveWorksheet()', (wb) => wb.activeSheet);
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    return this._sheet(
      'getFirst()',
      (wb) => wb.sheets.find((s) => !visibleOnly || s.visibility === 'Visible') ?? null,
    );
  }

  getLast(visibleOnly = false): WorksheetProxy {
    return this._sheet(
      'getLast()',
      (wb) =>
        [...wb.sheets].reverse().find((s) => !visibleOnly || s.visibility === 'Visible') ?? null,
    );
  }

  _events(event: EventName): FakeEventHandlers {
    if (!this._handlers[event]) {
      this._handlers[event] = new FakeEventHandlers(
        this,
        event,
        `WorksheetCollection.${event}`,
        () => ({ kind: 'allSheets' }),
      );
    }
    return this._handlers[event];
  }

  get onChanged(): FakeEventHandlers {
    return this._events('onChanged');
  }

  get onAdded(): FakeEventHandlers {
    return this._events('onAdded');
  }

  get onDeleted(): FakeEventHandlers {
    return this._events('onDeleted');
  }

  get onActivated(): FakeEventHandlers {
    return this._events('onActivated');
  }
}
