import { LAYOUT_MIGRATION } from '../core/relocate';
import { Lang } from '../core/i18n';
import { detectLang } from '../core/model';
import { CodeChange, checklistEdits, codeEdits, personEdits } from '../core/personEdits';
import { skipKey } from './execute';
import { TABLE } from '../core/tables';
import { workbookView } from '../core/view';
import { ChangeSource, Outcome, PersonEdit, WorkbookGateway, WorkbookView } from './api';
import { ExcelHost, OfficeHost, Session, fail, runOperation } from './session';
import { SETTING, nameSetting, settingValue } from './documentSettings';
import {
  DEFAULT_MAX_REQUEST_BYTES,
  apply,
  createMemory,
  read,
  refreshStatus,
  requireSetUp,
  writeEdits,
} from './workbookOps';

/**
 * The workbook gateway over Office.js: every operation reads the workbook in one round trip,
 * lets the core decide, and writes the core's edits back in one more (two more when cells
 * must be checked against co-authors' edits first).
 */

/** Marks an operation whose edits may add sheets (see `run`). */
const ADDS_SHEETS = true;

export interface GatewayOptions {
  now?: () => Date;
  /** Requests are split above this size; Excel on the web refuses more than 5 MB. */
  maxRequestBytes?: number;
}

export function createWorkbookGateway(
  excel: ExcelHost,
  office: OfficeHost,
  options: GatewayOptions = {},
): WorkbookGateway {
  const now = options.now ?? (() => new Date());
  const writes = { maxRequestBytes: options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES };
  const memory = createMemory(office);
  /** The pane's subscriptions, which must also hear the sheets our own writes add. */
  const watches = new Set<ChangeWatch>();
  /**
   * Runs one operation. One that may add sheets writes with events off, so no onAdded tells
   * a per-sheet subscription about them: it catches up afterwards, whether the write failed.
   */
  const run = async <T>(
    operation: (session: Session) => Promise<T>,
    addsSheets = false,
  ): Promise<Outcome<T>> => {
    try {
      return await runOperation(excel, office, operation);
    } finally {
      if (addsSheets) await Promise.all([...watches].map((watch) => watch.watchNewSheets()));
    }
  };

  return {
    load: () =>
      run(async (session): Promise<WorkbookView> => {
        const { tables } = await read(session, memory, [SETTING.reporter]);
        const lastReporter = nameSetting(settingValue(memory.settings, SETTING.reporter));
        return lastReporter ? { ...workbookView(tables), lastReporter } : workbookView(tables);
      }),

    createOrUpdate: (lang: Lang, municipality?: string) =>
      run(async (session) => {
        const before = await read(session, memory);
        const existing = before.state.tables.length > 0;
        await apply(
          session,
          memory,
          before,
          { lang, refreshAt: now(), blankRows: 20, municipality },
          existing,
          writes,
          LAYOUT_MIGRATION,
        );
      }, ADDS_SHEETS),

    refreshStatus: (at: Date) =>
      run((session) => refreshStatus(session, memory, at, writes), ADDS_SHEETS),

    savePerson: (edit: PersonEdit) =>
      run(async (session) => {
        const before = await read(session, memory);
        requireSetUp(before.tables);
        const { row, edits, conflicts } = personEdits(
          before.state,
          detectLang(before.tables),
          edit,
        );
        session.report.conflicts += conflicts;
        await writeEdits(session, memory, before.state, edits, true, writes);
        return { row };
      }),

    setChecklistStep: (index: number, done: boolean, by: string, at: Date) =>
      run(async (session) => {
        // Kept for next time with this operation's read, at no cost of its own.
        const name = nameSetting(by);
        if (done && name) memory.settings?.want(SETTING.reporter, name);
        const before = await read(session, memory);
        const edits = checklistEdits(before.state, detectLang(before.tables), index, done, by, at);
        await writeEdits(session, memory, before.state, edits, true, writes);
      }),

    applyCodes: (changes: readonly CodeChange[]) =>
      run(async (session) => {
        const before = await read(session, memory);
        requireSetUp(before.tables);
        const { edits, planned, refused } = codeEdits(before.state, changes);
        const { skipped } = await writeEdits(session, memory, before.state, edits, true, writes);
        const applied = planned.filter(
          (_, i) => !skipped.has(skipKey(edits[i].sheet, edits[i].row, edits[i].col)),
        );
        // Cells changed before this read; writeEdits counted those changed after it.
        session.report.conflicts += refused.length;
        return { applied, refused: changes.filter((change) => !applied.includes(change)) };
      }),

    selectArea: (areaId: string) =>
      run(async (session) => {
        const table = session.context.workbook.tables.getItem(TABLE.matrix);
        const column = table.columns.getItemOrNullObject(areaId);
        column.load('name');
        await session.sync();
        if (column.isNullObject) fail('error.unknownArea', { id: areaId });
        // select() does not switch sheets (office-js #5118): show Matrix first.
        table.worksheet.activate();
        column.getRange().select();
        await session.sync();
      }),

    subscribe: async (listener: (source: ChangeSource) => void) => {
      const watch = await watchChanges(excel, office, listener);
      watches.add(watch);
      return async () => {
        watches.delete(watch);
        await watch.stop();
      };
    },
  };
}

