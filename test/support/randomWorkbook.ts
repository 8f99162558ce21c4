import { Catalogue, templateCatalogue } from '../../src/core/catalogue';
import { CellValue } from '../../src/core/cells';
import { Lang, t } from '../../src/core/i18n';
import { PersonInput } from '../../src/core/planMatrix';
import { TEMPLATE_AREAS, TEMPLATE_PHASES, TEMPLATE_ROLES } from '../../src/core/template';
import { Random } from './random';

/**
 * Random but realistic matrices for the property and differential tests: every template
 * area, at least 12 people, and the mess real people type — lowercase and space-padded
 * codes, numbers and dates where codes belong, blank and duplicate names, roles of either
 * party and of none, unknown roles, and phases before, at and after the needed one.
 */
export interface RandomWorkbook {
  lang: Lang;
  catalogue: Catalogue;
  people: PersonInput[];
}

const FIRST = [
  'Anne',
  'Bo',
  'Camilla',
  'Dan',
  'Eva',
  'Frederik',
  'Gitte',
  'Hans',
  'Ida',
  'Jens',
  'Karen',
  'Lone',
];
const LAST = ['Hansen', 'Jensen', 'Nielsen', 'Pedersen', 'Møller', 'Kjær', 'Lund', "O'Brien"];

export function randomWorkbook(
  seed: number,
  options: { people?: number; complete?: boolean } = {},
): RandomWorkbook {
  const rnd = new Random(seed);
  const lang: Lang = rnd.chance(0.7) ? 'da' : 'en';
  const catalogue = templateCatalogue(lang);
  const phases = TEMPLATE_PHASES.map((key) => t(lang, key));

  // Vary the catalogue's rules, as a project leader might.
  catalogue.areas = catalogue.areas.map((row) => {
    const [id, name, description, , , , , source] = row;
    const needed = rnd.pick<CellValue>([
      phases[1],
      phases[1],
      phases[2],
      phases[0],
      null,
      'Fase 9: Ukendt',
    ]);
    const min = rnd.pick<CellValue>([2, 2, 1, 3, null]);
    return [
      id,
      name,
      description,
      needed,
      min,
      t(lang, rnd.chance(0.8) ? 'yes' : 'no'),
      t(lang, rnd.chance(0.7) ? 'yes' : 'no'),
      source,
    ];
  });
  catalogue.roles = TEMPLATE_ROLES.map((role) => [
    t(lang, role.key),
    t(lang, role.required && rnd.chance(0.85) ? 'yes' : 'no'),
    role.party === null
      ? null
      : t(lang, role.party === 'library' ? 'party.library' : 'party.finance'),
  ]);

  const roleNames = TEMPLATE_ROLES.map((role) => t(lang, role.key));
  const count = options.people ?? rnd.int(12, 20);
  const people: PersonInput[] = [];
  const codePool: CellValue[] = [
    'A',
    'D',
    'D',
    'I',
    'a',
    'd',
    'i',
    ' A',
    'D ',
    'x',
    'AA',
    7,
    new Date(Date.UTC(2026, 0, 5)),
  ];
  for (let i = 0; i < count; i += 1) {
    const name: CellValue = rnd.chance(0.08)
      ? null
      : rnd.chance(0.08) && people.length > 0
        ? (people[people.length - 1].name ?? `${FIRST[0]} ${LAST[0]}`)
        : `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
    const role: CellValue = rnd.chance(0.1)
      ? null
      : rnd.chance(0.08)
        ? 'Konsulent'
        : rnd.chance(0.1)
          ? rnd.pick(roleNames).toLowerCase()
          : rnd.pick(roleNames);
    const fromPhase: CellValue = rnd.chance(0.25)
      ? null
      : rnd.chance(0.08)
        ? 'Senere'
        : rnd.chance(0.05)
          ? rnd.pick(phases).toUpperCase()
          : rnd.pick(phases);
    const codes: Record<string, CellValue> = {};
    for (const area of TEMPLATE_AREAS) {
      if (rnd.chance(0.55)) continue;
      codes[area.id] = rnd.chance(0.8) ? rnd.pick(['A', 'D', 'D', 'I']) : rnd.pick(codePool);
    }
    people.push({
      name,
      role,
      department: rnd.chance(0.2) ? '=SUM(1,2)' : rnd.pick(['Bibliotek', 'Økonomi', 'IT', null]),
      email: rnd.chance(0.5) ? `p${i}@kommune.dk` : null,
      fromPhase,
      codes,
    });
  }
  if (options.complete) {
    // One person per role, all from the start, covering every area: the verdict can be KLAR.
    catalogue.areas = catalogue.areas.map((row) => [
      ...row.slice(0, 4),
      rnd.pick([1, 2, null]),
      ...row.slice(5),
    ]);
    catalogue.roles = catalogue.roles.map(([role, , party]) => [role, t(lang, 'yes'), party]);
    roleNames.forEach((role, i) => {
      const codes = Object.fromEntries(
        TEMPLATE_AREAS.map((area) => [area.id, i === 0 ? 'A' : 'd']),
      );
      people.push({ name: `${FIRST[i]} Fuld`, role, fromPhase: null, codes });
    });
  }
  return { lang, catalogue, people };
}
