import { Catalogue, templateCatalogue } from '../../src/core/catalogue';
import { CellValue } from '../../src/core/cells';
import { analyse, AreaCoverage } from '../../src/core/coverage';
import { planTables } from '../../src/core/engine';
import { collectFindings } from '../../src/core/findings';
import { Lang } from '../../src/core/i18n';
import { readModel, TableSet } from '../../src/core/model';
import { buildPlan } from '../../src/core/plan';
import { PersonInput } from '../../src/core/planMatrix';

/** Small named builders for the core's tests: a catalogue of chosen areas, and people. */

export const LIBRARY = 'Biblioteksmedarbejder';
export const FINANCE = 'Økonomi-/debitormedarbejder';
export const NO_PARTY = 'Projektleder';
export const PHASE_1 = 'Fase 1: Afklaring';
export const PHASE_2 = 'Fase 2: Forberedelse';
export const PHASE_3 = 'Fase 3: Test';

export interface AreaRule {
  id: string;
  neededFrom?: CellValue;
  min?: CellValue;
  needsLead?: boolean;
  bothParties?: boolean;
}

/** The template catalogue cut down to the given areas, with their rules. */
export function catalogueWith(areas: AreaRule[], lang: Lang = 'da'): Catalogue {
  const template = templateCatalogue(lang);
  const yes = lang === 'da' ? 'Ja' : 'Yes';
  const no = lang === 'da' ? 'Nej' : 'No';
  return {
    ...template,
    areas: areas.map((rule) => [
      rule.id,
      `Område ${rule.id}`,
      null,
      rule.neededFrom === undefined ? PHASE_2 : rule.neededFrom,
      rule.min === undefined ? 2 : rule.min,
      rule.needsLead === false ? no : yes,
      rule.bothParties === false ? no : yes,
      null,
    ]),
  };
}

export function person(
  name: CellValue,
  role: CellValue,
  codes: Record<string, CellValue>,
  fromPhase: CellValue = null,
): PersonInput {
  return { name, role, fromPhase, codes };
}

export function tablesFor(
  catalogue: Catalogue,
  people: PersonInput[],
  lang: Lang = 'da',
): TableSet {
  return planTables(
    buildPlan({ lang, catalogue, people, blankRows: 0, matrixHeaders: [], refresh: null }),
  );
}

export function coverageOf(catalogue: Catalogue, people: PersonInput[], lang: Lang = 'da') {
  return analyse(readModel(tablesFor(catalogue, people, lang)));
}

export function findingsOf(catalogue: Catalogue, people: PersonInput[], lang: Lang = 'da') {
  return collectFindings(readModel(tablesFor(catalogue, people, lang)));
}

/** The coverage of the single area in a one-area catalogue. */
export function areaOf(rule: AreaRule, people: PersonInput[]): AreaCoverage {
  return coverageOf(catalogueWith([rule]), people).areas[0];
}

/** A library lead and a finance coverer: covered under the default rules. */
export function coveredPair(id: string): PersonInput[] {
  return [person('Lea Bib', LIBRARY, { [id]: 'A' }), person('Otto Øko', FINANCE, { [id]: 'D' })];
}
