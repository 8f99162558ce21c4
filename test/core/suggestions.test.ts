import fc from 'fast-check';
import { Catalogue } from '../../src/core/catalogue';
import { CellValue, foldCase, isBlank } from '../../src/core/cells';
import { analyse, codeClassifier } from '../../src/core/coverage';
import { analyseTables } from '../../src/core/engine';
import { matrixCellTarget } from '../../src/core/findings';
import { Model, readModel } from '../../src/core/model';
import { minimumCovers, missingByArea, unmetCount } from '../../src/core/missing';
import { PersonInput } from '../../src/core/planMatrix';
import {
  CodeSuggestion,
  RecruitSuggestion,
  Suggestion,
  applySuggestions,
  planCodes,
  planSuggestions,
  planSummary,
  planSummaryText,
  suggestionLabel,
} from '../../src/core/suggestions';
import {
  AreaRule,
  FINANCE,
  LIBRARY,
  NO_PARTY,
  PHASE_1,
  PHASE_2,
  PHASE_3,
  catalogueWith,
  person,
  tablesFor,
} from '../support/fixtures';
import { randomWorkbook } from '../support/randomWorkbook';
import { World, roleOfParty, worldArb, worldTables } from '../support/randomPlanWorld';

const ID = 'PSRM';

function modelOf(rules: AreaRule[], people: PersonInput[], catalogue?: Catalogue): Model {
  return readModel(tablesFor(catalogue ?? catalogueWith(rules), people));
}

/** The plan for the areas; the template's required roles' recruits are left out. */
function planOf(rules: AreaRule[], people: PersonInput[], catalogue?: Catalogue): Suggestion[] {
  return planSuggestions(modelOf(rules, people, catalogue)).filter(
    (s) => s.kind === 'code' || s.area !== null,
  );
}

const codesOf = (plan: Suggestion[]) => plan.filter((s): s is CodeSuggestion => s.kind === 'code');
const recruitsOf = (plan: Suggestion[]) =>
  plan.filter((s): s is RecruitSuggestion => s.kind === 'recruit' && s.area !== null);
const short = (plan: Suggestion[]) =>
  codesOf(plan).map((s) => `${s.area} ${s.person} ${s.from || '·'}→${s.to}`);

/** One area that needs a lead, one covering person and both parties, needed from Fase 2. */
const AREA: AreaRule = { id: ID, neededFrom: PHASE_2, min: 1 };

describe('code suggestions', () => {
  it('upgrade one cell of a named person, with its address, what it fixes and why', () => {
    const model = modelOf(
      [{ ...AREA, min: 2 }],
      [person('Lea', LIBRARY, { [ID]: 'A' }), person('Otto', FINANCE, { [ID]: 'i' }, PHASE_1)],
    );
    expect(planSuggestions(model).filter((s) => s.kind === 'code')).toEqual([
      {
        kind: 'code',
        area: ID,
        person: 'Otto',
        row: 1,
        target: { sheet: 'Matrix', row: 6, col: 7 },
        cell: 'Matrix!H7',
        from: 'i',
        to: 'D',
        fixes: ['covers'],
        reason: 'indhenter allerede viden om området · fra Økonomi · med fra Fase 1: Afklaring',
      },
    ]);
  });

  it('give one suggestion, to the lead code, for a cell that needs both coverage and a lead', () => {
    const plan = planOf([{ ...AREA, bothParties: false }], [person('Ida', LIBRARY, { [ID]: 'I' })]);
    expect(codesOf(plan)).toMatchObject([
      { person: 'Ida', from: 'I', to: 'A', fixes: ['lead', 'covers'] },
    ]);
  });

  it("use the workbook's own codes: the first lead code, and the first that covers without leading", () => {
    const catalogue = catalogueWith([{ ...AREA, min: 2, bothParties: false }]);
    catalogue.levels = [
      ['G', 'Gatherer', null, 'Ja', 'Nej'],
      ['L', 'Leder', null, 'Ja', 'Ja'],
      ['C', 'Covers', null, 'Ja', 'Nej'],
      ['K', 'Also lead', null, 'Ja', 'Ja'],
    ];
    // G covers here, so it is the first code that covers without leading.
    const model = modelOf([], [person('Bo', NO_PARTY, {}), person('Eva', NO_PARTY, {})], catalogue);
    expect(planCodes(model)).toEqual({ lead: 'L', covers: 'G' });
    expect(short(planSuggestions(model))).toEqual([`${ID} Bo ·→L`, `${ID} Eva ·→G`]);
  });

  it('never touch a value that is not a code, nor a row without a name', () => {
    const people = [
      person('Bo', LIBRARY, { [ID]: 'x' }),
      person('Eva', FINANCE, { [ID]: ' A' }),
      person(null, FINANCE, {}),
    ];
    const plan = planOf([AREA], people);
    expect(codesOf(plan)).toEqual([]);
    expect(recruitsOf(plan).map((r) => r.fixes)).toEqual([
      ['lead', 'covers', 'library'],
      ['finance'],
    ]);
  });

  it('never lower a level: a lead is never asked to cover', () => {
    const people = [
      person('Lea', LIBRARY, { [ID]: 'A' }, PHASE_3),
      person('Otto', FINANCE, { [ID]: 'D' }),
    ];
    // Otto covers on time already; the area needs one more, and only Lea is left. She leads.
    const plan = planOf([{ ...AREA, min: 3 }], people);
    expect(codesOf(plan)).toEqual([]);
    expect(recruitsOf(plan)).toMatchObject([{ count: 1, party: null, fromPhase: null }]);
  });
});

