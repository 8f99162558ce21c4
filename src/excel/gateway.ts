import { WorkbookState, findTableState } from '../core/edits';
import { WorkbookPlanOptions } from '../core/engine';
import { Lang, t } from '../core/i18n';
import { stateTables } from '../core/memoryWorkbook';
import { TableSet, detectLang, findTable } from '../core/model';
import { updateWorkbook } from '../core/reconcile';
import { TABLE, header } from '../core/tables';
import { workbookView } from '../core/view';
import { ChangeSource, Outcome, PersonEdit, WorkbookGateway, WorkbookView } from './api';
import { addChart, executeEdits, queueVerify } from './execute';
import { ExcelHost, OfficeHost, Session, fail, runOperation } from './session';
import { TableLocations, readState, readUnclaimedSheets, rememberTable } from './readState';
import { personWrites } from './personWrites';

/**
 * The workbook gateway over Office.js: every operation reads the workbook in one round trip,
 * lets the core decide, and writes the core's edits back in one more (two more when cells
 * must be checked against co-authors' edits first).
 */

export interface GatewayOptions {
  now?: () => Date;
  /** Requests are split above this size; Excel on the web refuses more than 5 MB. */
  maxRequestBytes?: number;
}

const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** The sheet names the add-in creates, in both languages. */
const OUR_SHEET_NAMES = (['da', 'en'] as const).flatMap((lang) =>
  (
    ['sheet.areas', 'sheet.lists', 'sheet.matrix', 'sheet.status', 'sheet.participants'] as const
  ).map((key) => t(lang, key)),
);

interface Read {
  state: WorkbookState;
  tables: TableSet;
}

async function read(session: Session, known: TableLocations): Promise<Read> {
  const state = await readState(session.context, () => session.sync(), known);
  return { state, tables: stateTables(state) };
}

function requireSetUp(tables: TableSet): void {
  if (!findTable(tables, TABLE.matrix) || !findTable(tables, TABLE.areas)) fail('error.notCreated');
}

export function createWorkbookGateway(
  excel: ExcelHost,
  office: OfficeHost,
  options: GatewayOptions = {},
): WorkbookGateway {
  const now = options.now ?? (() => new Date());
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const known: TableLocations = new Map();
  const run = <T>(operation: (session: Session) => Promise<T>): Promise<Outcome<T>> =>
    runOperation(excel, office, operation);

  /** Reconciles the workbook with a plan, checking first where people's cells could be hit. */
  async function apply(
    session: Session,
    before: Read,
    options: WorkbookPlanOptions,
    verify: boolean,
  ) {
    await readUnclaimedSheets(session.context, () => session.sync(), before.state, OUR_SHEET_NAMES);
    const { edits, conflicts } = updateWorkbook(before.state, options);
    session.report.conflicts += conflicts.length;
    if (edits.length === 0) return;
    let skip = new Set<string>();
    if (verify) {
      const check = queueVerify(session.context, edits, before.state);
      await session.sync();
      skip = check.conflicts();
      session.report.conflicts += skip.size;
    }
    session.beginWrites();
    const result = await executeEdits(session.context, edits, before.state, {
      canResize: session.supports('1.13'),
      skip,
      maxRequestBytes,
    });
    session.endWrites();
    await session.sync();
    // The reader need not look for what was just created.
    for (const table of result.after.tables)
      rememberTable(known, table.name, table.sheet, table.headers);
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
  }

  return {
    load: () =>
      run(async (session): Promise<WorkbookView> => {
        const { tables } = await read(session, known);
        return workbookView(tables);
      }),

    createOrUpdate: (lang: Lang) =>
      run(async (session) => {
        const before = await read(session, known);
        const existing = before.state.tables.length > 0;
        await apply(session, before, { lang, refreshAt: now(), blankRows: 20 }, existing);
      }),

    refreshStatus: (at: Date) =>
      run(async (session) => {
        const before = await read(session, known);
        requireSetUp(before.tables);
        await apply(session, before, { lang: detectLang(before.tables), refreshAt: at }, false);
      }),

    savePerson: (edit: PersonEdit) =>
      run(async (session) => {
        const before = await read(session, known);
        requireSetUp(before.tables);
        const writes = personWrites(before, edit);
        session.beginWrites();
        for (const write of writes.blocks) {
          const range = session.context.workbook.worksheets
            .getItem(write.sheet)
            .getRangeByIndexes(write.row, write.col, 1, write.values.length);
          range.formulas = [write.values] as unknown as string[][];
          session.report.cellsWritten += write.values.filter((v) => v !== null).length;
        }
        session.endWrites();
        await session.sync();
        session.report.conflicts += writes.conflicts;
        return { row: writes.row };
      }),

    setChecklistStep: (index: number, done: boolean, by: string, at: Date) =>
      run(async (session) => {
        const before = await read(session, known);
        const table = findTableState(before.state, TABLE.checklist);
        if (!table) fail('error.notCreated');
        if (index < 0 || index >= table.rowCount) fail('error.notCreated');
        const lang = detectLang(before.tables);
        const col = (c: 'done' | 'date' | 'by') =>
          table.headers.findIndex(
            (h) => h.toUpperCase() === header('checklist', c, lang).toUpperCase(),
          );
        const ws = session.context.workbook.worksheets.getItem(table.sheet);
        const row = table.row + 1 + index;
        session.beginWrites();
        const cells: [number, string | number][] = [
          [col('done'), `'${t(lang, done ? 'yes' : 'no')}`],
          [col('date'), done ? Math.floor(at.getTime() / 86_400_000) + 25_569 : ''],
          [col('by'), done ? `'${by}` : ''],
        ];
        for (const [c, value] of cells) {
          if (c < 0) continue;
          ws.getRangeByIndexes(row, table.col + c, 1, 1).formulas = [
            [value],
          ] as unknown as string[][];
        }
        session.endWrites();
        await session.sync();
        session.report.cellsWritten += cells.length;
      }),

    selectArea: (areaId: string) =>
      run(async (session) => {
        const column = session.context.workbook.tables
          .getItem(TABLE.matrix)
          .columns.getItemOrNullObject(areaId);
        column.load('name');
        const range = column.getRange();
        range.select();
        await session.sync();
        if (column.isNullObject) fail('error.unknownArea', { id: areaId });
      }),

    subscribe: async (listener: (source: ChangeSource) => void) => {
      const handlers: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
      const onChange = async (args: Excel.WorksheetChangedEventArgs) => {
        listener(args.source === 'Remote' ? 'Remote' : 'Local');
      };
      await excel.run(async (context) => {
        if (office.context.requirements.isSetSupported('ExcelApi', '1.9')) {
          handlers.push(context.workbook.worksheets.onChanged.add(onChange));
        } else {
          const sheets = context.workbook.worksheets.load('items/name');
          await context.sync();
          for (const sheet of sheets.items) handlers.push(sheet.onChanged.add(onChange));
        }
        await context.sync();
      });
      return async () => {
        await excel.run(async (context) => {
          for (const handler of handlers) {
            context.trackedObjects.add(handler as unknown as OfficeExtension.ClientObject);
            handler.remove();
          }
          await context.sync();
        });
      };
    },
  };
}
