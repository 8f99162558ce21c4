import { BriefsJson } from '../../src/cli/brief';
import { EXIT } from '../../src/cli/main';
import { shorten } from '../../src/cli/safeText';
import { allBriefsText, buildBriefs } from '../../src/core/brief';
import { demoPeople } from '../../src/core/demo';
import { analyseTables, newWorkbookPlan, planTables } from '../../src/core/engine';
import { Lang, t } from '../../src/core/i18n';
import { PersonInput } from '../../src/core/planMatrix';
import { areaDescription } from '../../src/core/template';
import {
  FIXED_DATE,
  editZipParts,
  tempFolder,
  writeDemoWorkbook,
  writePeopleWorkbook,
} from '../xlsx/fixtures';
import { DANISH, ENGLISH, cli, onlyJson, snapshot } from './runCli';

const folder = tempFolder('cli-brief');
afterAll(() => folder.cleanup());

/** The briefs the core makes for the workbook a file was written from. */
function expectedBriefs(lang: Lang, people: PersonInput[]) {
  const { plan } = newWorkbookPlan(lang, people, FIXED_DATE);
  return buildBriefs(analyseTables(planTables(plan)));
}

const DEMO_NAMES = demoPeople('da').map((person) => person.name);

let demo: string;
beforeAll(async () => {
  demo = folder.file('demo.xlsx');
  await writeDemoWorkbook(demo);
});

describe('brief --json', () => {
  it('prints one object with a brief per named row, in matrix order', async () => {
    const result = await cli(['brief', demo, '--json']);
    expect(result.code).toBe(EXIT.ready);
    expect(result.err).toEqual([]);
    const json = onlyJson<BriefsJson>(result);
    expect(Object.keys(json)).toEqual(['briefs']);
    expect(json.briefs.map((b) => b.person)).toEqual(DEMO_NAMES);
    for (const brief of json.briefs)
      expect(Object.keys(brief)).toEqual([
        'person',
        'email',
        'role',
        'party',
        'fromPhase',
        'lead',
        'covers',
        'gathers',
        'subject',
        'text',
      ]);
    const peter = json.briefs.find((b) => b.person === 'Peter Nielsen');
    expect(peter).toEqual({
      person: 'Peter Nielsen',
      email: 'peter.nielsen@kommune.dk',
      role: 'Biblioteksmedarbejder',
      party: 'library',
      fromPhase: 'Fase 2: Forberedelse',
      lead: ['INDR_BIB'],
      covers: ['INDR_KOM', 'BET_WEB', 'BET_APP', 'KOMM'],
      gathers: ['DEB_REGLER', 'BET_AUT'],
      subject: t('da', 'brief.subject', { task: t('da', 'task.title') }),
      text: expectedBriefs('da', demoPeople('da')).find((b) => b.person === 'Peter Nielsen')!.text,
    });
    expect(json.briefs.find((b) => b.person === 'Sofie Jensen')?.party).toBe('finance');
    expect(json.briefs.find((b) => b.person === 'Mette Sørensen')?.party).toBeNull();
  });

  it('gives one person’s brief, matched trimmed and ignoring case', async () => {
    const result = await cli(['brief', demo, '--person', '  peter NIELSEN ', '--json']);
    expect(result.code).toBe(EXIT.ready);
    expect(onlyJson<BriefsJson>(result).briefs.map((b) => b.person)).toEqual(['Peter Nielsen']);
    const equals = await cli(['brief', '--person=lars holm', demo, '--json']);
    expect(onlyJson<BriefsJson>(equals).briefs.map((b) => b.person)).toEqual(['Lars Holm']);
  });

  it('gives both briefs of a name that two rows have', async () => {
    const file = folder.file();
    await writePeopleWorkbook(file, 'da', [
      { name: 'Ida Holm', role: 'Biblioteksmedarbejder', codes: { PSRM: 'A' } },
      { name: 'Bo Lind', codes: {} },
      { name: 'ida holm', role: 'Økonomi-/debitormedarbejder', codes: { KOMM: 'I' } },
    ]);
    const json = onlyJson<BriefsJson>(await cli(['brief', file, '--json', '--person', 'Ida Holm']));
    expect(json.briefs.map((b) => [b.person, b.party, b.lead, b.gathers])).toEqual([
      ['Ida Holm', 'library', ['PSRM'], []],
      ['ida holm', 'finance', [], ['KOMM']],
    ]);
  });

  it('writes the briefs in the workbook’s language, whatever LANG says', async () => {
    const file = folder.file();
    await writeDemoWorkbook(file, 'en');
    const json = onlyJson<BriefsJson>(await cli(['brief', file, '--json'], DANISH));
    expect(json.briefs[0].text.split('\n')[0]).toBe('Brief for Mette Sørensen');
    expect(json.briefs[0].subject).toBe(t('en', 'brief.subject', { task: t('en', 'task.title') }));
  });

  it('answers an unknown person with one JSON error object and exit 2', async () => {
    const result = await cli(['brief', demo, '--json', '--person', 'Nemo'], ENGLISH);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([]);
    expect(onlyJson<{ error: string }>(result)).toEqual({
      error: t('en', 'cli.unknownPerson', { person: 'Nemo', names: DEMO_NAMES.join(', ') }),
    });
  });
});