describe('areas the plan leaves alone', () => {
  const world: World = {
    lang: 'da',
    levels: [
      { code: 'A', covers: true, lead: true },
      { code: 'D', covers: true, lead: false },
    ],
    phases: [PHASE_1, PHASE_2],
    roles: [],
    areas: [
      { id: 'NOCOL', neededFrom: null, min: 1, needsLead: false, bothParties: false },
      { id: 'TEXT', neededFrom: null, min: 'to', needsLead: false, bothParties: false },
    ],
    people: [{ name: 'Bo', role: null, fromPhase: null, cells: [null, 'D'] }],
    origin: { row: 0, col: 0 },
    matrixAreas: ['TEXT'],
  };

  it('plans nothing for an area without a matrix column, or whose minimum is text', () => {
    const model = readModel(worldTables(world));
    expect(analyse(model).areas.map((a) => a.status)).toEqual(['not_covered', 'fragile']);
    expect(planSuggestions(model)).toEqual([]);
  });
});

describe('the preferences among candidates', () => {
  it('1. for a lead: someone who covers, then a gatherer, then someone not in the area', () => {
    const people = [
      person('Bo', LIBRARY, {}),
      person('Ida', LIBRARY, { [ID]: 'I' }),
      person('Dan', FINANCE, { [ID]: 'D' }),
    ];
    expect(short(planOf([AREA], people))).toEqual([`${ID} Dan D→A`]);
    expect(short(planOf([AREA], people.slice(0, 2)))).toEqual([`${ID} Ida I→A`]);
    expect(short(planOf([AREA], people.slice(0, 1)))).toEqual([`${ID} Bo ·→A`]);
  });

  it('1. for coverage: a gatherer before someone not in the area', () => {
    const people = [
      person('Lea', LIBRARY, { [ID]: 'A' }),
      person('Bo', FINANCE, {}),
      person('Ida', FINANCE, { [ID]: 'I' }),
    ];
    expect(short(planOf([{ ...AREA, min: 2 }], people))).toEqual([`${ID} Ida I→D`]);
  });

  it('2. then someone of the missing party, even if late or busier', () => {
    const other = { id: 'AR9', neededFrom: null, min: 1, needsLead: false, bothParties: false };
    const people = [
      person('Bo', NO_PARTY, {}, PHASE_1),
      person('Otto', FINANCE, { AR9: 'D' }, PHASE_3),
    ];
    const plan = planOf([AREA, other], people);
    expect(codesOf(plan)[0]).toMatchObject({
      person: 'Otto',
      to: 'A',
      fixes: ['lead', 'covers', 'finance'],
      reason: 'fra Økonomi',
    });
    // Otto joins late, so Bo, on time, covers too; nobody is from the library.
    expect(short(plan)).toEqual([`${ID} Otto ·→A`, `${ID} Bo ·→D`]);
    expect(recruitsOf(plan)).toMatchObject([{ area: ID, party: 'library', fromPhase: null }]);
  });

  it('2. counts either missing party the same, then goes on down the list', () => {
    const people = [person('Otto', FINANCE, {}), person('Bo', LIBRARY, {})];
    expect(short(planOf([AREA], people))).toEqual([`${ID} Otto ·→A`, `${ID} Bo ·→D`]);
  });

  it('3. then someone on time for the area', () => {
    const people = [person('Sen', NO_PARTY, {}, PHASE_3), person('Tid', NO_PARTY, {}, PHASE_2)];
    const plan = planOf([{ ...AREA, bothParties: false }], people);
    expect(codesOf(plan)).toMatchObject([
      { person: 'Tid', to: 'A', fixes: ['lead', 'covers'], reason: 'med fra Fase 2: Forberedelse' },
    ]);
  });

  it('4. then whoever leads or covers the fewest areas, counting the plan’s own picks', () => {
    const rules = ['AR1', 'AR2', 'AR3'].map((id) => ({
      id,
      min: 1,
      needsLead: false,
      bothParties: false,
    }));
    const people = [
      person('Travl', NO_PARTY, { AR1: 'D' }),
      person('Bo', NO_PARTY, {}),
      person('Eva', NO_PARTY, {}),
    ];
    expect(short(planOf(rules, people))).toEqual(['AR2 Bo ·→D', 'AR3 Eva ·→D']);
  });

  it('5. then matrix order', () => {
    const people = [person('Bo', NO_PARTY, {}), person('Eva', NO_PARTY, {})];
    const plan = planOf([{ id: ID, min: 1, needsLead: false, bothParties: false }], people);
    expect(codesOf(plan)).toMatchObject([{ person: 'Bo', reason: 'har ingen andre områder' }]);
  });

  it('looks for someone on time before filling the rest, so one pick does', () => {
    // Ida gathers but joins late; Bo is on time. Ida first would need a second pick.
    const people = [
      person('Ida', NO_PARTY, { [ID]: 'I' }, PHASE_3),
      person('Bo', NO_PARTY, {}, PHASE_1),
    ];
    const plan = planOf([{ id: ID, min: 1, needsLead: false, bothParties: false }], people);
    expect(short(plan)).toEqual([`${ID} Bo ·→D`]);
  });
});

