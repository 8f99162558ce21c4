import { CellValue, displayText, foldCase, isBlank } from './cells';
import {
  CodeWeight,
  Coverage,
  analyse,
  codeClassifier,
  codeWeights,
  lists,
  neededPhaseNo,
  scanMatrix,
} from './coverage';
import { CellTarget, cellAddress, matrixCellTarget } from './findings';
import { Lang, t } from './i18n';
import { Area, Model } from './model';
import {
  MISSING_SEPARATOR,
  Missing,
  PARTIES,
  Requirement,
  coversMissing,
  minimumCovers,
  missingFor,
  nothingMissing,
} from './missing';
import { PartyKey, partyWord } from './template';

/**
 * The plan to KLAR: the fewest upgrades of cells of people already in the matrix that close
 * what is missing, and, where nobody in the matrix can, what kind of person to add. It is a
 * proposal; the pane applies it cell by cell, through the co-author-checked write.
 */

/** One upgrade of one cell of a named person. */
export interface CodeSuggestion {
  kind: 'code';
  /** Area ID. */
  area: string;
  /** The person's name as the matrix shows it. */
  person: string;
  /** Index into the model's people (the zero-based data row of tblMatrix). */
  row: number;
  /** The cell on its sheet, zero-based. */
  target: CellTarget;
  /** The same cell as an address, e.g. `Matrix!P7`. */
  cell: string;
  /** What the cell holds now: '' for blank, else the code as typed. Write only if it still does. */
  from: string;
  /** The workbook's code to write. */
  to: string;
  /** The requirements it closes, in the order of Requirement. */
  fixes: Requirement[];
  /** Why this person, in the workbook's language. */
  reason: string;
}

/** A kind of person to add: for an area no one in the matrix can close, or for an empty role. */
export interface RecruitSuggestion {
  kind: 'recruit';
  area: string | null;
  role: string | null;
  party: PartyKey | null;
  /** The phase they must be involved from, as the area's Behov fra fase gives it. */
  fromPhase: string | null;
  count: number;
  /** The area's requirements the new people close; empty for a role. */
  fixes: Requirement[];
  reason: string;
}

export type Suggestion = CodeSuggestion | RecruitSuggestion;

const REQUIREMENTS: readonly Requirement[] = ['lead', 'covers', 'onTime', 'library', 'finance'];

/**
 * The codes the plan writes: the first code with Ansvar = Ja for a lead, and the first with
 * Dækker = Ja and Ansvar = Nej for coverage. Codes are judged by their summed weights, as
 * the rules count them. A lead code that also covers is preferred, so that giving a coverer
 * the lead never takes their coverage away; without any coverage-only code, coverage is
 * given with the lead code.
 */
export interface PlanCodes {
  lead: string | null;
  covers: string | null;
}

export function planCodes(model: Model): PlanCodes {
  const weights = codeWeights(model);
  const weightOf = (code: string) => weights.get(foldCase(code))!;
  const leads = model.levels.filter((level) => weightOf(level.code).leads > 0);
  const lead =
    leads.find((level) => weightOf(level.code).covers > 0)?.code ?? leads[0]?.code ?? null;
  const coverOnly = model.levels.find((level) => {
    const w = weightOf(level.code);
    return w.covers > 0 && w.leads === 0;
  })?.code;
  const covers = coverOnly ?? (lead !== null && weightOf(lead).covers > 0 ? lead : null);
  return { lead, covers };
}

/** Blank < gathers < covers < leads; -1 for a value that is not a code. */
type Rank = -1 | 0 | 1 | 2 | 3;

function rankOf(weight: CodeWeight | null | undefined): Rank {
  if (weight === undefined) return 0;
  if (weight === null) return -1;
  if (weight.leads > 0) return 3;
  if (weight.covers > 0) return 2;
  return 1;
}

interface Counts {
  leads: number;
  covers: number;
  onTime: number;
  library: number;
  finance: number;
}

const NO_WEIGHT: CodeWeight = { any: 0, leads: 0, covers: 0, gatherers: 0 };

type Step = 'lead' | 'party' | 'onTime' | 'covers';

/**
 * The plan to KLAR for the model, deterministic: areas in tblAreas order, and in each area
 * the lead first, then each missing party, then someone on time, then the remaining
 * coverage; recruits only for what nobody in the matrix can close. Each pick takes the best
 * candidate by, in order: already in the area (for a lead D before I before blank;
 * otherwise I before blank), of a missing party, on time for the area, fewest areas already
 * led or covered (the plan's own picks included), matrix order. Required roles with nobody
 * come last.
 */
