/** EventHandlers (`onChanged` etc.): registration and removal happen at sync, as in Office.js. */
import { EventArgs, EventName, EventScope } from '../events';
import { FakeClientObject } from '../runtime/clientObject';
import type { FakeRequestContext } from '../runtime/context';

export class FakeEventHandlerResult {
  _registration: number | null = null;

  constructor(
    private readonly _owner: FakeClientObject<unknown>,
    private readonly _member: string,
  ) {}

  get context(): FakeRequestContext {
    return this._owner._ctx;
  }

  remove(): void {
    this._owner._ctx._enqueue(this._owner, `${this._member}.remove`, undefined, () => {
      if (this._registration !== null) this._owner._ctx._host.bus.unregister(this._registration);
      this._registration = null;
    });
  }
}

export class FakeEventHandlers {
  private readonly _results = new Map<unknown, FakeEventHandlerResult[]>();

  constructor(
    private readonly _owner: FakeClientObject<unknown>,
    private readonly _event: EventName,
    private readonly _member: string,
    private readonly _scope: () => EventScope,
  ) {
    // Office.js refuses the event property itself when the host's requirement set is too old.
    _owner._ctx._host.reqs.check(_member);
  }

  add(handler: (args: EventArgs) => unknown): FakeEventHandlerResult {
    const result = new FakeEventHandlerResult(this._owner, this._member);
    this._owner._ctx._enqueue(this._owner, this._member, undefined, () => {
      result._registration = this._owner._ctx._host.bus.register(
        this._event,
        this._scope(),
        handler,
      );
    });
    this._results.set(handler, [...(this._results.get(handler) ?? []), result]);
    return result;
  }

  remove(handler: (args: EventArgs) => unknown): void {
    for (const r of this._results.get(handler) ?? []) r.remove();
    this._results.delete(handler);
  }
}