describe('recruit suggestions', () => {
  it('say what kind of person to add where nobody in the matrix can close a need', () => {
    const people = [person('Lea', LIBRARY, { BET_AUT: 'A' }, PHASE_3)];
    const plan = planOf([{ ...AREA, id: 'BET_AUT' }], people);
    expect(plan).toEqual([
      {
        kind: 'recruit',
        area: 'BET_AUT',
        role: null,
        party: 'finance',
        fromPhase: PHASE_2,
        count: 1,
        fixes: ['onTime', 'finance'],
        reason: `Find en fra Økonomi, der er med fra ${PHASE_2}, til BET_AUT`,
      },
    ]);
  });

  it('are in English in an English workbook', () => {
    const catalogue = catalogueWith(
      [{ id: 'BET_AUT', neededFrom: 'Phase 2: Preparation', min: 3 }],
      'en',
    );
    const people: PersonInput[] = [
      { name: 'Lea', role: 'Library staff', fromPhase: 'Phase 3: Test', codes: { BET_AUT: 'A' } },
    ];
    const plan = planSuggestions(readModel(tablesFor(catalogue, people, 'en')));
    expect(recruitsOf(plan).map((r) => r.reason)).toEqual([
      'Find someone from Finance, involved from Phase 2: Preparation, for BET_AUT',
      'Find someone for BET_AUT',
    ]);
  });

  it('count the people an area still needs', () => {
    const plan = planOf([{ id: ID, min: 3, needsLead: false, bothParties: false }], []);
    expect(recruitsOf(plan)).toMatchObject([
      { count: 1, fromPhase: PHASE_2, reason: `Find en, der er med fra ${PHASE_2}, til ${ID}` },
      { count: 2, fromPhase: null, reason: `Find 2 personer til ${ID}` },
    ]);
  });

  it('ask for a lead when nobody can be given the lead code', () => {
    const plan = planOf(
      [{ id: ID, min: 1, neededFrom: null }],
      [person('Bo', LIBRARY, { [ID]: 'q' })],
    );
    expect(recruitsOf(plan)[0]).toMatchObject({
      fixes: ['lead', 'covers', 'library'],
      reason: `Find en ansvarlig fra Bibliotek til ${ID}`,
    });
  });

  it('name every required role with nobody, once', () => {
    const catalogue = catalogueWith([]);
    catalogue.roles = [
      ['Projektejer', 'Ja', null],
      ['PROJEKTEJER', 'Ja', null],
      ['Økonomi-/debitormedarbejder', 'Ja', 'Økonomi'],
      ['Projektleder', 'Ja', null],
      ['Borgerservice', 'Nej', 'Økonomi'],
    ];
    const plan = planSuggestions(
      readModel(tablesFor(catalogue, [person('Pia', 'Projektleder', {})])),
    );
    expect(plan).toEqual([
      {
        kind: 'recruit',
        area: null,
        role: 'Projektejer',
        party: null,
        fromPhase: null,
        count: 1,
        fixes: [],
        reason: 'Find en til rollen Projektejer',
      },
      expect.objectContaining({ role: 'Økonomi-/debitormedarbejder', party: 'finance' }),
    ]);
  });
});

