import { displayText } from '../../core/cells';
import { AreaCoverage, gapsFirst } from '../../core/coverage';
import { Analysis } from '../../core/engine';
import { Lang } from '../../core/i18n';
import { Missing, missingText, whoLeadsText } from '../../core/missing';
import { CodeSuggestion, RecruitSuggestion } from '../../core/suggestions';

/** One area as Dækning shows it: its status, what is missing, and what would close it. */
export interface CoverageCard {
  area: AreaCoverage;
  missing: Missing;
  /** "Hvad mangler" in the pane's language; '' when nothing is. */
  missingText: string;
  /** "Hvem er ansvarlig": a name, "2 ansvarlige", or ''. */
  whoLeads: string;
  codes: CodeSuggestion[];
  recruits: RecruitSuggestion[];
}

/** The cards, gaps first, each with its own part of the plan to KLAR. */
export function coverageCards(analysis: Analysis, lang: Lang): CoverageCard[] {
  const index = new Map(analysis.coverage.areas.map((area, i) => [area.id, i]));
  return gapsFirst(analysis.coverage.areas).map((area) => {
    const i = index.get(area.id)!;
    const missing = analysis.missing[i];
    const neededFrom = analysis.model.areas[i]?.neededFrom ?? null;
    return {
      area,
      missing,
      missingText: missingText(lang, missing, displayText(neededFrom)),
      whoLeads: whoLeadsText(lang, area.leads, analysis.lead[i]),
      codes: analysis.suggestions.filter(
        (s): s is CodeSuggestion => s.kind === 'code' && s.area === area.id,
      ),
      recruits: analysis.suggestions.filter(
        (s): s is RecruitSuggestion => s.kind === 'recruit' && s.area === area.id,
      ),
    };
  });
}

/** The change a code suggestion asks the gateway for. */
export function changeOf(suggestion: CodeSuggestion) {
  return { area: suggestion.area, row: suggestion.row, from: suggestion.from, to: suggestion.to };
}
