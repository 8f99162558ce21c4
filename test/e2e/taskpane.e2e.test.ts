/**
 * The project leader's whole workflow in the built task pane, in Debian's Chromium, over the
 * real workbook gateway and the in-memory Excel fake standing in for office.js: from an empty
 * workbook to a task marked complete, in a Danish pane and again in an English one, with
 * axe-core on every part and screenshots at 320 and 450 px.
 */
import * as fs from 'fs';
import { BUNDLE_BUDGETS, measureBundle, overBudget } from '../../bench/bundle';
import { Lang, t } from '../../src/core/i18n';
import { PartId } from '../../src/taskpane/components/partProps';
import { DIST_WEB } from './browser/build';
import { PaneDriver } from './browser/driver';
import { cell, column } from './browser/tables';
import { OpenPane, axeViolations, openPane, screenshots } from './browser/pane';
import { useBrowserHarness } from './browser/harness';

const PARTS: PartId[] = ['start', 'people', 'coverage', 'status'];

const harness = useBrowserHarness();

async function expectAccessible(pane: OpenPane, what: string): Promise<void> {
  const violations = await axeViolations(pane.page);
  expect([what, violations]).toEqual([what, []]);
}

describe('the production build (gzip -9)', () => {
  const budget = (key: keyof typeof BUNDLE_BUDGETS) => {
    const sizes = measureBundle(DIST_WEB);
    return overBudget({ ...BUNDLE_BUDGETS, [key]: sizes[key] });
  };

  it('loads at most 150 KB of JavaScript before the first render', () => {
    expect(budget('initial')).toEqual([]);
    expect(measureBundle(DIST_WEB).initial).toBeGreaterThan(BUNDLE_BUDGETS.initial / 3);
  });

  it('can load at most 220 KB in all, lazy chunks included', () => {
    expect(budget('total')).toEqual([]);
  });

  it('keeps the ribbon commands at most 30 KB, with no React in them', () => {
    const commands = fs
      .readdirSync(DIST_WEB)
      .filter((file) => /^commands\..*\.js$/.test(file))
      .map((file) => fs.readFileSync(`${DIST_WEB}/${file}`, 'utf8'))
      .join('');
    expect(commands).not.toMatch(/__SECRET_INTERNALS_DO_NOT_USE|createRoot/);
    expect(budget('commands')).toEqual([]);
  });
});