export function planSuggestions(model: Model, coverage: Coverage = analyse(model)): Suggestion[] {
  const { lang } = model;
  const scan = scanMatrix(model);
  const weights = codeWeights(model);
  const codeOf = codeClassifier(model);
  /** A cell's code weight: undefined for blank, null for a value that is not a code. */
  const classify = (value: CellValue | undefined) =>
    isBlank(value) ? undefined : (codeOf(value) ?? null);
  const codes = planCodes(model);
  const leadWeight = codes.lead === null ? null : weights.get(foldCase(codes.lead))!;
  const coverWeight = codes.covers === null ? null : weights.get(foldCase(codes.covers))!;
  const people = model.matrix.people;
  const phaseList = lists(model).phases;
  const named: number[] = [];
  const partyOf: (PartyKey | null)[] = new Array(people.length).fill(null);
  const phaseNoOf = new Int32Array(people.length);
  people.forEach((person, p) => {
    if (isBlank(person.name)) return;
    named.push(p);
    const position = scan.rolePositions[p];
    partyOf[p] = position === 0 ? null : model.roles[position - 1].party;
    phaseNoOf[p] = phaseList.position(person.fromPhase);
  });

  // Areas each person leads or covers, counted only once a gap asks for it.
  let load: Int32Array | null = null;
  const loadOf = (): Int32Array => {
    if (load) return load;
    const counted = new Int32Array(people.length);
    for (const area of model.areas) {
      const col = model.matrix.areaColumns.get(area.id);
      if (col === undefined) continue;
      for (const p of named) {
        const w = classify(people[p].cells[col]);
        if (w && (w.covers > 0 || w.leads > 0)) counted[p] += 1;
      }
    }
    load = counted;
    return counted;
  };

  // Per area: each person's cell, and whether the plan has picked them already.
  const rank = new Int8Array(people.length);
  const weightOf: CodeWeight[] = new Array(people.length).fill(NO_WEIGHT);
  const picked = new Uint8Array(people.length);

  const suggestions: Suggestion[] = [];
  model.areas.forEach((area, a) => {
    const col = model.matrix.areaColumns.get(area.id);
    const counts: Counts = {
      leads: scan.leads[a],
      covers: scan.covers[a],
      onTime: scan.onTime[a],
      library: scan.library[a],
      finance: scan.finance[a],
    };
    const missingNow = () =>
      missingFor({
        ...counts,
        needsLead: area.needsLead,
        bothParties: area.bothParties,
        minPeople: area.minPeople,
      });
    // Nothing is planned for an area without a matrix column: its finding asks for one.
    if (col === undefined || nothingMissing(missingNow())) return;

    const needNo = neededPhaseNo(model, area.neededFrom);
    const hasDeadline = Number.isFinite(needNo);
    // A minimum that is not a number is never met: no count of people closes it.
    const plannedMin = minimumCovers(area.minPeople) !== null;
    const coversShort = () => (plannedMin ? coversMissing(counts.covers, area.minPeople) : 0);
    // Someone on time is needed once anyone covers; when nobody does yet, the first
    // coverer should be on time, or a second pick would be needed to fix the first.
    const needsOnTime = () =>
      hasDeadline && counts.onTime === 0 && (counts.covers > 0 || coversShort() > 0);
    const onTime = (p: number) => phaseNoOf[p] <= needNo;

    for (const p of named) {
      const weight = classify(people[p].cells[col]);
      rank[p] = rankOf(weight); // -1: never touch a value that is not a code
      weightOf[p] = weight ?? NO_WEIGHT;
      picked[p] = 0;
    }
    const areaSuggestions: Suggestion[] = [];

    const eligible = (step: Step, p: number, party: PartyKey | null): boolean => {
      const r = rank[p];
      if (r < 0 || picked[p]) return false;
      switch (step) {
        case 'lead':
          // A coverer keeps their coverage: never to a lead code that counts less.
          return r < 2 || (r === 2 && leadWeight!.covers >= weightOf[p].covers);
        case 'party':
          return r === 0 && partyOf[p] === party;
        case 'onTime':
          return r < 2 && onTime(p);
        case 'covers':
          return r < 2;
      }
    };
    /** Whether x comes before y among the candidates of a step. */
    const before = (step: Step, parties: readonly PartyKey[], x: number, y: number): boolean => {
      if (step !== 'party' && rank[x] !== rank[y]) return rank[x] > rank[y];
      const px = partyOf[x] !== null && parties.includes(partyOf[x]!);
      const py = partyOf[y] !== null && parties.includes(partyOf[y]!);
      if (px !== py) return px;
      if (onTime(x) !== onTime(y)) return onTime(x);
      const loads = loadOf();
      if (loads[x] !== loads[y]) return loads[x] < loads[y];
      return x < y;
    };
    const best = (step: Step, party: PartyKey | null = null): number => {
      const parties = missingNow().parties;
      let found = -1;
      for (const p of named) {
        if (eligible(step, p, party) && (found < 0 || before(step, parties, p, found))) found = p;
      }
      return found;
    };

    const add = (weight: CodeWeight, from: CodeWeight, party: PartyKey | null, inTime: boolean) => {
      counts.leads += weight.leads - from.leads;
      counts.covers += weight.covers - from.covers;
      if (inTime) counts.onTime += weight.covers - from.covers;
      if (party === 'library') counts.library += weight.any - from.any;
      if (party === 'finance') counts.finance += weight.any - from.any;
    };

    const suggest = (p: number, to: string) => {
      const missingBefore = missingNow();
      const toWeight = weights.get(foldCase(to))!;
      add(toWeight, weightOf[p], partyOf[p], onTime(p));
      picked[p] = 1;
      const loads = loadOf();
      const otherAreas = loads[p] - (rank[p] >= 2 ? 1 : 0);
      if (rank[p] < 2 && (toWeight.covers > 0 || toWeight.leads > 0)) loads[p] += 1;
      const target = matrixCellTarget(model, p, col);
      const value = people[p].cells[col];
      areaSuggestions.push({
        kind: 'code',
        area: area.id,
        person: displayText(people[p].name),
        row: p,
        target,
        cell: cellAddress(target),
        from: isBlank(value) ? '' : String(value),
        to,
        fixes: closed(missingBefore, missingNow()),
        reason: codeReason(lang, {
          rank: rank[p],
          party: area.bothParties ? partyOf[p] : null,
          phase: hasDeadline && onTime(p) && phaseNoOf[p] > 0 ? people[p].fromPhase : null,
          otherAreas,
        }),
      });
    };

    const recruit = (options: { lead: boolean; party: PartyKey | null; count: number }) => {
      const missingBefore = missingNow();
      // New people must be on time where nobody covering is yet.
      const inTime = hasDeadline && counts.onTime === 0;
      const weight = (options.lead ? leadWeight : coverWeight) ?? coverWeight ?? leadWeight;
      for (let i = 0; i < options.count; i += 1) {
        // A code the catalogue lacks cannot be given to anyone: count the need as met.
        add(
          weight ?? { any: 1, leads: options.lead ? 1 : 0, covers: 1, gatherers: 0 },
          NO_WEIGHT,
          options.party,
          true,
        );
      }
      const fromPhase = inTime ? displayText(area.neededFrom) : null;
      areaSuggestions.push({
        kind: 'recruit',
        area: area.id,
        role: null,
        party: options.party,
        fromPhase,
        count: options.count,
        fixes: closed(missingBefore, missingNow()),
        reason: recruitReason(lang, area, { ...options, fromPhase }),
      });
    };

    // 1. The lead, and 2. each missing party, from the people in the matrix.
    if (missingNow().lead && codes.lead !== null) {
      const p = best('lead');
      if (p >= 0) suggest(p, codes.lead);
    }
    const partiesToFind: PartyKey[] = [];
    for (const party of PARTIES) {
      if (!missingNow().parties.includes(party)) continue;
      const p = codes.covers === null ? -1 : best('party', party);
      if (p >= 0) suggest(p, codes.covers!);
      else partiesToFind.push(party);
    }
    // 3. Someone on time, before any recruit: a new person has to be on time only where
    // nobody in the matrix can be.
    if (needsOnTime() && codes.covers !== null) {
      const p = best('onTime');
      if (p >= 0) suggest(p, codes.covers);
    }
    // What nobody in the matrix can close.
    if (missingNow().lead) recruit({ lead: true, party: partiesToFind[0] ?? null, count: 1 });
    for (const party of partiesToFind) {
      if (missingNow().parties.includes(party)) recruit({ lead: false, party, count: 1 });
    }
    if (needsOnTime()) recruit({ lead: false, party: null, count: 1 });
    // 4. The remaining coverage, best candidates first. A few picks scan the people; many
    // (a minimum far above the matrix) sort them once, since only a picked person's load
    // changes and each is picked at most once per area.
    if (coversShort() > 0 && codes.covers !== null) {
      if (coversShort() <= 8) {
        for (let p = best('covers'); p >= 0; p = coversShort() > 0 ? best('covers') : -1) {
          suggest(p, codes.covers);
        }
      } else {
        const queue = named
          .filter((p) => eligible('covers', p, null))
          .sort((x, y) => (before('covers', [], x, y) ? -1 : before('covers', [], y, x) ? 1 : 0));
        for (const p of queue) {
          if (coversShort() === 0) break;
          suggest(p, codes.covers);
        }
      }
    }
    const short = coversShort();
    if (short > 0) {
      const per = coverWeight?.covers ?? 1;
      recruit({ lead: false, party: null, count: Math.ceil(short / per) });
    }
    suggestions.push(...areaSuggestions);
  });

  // Required roles with nobody, each once however often tblRoles lists it.
  const seenRoles = new Set<string>();
  coverage.roles.forEach((role, i) => {
    const key = foldCase(role.role);
    if (!role.required || role.count > 0 || seenRoles.has(key)) return;
    seenRoles.add(key);
    suggestions.push({
      kind: 'recruit',
      area: null,
      role: role.role,
      party: model.roles[i]?.party ?? null,
      fromPhase: null,
      count: 1,
      fixes: [],
      reason: t(lang, 'plan.recruit.role', { role: role.role }),
    });
  });
  return suggestions;
}

