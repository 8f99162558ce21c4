import { Edit, WorkbookState } from '../core/edits';
import { WorkbookPlanOptions } from '../core/engine';
import { t } from '../core/i18n';
import { stateTables } from '../core/memoryWorkbook';
import { TableSet, detectLang, findTable } from '../core/model';
import { LayoutMigration, updateWorkbook } from '../core/reconcile';
import { TABLE } from '../core/tables';
import { addChart, executeEdits, queueVerify } from './execute';
import { DocumentSettings, SettingKey } from './documentSettings';
import { OfficeHost, Session, fail } from './session';
import { TableLocations, readState, readUnclaimedSheets, rememberTable } from './readState';

/**
 * The read and the reconciled write every operation is made of, shared by the task pane's
 * gateway and the ribbon's command (which loads only this, not the pane's other operations).
 */

export interface Read {
  state: WorkbookState;
  tables: TableSet;
}

export interface WriteOptions {
  /** Requests are split above this size; Excel on the web refuses more than 5 MB. */
  maxRequestBytes: number;
}

export const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** The sheet names the add-in creates, in both languages. */
const OUR_SHEET_NAMES = (['da', 'en'] as const).flatMap((lang) =>
  (
    ['sheet.areas', 'sheet.lists', 'sheet.matrix', 'sheet.status', 'sheet.participants'] as const
  ).map((key) => t(lang, key)),
);

/**
 * What a runtime of the add-in keeps between operations: where the tables are, and the
 * document's settings, where that is kept for the next runtime.
 */
export interface Memory {
  known: TableLocations;
  settings: DocumentSettings | null;
}

/**
 * workbook.settings needs ExcelApi 1.4, below the 1.8 every operation checks for first; a
 * host that still lacks it throws at the call, and the settings step aside (queue()).
 */
export function createMemory(office: OfficeHost): Memory {
  const settings = new DocumentSettings(() => office.context.document?.settings ?? null);
  return { known: new Map(), settings };
}

/** Reads the workbook; `keys` are settings loaded in the same batch (see memory.settings). */
export async function read(
  session: Session,
  memory: Memory,
  keys: readonly SettingKey[] = [],
): Promise<Read> {
  const state = await readState(
    session.context,
    () => session.sync(),
    memory.known,
    memory.settings,
    keys,
  );
  return { state, tables: stateTables(state) };
}

export function requireSetUp(tables: TableSet): void {
  if (!findTable(tables, TABLE.matrix) || !findTable(tables, TABLE.areas)) fail('error.notCreated');
}

/**
 * Reconciles the workbook with its plan and writes the edits in one batch; with `verify`,
 * first checks the cells it will write against co-authors' edits since the read; with a
 * `migration`, brings an earlier version's layout to the current one.
 */
export async function apply(
  session: Session,
  memory: Memory,
  before: Read,
  plan: WorkbookPlanOptions,
  verify: boolean,
  options: WriteOptions,
  migration?: LayoutMigration,
): Promise<void> {
  await readUnclaimedSheets(session.context, () => session.sync(), before.state, OUR_SHEET_NAMES);
  const { edits, conflicts } = updateWorkbook(before.state, plan, migration);
  session.report.conflicts += conflicts.length;
  await writeEdits(session, memory, before.state, edits, verify, options);
}

/**
 * The one write path: every write the adapter makes is an edit in the core's list, written
 * here in one batch (split only where a request would be too large), with the add-in's own
 * change events off, and, with `verify`, first checked against the cells as they are now,
 * so that a co-author's edit since the read wins.
 */
export async function writeEdits(
  session: Session,
  memory: Memory,
  state: WorkbookState,
  edits: readonly Edit[],
  verify: boolean,
  options: WriteOptions,
): Promise<{ skipped: Set<string> }> {
  let skip = new Set<string>();
  if (edits.length === 0) return { skipped: skip };
  if (verify) {
    const check = queueVerify(session.context, edits, state);
    await session.sync();
    skip = check.conflicts();
    session.report.conflicts += skip.size;
  }
  session.beginWrites();
  const result = await executeEdits(session.context, edits, state, {
    canResize: session.supports('1.13'),
    skip,
    maxRequestBytes: options.maxRequestBytes,
    formats: {
      supports: (version) => session.supports(version),
      degrade: (what) => session.degrade(what),
    },
  });
  session.endWrites();
  await session.sync();
  // The reader need not look for what was just created.
  for (const table of result.after.tables)
    rememberTable(memory.known, table.name, table.sheet, table.headers);
  session.report.cellsWritten += result.cellsWritten;
  session.report.chunks += result.chunks;
  if (result.charts.length > 0) {
    // Charts get a round trip of their own: a host that cannot draw them fails there alone.
    try {
      for (const { sheet, chart, state } of result.charts)
        addChart(session.context, sheet, chart, state);
      await session.sync();
    } catch {
      session.degrade('charts');
    }
  }
  return { skipped: skip };
}

/** "Opdater status": findings, participants, history, timestamp (≤ 2 round trips). */
export async function refreshStatus(
  session: Session,
  memory: Memory,
  at: Date,
  options: WriteOptions,
): Promise<void> {
  const before = await read(session, memory);
  requireSetUp(before.tables);
  await apply(
    session,
    memory,
    before,
    { lang: detectLang(before.tables), refreshAt: at },
    false,
    options,
  );
}