interface ChangeWatch {
  /** Listens on the sheets that have no handler of ours yet (below ExcelApi 1.9). */
  watchNewSheets(): Promise<void>;
  stop(): Promise<void>;
}

type Registration = OfficeExtension.EventHandlerResult<unknown>;

/**
 * Listens for changes to the workbook. From ExcelApi 1.9 one workbook-wide onChanged hears
 * every sheet, present and future. Below it each sheet needs its own handler, so sheets that
 * appear later get one too: on onAdded (a co-author's or the user's new sheet) and after the
 * add-in's own writes, which raise no events. Each catch-up is a batch of its own, one at a
 * time; registering a handler changes nothing, so it wakes no handler in turn.
 */
async function watchChanges(
  excel: ExcelHost,
  office: OfficeHost,
  listener: (source: ChangeSource) => void,
): Promise<ChangeWatch> {
  const perSheet = !office.context.requirements.isSetSupported('ExcelApi', '1.9');
  const registrations: Registration[] = [];
  const watched = new Set<string>();
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();

  const onChange = async (args: { source: Excel.EventSource | 'Local' | 'Remote' }) => {
    listener(args.source === 'Remote' ? 'Remote' : 'Local');
  };
  const onAdded = async (args: Excel.WorksheetAddedEventArgs) => {
    await onChange(args);
    await watchNewSheets();
  };

  /** In a batch whose sheets are loaded: a handler on each sheet not yet watched. */
  const register = async (context: Excel.RequestContext, sheets: Excel.WorksheetCollection) => {
    await context.sync();
    const fresh = sheets.items.filter((sheet) => !watched.has(sheet.id));
    const added = fresh.map((sheet) => sheet.onChanged.add(onChange));
    await context.sync();
    for (const sheet of fresh) watched.add(sheet.id);
    registrations.push(...added);
  };

  /** One batch at a time, so two catch-ups never register one sheet twice. */
  const enqueue = (batch: () => Promise<void>): Promise<void> => {
    const next = queue.then(() => (stopped ? undefined : batch()));
    queue = next.catch(() => undefined);
    return next;
  };

  const watchNewSheets = async (): Promise<void> => {
    if (!perSheet) return;
    try {
      await enqueue(() =>
        excel.run((context) => register(context, context.workbook.worksheets.load('items/id'))),
      );
    } catch {
      // Excel is busy or gone: the next onAdded, or the next write of ours, tries again.
    }
  };

  await enqueue(() =>
    excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      // Sheets added or deleted change the parts the pane shows, as edits change coverage.
      registrations.push(sheets.onAdded.add(onAdded), sheets.onDeleted.add(onChange));
      if (perSheet) {
        await register(context, sheets.load('items/id'));
      } else {
        registrations.push(sheets.onChanged.add(onChange));
        await context.sync();
      }
    }),
  );

  return {
    watchNewSheets,
    stop: async () => {
      stopped = true;
      await queue;
      // A handler is removed through the request context that added it.
      const byContext = new Map<OfficeExtension.ClientRequestContext, Registration[]>();
      for (const r of registrations)
        byContext.set(r.context, [...(byContext.get(r.context) ?? []), r]);
      registrations.length = 0;
      await Promise.all(
        [...byContext].map(([context, handlers]) =>
          excel.run(context, async (ctx) => {
            for (const handler of handlers) handler.remove();
            await ctx.sync();
          }),
        ),
      );
    },
  };
}
