import fc from 'fast-check';
import { CellValue } from '../../src/core/cells';
import { Lang, t } from '../../src/core/i18n';
import { TableSet } from '../../src/core/model';
import { COLUMNS, TABLE, TableKey, header } from '../../src/core/tables';
import { PartyKey } from '../../src/core/template';

/**
 * Small random workbooks for the properties of "what is missing" and the plan to KLAR:
 * catalogues a project leader might make (odd codes, several lead codes, a lead code that
 * does not cover, codes listed twice in different case, minimums blank, 0, 1, 3 or text,
 * areas needed from no phase or an unknown one) and matrices with the mess people type.
 * The tables are built directly, at a random position, so the properties run fast.
 */

export interface WorldLevel {
  code: string;
  covers: boolean;
  lead: boolean;
}

export interface WorldRole {
  name: string;
  required: boolean;
  party: PartyKey | null;
}

export interface WorldArea {
  id: string;
  neededFrom: CellValue;
  min: CellValue;
  needsLead: boolean;
  bothParties: boolean;
}

export interface WorldPerson {
  name: CellValue;
  role: CellValue;
  fromPhase: CellValue;
  cells: CellValue[];
}

export interface World {
  lang: Lang;
  levels: WorldLevel[];
  phases: string[];
  roles: WorldRole[];
  areas: WorldArea[];
  people: WorldPerson[];
  /** Zero-based sheet position of tblMatrix's header row. */
  origin: { row: number; col: number };
  /** Area IDs in matrix column order, which need not be tblAreas order. */
  matrixAreas: string[];
}

const PHASES = ['Fase 1: Afklaring', 'Fase 2: Forberedelse', 'Fase 3: Test', 'Fase 4: Drift'];
const CODE_POOL = ['A', 'D', 'I', 'X', 'Y', 'L2', 'Ø', 'q'];
const NAMES = ['Anne', 'Bo', 'Camilla', 'Dan', 'Eva', 'Frede', "O'Brien", 'Ida'];

const levelArb: fc.Arbitrary<WorldLevel[]> = fc.oneof(
  // The template's codes, sometimes with an extra odd one.
  fc
    .option(
      fc.record({ code: fc.constantFrom('X', 'L2'), covers: fc.boolean(), lead: fc.boolean() }),
    )
    .map((extra) => [
      { code: 'A', covers: true, lead: true },
      { code: 'D', covers: true, lead: false },
      { code: 'I', covers: false, lead: false },
      ...(extra ? [extra] : []),
    ]),
  // Anything: odd codes, several leads, leads that do not cover, a code twice in other case.
  fc
    .uniqueArray(
      fc.record({ code: fc.constantFrom(...CODE_POOL), covers: fc.boolean(), lead: fc.boolean() }),
      { minLength: 1, maxLength: 5, selector: (level) => level.code },
    )
    .chain((levels) =>
      fc
        .option(fc.nat({ max: levels.length - 1 }), { freq: 4 })
        .map((i) =>
          i === null ? levels : [...levels, { ...levels[i], code: levels[i].code.toLowerCase() }],
        ),
    ),
);

