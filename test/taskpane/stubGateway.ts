import { CellValue, displayText } from '../../src/core/cells';
import { newWorkbookPlan, planTables } from '../../src/core/engine';
import { Lang, t } from '../../src/core/i18n';
import { TableSet, detectLang, findTable } from '../../src/core/model';
import { TABLE, header } from '../../src/core/tables';
import { workbookView } from '../../src/core/view';
import {
  ChangeSource,
  CodeChange,
  CodeResult,
  OperationReport,
  Outcome,
  PersonEdit,
  UserMessage,
  WorkbookGateway,
  WorkbookView,
} from '../../src/excel/api';

type Method = Exclude<keyof WorkbookGateway, 'subscribe'>;

const REPORT: OperationReport = {
  syncs: 1,
  cellsWritten: 0,
  conflicts: 0,
  chunks: 0,
  degraded: [],
};

/**
 * An in-memory WorkbookGateway for the pane's component tests: the workbook is a TableSet
 * built by the core, so views, coverage and choices are real. Tests can make a call fail
 * (an Outcome error) or throw (an unexpected exception), and raise change events.
 */
export class StubGateway implements WorkbookGateway {
  tables: TableSet = {};
  readonly calls: { method: Method; args: unknown[] }[] = [];
  private readonly listeners = new Set<(source: ChangeSource) => void>();
  private readonly failures = new Map<Method, UserMessage>();
  private readonly throws = new Set<Method>();
  report: OperationReport = REPORT;
  /** The document's settings' last name used to tick a step, as the real gateway keeps it. */
  lastReporter: string | null = null;

  static created(lang: Lang = 'da'): StubGateway {
    const stub = new StubGateway();
    stub.tables = planTables(newWorkbookPlan(lang, [], new Date(2025, 0, 1)).plan);
    return stub;
  }

  failNext(method: Method, error: UserMessage): void {
    this.failures.set(method, error);
  }

  throwNext(method: Method): void {
    this.throws.add(method);
  }

  /** A co-author's edit, as onChanged would report it. */
  emit(source: ChangeSource = 'Remote'): void {
    this.listeners.forEach((listener) => listener(source));
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  count(method: Method): number {
    return this.calls.filter((call) => call.method === method).length;
  }

  private async call<T>(method: Method, args: unknown[], run: () => T): Promise<Outcome<T>> {
    this.calls.push({ method, args });
    await Promise.resolve();
    if (this.throws.delete(method)) throw new Error(`stub: ${method} threw`);
    const error = this.failures.get(method);
    if (error) {
      this.failures.delete(method);
      return { ok: false, error };
    }
    return { ok: true, value: run(), report: this.report };
  }

  load(): Promise<Outcome<WorkbookView>> {
    return this.call('load', [], () =>
      this.lastReporter
        ? { ...workbookView(this.tables), lastReporter: this.lastReporter }
        : workbookView(this.tables),
    );
  }

  createOrUpdate(lang: Lang): Promise<Outcome<void>> {
    return this.call('createOrUpdate', [lang], () => {
      if (Object.keys(this.tables).length === 0) {
        this.tables = planTables(newWorkbookPlan(lang, [], new Date()).plan);
      }
    });
  }

  refreshStatus(now: Date): Promise<Outcome<void>> {
    return this.call('refreshStatus', [now], () => undefined);
  }

  savePerson(edit: PersonEdit): Promise<Outcome<{ row: number }>> {
    return this.call('savePerson', [edit], () => {
      const matrix = findTable(this.tables, TABLE.matrix)!;
      const lang = detectLang(this.tables);
      const at = (name: string) => matrix.headers.indexOf(name);
      const nameCol = at(header('matrix', 'name', lang));
      let row = edit.row ?? matrix.rows.findIndex((cells) => !cells[nameCol]);
      if (row < 0) row = matrix.rows.push(matrix.headers.map(() => null)) - 1;
      const cells = matrix.rows[row];
      const put = (col: number, value: CellValue) => {
        if (col >= 0) cells[col] = value === '' ? null : value;
      };
      put(nameCol, edit.name);
      put(at(header('matrix', 'role', lang)), edit.role);
      put(at(header('matrix', 'department', lang)), edit.department);
      put(at(header('matrix', 'email', lang)), edit.email);
      put(at(header('matrix', 'fromPhase', lang)), edit.fromPhase);
      for (const [id, code] of Object.entries(edit.codes)) put(at(id), code);
      return { row };
    });
  }

  setChecklistStep(index: number, done: boolean, by: string, now: Date): Promise<Outcome<void>> {
    return this.call('setChecklistStep', [index, done, by, now], () => {
      const checklist = findTable(this.tables, TABLE.checklist)!;
      const lang = detectLang(this.tables);
      const at = (column: 'done' | 'date' | 'by') =>
        checklist.headers.indexOf(header('checklist', column, lang));
      const cells = checklist.rows[index];
      cells[at('done')] = t(lang, done ? 'yes' : 'no');
      cells[at('date')] = done ? now : null;
      cells[at('by')] = done ? by : null;
      if (done && by.trim()) this.lastReporter = by.trim();
    });
  }

  /** Applies each change whose cell still holds `from`, as the real gateway does. */
  applyCodes(changes: readonly CodeChange[]): Promise<Outcome<CodeResult>> {
    return this.call('applyCodes', [changes], () => {
      const matrix = findTable(this.tables, TABLE.matrix)!;
      const result: CodeResult = { applied: [], refused: [] };
      for (const change of changes) {
        const col = matrix.headers.indexOf(change.area);
        const cells = matrix.rows[change.row];
        if (!cells || col < 0 || displayText(cells[col] ?? null) !== change.from) {
          result.refused.push(change);
          continue;
        }
        cells[col] = change.to === '' ? null : change.to;
        result.applied.push(change);
      }
      return result;
    });
  }

  selectArea(areaId: string): Promise<Outcome<void>> {
    return this.call('selectArea', [areaId], () => undefined);
  }

  async subscribe(listener: (source: ChangeSource) => void): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }
}
