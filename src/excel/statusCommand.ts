import { Outcome } from './api';
import { TableLocations } from './readState';
import { ExcelHost, OfficeHost, runOperation } from './session';
import { DEFAULT_MAX_REQUEST_BYTES, refreshStatus } from './workbookOps';

/**
 * The refresh alone, for the ribbon's function file: the same code path as the pane's
 * "Opdater status", without the rest of the pane's gateway.
 */
export function createStatusRefresher(excel: ExcelHost, office: OfficeHost) {
  const known: TableLocations = new Map();
  return (at: Date): Promise<Outcome<void>> =>
    runOperation(excel, office, (session) =>
      refreshStatus(session, known, at, { maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES }),
    );
}