export function worldArb(
  options: { maxPeople?: number; maxAreas?: number } = {},
): fc.Arbitrary<World> {
  const maxPeople = options.maxPeople ?? 12;
  const maxAreas = options.maxAreas ?? 5;
  return fc
    .record({
      lang: fc.constantFrom<Lang>('da', 'en'),
      levels: levelArb,
      phaseCount: fc.integer({ min: 1, max: PHASES.length }),
      roles: fc.uniqueArray(
        fc.record({
          name: fc.constantFrom('Bibliotekar', 'Økonom', 'Leder', 'Ejer', 'IT', 'Borgerservice'),
          required: fc.boolean(),
          party: fc.constantFrom<PartyKey | null>('library', 'finance', null),
        }),
        { minLength: 0, maxLength: 5, selector: (role) => role.name },
      ),
      areaCount: fc.integer({ min: 1, max: maxAreas }),
      origin: fc.record({
        row: fc.integer({ min: 0, max: 6 }),
        col: fc.integer({ min: 0, max: 3 }),
      }),
    })
    .chain(({ lang, levels, phaseCount, roles, areaCount, origin }) => {
      const phases = PHASES.slice(0, phaseCount);
      const ids = Array.from({ length: areaCount }, (_, i) => `AR${i}`);
      const area = (id: string): fc.Arbitrary<WorldArea> =>
        fc.record({
          id: fc.constant(id),
          neededFrom: fc.constantFrom<CellValue>(...phases, ...phases, null, 'Fase 9: Ukendt'),
          min: fc.constantFrom<CellValue>(null, 1, 2, 2, 3, 3, 0, 'to'),
          needsLead: fc.boolean(),
          bothParties: fc.boolean(),
        });
      const cell = fc.oneof(
        { weight: 5, arbitrary: fc.constant<CellValue>(null) },
        {
          weight: 5,
          arbitrary: fc
            .record({ level: fc.constantFrom(...levels), lower: fc.boolean() })
            .map(({ level, lower }) => (lower ? level.code.toLowerCase() : level.code)),
        },
        { weight: 1, arbitrary: fc.constantFrom<CellValue>('x', ' A', 'D ', 7, '') },
      );
      const roleNames = roles.map((r) => r.name);
      const person = fc.record({
        name: fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom<CellValue>(...NAMES) },
          { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, '') },
        ),
        role: fc.constantFrom<CellValue>(
          ...roleNames,
          ...roleNames,
          ...roleNames.map((r) => r.toUpperCase()),
          null,
          'Konsulent',
        ),
        fromPhase: fc.constantFrom<CellValue>(...phases, null, null, 'Senere'),
        cells: fc.array(cell, { minLength: areaCount, maxLength: areaCount }),
      });
      return fc.record({
        lang: fc.constant(lang),
        levels: fc.constant(levels),
        phases: fc.constant(phases),
        roles: fc.constant(roles),
        areas: fc.tuple(...ids.map(area)),
        people: fc.array(person, { maxLength: maxPeople }),
        origin: fc.constant(origin),
        matrixAreas: fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }),
      });
    });
}

function table(
  key: TableKey,
  sheet: string,
  headers: string[],
  rows: CellValue[][],
  origin = { row: 0, col: 0 },
) {
  return { name: TABLE[key], sheet, headers, rows, origin };
}

function headersOf(key: TableKey, lang: Lang): string[] {
  return (COLUMNS[key] as readonly string[]).map((column) => header(key, column as never, lang));
}

/** The world's tables, as a host would read them. */
export function worldTables(world: World): TableSet {
  const { lang } = world;
  const yesNo = (flag: boolean) => t(lang, flag ? 'yes' : 'no');
  const partyText = (party: PartyKey | null) =>
    party === null ? null : t(lang, party === 'library' ? 'party.library' : 'party.finance');
  const matrixHeaders = [...headersOf('matrix', lang), ...world.matrixAreas];
  const base = COLUMNS.matrix.length;
  const areaIndex = new Map(world.areas.map((area, i) => [area.id, i]));
  return {
    [TABLE.areas]: table(
      'areas',
      'Områder',
      headersOf('areas', lang),
      world.areas.map((a) => [
        a.id,
        `Område ${a.id}`,
        null,
        a.neededFrom,
        a.min,
        yesNo(a.needsLead),
        yesNo(a.bothParties),
        null,
      ]),
    ),
    [TABLE.levels]: table(
      'levels',
      'Lister',
      headersOf('levels', lang),
      world.levels.map((l) => [l.code, l.code, null, yesNo(l.covers), yesNo(l.lead)]),
    ),
    [TABLE.phases]: table(
      'phases',
      'Lister',
      headersOf('phases', lang),
      world.phases.map((p, i) => [i + 1, p, null]),
    ),
    [TABLE.roles]: table(
      'roles',
      'Lister',
      headersOf('roles', lang),
      world.roles.map((r) => [r.name, yesNo(r.required), partyText(r.party)]),
    ),
    [TABLE.matrix]: table(
      'matrix',
      'Matrix',
      matrixHeaders,
      world.people.map((p) => {
        const row: CellValue[] = [p.name, p.role, null, null, p.fromPhase, null, null];
        world.matrixAreas.forEach((id, i) => (row[base + i] = p.cells[areaIndex.get(id)!]));
        return row;
      }),
      world.origin,
    ),
  };
}

/** A role name of the given party, if the world has one. */
export function roleOfParty(world: World, party: PartyKey | null): string | null | undefined {
  if (party === null) return null;
  return world.roles.find((r) => r.party === party)?.name;
}
