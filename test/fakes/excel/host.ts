/**
 * The fake host: `Excel` (run, RequestContext, enums), `Office`, `OfficeExtension`, and the
 * controls a test uses to seed the workbook, edit it as a co-author, fail syncs and inspect.
 */
import { ExcelEnums } from './enums';
import { ClientErrorCodes, FakeOfficeError } from './errors';
import { EventArgs, EventBus } from './events';
import { WorkbookModel } from './model/workbook';
import { parseSetting, putSetting, serialiseSetting } from './model/settings';
import { ActionHandler, FakeOffice, createOffice } from './office';
import { RequirementSets } from './requirements';
import { FakeClientObject, FakeClientResult } from './runtime/clientObject';
import { FakeRequestContext } from './runtime/context';
import { HostCore, HostStats, RequestRecord } from './runtime/hostCore';
import { Batch, runBatch } from './runtime/run';
import { FailSyncOptions, SyncControl, SyncHook } from './runtime/syncControl';
import { WorkbookControls } from './workbookControls';

export interface FakeExcelOptions {
  /** Requirement sets the host supports; default { ExcelApi: '1.17' }. */
  requirementSets?: Record<string, string>;
  /** Office's display language; default 'da-DK'. Also picks default names (Ark1/Sheet1, Tabel1/Table1). */
  displayLanguage?: string;
  features?: { charts?: boolean; suspendScreenUpdating?: boolean };
  /** Sheets of the new workbook; default one sheet named as Excel would (Ark1 or Sheet1). */
  sheets?: string[];
  platform?: string;
  /** The add-in's settings the document holds when it is opened (workbook.settings). */
  settings?: Record<string, unknown>;
}

export interface FakeExcelNamespace {
  run<R>(batch: Batch<R>): Promise<R>;
  run<R>(object: unknown, batch: Batch<R>): Promise<R>;
  RequestContext: new () => FakeRequestContext;
  [name: string]: unknown;
}

export class FakeExcelHost extends WorkbookControls {
  readonly Excel: FakeExcelNamespace;
  readonly Office: FakeOffice;
  readonly OfficeExtension: Record<string, unknown>;
  /** Ribbon actions registered through Office.actions.associate. */
  readonly actions: Map<string, ActionHandler>;
  readonly addinCalls: string[];
  private readonly core: HostCore;
  private readonly control = new SyncControl();
  /** The document's settings as the add-in's current runtime loaded them at its start. */
  private loadedSettings: ReadonlyMap<string, string> = new Map();

  constructor(options: FakeExcelOptions = {}) {
    const lang = options.displayLanguage ?? 'da-DK';
    const model = new WorkbookModel(
      lang.toLowerCase().startsWith('da')
        ? { sheet: 'Ark', table: 'Tabel', chart: 'Diagram' }
        : { sheet: 'Sheet', table: 'Table', chart: 'Chart' },
    );
    const bus = new EventBus(model);
    super(model, bus);
    const reqs = new RequirementSets(options.requirementSets ?? { ExcelApi: '1.17' });
    const stats: HostStats = { syncCount: 0, requests: [], rowsAddCalls: 0, callCounts: {} };
    this.core = {
      wb: this.model,
      bus,
      reqs,
      features: {
        charts: options.features?.charts ?? true,
        suspendScreenUpdating: options.features?.suspendScreenUpdating ?? true,
      },
      stats,
      settingsFailure: null,
      runHooks: (i) => this.control.runHooks(i),
      takeFailure: (i) => this.control.take(i),
    };
    bus.decorate = (args) => this.decorateEvent(args);
    this.quietly(() => {
      const names = options.sheets ?? [undefined];
      for (const n of names) this.model.addSheet(n, 'Local');
    });
    const core = this.core;
    class RequestContext extends FakeRequestContext {
      constructor() {
        super(core);
      }
    }
    this.Excel = {
      ...ExcelEnums,
      RequestContext,
      run: ((a: unknown, b?: unknown) => runBatch(core, a, b)) as FakeExcelNamespace['run'],
    };
    for (const [key, value] of Object.entries(options.settings ?? {}))
      putSetting(this.model, key, serialiseSetting(value));
    this.loadedSettings = new Map(this.model.settings);
    const { office, recorder } = createOffice(
      lang,
      reqs,
      options.platform ?? 'OfficeOnline',
      () => this.loadedSettings,
    );
    this.Office = office;
    this.actions = recorder.associations;
    this.addinCalls = recorder.addinCalls;
    this.OfficeExtension = {
      Error: FakeOfficeError,
      ErrorCodes: ClientErrorCodes,
      ClientRequestContext: FakeRequestContext,
      ClientObject: FakeClientObject,
      ClientResult: FakeClientResult,
      Promise,
      config: { extendedErrorLogging: false },
    };
  }