/** The requirements met now that were not before. */
function closed(before: Missing, after: Missing): Requirement[] {
  const fixed = new Set<Requirement>();
  if (before.lead && !after.lead) fixed.add('lead');
  if (after.covers < before.covers) fixed.add('covers');
  if (before.onTime && !after.onTime) fixed.add('onTime');
  for (const party of before.parties) if (!after.parties.includes(party)) fixed.add(party);
  return REQUIREMENTS.filter((r) => fixed.has(r));
}

/**
 * Why this person: what they already do in the area, their party where the area needs
 * both, the phase they are involved from where the area has a deadline; otherwise how
 * many other areas they have.
 */
function codeReason(
  lang: Lang,
  why: { rank: number; party: PartyKey | null; phase: CellValue; otherAreas: number },
): string {
  const pieces: string[] = [];
  if (why.rank === 1) pieces.push(t(lang, 'plan.reason.gathers'));
  if (why.rank === 2) pieces.push(t(lang, 'plan.reason.covers'));
  if (why.party !== null)
    pieces.push(t(lang, 'plan.reason.party', { party: partyWord(lang, why.party) }));
  if (!isBlank(why.phase))
    pieces.push(t(lang, 'plan.reason.phase', { phase: displayText(why.phase) }));
  if (pieces.length === 0) {
    pieces.push(
      why.otherAreas === 0
        ? t(lang, 'plan.reason.load.none')
        : why.otherAreas === 1
          ? t(lang, 'plan.reason.load.one')
          : t(lang, 'plan.reason.load.other', { n: why.otherAreas }),
    );
  }
  return pieces.join(MISSING_SEPARATOR);
}

