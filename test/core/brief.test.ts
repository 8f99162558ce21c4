import {
  BRIEF_SEPARATOR,
  Brief,
  MAILTO_MAX,
  allBriefsText,
  briefMail,
  briefMailto,
  buildBriefs,
} from '../../src/core/brief';
import { Catalogue, templateCatalogue } from '../../src/core/catalogue';
import { demoPeople } from '../../src/core/demo';
import { analyseTables, newWorkbookPlan, planTables } from '../../src/core/engine';
import { Lang, t } from '../../src/core/i18n';
import { PersonInput } from '../../src/core/planMatrix';
import { areaDescription, areaName } from '../../src/core/template';
import { LIBRARY, NO_PARTY, PHASE_2, person, tablesFor } from '../support/fixtures';

const FIXED = new Date(Date.UTC(2024, 0, 15));

function demoBriefs(lang: Lang = 'da', municipality?: string): Brief[] {
  const { plan } = newWorkbookPlan(lang, demoPeople(lang), FIXED);
  return buildBriefs(analyseTables(planTables(plan)), { municipality });
}

function briefsOf(people: PersonInput[], catalogue?: Catalogue, lang: Lang = 'da'): Brief[] {
  return buildBriefs(analyseTables(tablesFor(catalogue ?? templateCatalogue(lang), people, lang)));
}

function only(briefs: Brief[], name: string): Brief {
  const found = briefs.filter((brief) => brief.person === name);
  expect(found).toHaveLength(1);
  return found[0];
}

/** An area's lines in a brief: its heading line and the indented lines under it. */
function entryLines(text: string, area: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`- ${area} (`));
  if (start < 0) throw new Error(`no entry for ${area} in:\n${text}`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith('  '));
  return [lines[start], ...rest.slice(0, end < 0 ? rest.length : end)];
}

const level = (lang: Lang, code: 'A' | 'D' | 'I') =>
  t(lang, 'brief.level', { code, name: t(lang, `level.${code}.name`) });

/** The template catalogue with every description replaced. */
function withDescriptions(description: (id: string) => string, lang: Lang = 'da'): Catalogue {
  const template = templateCatalogue(lang);
  return {
    ...template,
    areas: template.areas.map((row) => {
      const copy = [...row];
      copy[2] = description(String(row[0]));
      return copy;
    }),
  };
}

/** A catalogue of `count` areas with long names and descriptions. */
function manyAreas(count: number, nameLength: number, descriptionLength: number): Catalogue {
  const template = templateCatalogue('da');
  return {
    ...template,
    areas: Array.from({ length: count }, (_, i) => [
      `AREA${i}`,
      `Område ${i} ${'navn '.repeat(nameLength)}`.slice(0, nameLength),
      `Beskrivelse ${i}: ${'æøå ord '.repeat(descriptionLength)}`.slice(0, descriptionLength),
      PHASE_2,
      2,
      'Ja',
      'Ja',
      null,
    ]),
  };
}

function decodedBody(url: string): string {
  const body = url.slice(url.indexOf('&body=') + '&body='.length);
  return decodeURIComponent(body).replace(/\r\n/g, '\n');
}