describe('brief as text', () => {
  it('prints every brief whole, one after the other', async () => {
    const result = await cli(['brief', demo]);
    expect(result.code).toBe(EXIT.ready);
    expect(result.err).toEqual([]);
    const printed = result.out.join('\n');
    expect(printed).toBe(allBriefsText(expectedBriefs('da', demoPeople('da'))));
    // A description over 80 characters is part of the message, and is not shortened.
    const long = areaDescription('da', 'INDR_BIB');
    expect(long.length).toBeGreaterThan(80);
    expect(printed.split('\n')).toContain(`  ${long}`);
  });

  it('prints one person’s brief', async () => {
    const result = await cli(['brief', demo, '--person', 'hanne kjær']);
    expect(result.code).toBe(EXIT.ready);
    expect(result.out.join('\n')).toBe(
      expectedBriefs('da', demoPeople('da')).find((b) => b.person === 'Hanne Kjær')!.text,
    );
  });

  it.each([
    ['da', DANISH],
    ['en', ENGLISH],
  ] as const)(
    'answers an unknown person with exit 2 and the names there are, in LANG %s',
    async (lang, locale) => {
      const result = await cli(['brief', demo, '--person', 'Nemo'], locale);
      expect(result.code).toBe(EXIT.failed);
      expect(result.out).toEqual([]);
      expect(result.err).toEqual([
        t(lang, 'cli.unknownPerson', { person: 'Nemo', names: DEMO_NAMES.join(', ') }),
      ]);
    },
  );

  it('says so when the matrix has nobody', async () => {
    const file = folder.file();
    await writePeopleWorkbook(file, 'da', []);
    const all = await cli(['brief', file], ENGLISH);
    expect(all.code).toBe(EXIT.ready);
    expect(all.out).toEqual([t('en', 'cli.noPeople')]);
    expect(onlyJson<BriefsJson>(await cli(['brief', file, '--json']))).toEqual({ briefs: [] });
    const one = await cli(['brief', file, '--person', 'Nemo']);
    expect(one.code).toBe(EXIT.failed);
    expect(one.err).toEqual([t('da', 'cli.unknownPerson.none', { person: 'Nemo' })]);
  });

  it('escapes control characters from cells, and shortens long names in a message', async () => {
    const long = `Lang ${'N'.repeat(120)}`;
    const plain = folder.file();
    await writePeopleWorkbook(plain, 'da', [
      { name: 'Ida HOSTILE', role: 'Projektleder', codes: { PSRM: 'A' } },
      { name: long, codes: { PSRM: 'D' } },
    ]);
    const file = folder.file();
    await editZipParts(plain, file, (_part, xml) => xml.split('HOSTILE').join('_x001B_[2J_x0007_'));
    const result = await cli(['brief', file]);
    expect(result.code).toBe(EXIT.ready);
    const printed = result.out.join('\n');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.exec(printed)).toBeNull();
    expect(printed).toContain(String.raw`Opgavebeskrivelse til Ida \x1b[2J\x07`);
    expect(printed).toContain(`Opgavebeskrivelse til ${long}`);

    const unknown = await cli(['brief', file, '--person', 'Nemo']);
    expect(unknown.err).toEqual([
      t('da', 'cli.unknownPerson', {
        person: 'Nemo',
        names: [String.raw`Ida \x1b[2J\x07`, shorten(long)].join(', '),
      }),
    ]);
  });
});

describe('brief', () => {
  it('only reads the file', async () => {
    const file = folder.file();
    await writeDemoWorkbook(file);
    const before = snapshot(file);
    await cli(['brief', file]);
    await cli(['brief', file, '--json']);
    await cli(['brief', file, '--person', 'Nemo']);
    expect(snapshot(file)).toEqual(before);
  });

  it('needs a file and a name after --person', async () => {
    const noFile = await cli(['brief']);
    expect(noFile.code).toBe(EXIT.failed);
    expect(noFile.err).toEqual([t('da', 'cli.missingFile'), t('da', 'cli.usage')]);
    const noName = await cli(['brief', demo, '--person'], ENGLISH);
    expect(noName.code).toBe(EXIT.failed);
    expect(noName.err).toEqual([t('en', 'cli.missingPerson'), t('en', 'cli.usage')]);
    const json = await cli(['brief', demo, '--json', '--person', ' ']);
    expect(onlyJson<{ error: string }>(json)).toEqual({ error: t('da', 'cli.missingPerson') });
  });

  it('takes what follows -- as the file, and a second file is an error', async () => {
    const missing = await cli(['brief', '--', '--person']);
    expect(missing.code).toBe(EXIT.failed);
    expect(missing.err).toEqual([t('da', 'error.fileMissing', { file: '--person' })]);
    const second = await cli(['brief', demo, 'b.xlsx', '--json']);
    expect(onlyJson<{ error: string }>(second)).toEqual({
      error: t('da', 'cli.extraArgument', { argument: 'b.xlsx' }),
    });
  });

  it('is in the usage, in both languages', () => {
    for (const lang of ['da', 'en'] as const)
      expect(t(lang, 'cli.usage')).toContain('organisering brief');
  });
});
