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
  /** When set, every operation on the document settings fails at sync with this code. */
  settingsFailure: string | null;
  stats: HostStats;
  runHooks(syncIndex: number): Promise<void>;
  takeFailure(syncIndex: number): SyncFailure | null;
}

const encoder = new TextEncoder();
/** Reused for every count up to this size; a larger text is encoded on its own. */
const REUSED_BYTES = 3 << 20;
let reused = new Uint8Array(1 << 16);

/** The text's length in UTF-8 bytes, as TextEncoder encodes it. */
export function utf8Length(text: string): number {
  // At most three bytes per UTF-16 unit (a surrogate pair's four bytes are two units).
  const need = text.length * 3;
  if (need > REUSED_BYTES) return encoder.encode(text).length;
  if (reused.length < need) reused = new Uint8Array(Math.max(need, reused.length * 2));
  return encoder.encodeInto(text, reused).written;
}
