/**
 * The plan to KLAR in the built pane, in Chromium over the in-memory Excel: from the demo
 * people at IKKE KLAR to KLAR by applying suggestions and adding the recruits, in a Danish and
 * an English pane, and a co-author's edit of a suggested cell between the plan and the click.
 */
import { a1 } from '../../src/core/cells';
import { demoPeople } from '../../src/core/demo';
import { analyseTables } from '../../src/core/engine';
import { Lang, t } from '../../src/core/i18n';
import { TableSet } from '../../src/core/model';
import { CodeSuggestion, RecruitSuggestion, planSuggestions } from '../../src/core/suggestions';
import { TABLE, header } from '../../src/core/tables';
import { PaneDriver } from './browser/driver';
import type { TableValues } from './browser/host';
import { OpenPane, axeViolations, openPane } from './browser/pane';
import { useBrowserHarness } from './browser/harness';

const harness = useBrowserHarness();
const WAIT = { timeout: 20_000 };

/** The workbook as the core reads it, straight from the fake. */
async function tablesOf(d: PaneDriver): Promise<TableSet> {
  const tables: TableSet = {};
  for (const name of Object.values(TABLE)) {
    const table = await d.page
      .evaluate((n) => {
        try {
          return window.__fake!.table(n);
        } catch {
          return null;
        }
      }, name)
      .catch(() => null);
    if (!table) continue;
    tables[name] = {
      name,
      sheet: table.sheet,
      headers: table.headers,
      rows: table.rows,
      origin: table.origin,
    };
  }
  return tables;
}

/** Types the demo people into Matrix as a co-author would, one block. */
async function typeDemoPeople(d: PaneDriver, lang: Lang, leave: (name: string) => boolean) {
  const matrix = await d.table('tblMatrix');
  const people = demoPeople(lang).filter((p) => !leave(String(p.name)));
  const rows = people.map((person) =>
    matrix.headers.map((h) => {
      const is = (column: 'name' | 'role' | 'department' | 'email' | 'fromPhase') =>
        h === header('matrix', column, lang);
      if (is('name')) return String(person.name);
      if (is('role')) return String(person.role ?? '');
      if (is('department')) return String(person.department ?? '');
      if (is('email')) return String(person.email ?? '');
      if (is('fromPhase')) return String(person.fromPhase ?? '');
      return String(person.codes?.[h] ?? '');
    }),
  );
  const computed = [header('matrix', 'party', lang), header('matrix', 'phaseNo', lang)];
  // Write every column but the computed ones, as runs either side of them.
  const first = a1(matrix.origin.row + 1, matrix.origin.col);
  const skip = matrix.headers.map((h) => computed.includes(h));
  let start = 0;
  for (let c = 0; c <= matrix.headers.length; c += 1) {
    if (c === matrix.headers.length || skip[c]) {
      if (c > start) {
        const from = a1(matrix.origin.row + 1, matrix.origin.col + start);
        const to = a1(matrix.origin.row + people.length, matrix.origin.col + c - 1);
        await d.remoteEdit(
          matrix.sheet,
          `${from}:${to}`,
          rows.map((row) => row.slice(start, c)),
        );
      }
      start = c + 1;
    }
  }
  return { first, people };
}

async function verdict(d: PaneDriver): Promise<string> {
  return (await d.page.getByTestId('plan').innerText()).trim();
}

/** Applies every code suggestion through "Anvend alle" and its confirmation. */
async function applyAll(d: PaneDriver, count: number): Promise<void> {
  await d.button('pane.plan.applyAll').click();
  const confirm = d.page.getByRole('group', {
    name: d.text('pane.plan.confirmHeading', { count }),
  });
  await confirm.waitFor(WAIT);
  expect(await confirm.getByRole('listitem').count()).toBe(count);
  await confirm.getByRole('button', { name: d.text('pane.plan.confirm'), exact: true }).click();
  await d.expectMessage(count === 1 ? 'pane.plan.applied.one' : 'pane.plan.applied.other', {
    count,
  });
}

/** A person who closes a recruit suggestion: the party's role, on time, with the code asked. */
function recruitPerson(recruit: RecruitSuggestion, lang: Lang, n: number) {
  const role =
    recruit.role ??
    (recruit.party === 'finance'
      ? t(lang, 'role.financeStaff')
      : recruit.party === 'library'
        ? t(lang, 'role.libraryStaff')
        : undefined);
  return {
    name: `Ny person ${n}`,
    role,
    phase: recruit.fromPhase ?? undefined,
    codes: recruit.area ? { [recruit.area]: recruit.fixes.includes('lead') ? 'A' : 'D' } : {},
  };
}

