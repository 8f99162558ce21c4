import { WorkbookGateway } from '../../excel/api';
import { ReporterName } from '../hooks/useReporterName';
import { WorkbookActions, WorkbookState } from '../hooks/useWorkbook';

/** The four parts of the pane, in tab order. */
export type PartId = 'start' | 'people' | 'coverage' | 'status';

export const PART_ORDER: readonly PartId[] = ['start', 'people', 'coverage', 'status'];

/** What every part receives: the gateway for its actions, the shared state, and navigation. */
export interface PartProps {
  gateway: WorkbookGateway;
  state: WorkbookState;
  actions: WorkbookActions;
  reporter: ReporterName;
  goTo(part: PartId): void;
}
