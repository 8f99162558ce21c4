import { CellValue, foldCase, isBlank, numberLessThan } from './cells';
import { Model, Person } from './model';
import { DEFAULT_MIN_PEOPLE, PartyKey } from './template';

/**
 * The coverage rules. They have one definition, here; the Status sheet's formulas
 * (formulas.ts) say the same thing in Excel, and the differential test holds them equal.
 */

export type AreaStatus = 'covered' | 'fragile' | 'one_sided' | 'late' | 'no_lead' | 'not_covered';

/** The statuses in the order the rules try them: the legend lists them so. */
export const STATUS_ORDER = [
  'not_covered',
  'no_lead',
  'late',
  'one_sided',
  'fragile',
  'covered',
] as const satisfies readonly AreaStatus[];

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
export interface CodeWeight {
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

/**
 * A list looked up as MATCH(value, list, 0) does: 1-based position of the first equal item,
 * 0 when absent. Texts are folded once, so a lookup is a map access.
 */
export class MatchList {
  private readonly texts = new Map<string, number>();
  /** Raw text → position: a column holds few distinct roles or phases, and folding is slow. */
  private readonly seen = new Map<string, number>();

  constructor(private readonly items: readonly CellValue[]) {
    items.forEach((item, i) => {
      if (typeof item !== 'string') return;
      const key = foldCase(item);
      if (!this.texts.has(key)) this.texts.set(key, i + 1);
    });
  }

