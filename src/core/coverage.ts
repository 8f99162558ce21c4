import { CellValue, foldCase, isBlank, numberLessThan } from './cells';
import { Model, Person } from './model';
import { DEFAULT_MIN_PEOPLE, PartyKey } from './template';

/**
 * The coverage rules. They have one definition, here; the Status sheet's formulas
 * (formulas.ts) say the same thing in Excel, and the differential test holds them equal.
 */

export type AreaStatus = 'covered' | 'fragile' | 'one_sided' | 'late' | 'no_lead' | 'not_covered';

/** Gaps first: the order the pane and the CLI list areas in. */
export const STATUS_SEVERITY: Record<AreaStatus, number> = {
  not_covered: 0,
  no_lead: 1,
  late: 2,
  one_sided: 3,
  fragile: 4,
  covered: 5,
};

export interface AreaCoverage {
  id: string;
  name: string;
  status: AreaStatus;
  leads: number;
  covers: number;
  gatherers: number;
  invalid: number;
  /** Covering people who are involved no later than the area needs them. */
  onTime: number;
  /** People of each party holding any valid code in the area. */
  library: number;
  finance: number;
}

export interface RoleCoverage {
  role: string;
  required: boolean;
  count: number;
}

export interface Coverage {
  areas: AreaCoverage[];
  roles: RoleCoverage[];
  ready: boolean;
  coveredCount: number;
}

/** Per-code weights, summed over tblLevels rows as SUMPRODUCT over the Kode column does. */
interface CodeWeight {
  any: number;
  leads: number;
  covers: number;
  gatherers: number;
}

export function codeWeights(model: Model): Map<string, CodeWeight> {
  const weights = new Map<string, CodeWeight>();
  for (const level of model.levels) {
    const key = foldCase(level.code);
    const weight = weights.get(key) ?? { any: 0, leads: 0, covers: 0, gatherers: 0 };
    weight.any += 1;
    if (level.lead) weight.leads += 1;
    if (level.covers) weight.covers += 1;
    else weight.gatherers += 1;
    weights.set(key, weight);
  }
  return weights;
}

/** Position of a value in a list as MATCH(value, list, 0) finds it, 1-based; 0 when absent. */
export function matchPosition(value: CellValue, list: readonly CellValue[]): number {
  if (isBlank(value)) return 0;
  const index = list.findIndex((item) => excelEquals(value, item));
  return index + 1;
}

function excelEquals(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return foldCase(a) === foldCase(b);
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b;
  return false;
}

/** The party of a person: the Part of the first role in tblRoles that matches theirs. */
export function personParty(model: Model, person: Person): PartyKey | null {
  if (isBlank(person.role)) return null;
  const role = model.roles.find((r) => excelEquals(person.role, r.name));
  return role ? role.party : null;
}

/** The 1-based position of the person's phase in tblPhases; 0 for blank or unknown. */
export function personPhaseNo(model: Model, person: Person): number {
  return matchPosition(person.fromPhase, model.phases);
}

/** The phase position an area is needed from; Infinity when blank or unknown (no deadline). */
export function neededPhaseNo(model: Model, neededFrom: CellValue): number {
  const position = matchPosition(neededFrom, model.phases);
  return position === 0 ? Number.POSITIVE_INFINITY : position;
}

export function namedPeople(model: Model): Person[] {
  return model.matrix.people.filter((person) => !isBlank(person.name));
}

/** The first status that applies wins, in the order PRODUCT.md gives. */
export function decideStatus(input: {
  covers: number;
  leads: number;
  onTime: number;
  library: number;
  finance: number;
  needsLead: boolean;
  bothParties: boolean;
  minPeople: CellValue;
}): AreaStatus {
  if (input.covers === 0) return 'not_covered';
  if (input.needsLead && input.leads === 0) return 'no_lead';
  if (input.onTime === 0) return 'late';
  if (input.bothParties && (input.library === 0 || input.finance === 0)) return 'one_sided';
  const min = isBlank(input.minPeople) ? DEFAULT_MIN_PEOPLE : input.minPeople;
  if (numberLessThan(input.covers, min)) return 'fragile';
  return 'covered';
}

export function analyse(model: Model): Coverage {
  const weights = codeWeights(model);
  const people = namedPeople(model).map((person) => ({
    person,
    party: personParty(model, person),
    phaseNo: personPhaseNo(model, person),
  }));
  const folded = new Map<string, string>();
  const weightOf = (value: CellValue): CodeWeight | undefined => {
    if (typeof value !== 'string') return undefined;
    let key = folded.get(value);
    if (key === undefined) {
      key = foldCase(value);
      folded.set(value, key);
    }
    return weights.get(key);
  };

  const areas = model.areas.map((area): AreaCoverage => {
    const column = model.matrix.areaColumns.get(area.id);
    const needNo = neededPhaseNo(model, area.neededFrom);
    const counts = {
      leads: 0,
      covers: 0,
      gatherers: 0,
      invalid: 0,
      onTime: 0,
      library: 0,
      finance: 0,
    };
    if (column !== undefined) {
      for (const { person, party, phaseNo } of people) {
        const value = person.cells[column] ?? null;
        if (isBlank(value)) continue;
        const weight = weightOf(value);
        if (!weight) {
          counts.invalid += 1;
          continue;
        }
        counts.leads += weight.leads;
        counts.covers += weight.covers;
        counts.gatherers += weight.gatherers;
        if (phaseNo <= needNo) counts.onTime += weight.covers;
        if (party === 'library') counts.library += weight.any;
        if (party === 'finance') counts.finance += weight.any;
      }
    }
    const status = decideStatus({
      ...counts,
      needsLead: area.needsLead,
      bothParties: area.bothParties,
      minPeople: area.minPeople,
    });
    return { id: area.id, name: area.name, status, ...counts };
  });

  const roles = model.roles.map((role): RoleCoverage => ({
    role: String(role.name),
    required: role.required,
    count: people.filter(({ person }) => excelEquals(person.role, role.name)).length,
  }));

  const coveredCount = areas.filter((a) => a.status === 'covered').length;
  const ready =
    areas.length > 0 &&
    coveredCount === areas.length &&
    roles.every((role) => !role.required || role.count > 0);
  return { areas, roles, ready, coveredCount };
}

/** Areas with the gaps first, then by template order. */
export function gapsFirst(areas: readonly AreaCoverage[]): AreaCoverage[] {
  return areas
    .map((area, index) => ({ area, index }))
    .sort(
      (a, b) =>
        STATUS_SEVERITY[a.area.status] - STATUS_SEVERITY[b.area.status] || a.index - b.index,
    )
    .map(({ area }) => area);
}
