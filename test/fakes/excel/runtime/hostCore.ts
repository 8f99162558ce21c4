/** What a request context needs from the host: the workbook, events, limits and counters. */
import type { EventBus } from '../events';
import type { WorkbookModel } from '../model/workbook';
import type { RequirementSets } from '../requirements';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface RequestRecord {
  /** UTF-8 bytes of the JSON request: every queued operation with its arguments. */
  bytes: number;
  /** Queued operations (property sets, method calls, loads). */
  operations: number;
  /** UTF-8 bytes of the loaded data sent back. */
  responseBytes: number;
}

export interface SyncFailure {
  code: string;
  afterOperations: number;
  message?: string;
}

export interface HostStats {
  syncCount: number;
  requests: RequestRecord[];
  rowsAddCalls: number;
  /** How many times each operation ("Range.values", "Table.resize"…) was applied. */
  callCounts: Record<string, number>;
}

export interface HostFeatures {
  charts: boolean;
  suspendScreenUpdating: boolean;
}

export interface HostCore {
  wb: WorkbookModel;
  bus: EventBus;
  reqs: RequirementSets;
  features: HostFeatures;
  stats: HostStats;
  runHooks(syncIndex: number): Promise<void>;
  takeFailure(syncIndex: number): SyncFailure | null;
}

/** The text's length in UTF-8 bytes, as TextEncoder would encode it, counted without encoding. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3; // A lone surrogate is encoded as U+FFFD, three bytes.
  }
  return bytes;
}