describe('the summary and labels', () => {
  it.each([
    [
      { changes: 3, recruits: 2 },
      '3 ændringer og 2 nye personer gør jer KLAR',
      '3 changes and 2 new people make you READY',
    ],
    [
      { changes: 1, recruits: 1 },
      '1 ændring og 1 ny person gør jer KLAR',
      '1 change and 1 new person make you READY',
    ],
    [{ changes: 1, recruits: 0 }, '1 ændring gør jer KLAR', '1 change makes you READY'],
    [{ changes: 0, recruits: 2 }, '2 nye personer gør jer KLAR', '2 new people make you READY'],
    [{ changes: 0, recruits: 0 }, 'Ingen forslag', 'No suggestions'],
  ])('%j', (summary, da, en) => {
    expect(planSummaryText('da', summary)).toBe(da);
    expect(planSummaryText('en', summary)).toBe(en);
  });

  it('count changes, and new people by their count', () => {
    const plan = planOf(
      [{ id: ID, min: 3, needsLead: false, bothParties: false }],
      [person('Bo', NO_PARTY, {})],
    );
    expect(planSummary(plan)).toEqual({ changes: 1, recruits: 2 });
  });

  it('label a code suggestion with the person and the code', () => {
    const [s] = codesOf(planOf([{ ...AREA, bothParties: false }], [person('Otto', FINANCE, {})]));
    expect(suggestionLabel('da', s)).toBe('Giv Otto A');
    expect(suggestionLabel('en', s)).toBe('Give Otto A');
  });
});

describe('applying code suggestions', () => {
  it('writes a cell only while it still holds the value the suggestion started from', () => {
    const model = modelOf(
      [{ ...AREA, bothParties: false }],
      [person('Ida', LIBRARY, { [ID]: 'I' })],
    );
    const plan = planSuggestions(model);
    const col = model.matrix.areaColumns.get(ID)!;
    expect(applySuggestions(model, plan).matrix.people[0].cells[col]).toBe('A');
    const edited = applySuggestions(model, [{ ...codesOf(plan)[0], from: '' }]);
    expect(edited.matrix.people[0].cells[col]).toBe('I');
    expect(model.matrix.people[0].cells[col]).toBe('I');
  });

  it('is part of the analysis when asked for, with what is missing and who leads', () => {
    const tables = tablesFor(catalogueWith([AREA]), [person('Lea', LIBRARY, { [ID]: 'A' })]);
    const analysis = analyseTables(tables, planSuggestions);
    expect(analysis.lead).toEqual(['Lea']);
    expect(analysis.missing).toEqual([
      { lead: false, covers: 0, onTime: false, parties: ['finance'] },
    ]);
    expect(analysis.suggestions).toEqual(planSuggestions(analysis.model));
    expect(analysis.suggestions.length).toBeGreaterThan(0);
    // The ribbon's refresh does not ask for it.
    expect(analyseTables(tables).suggestions).toEqual([]);
  });
});

/** The rank the plan must only raise: blank 0, gatherer 1, covers 2, leads 3; null if invalid. */
function rankIn(model: Model, value: CellValue): number | null {
  if (isBlank(value)) return 0;
  const w = codeClassifier(model)(value);
  if (!w) return null;
  return w.leads > 0 ? 3 : w.covers > 0 ? 2 : 1;
}

/** The areas the plan cannot make Dækket with codes: a recruit names them, or no count meets them. */
function beyondCodes(model: Model, plan: Suggestion[]): Set<string> {
  const ids = new Set(recruitsOf(plan).map((r) => r.area!));
  for (const area of model.areas) if (minimumCovers(area.minPeople) === null) ids.add(area.id);
  return ids;
}