  position(value: CellValue | undefined): number {
    if (value === null || value === undefined || value === '') return 0;
    if (typeof value === 'string') {
      let position = this.seen.get(value);
      if (position === undefined) {
        position = this.texts.get(foldCase(value)) ?? 0;
        this.seen.set(value, position);
      }
      return position;
    }
    return this.items.findIndex((item) => excelEquals(value, item)) + 1;
  }
}

const listCache = new WeakMap<Model, { phases: MatchList; roles: MatchList }>();

/** The model's phase and role lists, ready for MATCH-style lookups. */
export function lists(model: Model): { phases: MatchList; roles: MatchList } {
  let cached = listCache.get(model);
  if (!cached) {
    cached = {
      phases: new MatchList(model.phases),
      roles: new MatchList(model.roles.map((r) => r.name)),
    };
    listCache.set(model, cached);
  }
  return cached;
}

function excelEquals(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return foldCase(a) === foldCase(b);
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b;
  return false;
}

/** The party of a person: the Part of the first role in tblRoles that matches theirs. */
export function personParty(model: Model, person: Person): PartyKey | null {
  const position = lists(model).roles.position(person.role);
  return position === 0 ? null : model.roles[position - 1].party;
}

/** The 1-based position of the person's phase in tblPhases; 0 for blank or unknown. */
export function personPhaseNo(model: Model, person: Person): number {
  return lists(model).phases.position(person.fromPhase);
}

/** The phase position an area is needed from; Infinity when blank or unknown (no deadline). */
export function neededPhaseNo(model: Model, neededFrom: CellValue): number {
  const position = lists(model).phases.position(neededFrom);
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

/**
 * Classifies cell values as codes. A matrix holds few distinct values, so each raw text is
 * folded and looked up once.
 */
export function codeClassifier(
  model: Model,
): (value: CellValue | undefined) => CodeWeight | undefined {
  const weights = codeWeights(model);
  const seen = new Map<string, CodeWeight | null>();
  return (value) => {
    if (typeof value !== 'string') return undefined;
    let weight = seen.get(value);
    if (weight === undefined) {
      weight = weights.get(foldCase(value)) ?? null;
      seen.set(value, weight);
    }
    return weight ?? undefined;
  };
}

/** What one pass over the matrix's area cells finds. Counts are over named rows only. */
export interface MatrixScan {
  leads: Float64Array;
  covers: Float64Array;
  gatherers: Float64Array;
  invalid: Float64Array;
  onTime: Float64Array;
  library: Float64Array;
  finance: Float64Array;
  /** Named rows' invalid cells, as [matrix row, area index] pairs. */
  invalidCells: [number, number][];
  /** Rows with codes (or anything) in area cells but no name. */
  unnamedWithCells: number[];
  /** Named rows with no valid code in any area. */
  withoutArea: number[];
  /** Per area, the named rows holding a lead code. */
  leadRows: number[][];
  /** Matrix row index → position of its role in tblRoles (0 when unknown). */
  rolePositions: Int32Array;
}

const scanCache = new WeakMap<Model, MatrixScan>();

/**
 * One pass over every area cell, person by person, in the order the cells are stored. The
 * coverage counts and the findings both come from it. A matrix holds few distinct texts,
 * so each is folded and looked up once.
 */
export function scanMatrix(model: Model): MatrixScan {
  const cached = scanCache.get(model);
  if (cached) return cached;
  const weights = [...codeWeights(model).entries()];
  const classOfCode = new Map(weights.map(([code], i) => [code, i]));
  const weight = weights.map(([, w]) => w);
  const INVALID = -1;
  const UNSEEN = -2;
  const classOfText = new Map<string, number>();
  const classOfChar = new Int32Array(256).fill(UNSEEN);
  const classifyText = (value: string): number => {
    let cls = classOfText.get(value);
    if (cls === undefined) {
      cls = classOfCode.get(foldCase(value)) ?? INVALID;
      classOfText.set(value, cls);
    }
    return cls;
  };

  const n = model.areas.length;
  const people = model.matrix.people;
  const columns = model.areas.map((area) => model.matrix.areaColumns.get(area.id) ?? -1);
  const needNos = model.areas.map((area) => neededPhaseNo(model, area.neededFrom));
  const { roles: roleList, phases: phaseList } = lists(model);
  const scan: MatrixScan = {
    leads: new Float64Array(n),
    covers: new Float64Array(n),
    gatherers: new Float64Array(n),
    invalid: new Float64Array(n),
    onTime: new Float64Array(n),
    library: new Float64Array(n),
    finance: new Float64Array(n),
    invalidCells: [],
    unnamedWithCells: [],
    withoutArea: [],
    leadRows: model.areas.map(() => []),
    rolePositions: new Int32Array(people.length),
  };
  // Per area and code: how many named people hold it, and how many of them are on time or
  // of each party. The weights turn these into the counts afterwards.
  const K = Math.max(weight.length, 1);
  const held = new Int32Array(n * K);
  const heldOnTime = new Int32Array(n * K);
  const heldLibrary = new Int32Array(n * K);
  const heldFinance = new Int32Array(n * K);
  for (let p = 0; p < people.length; p += 1) {
    const person = people[p];
    const row = person.cells;
    const named = !isBlank(person.name);
    const rolePosition = roleList.position(person.role);
    scan.rolePositions[p] = rolePosition;
    const party = rolePosition === 0 ? null : model.roles[rolePosition - 1].party;
    const phaseNo = phaseList.position(person.fromPhase);
    let anyCell = false;
    let anyCode = false;
    for (let a = 0; a < n; a += 1) {
      const column = columns[a];
      if (column < 0) continue;
      const value = row[column];
      if (value === null || value === undefined || value === '') continue;
      anyCell = true;
      let cls = INVALID;
      if (typeof value === 'string') {
        const code = value.length === 1 ? value.charCodeAt(0) : 256;
        if (code < 256) {
          cls = classOfChar[code];
          if (cls === UNSEEN) cls = classOfChar[code] = classifyText(value);
        } else cls = classifyText(value);
      }
      if (!named) continue;
      if (cls === INVALID) {
        scan.invalid[a] += 1;
        scan.invalidCells.push([p, a]);
        continue;
      }
      anyCode = true;
      const at = a * K + cls;
      held[at] += 1;
      if (phaseNo <= needNos[a]) heldOnTime[at] += 1;
      if (party === 'library') heldLibrary[at] += 1;
      else if (party === 'finance') heldFinance[at] += 1;
      if (weight[cls].leads > 0) scan.leadRows[a].push(p);
    }
    if (!named && anyCell) scan.unnamedWithCells.push(p);
    if (named && !anyCode) scan.withoutArea.push(p);
  }
  for (let a = 0; a < n; a += 1) {
    for (let cls = 0; cls < weight.length; cls += 1) {
      const w = weight[cls];
      const at = a * K + cls;
      scan.leads[a] += held[at] * w.leads;
      scan.covers[a] += held[at] * w.covers;
      scan.gatherers[a] += held[at] * w.gatherers;
      scan.onTime[a] += heldOnTime[at] * w.covers;
      scan.library[a] += heldLibrary[at] * w.any;
      scan.finance[a] += heldFinance[at] * w.any;
    }
  }
  scanCache.set(model, scan);
  return scan;
}

export function analyse(model: Model): Coverage {
  const scan = scanMatrix(model);
  const { leads, covers, gatherers, invalid, onTime, library, finance } = scan;

  const areas = model.areas.map((area, a): AreaCoverage => {
    const counts = {
      leads: leads[a],
      covers: covers[a],
      gatherers: gatherers[a],
      invalid: invalid[a],
      onTime: onTime[a],
      library: library[a],
      finance: finance[a],
    };
    const status = decideStatus({
      ...counts,
      needsLead: area.needsLead,
      bothParties: area.bothParties,
      minPeople: area.minPeople,
    });
    return { id: area.id, name: area.name, status, ...counts };
  });

  // COUNTIFS counts every matching row, so each role row counts all its holders.
  const holders = new Map<number, number>();
  model.matrix.people.forEach((person, p) => {
    const position = scan.rolePositions[p];
    if (position > 0 && !isBlank(person.name))
      holders.set(position, (holders.get(position) ?? 0) + 1);
  });
  const roles = model.roles.map((role): RoleCoverage => ({
    role: String(role.name),
    required: role.required,
    count: holders.get(lists(model).roles.position(role.name)) ?? 0,
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
