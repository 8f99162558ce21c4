import { MessageKey } from '../../core/i18n';
import { OperationReport, Outcome, UserMessage } from '../../excel/api';

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
}

let nextId = 1;

export function paneMessage(intent: MessageIntent, lines: UserMessage[]): PaneMessage {
  nextId += 1;
  return { intent, lines, id: nextId };
}

export function errorMessage(error: UserMessage): PaneMessage {
  return paneMessage('error', [error]);
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