describe.each([
  { displayLanguage: 'da-DK', lang: 'da' as Lang },
  { displayLanguage: 'en-US', lang: 'en' as Lang },
])('the task pane with Office in $displayLanguage', ({ displayLanguage, lang }) => {
  // The workbook is Danish in both runs: the pane's language follows Office, not the workbook.
  const wb = (key: Parameters<typeof t>[1]) => t('da', key);
  let pane: OpenPane;
  let d: PaneDriver;

  beforeAll(async () => {
    pane = await openPane(harness.browser, harness.server.origin, harness.hostScript, {
      displayLanguage,
      width: 320,
    });
    d = new PaneDriver(pane.page, lang);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it('starts on Kom i gang with every part of an empty workbook missing', async () => {
    await d.waitForText(d.text('pane.start.state.fresh'));
    expect(await d.tab('start').getAttribute('aria-selected')).toBe('true');
    expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await expectAccessible(pane, 'start, empty workbook');
  });

  it('creates the sheets in Danish', async () => {
    await d.createSheets('da');
    await d.waitForText(d.text('pane.start.state.complete'));
    const matrix = await d.table('tblMatrix');
    expect(matrix.headers).toEqual(expect.arrayContaining([wb('col.matrix.name'), 'PSRM']));
  });

  it('refuses a person without a name or with a malformed e-mail, and says why', async () => {
    await d.startPersonForm();
    await expectAccessible(pane, 'person form');
    await d.fillPerson({ name: '', email: 'ane@' });
    await d.savePerson();
    await d.waitForText(d.text('pane.person.nameRequired'));
    await d.waitForText(d.text('pane.person.emailInvalid'));
    await screenshots(pane.page, `${lang}-person-form`, [320]);
    expect(
      await pane.page
        .getByLabel(d.text('pane.person.name'))
        .evaluate((e) => e === document.activeElement),
    ).toBe(true);
    await d.button('pane.cancel').click();
  });

  it('adds three people through the form, one whose name starts with =', async () => {
    const phase = wb('phase.2');
    await d.addPerson({
      name: '=Ane',
      role: wb('role.leader'),
      department: 'Kultur',
      email: 'ane@kommune.dk',
      phase,
      codes: { INDR_BIB: 'A', KOMM: 'D', ADM_FBS: 'A' },
    });
    await d.addPerson({
      name: 'Bo Jensen',
      role: wb('role.financeStaff'),
      codes: { INDR_BIB: 'D', INDR_KOM: 'A', DEB_REGLER: 'A' },
    });
    await d.addPerson({
      name: "Cecilie O'Hara",
      role: wb('role.libraryStaff'),
      codes: { INDR_BIB: 'D', BET_WEB: 'A', KOMM: 'A' },
    });
    await d.waitForText(d.text('pane.people.heading', { count: 3 }));

    const matrix = await d.table('tblMatrix');
    const names = matrix.rows.map((row) => row[column(matrix, wb('col.matrix.name'))]);
    // Stored as the text typed, not run as a formula (which would read 0 or #NAME?).
    expect(names.slice(0, 3)).toEqual(['=Ane', 'Bo Jensen', "Cecilie O'Hara"]);
    expect(matrix.rows[0][column(matrix, 'INDR_BIB')]).toBe('A');
    expect(matrix.rows[0][column(matrix, wb('col.matrix.email'))]).toBe('ane@kommune.dk');
  });

  it('lists every area with its status and counts, gaps first', async () => {
    await d.open('coverage');
    const items = pane.page.locator('[data-testid=coverage-list] button[data-area]');
    expect(await items.count()).toBe(13);
    const statuses = await items.evaluateAll((buttons) =>
      buttons.map((b) => (b as HTMLElement).dataset.status),
    );
    expect(statuses[0]).toBe('not_covered');
    expect(statuses.lastIndexOf('not_covered')).toBeLessThan(statuses.indexOf('covered'));
    expect(await d.coverageItem('INDR_BIB').getAttribute('data-status')).toBe('covered');
    await expect(d.coverageItem('INDR_BIB').innerText()).resolves.toContain(
      d.text('pane.coverage.counts', { leads: 1, covers: 3, gatherers: 0 }),
    );
    await expectAccessible(pane, 'coverage');
  });

  it('keeps the list where it first showed when the plan above it arrives', async () => {
    await d.open('people');
    // The first card's place when it first shows, before the plan and the other cards.
    await pane.page.evaluate(() => {
      const page = window as unknown as { firstCardTop?: number };
      delete page.firstCardTop;
      const observer = new MutationObserver(() => {
        const card = document.querySelector('[data-testid=coverage-list] button[data-area]');
        if (!card) return;
        observer.disconnect();
        page.firstCardTop = card.getBoundingClientRect().top;
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await d.open('coverage');
    await pane.page.locator('[data-testid=plan] button').first().waitFor();
    const [first, settled] = await pane.page.evaluate(() => [
      (window as unknown as { firstCardTop?: number }).firstCardTop,
      document
        .querySelector('[data-testid=coverage-list] button[data-area]')!
        .getBoundingClientRect().top,
    ]);
    expect(first).toBeDefined();
    expect(Math.abs(settled! - first!)).toBeLessThanOrEqual(1);
  });

  it("selects an area's column in Matrix by click and by Enter", async () => {
    const matrix = await d.table('tblMatrix');
    const columnOf = (id: string) => cell(matrix, 0, id).replace(/\d+$/, '');
    await d.coverageItem('INDR_BIB').click();
    await pane.page.waitForFunction(
      (col) => window.__fake!.selection()?.startsWith(`Matrix!${col}`) === true,
      columnOf('INDR_BIB'),
    );
    await d.coverageItem('KOMM').focus();
    await pane.page.keyboard.press('Enter');
    await pane.page.waitForFunction(
      (col) => window.__fake!.selection()?.startsWith(`Matrix!${col}`) === true,
      columnOf('KOMM'),
    );
  });

  it("shows a co-author's edits without a click, reading the workbook once for the burst", async () => {
    const matrix = await d.table('tblMatrix');
    const row = 3; // the first blank row below the three people
    await d.resetCounters();
    await d.remoteEdit('Matrix', cell(matrix, row, wb('col.matrix.name')), [['Dorte Remote']]);
    await d.remoteEdit('Matrix', cell(matrix, row, wb('col.matrix.role')), [[wb('role.owner')]]);
    await d.remoteEdit('Matrix', cell(matrix, row, 'KOMM'), [['A']]);
    await d.remoteEdit('Matrix', cell(matrix, row, 'PSRM'), [['D']]);
    await d.remoteEdit('Matrix', cell(matrix, row, 'PSRM'), [['I']]);
    await pane.page
      .locator('[data-testid=coverage-list] button[data-area="KOMM"]', {
        hasText: d.text('pane.coverage.counts', { leads: 2, covers: 3, gatherers: 0 }),
      })
      .waitFor({ timeout: 10_000 });
    // No sleep to see that no second read follows: one more edit is a marker whose read is
    // the second. Had the burst been read more than once, those reads came before it.
    const komm = (covers: number) =>
      pane.page
        .locator('[data-testid=coverage-list] button[data-area="KOMM"]', {
          hasText: d.text('pane.coverage.counts', { leads: 2, covers, gatherers: 0 }),
        })
        .waitFor({ timeout: 20_000 });
    const marker = [cell(matrix, row + 1, wb('col.matrix.name')), cell(matrix, row + 1, 'KOMM')];
    await d.remoteEdit('Matrix', `${marker[0]}`, [['Erik Markør']]);
    await d.remoteEdit('Matrix', `${marker[1]}`, [['D']]);
    await komm(4);
    expect(await d.syncCount()).toBe(2);
    // The marker goes again, so the workflow goes on with the workbook as it was.
    await d.remoteEdit('Matrix', `${marker[1]}`, [['']]);
    await d.remoteEdit('Matrix', `${marker[0]}`, [['']]);
    await komm(3);
  });

  it('refreshes the Status sheet', async () => {
    await d.open('status');
    await expectAccessible(pane, 'status');
    const before = (await d.table('tblHistory')).rows.filter((r) => r[0] !== '' && r[0] !== null);
    await d.button('pane.status.refresh').click();
    await d.expectMessage('pane.status.refreshed');
    const after = (await d.table('tblHistory')).rows.filter((r) => r[0] !== '' && r[0] !== null);
    expect(after.length).toBe(before.length + 1);
  });

  it("ticks a method step with the user's name, prefilled from the Projektleder", async () => {
    const name = pane.page.getByLabel(d.text('pane.status.name'));
    expect(await name.inputValue()).toBe('=Ane');
    await name.fill('Ane Andersen');
    await d.checklistBox(0).check();
    await d.expectMessage('pane.status.stepDone', { step: 1 });
    const checklist = await d.table('tblChecklist');
    expect(checklist.rows[0][column(checklist, wb('col.checklist.done'))]).toBe(wb('yes'));
    expect(checklist.rows[0][column(checklist, wb('col.checklist.by'))]).toBe('Ane Andersen');
  });

  it('marks the task complete only through a confirmation listing the open gaps', async () => {
    await d.button('pane.status.complete').click();
    const dialog = pane.page.getByRole('alertdialog');
    await dialog.waitFor({ timeout: 15_000 });
    await expect(dialog.innerText()).resolves.toContain(d.text('pane.complete.title'));
    expect(await dialog.getByTestId('open-areas').locator('li').count()).toBeGreaterThan(0);
    await expectAccessible(pane, 'confirmation dialog');
    await screenshots(pane.page, `${lang}-status-dialog`, [320]);
    await dialog.getByRole('button', { name: d.text('pane.complete.confirm') }).click();
    await d.expectMessage('pane.status.completed');
    await dialog.waitFor({ state: 'detached' });
    const checklist = await d.table('tblChecklist');
    const last = checklist.rows[checklist.rows.length - 1];
    expect(last[column(checklist, wb('col.checklist.done'))]).toBe(wb('yes'));
    expect(last[column(checklist, wb('col.checklist.by'))]).toBe('Ane Andersen');
  });

  it('passes axe on each part and leaves screenshots at 320 and 450 px', async () => {
    for (const part of PARTS) {
      await d.open(part);
      await expectAccessible(pane, part);
      const files = await screenshots(pane.page, `${lang}-${part}`, [320, 450]);
      files.forEach((file) => expect(fs.existsSync(file)).toBe(true));
    }
  });

  it("took every style, Fluent's and its own, from the stylesheet in <head>", async () => {
    // The production build computes the styles while building and links them as one file:
    // after the whole workflow (every part, the form, the dialog) Griffel has inserted no rule.
    const sheets = await pane.page.evaluate(() => ({
      linked: [...document.head.querySelectorAll('link[rel=stylesheet]')].map(
        (link) => (link as HTMLLinkElement).sheet?.cssRules.length ?? 0,
      ),
      inserted: [...document.querySelectorAll('style[data-make-styles-bucket]')].map(
        (style) => (style as HTMLStyleElement).sheet?.cssRules.length ?? 0,
      ),
    }));
    expect(sheets.linked).toEqual([expect.any(Number)]);
    expect(sheets.linked[0]).toBeGreaterThan(100);
    expect(sheets.inserted.reduce((sum, n) => sum + n, 0)).toBe(0);
  });

  it('raised no uncaught error and logged none', () => {
    expect(pane.pageErrors).toEqual([]);
    expect(pane.consoleErrors).toEqual([]);
  });
});

describe('a workbook created in English from an English pane', () => {
  it('gets English headers', async () => {
    const pane = await openPane(harness.browser, harness.server.origin, harness.hostScript, {
      displayLanguage: 'en-GB',
    });
    try {
      const d = new PaneDriver(pane.page, 'en');
      await d.createSheets('en');
      const matrix = await d.table('tblMatrix');
      expect(matrix.headers).toEqual(expect.arrayContaining([t('en', 'col.matrix.name')]));
      await d.open('start');
      await d.waitForText(d.text('pane.start.workbookLang', { lang: d.text('pane.lang.en') }));
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
