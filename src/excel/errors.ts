import { UserError } from '../core/errors';
import { UserMessage } from './api';

/**
 * Turns whatever Excel threw into a message the pane can show in the user's language. Excel's
 * own text is in Excel's language (often English whatever the pane speaks), so it never goes
 * into the sentence: it travels as the message's detail, which the pane shows on request.
 */
export function messageFor(error: unknown): UserMessage {
  if (error instanceof UserError) return { key: error.key, params: error.params };
  const code = (error as { code?: string } | null)?.code;
  const reason = (error instanceof Error ? error.message : String(error)).trim();
  const detail = code && !reason.includes(code) ? `${reason} (${code})`.trim() : reason;
  const withDetail = (key: UserMessage['key']): UserMessage => (detail ? { key, detail } : { key });
  switch (code) {
    // Microsoft's pages name both codes for a call made while someone edits a cell.
    case 'InvalidOperationInCellEditMode':
    case 'InvalidOperation':
      return withDetail('error.excelBusy');
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return withDetail('error.payloadTooLarge');
    default:
      return withDetail('error.excelFailed');
  }
}
