/**
 * The first run, in Chromium over the real gateway and the Excel fake (issue 11, points 3, 4,
 * 5 and 7): Kom i gang in plain words with one primary button above the fold, focus after
 * creating the sheets, a busy Excel at open that is never taken for an empty workbook, and
 * failures in the pane's language, quiet when nobody asked.
 */
import { Page } from 'playwright-core';
import { CellValue, a1 } from '../../src/core/cells';
import { demoPeople } from '../../src/core/demo';
import { newWorkbookPlan } from '../../src/core/engine';
import { Lang, t } from '../../src/core/i18n';
import { PlanCell } from '../../src/core/planTypes';
import { SHEET_TABLES } from '../../src/taskpane/model/startParts';
import { PaneDriver } from './browser/driver';
import type { BrowserHostOptions } from './browser/host';
import { cell } from './browser/tables';
import { OpenPane, PaneOptions, axeViolations, openPane, screenshots } from './browser/pane';
import { useBrowserHarness } from './browser/harness';

const harness = useBrowserHarness();
const WAIT = { timeout: 20_000 };
const SHEETS_TOTAL = Object.keys(SHEET_TABLES).length;

/** Excel while someone edits a cell: every call fails with the code Microsoft documents. */
const CELL_EDIT = {
  code: 'InvalidOperationInCellEditMode',
  message: 'The operation is not allowed while Excel is in cell-editing mode.',
};

/** Opens the built pane; `failSyncsAtOpen` makes Excel busy before its first read. */
function open(options: PaneOptions & BrowserHostOptions): Promise<OpenPane> {
  return openPane(harness.browser, harness.server.origin, harness.hostScript, options);
}

async function expectAccessible(pane: OpenPane, what: string): Promise<void> {
  const violations = await axeViolations(pane.page);
  expect([what, violations]).toEqual([what, []]);
}

/** A plan cell as a person would have typed it: the value, or what its formula shows. */
function typed(cell: PlanCell | undefined): string | number | boolean {
  const value: CellValue = cell?.value ?? cell?.cached ?? null;
  if (value === null) return '';
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  return value;
}

interface SeedTable {
  sheet: string;
  name: string;
  address: string;
  values: (string | number | boolean)[][];
}

/**
 * A workbook someone prepared earlier, with the demo's people: the core's plan written into
 * the fake as cells and tables, without a sync, so it can be put there while Excel is busy.
 */
function preparedTables(lang: Lang): SeedTable[] {
  const { plan } = newWorkbookPlan(lang, demoPeople(lang), new Date(Date.UTC(2026, 0, 15, 9)), {
    municipality: t(lang, 'demo.municipality'),
  });
  return plan.sheets.flatMap((sheet) =>
    sheet.tables.map((table) => {
      const rows = table.rows.length > 0 ? table.rows : [[]];
      const values = [
        table.headers,
        ...rows.map((row) => table.headers.map((_, col) => typed(row[col]))),
      ];
      const last = a1(table.row + rows.length, table.col + table.headers.length - 1);
      return {
        sheet: sheet.name,
        name: table.name,
        address: `${a1(table.row, table.col)}:${last}`,
        values,
      };
    }),
  );
}

async function seed(page: Page, tables: SeedTable[]): Promise<void> {
  await page.evaluate((all) => {
    const host = window.__fake!.host;
    for (const table of all) {
      host.seed(table.sheet, table.address, table.values);
      host.addTable(table.sheet, table.address, { name: table.name });
    }
  }, tables);
}

function clearFailures(page: Page): Promise<void> {
  return page.evaluate(() => window.__fake!.host.clearSyncFailures());
}

/** The primary buttons in the open tab: those filled with the theme's brand colour. */
async function primaryButtons(page: Page): Promise<{ name: string; bottom: number }[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('[role=tabpanel]')!;
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'var(--colorBrandBackground)';
    panel.appendChild(probe);
    const brand = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return [...panel.querySelectorAll('button')]
      .filter((button) => getComputedStyle(button).backgroundColor === brand)
      .map((button) => ({
        name: (button.textContent ?? '').trim(),
        bottom: button.getBoundingClientRect().bottom,
      }));
  });
}

/** The focused element's text and whether all of it is inside the viewport. */
function focused(page: Page): Promise<{ name: string; inView: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    const box = active.getBoundingClientRect();
    return {
      name: (active.textContent ?? '').trim(),
      inView: box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0,
    };
  });
}

