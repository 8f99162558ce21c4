import { Outcome } from './api';
import { ExcelHost, OfficeHost, runOperation } from './session';
import { DEFAULT_MAX_REQUEST_BYTES, createMemory, refreshStatus } from './workbookOps';

/**
 * The refresh alone, for the ribbon's function file: the same code path as the pane's
 * "Opdater status", without the rest of the pane's gateway.
 */
export function createStatusRefresher(excel: ExcelHost, office: OfficeHost) {
  const memory = createMemory(office);
  return (at: Date): Promise<Outcome<void>> =>
    runOperation(excel, office, (session) =>
      refreshStatus(session, memory, at, { maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES }),
    );
}
