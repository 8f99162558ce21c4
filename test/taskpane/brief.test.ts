import { Brief, MAILTO_MAX, allBriefsText, buildBriefs } from '../../src/core/brief';
import { templateCatalogue } from '../../src/core/catalogue';
import { demoPeople } from '../../src/core/demo';
import { analyseTables, newWorkbookPlan, planTables } from '../../src/core/engine';
import { PaneMessage } from '../../src/taskpane/model/messages';
import { BriefEffects, copyAllBriefs, sendBrief } from '../../src/taskpane/model/brief';
import { LIBRARY, tablesFor } from '../support/fixtures';

/** "Send opgaver" and "Kopiér alle" over fake effects: what is opened, copied and said. */

const demo = (() => {
  const { plan } = newWorkbookPlan('da', demoPeople('da'), new Date(Date.UTC(2024, 0, 15)));
  return buildBriefs(analyseTables(planTables(plan)));
})();

const named = (name: string) => demo.find((brief) => brief.person === name)!;

function fakeEffects(options: { opens?: boolean | 'throws'; copies?: boolean } = {}) {
  const opened: string[] = [];
  const copied: string[] = [];
  const messages: PaneMessage[] = [];
  const effects: BriefEffects = {
    open: (url) => {
      opened.push(url);
      if (options.opens === 'throws') throw new Error('blocked');
      return options.opens ?? true;
    },
    copy: (text) => {
      copied.push(text);
      return Promise.resolve(options.copies ?? true);
    },
    notify: (message) => messages.push(message),
  };
  return { effects, opened, copied, messages };
}

const said = (message: PaneMessage) => message.lines.map((line) => [line.key, line.params ?? {}]);

describe('Send opgaver', () => {
  it('opens an e-mail draft to the person, and offers to copy the text instead', async () => {
    const peter = named('Peter Nielsen');
    const fake = fakeEffects();
    await sendBrief(peter, fake.effects);
    expect(fake.opened).toHaveLength(1);
    expect(fake.opened[0].startsWith('mailto:peter.nielsen@kommune.dk?subject=')).toBe(true);
    expect(fake.opened[0].length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(fake.copied).toEqual([]);
    const [message] = fake.messages;
    expect(message.intent).toBe('success');
    expect(said(message)).toEqual([['pane.people.mailOpened', { name: 'Peter Nielsen' }]]);

    message.action!.run();
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.copied).toEqual([peter.text]);
    expect(said(fake.messages[1])).toEqual([['pane.people.copied', { name: 'Peter Nielsen' }]]);
  });

  it('copies the brief and says why when the person has no e-mail address', async () => {
    const [ida] = buildBriefs(
      analyseTables(
        tablesFor(templateCatalogue('da'), [{ name: 'Ida', role: LIBRARY, codes: { PSRM: 'D' } }]),
      ),
    );
    const fake = fakeEffects();
    await sendBrief(ida, fake.effects);
    expect(fake.opened).toEqual([]);
    expect(fake.copied).toEqual([ida.text]);
    expect(fake.messages.map((m) => [m.intent, ...said(m)])).toEqual([
      ['info', ['pane.people.copiedNoEmail', { name: 'Ida' }]],
    ]);
  });

  it.each([false, 'throws'] as const)(
    'copies the brief when the draft cannot be opened (open: %s)',
    async (opens) => {
      const lars = named('Lars Holm');
      const fake = fakeEffects({ opens });
      await sendBrief(lars, fake.effects);
      expect(fake.copied).toEqual([lars.text]);
      expect(said(fake.messages[0])).toEqual([
        ['pane.people.copiedNotOpened', { name: 'Lars Holm' }],
      ]);
    },
  );

  it('copies the brief when not even a short draft fits in a link', async () => {
    const brief: Brief = { ...named('Lars Holm'), email: `${'x'.repeat(3000)}@kommune.dk` };
    const fake = fakeEffects();
    await sendBrief(brief, fake.effects);
    expect(fake.opened).toEqual([]);
    expect(said(fake.messages[0])).toEqual([['pane.people.copiedTooLong', { name: 'Lars Holm' }]]);
  });

  it('opens a draft and copies the whole brief when the draft has no room for every area', async () => {
    const template = templateCatalogue('da');
    const catalogue = {
      ...template,
      areas: Array.from({ length: 40 }, (_, i) => [
        `AREA${i}`,
        `Et meget langt navn på område nummer ${i} i kommunens organisering af arbejdet`,
        null,
        null,
        2,
        'Ja',
        'Ja',
        null,
      ]),
    };
    const codes = Object.fromEntries(catalogue.areas.map((row) => [String(row[0]), 'D']));
    const [ida] = buildBriefs(
      analyseTables(
        tablesFor(catalogue, [{ name: 'Ida', role: LIBRARY, email: 'ida@kommune.dk', codes }]),
      ),
    );
    for (const copies of [true, false]) {
      const fake = fakeEffects({ copies });
      await sendBrief(ida, fake.effects);
      expect(fake.opened).toHaveLength(1);
      expect(fake.copied).toEqual([ida.text]);
      expect(fake.messages.map((m) => [m.intent, ...said(m)])).toEqual([
        copies
          ? ['info', ['pane.people.mailShortened', { name: 'Ida' }]]
          : ['warning', ['pane.people.mailShortenedNotCopied', { name: 'Ida' }]],
      ]);
    }
  });

  it('says so when the text cannot be copied either', async () => {
    const fake = fakeEffects({ opens: false, copies: false });
    await sendBrief(named('Lars Holm'), fake.effects);
    expect(fake.messages.map((m) => [m.intent, ...said(m)])).toEqual([
      ['error', ['pane.people.copyFailed', {}]],
    ]);
  });
});

describe('Kopiér alle', () => {
  it('copies every brief as one text and says how many', async () => {
    const fake = fakeEffects();
    await copyAllBriefs(demo, fake.effects);
    expect(fake.copied).toEqual([allBriefsText(demo)]);
    expect(said(fake.messages[0])).toEqual([
      ['pane.people.copiedAll.other', { count: demo.length }],
    ]);
    await copyAllBriefs(demo.slice(0, 1), fake.effects);
    expect(said(fake.messages[1])).toEqual([['pane.people.copiedAll.one', {}]]);
  });

  it('says so when the clipboard refuses', async () => {
    const fake = fakeEffects({ copies: false });
    await copyAllBriefs(demo, fake.effects);
    expect(fake.messages[0].intent).toBe('error');
  });
});
