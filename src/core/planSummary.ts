/**
 * The plan to KLAR in one line: how many changes and new people it takes. Apart from
 * suggestions.ts, which finds them, so that the pane's first screen can say it without
 * loading the planner.
 */
import { Lang, t } from './i18n';
import type { Suggestion } from './suggestions';

/** For the pane's headline: how many cells to change, and how many people to add. */
export interface PlanSummary {
  changes: number;
  recruits: number;
}

export function planSummary(suggestions: readonly Suggestion[]): PlanSummary {
  let changes = 0;
  let recruits = 0;
  for (const s of suggestions) {
    if (s.kind === 'code') changes += 1;
    else recruits += s.count;
  }
  return { changes, recruits };
}

/** The headline, e.g. "3 changes and 1 new person make you READY", with singular forms. */
export function planSummaryText(lang: Lang, summary: PlanSummary): string {
  const parts: string[] = [];
  if (summary.changes > 0)
    parts.push(
      summary.changes === 1
        ? t(lang, 'plan.changes.one')
        : t(lang, 'plan.changes.other', { n: summary.changes }),
    );
  if (summary.recruits > 0)
    parts.push(
      summary.recruits === 1
        ? t(lang, 'plan.recruits.one')
        : t(lang, 'plan.recruits.other', { n: summary.recruits }),
    );
  if (parts.length === 0) return t(lang, 'plan.summary.none');
  if (parts.length === 2)
    return t(lang, 'plan.summary.plural', {
      what: t(lang, 'plan.summary.and', { changes: parts[0], recruits: parts[1] }),
    });
  const one = summary.changes + summary.recruits === 1;
  return t(lang, one ? 'plan.summary.single' : 'plan.summary.plural', { what: parts[0] });
}
