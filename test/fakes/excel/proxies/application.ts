/** Application and Runtime: calculation and screen-updating switches, and enableEvents. */
import { ErrorCodes, FakeOfficeError } from '../errors';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import type { FakeRequestContext } from '../runtime/context';

export class ApplicationProxy extends FakeClientObject<true> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, 'application', () => true);
  }

  get _typeName(): string {
    return 'Application';
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], () => {
      if (!this._ctx._host.features.suspendScreenUpdating) {
        throw new FakeOfficeError(
          ErrorCodes.apiNotFound,
          'suspendScreenUpdatingUntilNextSync is not available on this host.',
          'Application.suspendScreenUpdatingUntilNextSync',
        );
      }
    });
  }

  calculate(_type?: string): void {
    this._call('calculate', [_type], () => undefined);
  }
}

installProps(ApplicationProxy, {
  calculationMode: { read: () => 'Automatic', write: () => undefined },
});

export class RuntimeProxy extends FakeClientObject<true> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, 'runtime', () => true);
  }

  get _typeName(): string {
    return 'Runtime';
  }
}

installProps(RuntimeProxy, {
  enableEvents: {
    read: (_b, self) => self._ctx._host.bus.enabled,
    write: (_b, v, self) => {
      self._ctx._host.bus.enabled = Boolean(v);
    },
  },
});