describe('a demo person’s brief', () => {
  const peter = only(demoBriefs(), 'Peter Nielsen');

  it('lists the areas they lead, cover and gather information on, by ID in tblAreas order', () => {
    expect(peter).toMatchObject({
      email: 'peter.nielsen@kommune.dk',
      role: 'Biblioteksmedarbejder',
      party: 'library',
      fromPhase: 'Fase 2: Forberedelse',
      lead: ['INDR_BIB'],
      covers: ['INDR_KOM', 'BET_WEB', 'BET_APP', 'KOMM'],
      gathers: ['DEB_REGLER', 'BET_AUT'],
      subject: t('da', 'brief.subject', { task: t('da', 'task.title') }),
    });
  });

  it('names each area in full with its level, its description and who leads it', () => {
    const expected: [string, 'A' | 'D' | 'I', string | null][] = [
      ['INDR_BIB', 'A', null],
      ['INDR_KOM', 'D', 'Ansvarlig: Hanne Kjær'],
      ['BET_WEB', 'D', 'Ansvarlig: Karim Ahmed'],
      ['BET_APP', 'D', 'Ingen ansvarlig endnu'],
      ['KOMM', 'D', 'Ansvarlig: Mette Sørensen'],
      ['DEB_REGLER', 'I', 'Ansvarlig: Sofie Jensen'],
      ['BET_AUT', 'I', 'Ingen ansvarlig endnu'],
    ];
    for (const [id, code, who] of expected) {
      const lines = entryLines(peter.text, areaName('da', id));
      expect(lines[0]).toBe(`- ${areaName('da', id)} (${level('da', code)})`);
      const facts = who
        ? `  ${who} · Behov fra Fase 2: Forberedelse`
        : '  Behov fra Fase 2: Forberedelse';
      expect(lines.slice(1)).toEqual([facts, `  ${areaDescription('da', id)}`]);
    }
  });

  it('groups the areas under headings, lead first', () => {
    const headings = [
      'brief.lead.heading',
      'brief.covers.heading',
      'brief.gathers.heading',
    ] as const;
    const at = headings.map((key) => peter.text.indexOf(`\n${t('da', key)}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('says the task, the phase, what the codes mean and whom to ask', () => {
    const lines = peter.text.split('\n');
    expect(lines[0]).toBe('Opgavebeskrivelse til Peter Nielsen');
    expect(lines).toContain(t('da', 'brief.task', { task: t('da', 'task.identity') }));
    expect(lines).toContain('Du er med fra Fase 2: Forberedelse.');
    expect(lines).toContain('Din rolle: Biblioteksmedarbejder (Bibliotek)');
    for (const code of ['A', 'D', 'I'] as const)
      expect(lines).toContain(`  ${level('da', code)}: ${t('da', `level.${code}.meaning`)}`);
    expect(lines[lines.length - 1]).toBe(
      'Spørg projektlederen, Mette Sørensen, hvis noget er uklart.',
    );
  });

  it('leaves the municipality out unless it is given', () => {
    expect(peter.text).not.toContain(t('da', 'brief.municipality', { municipality: '' }));
    const named = only(demoBriefs('da', ' Aarhus Kommune '), 'Peter Nielsen');
    expect(named.text.split('\n')).toContain('Kommune: Aarhus Kommune');
    expect(named.subject).toBe('Dine opgaver i Etabler organisering – Aarhus Kommune');
  });

  it('tells the project leader that the others ask them', () => {
    const mette = only(demoBriefs(), 'Mette Sørensen');
    expect(mette.text.split('\n').pop()).toBe(t('da', 'brief.ask.self'));
  });
});

describe('the briefs of a matrix', () => {
  it('are one per row with a name, in matrix order', () => {
    const briefs = demoBriefs();
    expect(briefs.map((brief) => brief.person)).toEqual(demoPeople('da').map((p) => p.name));
    expect(briefs.map((brief) => brief.row)).toEqual(briefs.map((_, i) => i));
  });

  it('give a duplicate name two briefs, each with its own row’s areas', () => {
    const briefs = briefsOf([
      person('Ida Holm', LIBRARY, { PSRM: 'A' }),
      person('Bo Lind', LIBRARY, { KOMM: 'D' }),
      person('Ida Holm', LIBRARY, { KOMM: 'I' }),
    ]);
    expect(briefs.map((b) => [b.person, b.row, b.lead, b.covers, b.gathers])).toEqual([
      ['Ida Holm', 0, ['PSRM'], [], []],
      ['Bo Lind', 1, [], ['KOMM'], []],
      ['Ida Holm', 2, [], [], ['KOMM']],
    ]);
  });

  it('count codes as the coverage does: any case, and never an invalid value', () => {
    const [brief] = briefsOf([person('Ida', LIBRARY, { PSRM: 'a', KOMM: ' D', BET_WEB: 'i' })]);
    expect([brief.lead, brief.covers, brief.gathers]).toEqual([['PSRM'], [], ['BET_WEB']]);
    expect(brief.text).toContain(`- ${areaName('da', 'PSRM')} (${level('da', 'A')})`);
    expect(brief.text).not.toContain(areaName('da', 'KOMM'));
  });

  it('tell a person with no area so, and to ask the project leader', () => {
    const briefs = briefsOf([
      person('Mona Leder', NO_PARTY, { KOMM: 'A' }),
      person('Uffe Uden', LIBRARY, { PSRM: 'x' }),
    ]);
    const uffe = only(briefs, 'Uffe Uden');
    expect([uffe.lead, uffe.covers, uffe.gathers]).toEqual([[], [], []]);
    const lines = uffe.text.split('\n');
    expect(lines).toContain(t('da', 'brief.none'));
    expect(lines.pop()).toBe(t('da', 'brief.askAreas.named', { names: 'Mona Leder' }));
    expect(uffe.text).not.toContain(t('da', 'brief.codes.heading'));
  });

  it('say to ask the project leader without a name when nobody has the role', () => {
    const [brief] = briefsOf([person('Ida', LIBRARY, { PSRM: 'D' })]);
    expect(brief.text.split('\n').pop()).toBe(t('da', 'brief.ask.unnamed'));
    const [none] = briefsOf([person('Ida', LIBRARY, {})]);
    expect(none.text.split('\n').pop()).toBe(t('da', 'brief.askAreas.unnamed'));
  });

  it('name every project leader', () => {
    const [brief] = briefsOf([
      person('Ida', LIBRARY, { PSRM: 'D' }),
      person('Mona', 'projektleder', {}),
      person('Ole', NO_PARTY, {}),
      person('Pia', NO_PARTY, {}),
    ]);
    expect(brief.text.split('\n').pop()).toBe(
      'Spørg projektlederen, Mona, Ole eller Pia, hvis noget er uklart.',
    );
  });

  it('say plainly when the person’s phase is blank, and how many lead an area', () => {
    const [brief] = briefsOf([
      person('Ida', LIBRARY, { PSRM: 'D' }),
      person('Bo', LIBRARY, { PSRM: 'A' }, PHASE_2),
      person('Kim', LIBRARY, { PSRM: 'A' }, PHASE_2),
    ]);
    expect(brief.fromPhase).toBeNull();
    expect(brief.text.split('\n')).toContain(t('da', 'brief.fromPhase.blank'));
    expect(entryLines(brief.text, areaName('da', 'PSRM'))[1]).toBe(
      `  ${t('da', 'lead.several', { n: 2 })} · Behov fra Fase 2: Forberedelse`,
    );
  });

  it('keep each text from a cell on one line', () => {
    const catalogue = withDescriptions((id) => `Første linje for ${id}\nanden linje`);
    const [brief] = briefsOf([person('Ida\nHolm', LIBRARY, { PSRM: 'D' })], catalogue);
    expect(brief.person).toBe('Ida\nHolm');
    expect(brief.text.split('\n')[0]).toBe('Opgavebeskrivelse til Ida Holm');
    expect(entryLines(brief.text, areaName('da', 'PSRM'))).toContain(
      '  Første linje for PSRM anden linje',
    );
  });

  it('are written in the workbook’s language', () => {
    const peter = only(demoBriefs('en'), 'Peter Nielsen');
    const lines = peter.text.split('\n');
    expect(lines[0]).toBe('Brief for Peter Nielsen');
    expect(lines).toContain('You lead:');
    expect(lines).toContain('You are involved from Phase 2: Preparation.');
    expect(lines).toContain(`- ${areaName('en', 'INDR_KOM')} (D – Covers)`);
    expect(entryLines(peter.text, areaName('en', 'INDR_KOM'))[1]).toBe(
      '  Lead: Hanne Kjær · Needed from Phase 2: Preparation',
    );
    expect(lines.pop()).toBe('Ask the project leader, Mette Sørensen, if anything is unclear.');
    expect(peter.subject).toBe(t('en', 'brief.subject', { task: t('en', 'task.title') }));
  });

  it('join into one text for a meeting invitation', () => {
    const briefs = demoBriefs();
    const all = allBriefsText(briefs);
    expect(all.split(`\n\n${BRIEF_SEPARATOR}\n\n`)).toEqual(briefs.map((brief) => brief.text));
    expect(allBriefsText([])).toBe('');
  });
});

describe('the brief as an e-mail link', () => {
  it('holds the whole brief when it fits', () => {
    const lars = only(demoBriefs(), 'Lars Holm');
    const draft = briefMail(lars)!;
    expect(draft.complete).toBe(true);
    expect(draft.url.startsWith('mailto:lars.holm@kommune.dk?subject=')).toBe(true);
    expect(draft.url).toContain('%0D%0A');
    expect(decodedBody(draft.url)).toBe(lars.text);
    expect(briefMailto(lars)).toBe(draft.url);
    expect(decodeURIComponent(draft.url.split('&body=')[0].split('subject=')[1])).toBe(
      lars.subject,
    );
  });

  it('stays within 2,000 characters for every demo person', () => {
    for (const lang of ['da', 'en'] as const) {
      for (const brief of demoBriefs(lang, 'Aarhus Kommune')) {
        const draft = briefMail(brief)!;
        expect(draft.url.length).toBeLessThanOrEqual(MAILTO_MAX);
        expect(draft.complete).toBe(true);
      }
    }
  });

  it('shortens long descriptions first, keeping every area and lead name whole', () => {
    const catalogue = manyAreas(3, 40, 600);
    const [ida] = briefsOf(
      [
        person('Ida', LIBRARY, { AREA0: 'A', AREA1: 'D', AREA2: 'I' }),
        person('Mona', NO_PARTY, {}),
      ],
      catalogue,
    );
    expect(briefMailto(ida)!.length).toBeGreaterThan(0);
    const draft = briefMail(ida)!;
    expect(draft.url.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(draft.complete).toBe(true);
    const body = decodedBody(draft.url);
    for (const row of catalogue.areas) expect(body).toContain(`- ${row[1]} (`);
    expect(body).toMatch(/Beskrivelse 0: [^\n]*…\n/);
    expect(body).toContain('Spørg projektlederen, Mona, hvis noget er uklart.');
    // As long as allowed: one character more in each description would not fit.
    expect(draft.url.length).toBeGreaterThan(MAILTO_MAX - 3 * 60);
  });

  it('drops the descriptions, then lists fewer areas and counts the rest, never cutting a name', () => {
    const catalogue = manyAreas(30, 60, 300);
    const codes = Object.fromEntries(catalogue.areas.map((row) => [String(row[0]), 'D']));
    const [ida] = briefsOf(
      [person('Ida', LIBRARY, codes), person('Mona Projektleder', NO_PARTY, { AREA0: 'A' })],
      catalogue,
    );
    const draft = briefMail(ida)!;
    expect(draft.url.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(draft.complete).toBe(false);
    const body = decodedBody(draft.url);
    expect(body).not.toContain('Beskrivelse');
    const listed = catalogue.areas.filter((row) => body.includes(`- ${row[1]} (D)`));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(catalogue.areas.slice(0, listed.length));
    expect(body).toContain(
      t('da', 'brief.more.other', {
        n: catalogue.areas.length - listed.length,
        sheet: t('da', 'sheet.participants'),
      }),
    );
    expect(body).toContain('Ansvarlig: Mona Projektleder');
    expect(body.split('\n').pop()).toBe(
      'Spørg projektlederen, Mona Projektleder, hvis noget er uklart.',
    );
  });

  it('holds at most the given length, or is null when not even the names fit', () => {
    const peter = only(demoBriefs(), 'Peter Nielsen');
    for (const max of [1500, 1000, 800]) {
      const draft = briefMail(peter, max);
      expect(draft === null || draft.url.length <= max).toBe(true);
    }
    expect(briefMail(peter, 50)).toBeNull();
    expect(briefMailto(peter, 50)).toBeNull();
  });

  it('encodes what a cell holds, so it cannot add recipients or break the link', () => {
    const [ida] = briefsOf([
      {
        name: 'Ida \ud800 & Co',
        role: LIBRARY,
        email: ' ida@kommune.dk?cc=evil@example.com ',
        codes: { PSRM: 'D' },
      },
    ]);
    const url = briefMailto(ida)!;
    expect(url.startsWith('mailto:ida@kommune.dk%3Fcc%3Devil@example.com?subject=')).toBe(true);
    expect(url.match(/[?&]/g)).toEqual(['?', '&']);
    expect(decodedBody(url)).toContain('Ida \ufffd & Co');
  });
});
