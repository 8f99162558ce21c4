import { foldCase } from '../../core/cells';
import { AreaCoverage, RoleCoverage, gapsFirst } from '../../core/coverage';
import { t } from '../../core/i18n';
import { ChecklistStep, WorkbookView } from '../../excel/api';

/** What stands between the task and "KLAR": the confirmation dialog lists these. */
export interface OpenGaps {
  areas: AreaCoverage[];
  roles: RoleCoverage[];
}

export function openGaps(view: WorkbookView | null): OpenGaps {
  const coverage = view?.analysis?.coverage;
  if (!coverage) return { areas: [], roles: [] };
  return {
    areas: gapsFirst(coverage.areas).filter((area) => area.status !== 'covered'),
    roles: coverage.roles.filter((role) => role.required && role.count === 0),
  };
}

export function isReady(view: WorkbookView | null): boolean {
  return view?.analysis?.coverage.ready === true;
}

/**
 * The method's last step, "Markér opgaven som fuldført": ticking it is what marks the task
 * complete (WorkbookView.completed reads the same step). Found by position, since its text
 * is in the workbook's language.
 */
export function completionStep(view: WorkbookView | null): ChecklistStep | null {
  const steps = view?.checklist ?? [];
  return steps.length > 0 ? steps[steps.length - 1] : null;
}

export function isCompletionStep(view: WorkbookView | null, step: ChecklistStep): boolean {
  return completionStep(view)?.index === step.index;
}

/**
 * Who is likely ticking the steps: the first named Projektleder in the matrix, in either
 * language (a Danish pane may work on an English workbook).
 */
export function leaderName(view: WorkbookView | null): string {
  if (!view) return '';
  const leaderRoles = new Set([foldCase(t('da', 'role.leader')), foldCase(t('en', 'role.leader'))]);
  const leader = view.people.find(
    (person) => person.name.trim() !== '' && leaderRoles.has(foldCase(person.role.trim())),
  );
  return leader ? leader.name.trim() : '';
}