/** The world with the recruits added as people: of their party, from their phase, with a code. */
function withRecruits(world: World, model: Model, plan: Suggestion[]): World | null {
  const codes = planCodes(model);
  // Without a code that counts as coverage, or one for a lead, no one, old or new, can be one.
  if (codes.covers === null) return null;
  if (codes.lead === null && model.areas.some((area) => area.needsLead)) return null;
  const people = [...world.people];
  for (const r of plan) {
    if (r.kind !== 'recruit') continue;
    const role = r.role ?? roleOfParty(world, r.party);
    if (role === undefined) return null;
    const code = r.fixes.includes('lead') ? codes.lead : codes.covers;
    if (r.area !== null && code === null) return null;
    for (let i = 0; i < r.count; i += 1) {
      people.push({
        name: `Ny ${people.length}`,
        role,
        fromPhase: r.fromPhase,
        cells: world.areas.map((area) => (area.id === r.area ? code : null)),
      });
    }
  }
  return { ...world, people };
}

describe('the plan to KLAR, on random workbooks', () => {
  const run = (check: (world: World, model: Model, plan: Suggestion[]) => void) =>
    fc.assert(
      fc.property(worldArb(), (world) => {
        const model = readModel(worldTables(world));
        check(world, model, planSuggestions(model));
      }),
      { numRuns: 300 },
    );

  it('upgrades only blank or valid cells of named people, one suggestion a cell, never lower', () => {
    run((_world, model, plan) => {
      const seen = new Set<string>();
      const codes = new Set(model.levels.map((l) => foldCase(l.code)));
      for (const s of codesOf(plan)) {
        const person = model.matrix.people[s.row];
        const col = model.matrix.areaColumns.get(s.area)!;
        const value = person.cells[col];
        expect(isBlank(person.name)).toBe(false);
        expect(s.from).toBe(isBlank(value) ? '' : value);
        expect(codes.has(foldCase(s.to))).toBe(true);
        const from = rankIn(model, value);
        expect(from).not.toBeNull();
        expect(rankIn(model, s.to)!).toBeGreaterThan(from!);
        expect(s.target).toEqual(matrixCellTarget(model, s.row, col));
        expect(seen.has(`${s.row},${col}`)).toBe(false);
        seen.add(`${s.row},${col}`);
      }
    });
  });

  it('closes at least one requirement with each change, and never makes more changes than there are', () => {
    run((_world, model, plan) => {
      const missing = missingByArea(model);
      model.areas.forEach((area, a) => {
        const changes = codesOf(plan).filter((s) => s.area === area.id);
        for (const s of changes) expect(s.fixes.length).toBeGreaterThan(0);
        expect(changes.length).toBeLessThanOrEqual(unmetCount(missing[a]));
      });
    });
  });

  it('makes every area Dækket once applied, except the areas a recruit names', () => {
    run((_world, model, plan) => {
      const after = analyse(applySuggestions(model, plan));
      const beyond = beyondCodes(model, plan);
      for (const area of after.areas) {
        if (!beyond.has(area.id)) expect([area.id, area.status]).toEqual([area.id, 'covered']);
      }
    });
  });

  it('makes the verdict KLAR with the recruits added as well', () => {
    run((world, model, plan) => {
      if (model.areas.some((area) => minimumCovers(area.minPeople) === null)) return;
      const hired = withRecruits(world, model, plan);
      if (!hired) return;
      const hiredModel = readModel(worldTables(hired));
      const after = analyse(applySuggestions(hiredModel, plan));
      expect(after.areas.filter((a) => a.status !== 'covered')).toEqual([]);
      expect(after.ready).toBe(true);
    });
  });

  it('names every required role with nobody', () => {
    run((_world, model, plan) => {
      const empty = analyse(model).roles.filter((r) => r.required && r.count === 0);
      const named = plan
        .filter((s) => s.kind === 'recruit' && s.role !== null)
        .map((s) => (s as RecruitSuggestion).role);
      expect(new Set(named)).toEqual(new Set(empty.map((r) => r.role)));
    });
  });

  it('is deterministic', () => {
    run((world, _model, plan) => {
      expect(planSuggestions(readModel(worldTables(world)))).toEqual(plan);
    });
  });

  it('holds on the realistic template workbooks too', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const { lang, catalogue, people } = randomWorkbook(seed);
      const model = readModel(tablesFor(catalogue, people, lang));
      const plan = planSuggestions(model);
      const after = analyse(applySuggestions(model, plan));
      const beyond = beyondCodes(model, plan);
      for (const area of after.areas) {
        if (!beyond.has(area.id))
          expect([seed, area.id, area.status]).toEqual([seed, area.id, 'covered']);
      }
    }
  });
});
