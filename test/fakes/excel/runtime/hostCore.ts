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

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
