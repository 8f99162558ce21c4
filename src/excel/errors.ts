import { UserError } from '../core/errors';
import { UserMessage } from './api';

/** Turns whatever Excel threw into a message the pane can show in the user's language. */
export function messageFor(error: unknown): UserMessage {
  if (error instanceof UserError) return { key: error.key, params: error.params };
  const code = (error as { code?: string } | null)?.code;
  const reason = error instanceof Error ? error.message : String(error);
  switch (code) {
    // Microsoft's pages name both codes for a call made while someone edits a cell.
    case 'InvalidOperationInCellEditMode':
    case 'InvalidOperation':
      return { key: 'error.excelBusy' };
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return { key: 'error.payloadTooLarge' };
    default:
      return { key: 'error.excelFailed', params: { reason } };
  }
}