/** E.g. "Find en fra Økonomi, der er med fra Fase 2, til BET_AUT". */
function recruitReason(
  lang: Lang,
  area: Area,
  options: { lead: boolean; party: PartyKey | null; count: number; fromPhase: string | null },
): string {
  let who = options.lead
    ? t(lang, 'plan.recruit.lead')
    : options.count === 1
      ? t(lang, 'plan.recruit.someone')
      : t(lang, 'plan.recruit.people', { n: options.count });
  if (options.party !== null)
    who += ` ${t(lang, 'plan.recruit.fromParty', { party: partyWord(lang, options.party) })}`;
  if (options.fromPhase !== null)
    who += `, ${t(lang, 'plan.recruit.fromPhase', { phase: options.fromPhase })},`;
  return t(lang, 'plan.recruit.area', { who, area: area.id });
}

/**
 * The model with the code suggestions written into its matrix, each only where the cell
 * still holds its `from` value, as the pane's write does. The rules can run on the result.
 */
export function applySuggestions(model: Model, suggestions: readonly Suggestion[]): Model {
  const changed = new Map<number, CellValue[]>();
  for (const s of suggestions) {
    if (s.kind !== 'code') continue;
    const col = model.matrix.areaColumns.get(s.area);
    const person = model.matrix.people[s.row];
    if (col === undefined || person === undefined) continue;
    const cells = changed.get(s.row) ?? [...person.cells];
    const current = cells[col];
    const holdsFrom = isBlank(current) ? s.from === '' : current === s.from;
    if (!holdsFrom) continue;
    cells[col] = s.to;
    changed.set(s.row, cells);
  }
  const people = model.matrix.people.map((person, p) => {
    const cells = changed.get(p);
    return cells ? { ...person, cells } : person;
  });
  return {
    ...model,
    matrix: {
      ...model.matrix,
      table: { ...model.matrix.table, rows: people.map((person) => person.cells) },
      people,
    },
  };
}

// The plan's headline lives in planSummary.ts, which the pane's first screen loads without
// the rest of this module.
export { planSummary, planSummaryText } from './planSummary';
export type { PlanSummary } from './planSummary';

/** A code suggestion's button: "Giv Anne Hansen A". */
export function suggestionLabel(lang: Lang, suggestion: CodeSuggestion): string {
  return t(lang, 'plan.give', { person: suggestion.person, code: suggestion.to });
}
