import { Lang } from '../core/i18n';
import { detectLang } from '../core/model';
import { CodeChange, checklistEdits, codeEdits, personEdits } from '../core/personEdits';
import { skipKey } from './execute';
import { TABLE } from '../core/tables';
import { workbookView } from '../core/view';
import { ChangeSource, Outcome, PersonEdit, WorkbookGateway, WorkbookView } from './api';
import { ExcelHost, OfficeHost, Session, fail, runOperation } from './session';
import { TableLocations } from './readState';
import {
  DEFAULT_MAX_REQUEST_BYTES,
  apply,
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
  const known: TableLocations = new Map();
  const run = <T>(operation: (session: Session) => Promise<T>): Promise<Outcome<T>> =>
    runOperation(excel, office, operation);

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
        await apply(
          session,
          known,
          before,
          { lang, refreshAt: now(), blankRows: 20 },
          existing,
          writes,
        );
      }),

    refreshStatus: (at: Date) => run((session) => refreshStatus(session, known, at, writes)),

    savePerson: (edit: PersonEdit) =>
      run(async (session) => {
        const before = await read(session, known);
        requireSetUp(before.tables);
        const { row, edits, conflicts } = personEdits(
          before.state,
          detectLang(before.tables),
          edit,
        );
        session.report.conflicts += conflicts;
        await writeEdits(session, known, before.state, edits, true, writes);
        return { row };
      }),

    setChecklistStep: (index: number, done: boolean, by: string, at: Date) =>
      run(async (session) => {
        const before = await read(session, known);
        const edits = checklistEdits(before.state, detectLang(before.tables), index, done, by, at);
        await writeEdits(session, known, before.state, edits, true, writes);
      }),

    applyCodes: (changes: readonly CodeChange[]) =>
      run(async (session) => {
        const before = await read(session, known);
        requireSetUp(before.tables);
        const { edits, planned, refused } = codeEdits(before.state, changes);
        const { skipped } = await writeEdits(session, known, before.state, edits, true, writes);
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
      const handlers: { remove(): void; context: { sync(): Promise<unknown> } }[] = [];
      const onChange = async (args: { source: Excel.EventSource | 'Local' | 'Remote' }) => {
        listener(args.source === 'Remote' ? 'Remote' : 'Local');
      };
      await excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        // Sheets added or deleted change the parts the pane shows, as edits change coverage.
        handlers.push(sheets.onAdded.add(onChange), sheets.onDeleted.add(onChange));
        if (office.context.requirements.isSetSupported('ExcelApi', '1.9')) {
          handlers.push(sheets.onChanged.add(onChange));
        } else {
          const sheets = context.workbook.worksheets.load('items/name');
          await context.sync();
          for (const sheet of sheets.items) handlers.push(sheet.onChanged.add(onChange));
        }
        await context.sync();
      });
      // A handler is removed through the request context that added it.
      return async () => {
        for (const handler of handlers) handler.remove();
        await Promise.all(
          [...new Set(handlers.map((h) => h.context))].map((context) => context.sync()),
        );
      };
    },
  };
}