describe.each([
  // The English run leaves out the ØiR coordinator, so the plan must also recruit.
  { displayLanguage: 'da-DK', lang: 'da' as Lang, leave: '' },
  { displayLanguage: 'en-US', lang: 'en' as Lang, leave: 'Hanne Kjær' },
])('the plan to KLAR with Office in $displayLanguage', ({ displayLanguage, lang, leave }) => {
  let pane: OpenPane;
  let d: PaneDriver;

  beforeAll(async () => {
    pane = await openPane(harness.browser, harness.server.origin, harness.hostScript, {
      displayLanguage,
      width: 320,
    });
    d = new PaneDriver(pane.page, lang);
    await d.createSheets(lang);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it('says what is missing for each gap, and how many changes and new people make it KLAR', async () => {
    await typeDemoPeople(d, lang, (name) => name === leave);
    await d.open('coverage');
    await d.page.getByTestId('plan-summary').waitFor(WAIT);
    const analysis = analyseTables(await tablesOf(d), planSuggestions);
    expect(analysis.coverage.ready).toBe(false);
    const summary = await d.page.getByTestId('plan-summary').innerText();
    expect(summary).toMatch(lang === 'da' ? /gør jer KLAR/ : /make you READY/);
    // Every gap says what it misses, in the pane's language.
    const gaps = analysis.coverage.areas.filter((a) => a.status !== 'covered');
    for (const gap of gaps) {
      const card = d.page.locator(`[data-card="${gap.id}"]`);
      await expect(card.getByTestId('area-missing').innerText()).resolves.toContain(
        d.text('pane.coverage.missing', { what: '' }).trim(),
      );
    }
    expect(await axeViolations(d.page)).toEqual([]);
  });

  it('applies one suggestion with a click, and undoes it from the message', async () => {
    const before = analyseTables(await tablesOf(d), planSuggestions);
    const first = before.suggestions.find((s): s is CodeSuggestion => s.kind === 'code')!;
    await d.page.locator(`[data-suggestion="${first.cell}"]`).click();
    await d.expectMessage('pane.plan.applied.one');
    const matrix = await d.table('tblMatrix');
    const col = matrix.headers.indexOf(first.area);
    expect(matrix.rows[first.row][col]).toBe(first.to);
    await d
      .message()
      .getByRole('button', { name: d.text('pane.plan.undo') })
      .click();
    await d.expectMessage('pane.plan.undone');
    expect((await d.table('tblMatrix')).rows[first.row][col]).toBe(first.from);
  });

  it('refuses a suggestion whose cell a co-author changed after the plan, overwriting nothing', async () => {
    const plan = analyseTables(await tablesOf(d), planSuggestions);
    const target = plan.suggestions.find((s): s is CodeSuggestion => s.kind === 'code')!;
    const matrix: TableValues = await d.table('tblMatrix');
    const address = a1(
      matrix.origin.row + 1 + target.row,
      matrix.origin.col + matrix.headers.indexOf(target.area),
    );
    // The co-author's edit lands, and the click follows before the pane can read it again.
    await d.page.evaluate(
      ([sheet, at, cell]) => {
        window.__fake!.host.remoteEdit(sheet, at, [['x']]);
        (document.querySelector(`[data-suggestion="${cell}"]`) as HTMLButtonElement).click();
      },
      [matrix.sheet, address, target.cell] as const,
    );
    await d.expectMessage('pane.plan.refused.one');
    expect((await d.table('tblMatrix')).rows[target.row][matrix.headers.indexOf(target.area)]).toBe(
      'x',
    );
    // Put the cell back as it was, as the co-author would after talking to the leader.
    await d.remoteEdit(matrix.sheet, address, [[target.from]]);
  });

  it('goes from IKKE KLAR to KLAR by applying the plan and adding the recruits', async () => {
    let added = 0;
    for (let round = 0; round < 8; round += 1) {
      const analysis = analyseTables(await tablesOf(d), planSuggestions);
      if (analysis.coverage.ready) break;
      const codes = analysis.suggestions.filter((s) => s.kind === 'code');
      const recruits = analysis.suggestions.filter(
        (s): s is RecruitSuggestion => s.kind === 'recruit',
      );
      await d.open('coverage');
      await d.page.getByTestId('plan-summary').waitFor(WAIT);
      if (codes.length > 0) {
        await applyAll(d, codes.length);
      } else if (recruits.length > 0) {
        const shown = await d.page.getByTestId('plan-recruits').innerText();
        expect(shown).toContain(recruits[0].reason);
        added += 1;
        await d.addPerson(recruitPerson(recruits[0], lang, added));
      } else {
        throw new Error('not ready, and nothing suggested');
      }
    }
    expect(analyseTables(await tablesOf(d), planSuggestions).coverage.ready).toBe(true);
    await d.open('coverage');
    await d.page.getByText(d.text('pane.plan.ready')).waitFor(WAIT);
    expect(await verdict(d)).toContain(d.text('pane.plan.ready'));
    await d.page.getByText(d.text('verdict.ready'), { exact: true }).first().waitFor(WAIT);
  });
});