describe('4. Kom i gang in plain words', () => {
  let pane: OpenPane;
  let d: PaneDriver;

  beforeAll(async () => {
    pane = await open({ displayLanguage: 'da-DK' });
    d = new PaneDriver(pane.page, 'da');
    await pane.page.setViewportSize({ width: 320, height: 600 });
    await d.waitForText(d.text('pane.start.state.fresh'));
  });

  afterAll(() => pane?.close());

  it('4. shows one primary button above the fold at 320 × 600', async () => {
    const primary = await primaryButtons(pane.page);
    expect(primary.map((button) => button.name)).toEqual([d.text('pane.start.create')]);
    expect(primary[0].bottom).toBeLessThanOrEqual(600);
    // The municipality's name and the language are asked for above it.
    for (const label of [d.text('pane.start.municipalityLabel'), d.text('pane.lang.da')]) {
      const box = await pane.page.getByLabel(label, { exact: true }).boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(primary[0].bottom);
    }
    await expectAccessible(pane, 'Kom i gang at 320 × 600');
    await screenshots(pane.page, 'da-start-fresh', [320]);
  });

  it('4. lists the parts in user words behind a disclosure', async () => {
    const panel = pane.page.locator('[role=tabpanel]');
    expect(await panel.innerText()).not.toMatch(/tbl[A-Z]/);
    const toggle = d.button('pane.start.sheets', { present: 0, total: SHEETS_TOTAL });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.getByRole('listitem').count()).toBe(0);
    // By keyboard: the disclosure is a button like any other.
    await toggle.focus();
    await pane.page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const items = await panel.getByRole('listitem').allInnerTexts();
    const missing = d.text('pane.start.sheetMissing');
    expect(items.map((item) => item.replace(/\s+/g, ' ').trim())).toEqual(
      ['Områder', 'Lister', 'Matrix', 'Status', 'Deltagere'].map((sheet) => `${sheet}: ${missing}`),
    );
    expect(items.join(' ')).not.toMatch(/tbl[A-Z]/);
    await expectAccessible(pane, 'Kom i gang, the sheets shown');
    await pane.page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('3. moves focus to the result after creating the sheets, in view', async () => {
    await pane.page.setViewportSize({ width: 320, height: 700 });
    await pane.page.getByRole('radio', { name: d.text('pane.lang.da') }).check();
    await d.button('pane.start.create').click();
    await d.expectMessage('pane.start.created');
    await pane.page.waitForFunction(
      (name) => document.activeElement?.textContent?.trim() === name,
      d.text('pane.start.next.people'),
      WAIT,
    );
    expect(await focused(pane.page)).toEqual({
      name: d.text('pane.start.next.people'),
      inView: true,
    });
    // Still one primary action: the next step; the sheets count is whole.
    expect((await primaryButtons(pane.page)).map((button) => button.name)).toEqual([
      d.text('pane.start.next.people'),
    ]);
    await d.waitForText(
      d.text('pane.start.sheets', { present: SHEETS_TOTAL, total: SHEETS_TOTAL }),
    );
    await expectAccessible(pane, 'Kom i gang after creating');
    // Enter takes the user on, with focus on the tab they arrive at.
    await pane.page.keyboard.press('Enter');
    expect(await d.tab('people').getAttribute('aria-selected')).toBe('true');
    expect(await d.tab('people').evaluate((tab) => tab === document.activeElement)).toBe(true);
    expect(pane.pageErrors).toEqual([]);
  });
});

describe('5. Excel busy while the pane opens', () => {
  it('5. retries a busy read at open and opens on Dækning when Excel recovers', async () => {
    const pane = await open({ displayLanguage: 'da-DK', failSyncsAtOpen: CELL_EDIT });
    try {
      const d = new PaneDriver(pane.page, 'da');
      await d.waitForText(d.text('pane.empty.busy'));
      // The prepared workbook is there all along; Excel only cannot be asked yet.
      await seed(pane.page, preparedTables('da'));
      // At least one more try has failed: the pane kept trying, and said nothing unasked.
      const tried = await d.syncCount();
      await pane.page.waitForFunction((n) => window.__fake!.host.syncCount > n, tried, WAIT);
      expect(await d.button('pane.start.create').count()).toBe(0);
      expect(await d.message().count()).toBe(0);
      expect(await d.tab('start').getAttribute('aria-selected')).toBe('true');
      await clearFailures(pane.page);
      await pane.page
        .locator('[role=tab][aria-selected=true]', { hasText: d.text('pane.tab.coverage') })
        .waitFor(WAIT);
      await d.coverageItem('PSRM').waitFor(WAIT);
      expect(await d.message().count()).toBe(0);
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  it('5. offers Prøv igen and never Opret arkene after a failed read', async () => {
    // An empty workbook, too busy to read: it must not look empty.
    const pane = await open({ displayLanguage: 'da-DK', failSyncsAtOpen: CELL_EDIT });
    try {
      const d = new PaneDriver(pane.page, 'da');
      await d.waitForText(d.text('pane.empty.busy'));
      expect(await d.button('pane.start.create').count()).toBe(0);
      expect(await d.button('pane.start.update').count()).toBe(0);
      expect(await d.page.getByText(d.text('pane.start.state.fresh')).count()).toBe(0);
      await expectAccessible(pane, 'Kom i gang, Excel busy');
      await screenshots(pane.page, 'da-start-busy', [320]);
      // The other tabs say the same.
      await d.open('coverage');
      await d.waitForText(d.text('pane.empty.busy'));
      expect(await d.button('pane.empty.goToStart').count()).toBe(0);
      await d.open('start');
      // Asked by the user, a read that fails says so, in the pane's language.
      await d.button('pane.retry').click();
      const error = await d.expectError();
      expect(error).toContain(d.text('error.excelBusy'));
      expect(error).not.toContain(CELL_EDIT.message);
      // When Excel is free, the next try shows the workbook as it is: empty, so now create.
      await clearFailures(pane.page);
      await d.waitForText(d.text('pane.start.state.fresh'));
      await d.message().waitFor({ state: 'detached', ...WAIT });
      await d.button('pane.start.create').waitFor(WAIT);
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

describe('7. failures in the pane language', () => {
  let pane: OpenPane;
  let d: PaneDriver;

  beforeAll(async () => {
    pane = await open({ displayLanguage: 'da-DK' });
    d = new PaneDriver(pane.page, 'da');
    await d.createSheets('da');
  });

  afterAll(() => pane?.close());

  it("7. shows errors in the pane's language with Excel's text behind Detaljer", async () => {
    await d.open('status');
    await pane.page.evaluate(() =>
      window.__fake!.host.failSync(1, { message: 'The server is unavailable.' }),
    );
    await d.button('pane.status.refresh').click();
    const error = await d.expectError();
    expect(error).toContain(d.text('error.excelFailed'));
    expect(error).not.toContain('The server is unavailable.');
    const details = d.message().getByRole('button', { name: d.text('pane.details') });
    expect(await details.getAttribute('aria-expanded')).toBe('false');
    await details.focus();
    await pane.page.keyboard.press('Enter');
    expect(await details.getAttribute('aria-expanded')).toBe('true');
    const shown = pane.page.locator(`[id="${await details.getAttribute('aria-controls')}"]`);
    await shown.waitFor({ state: 'visible', ...WAIT });
    expect(await shown.innerText()).toContain('The server is unavailable.');
    await expectAccessible(pane, 'an error with its details shown');
    await screenshots(pane.page, 'da-error-details', [320]);
    await d.dismissMessage();
  });

  it('7. keeps a failed background refresh quiet', async () => {
    await d.open('coverage');
    await d.coverageItem('KOMM').waitFor(WAIT);
    const matrix = await d.table('tblMatrix');
    const wb = (key: Parameters<typeof t>[1]) => t('da', key);
    // The user types in a cell; meanwhile every call to Excel fails as in cell-edit mode.
    const before = await d.syncCount();
    await pane.page.evaluate(
      ([busy, edits]) => {
        const host = window.__fake!.host;
        host.failSync(() => true, busy);
        for (const [address, value] of edits) host.localEdit('Matrix', address, [[value]]);
      },
      [
        CELL_EDIT,
        [
          [cell(matrix, 0, wb('col.matrix.name')), 'Ane Travl'],
          [cell(matrix, 0, wb('col.matrix.role')), wb('role.leader')],
          [cell(matrix, 0, 'KOMM'), 'A'],
        ],
      ] as const,
    );
    // The live update failed, and was tried again: two reads at least, both refused.
    await pane.page.waitForFunction((n) => window.__fake!.host.syncCount >= n + 2, before, WAIT);
    expect(await d.message().count()).toBe(0);
    await pane.page.evaluate(() => window.__fake!.host.clearSyncFailures());
    // Excel is free again: the next try shows the edit, still without a word.
    await pane.page
      .locator('[data-testid=coverage-list] button[data-area="KOMM"]', {
        hasText: d.text('pane.coverage.counts', { leads: 1, covers: 1, gatherers: 0 }),
      })
      .waitFor(WAIT);
    expect(await d.message().count()).toBe(0);
    expect(pane.pageErrors).toEqual([]);
  });
});