  /** Puts Excel, Office and OfficeExtension on a global object; returns a function that undoes it. */
  install(target: object = globalThis): () => void {
    const g = target as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
    Object.assign(g, {
      Excel: this.Excel,
      Office: this.Office,
      OfficeExtension: this.OfficeExtension,
    });
    return () => Object.assign(g, before);
  }

  // ---- the add-in's runtime and the document's settings --------------------------------
  /**
   * The add-in starts again over this workbook (the pane reopened, the ribbon's function file
   * loaded afresh): Office loads the document's settings anew for Office.context.document.
   * Make a new gateway after it, as a new runtime would.
   */
  restartAddin(): void {
    this.loadedSettings = new Map(this.model.settings);
  }

  /** A setting as the document holds it now (parsed as Office.js reads it), or undefined. */
  setting(key: string): unknown {
    const text = this.model.settings.get(key);
    return text === undefined ? undefined : parseSetting(text);
  }

  /** Writes a setting as another runtime (a co-author's, an older version's) would. */
  seedSetting(key: string, value: unknown): this {
    putSetting(this.model, key, serialiseSetting(value));
    return this;
  }

  /** Every operation on workbook.settings fails at sync with `code`; null heals it. */
  breakSettings(code: string | null = 'AccessDenied'): void {
    this.core.settingsFailure = code;
  }

  // ---- counters -----------------------------------------------------------------------
  get syncCount(): number {
    return this.core.stats.syncCount;
  }

  get requests(): RequestRecord[] {
    return this.core.stats.requests;
  }

  get rowsAddCalls(): number {
    return this.core.stats.rowsAddCalls;
  }

  /** How many times each operation ("Range.values", "Table.resize"…) was applied. */
  get callCounts(): Record<string, number> {
    return this.core.stats.callCounts;
  }

  resetCounters(): void {
    const s = this.core.stats;
    s.syncCount = 0;
    s.requests.length = 0;
    s.rowsAddCalls = 0;
    s.callCounts = {};
  }

  // ---- sync control -------------------------------------------------------------------
  /** Fails the n-th sync from now (1 = the next), or every sync the predicate picks. */
  failSync(n: number | ((syncIndex: number) => boolean), opts: FailSyncOptions = {}): void {
    this.control.failSync(n, opts);
  }

  clearSyncFailures(): void {
    this.control.clear();
  }

  /** Runs `hook` at the start of every sync, before the request is applied. Returns an unsubscribe. */
  beforeSync(hook: SyncHook): () => void {
    return this.control.addHook(hook);
  }

  /** Simulates a ribbon button: runs the associated action and waits for event.completed(). */
  invokeAction(name: string): Promise<void> {
    const handler = this.actions.get(name);
    if (!handler) return Promise.reject(new Error(`no action associated with "${name}"`));
    return new Promise<void>((resolve, reject) => {
      Promise.resolve(handler({ completed: () => resolve(), source: { id: name } })).catch(reject);
    });
  }

  private decorateEvent(args: EventArgs): EventArgs {
    const { worksheetId, address } = args as { worksheetId?: string; address?: string };
    if (worksheetId && address) {
      args.getRange = (ctx: FakeRequestContext) =>
        ctx.workbook.worksheets.getItem(worksheetId).getRange(address);
      args.getRangeOrNullObject = (ctx: FakeRequestContext) =>
        ctx.workbook.worksheets.getItem(worksheetId).getRange(address);
    }
    return args;
  }
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcelHost {
  return new FakeExcelHost(options);
}
