import { UserError } from '../core/errors';
import { Degradation, OperationReport, Outcome } from './api';
import { LoadedSettings } from './documentSettings';
import { messageFor } from './errors';

/** The part of the `Excel` namespace the adapter uses, so tests can hand it the fake. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** A batch on an earlier request context: event handlers are removed through their own. */
  run<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
}

/** The part of `Office` the adapter uses. */
export interface OfficeHost {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    /** The document's settings as Office loaded them when the add-in started. */
    document?: { settings?: LoadedSettings };
  };
}

/** One operation's round trips and what it found, collected as it runs. */
export class Session {
  readonly report: OperationReport = {
    syncs: 0,
    cellsWritten: 0,
    conflicts: 0,
    chunks: 0,
    degraded: [],
  };

  constructor(
    readonly context: Excel.RequestContext,
    readonly supports: (version: string) => boolean,
  ) {}

  async sync(): Promise<void> {
    this.report.syncs += 1;
    const eventsBackOn = this.eventsOnQueued;
    await this.context.sync();
    if (eventsBackOn) {
      this.eventsOff = false;
      this.eventsOnQueued = false;
    }
  }

  degrade(what: Degradation): void {
    if (!this.report.degraded.includes(what)) this.report.degraded.push(what);
  }

  /**
   * Excel's performance levers for a write batch, where the host has them; and our own
   * writes must not wake our own change handler.
   */
  beginWrites(): void {
    const app = this.context.application;
    // Gated by requirement set: a call the host lacks would fail the whole batch at sync.
    if (this.supports('1.6')) app.suspendApiCalculationUntilNextSync();
    else this.degrade('calculation');
    if (this.supports('1.9')) {
      try {
        app.suspendScreenUpdatingUntilNextSync();
      } catch {
        this.degrade('screenUpdating');
      }
    } else this.degrade('screenUpdating');
    this.context.runtime.enableEvents = false;
    this.eventsOff = true;
  }

  endWrites(): void {
    this.context.runtime.enableEvents = true;
    this.eventsOnQueued = true;
  }

  /** Events were turned off, and no sync has yet carried the switch back on. */
  eventsOff = false;
  private eventsOnQueued = false;
}

export const REQUIRED_API = { set: 'ExcelApi', version: '1.8' } as const;

/**
 * Runs one operation in one Excel.run. A host below ExcelApi 1.8 gets a clear message and
 * no call at all; any failure becomes a message, never an exception for the pane.
 */
export async function runOperation<T>(
  excel: ExcelHost,
  office: OfficeHost,
  operation: (session: Session) => Promise<T>,
): Promise<Outcome<T>> {
  if (!office.context.requirements.isSetSupported(REQUIRED_API.set, REQUIRED_API.version)) {
    return { ok: false, error: { key: 'error.excelApiMissing' } };
  }
  let session: Session | undefined;
  try {
    const value = await excel.run(async (context) => {
      session = new Session(context, (version) =>
        office.context.requirements.isSetSupported(REQUIRED_API.set, version),
      );
      return operation(session);
    });
    return { ok: true, value, report: session!.report };
  } catch (error) {
    // A batch that failed part-way never ran its `enableEvents = true`: without this the
    // pane would hear no change again in this session.
    if (session?.eventsOff) await enableEvents(excel);
    return { ok: false, error: messageFor(error) };
  }
}

async function enableEvents(excel: ExcelHost): Promise<void> {
  try {
    await excel.run(async (context) => {
      context.runtime.enableEvents = true;
      await context.sync();
    });
  } catch {
    // Excel is gone or busy; the next operation's writes set events on again.
  }
}

export function fail(
  key: ConstructorParameters<typeof UserError>[0],
  params?: Record<string, string | number>,
): never {
  throw new UserError(key, params);
}
