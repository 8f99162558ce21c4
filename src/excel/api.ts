import { CodeChange, PersonChange } from '../core/personEdits';

export type { CodeChange };

export interface CodeResult {
  applied: CodeChange[];
  refused: CodeChange[];
}
import { Lang, MessageKey, MessageParams } from '../core/i18n';
import { ChecklistView, PersonView, WorkbookViewData } from '../core/view';

/**
 * What the task pane and the ribbon command may ask of the open workbook. Components never
 * call Excel: they call this, and src/excel implements it over Office.js.
 */

/** A failure or a notice in the user's language: an i18n key and its parameters. */
export interface UserMessage {
  key: MessageKey;
  params?: MessageParams;
  /** Excel's own words for a failure, in Excel's language: shown only on request. */
  detail?: string;
}

/** Optional Excel features that may be missing; their absence is reported, not fatal. */
export type Degradation = 'charts' | 'screenUpdating' | 'calculation' | 'printing' | 'outline';

export interface OperationReport {
  /** Round trips to Excel (context.sync calls) the operation took. */
  syncs: number;
  /** Cells written. */
  cellsWritten: number;
  /** Cells a co-author changed between our read and our write: their value was kept. */
  conflicts: number;
  /** Requests split because one would have exceeded Excel's 5 MB payload limit. */
  chunks: number;
  degraded: Degradation[];
}

export type Outcome<T> =
  { ok: true; value: T; report: OperationReport } | { ok: false; error: UserMessage };

/** What the pane shows of the workbook; the core derives it from the tables (core/view.ts). */
export type WorkbookView = WorkbookViewData & {
  /**
   * The name last used to tick a step of the method in this document, kept in its settings
   * (never elsewhere); absent when none is kept.
   */
  lastReporter?: string;
};
export type WorkbookParts = WorkbookViewData['parts'];
export type PersonRow = PersonView;
export type ChecklistStep = ChecklistView;

/** A person as the pane edits them. `row` null adds a new person. */
/** One person saved from the pane: see the core's PersonChange. */
export type PersonEdit = PersonChange;

export type ChangeSource = 'Local' | 'Remote';

export interface WorkbookGateway {
  /** Reads everything the pane shows, in one round trip. */
  load(): Promise<Outcome<WorkbookView>>;
  /** Creates the missing sheets and tables, or updates their structure (≤ 3 round trips). */
  createOrUpdate(lang: Lang, municipality?: string): Promise<Outcome<void>>;
  /** Rewrites findings, participants, history, chart and timestamp (≤ 2 round trips). */
  refreshStatus(now: Date): Promise<Outcome<void>>;
  /** Writes one person's row of tblMatrix; text is stored as text, never as a formula. */
  savePerson(edit: PersonEdit): Promise<Outcome<{ row: number }>>;
  /**
   * Ticks or unticks a method step, with the date and who did it. A tick's name is kept in
   * the document's settings as its last name used (WorkbookView.lastReporter).
   */
  setChecklistStep(index: number, done: boolean, by: string, now: Date): Promise<Outcome<void>>;
  /** Selects the area's column in Matrix. */
  selectArea(areaId: string): Promise<Outcome<void>>;
  /**
   * Applies suggestions of the plan to KLAR (or undoes them, reversed): each cell is written
   * only if it still holds `from`; the others are returned as refused (a co-author changed it).
   */
  applyCodes(changes: readonly CodeChange[]): Promise<Outcome<CodeResult>>;
  /**
   * Calls `listener` after any change to the workbook, the user's or a co-author's; the add-in's
   * own writes do not count. Returns a function that stops listening.
   */
  subscribe(listener: (source: ChangeSource) => void): Promise<() => Promise<void>>;
}
