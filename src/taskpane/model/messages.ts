import { MessageKey } from '../../core/i18n';
import { CodeChange, CodeResult, OperationReport, Outcome, UserMessage } from '../../excel/api';

/**
 * What the pane tells the user after an action or a failure: one message bar with one or
 * more lines, each an i18n key. Pure, so the rules are tested without a browser.
 */
export type MessageIntent = 'success' | 'info' | 'warning' | 'error';

export interface PaneMessage {
  intent: MessageIntent;
  lines: UserMessage[];
  /** Changes with every new message, so the same text is announced again. */
  id: number;
  /** One follow-up the user may take from the message, e.g. undo. */
  action?: { label: MessageKey; run(): void };
}

let nextId = 1;

export function paneMessage(
  intent: MessageIntent,
  lines: UserMessage[],
  action?: PaneMessage['action'],
): PaneMessage {
  nextId += 1;
  return { intent, lines, id: nextId, ...(action ? { action } : {}) };
}

/** The same change, the other way: what undoes it while the cell still holds `to`. */
export function reverseChanges(changes: readonly CodeChange[]): CodeChange[] {
  return changes.map((change) => ({ ...change, from: change.to, to: change.from }));
}

/**
 * The message after suggestions were applied: how many were written, and how many a
 * co-author got to first (then a warning). Written changes can be undone from it.
 */
export function codeResultMessage(
  result: CodeResult,
  undoing: boolean,
  undo: (changes: CodeChange[]) => void,
): PaneMessage {
  const lines: UserMessage[] = [];
  const applied = result.applied.length;
  if (applied > 0)
    lines.push(
      undoing
        ? { key: 'pane.plan.undone' }
        : applied === 1
          ? { key: 'pane.plan.applied.one' }
          : { key: 'pane.plan.applied.other', params: { count: applied } },
    );
  const refused = result.refused.length;
  if (refused > 0)
    lines.push(
      refused === 1
        ? { key: 'pane.plan.refused.one' }
        : { key: 'pane.plan.refused.other', params: { count: refused } },
    );
  const action =
    applied > 0 && !undoing
      ? { label: 'pane.plan.undo' as const, run: () => undo(reverseChanges(result.applied)) }
      : undefined;
  return paneMessage(refused > 0 ? 'warning' : 'success', lines, action);
}

export function errorMessage(error: UserMessage): PaneMessage {
  return paneMessage('error', [error]);
}

/**
 * Failures that pass by themselves: Excel busy with a cell being edited, or a round trip that
 * failed (the server, the network). A read that fails so is worth trying again unasked; any
 * other failure (an Excel too old, the pane's code not loaded) stays until the user acts.
 */
export function isTransient(error: UserMessage): boolean {
  return error.key === 'error.excelBusy' || error.key === 'error.excelFailed';
}

/**
 * Who asked for a read: the pane opening, a change in the workbook (live update), or the user
 * (a reload, a retry, or the read that follows their action).
 */
export type ReadTrigger = 'open' | 'background' | 'user';

/**
 * Whether a failed read puts up a message. Only what the user asked for answers them: a live
 * update that fails while they type in a cell stays quiet and is tried again, and so does a
 * busy Excel at open, which the part itself says. A failure that will not pass by itself
 * (an Excel too old) is said at once.
 */
export function failedReadSpeaks(trigger: ReadTrigger, error: UserMessage): boolean {
  return trigger === 'user' || (trigger === 'open' && !isTransient(error));
}

/** An exception nobody turned into an Outcome: plain words, never a stack trace. */
export const UNEXPECTED: UserMessage = { key: 'pane.error.unexpected' };

/** The notices a successful operation's report carries: co-author conflicts, degraded features. */
export function reportNotices(report: OperationReport): UserMessage[] {
  const notices: UserMessage[] = [];
  if (report.conflicts > 0) {
    notices.push({ key: 'notice.conflicts', params: { count: report.conflicts } });
  }
  for (const feature of report.degraded) {
    notices.push({ key: `notice.degraded.${feature}` satisfies MessageKey });
  }
  return notices;
}

/**
 * The message for a finished action: the error, or the success line followed by the report's
 * notices. Conflicts or degraded features turn success into a warning, since the user should
 * look again.
 */
export function outcomeMessage<T>(
  outcome: Outcome<T>,
  success: (value: T, report: OperationReport) => UserMessage | null,
): PaneMessage | null {
  if (!outcome.ok) return errorMessage(outcome.error);
  const notices = reportNotices(outcome.report);
  const first = success(outcome.value, outcome.report);
  const lines = first ? [first, ...notices] : notices;
  if (lines.length === 0) return null;
  return paneMessage(notices.length > 0 ? 'warning' : 'success', lines);
}
