/**
 * The pane when things go wrong, in Chromium over the real gateway and the Excel fake: every
 * failure is a message bar in the pane's language, the pane stays usable, and nothing is
 * left as an uncaught error on the page.
 */
import { t } from '../../src/core/i18n';
import { SHEET_TABLES } from '../../src/taskpane/model/startParts';
import { PaneDriver } from './browser/driver';
import { OpenPane, axeViolations, openPane, screenshots } from './browser/pane';
import { useBrowserHarness } from './browser/harness';

const harness = useBrowserHarness();
/** The workbook's sheets, as Kom i gang lists them. */
const SHEETS_TOTAL = Object.keys(SHEET_TABLES).length;

/** Text the pane shows must never look like a stack trace. */
function expectPlainWords(text: string): void {
  expect(text).not.toMatch(/\bat \S+ \(|TypeError|ReferenceError|undefined/);
}

describe('a host without ExcelApi 1.8', () => {
  let pane: OpenPane;
  let d: PaneDriver;

  beforeAll(async () => {
    pane = await openPane(harness.browser, harness.server.origin, harness.hostScript, {
      displayLanguage: 'da-DK',
      requirementSets: { ExcelApi: '1.7' },
    });
    d = new PaneDriver(pane.page, 'da');
  });

  afterAll(() => pane?.close());

  it('says so in a message bar when the pane opens', async () => {
    const text = await d.expectError();
    expect(text).toContain(t('da', 'error.excelApiMissing'));
    expectPlainWords(text);
    expect(await axeViolations(pane.page)).toEqual([]);
    await screenshots(pane.page, 'da-error-api', [320]);
  });

  it('stays usable: the tabs switch, and each action says the same instead of failing half-way', async () => {
    await d.open('coverage');
    await d.button('pane.retry').waitFor();
    await d.open('start');
    await d.dismissMessage();
    await d.button('pane.retry').click();
    expect(await d.expectError()).toContain(t('da', 'error.excelApiMissing'));
    // A workbook the pane could not read is not offered sheets: it may well have them.
    expect(await d.button('pane.start.create').count()).toBe(0);
    // Nothing was written: the workbook still has none of our tables.
    await expect(d.table('tblMatrix')).rejects.toThrow(/no table tblMatrix/);
    expect(pane.pageErrors).toEqual([]);
  });
});

describe('a sync that fails', () => {
  let pane: OpenPane;
  let d: PaneDriver;

  beforeAll(async () => {
    pane = await openPane(harness.browser, harness.server.origin, harness.hostScript, {
      displayLanguage: 'en-US',
    });
    d = new PaneDriver(pane.page, 'en');
    await d.createSheets('da');
  });

  afterAll(() => pane?.close());

  it('shows what happened and what to do, in the pane language', async () => {
    await d.open('status');
    await pane.page.evaluate(() =>
      window.__fake!.host.failSync(1, { message: 'The server is unavailable.' }),
    );
    await d.button('pane.status.refresh').click();
    const text = await d.expectError();
    expect(text).toContain(t('en', 'error.excelFailed').split('{reason}')[0].trim());
    expectPlainWords(text);
    await screenshots(pane.page, 'en-error-sync', [320]);
  });

  it('stays usable: the same action works on the next try', async () => {
    await d.button('pane.status.refresh').click();
    await d.expectMessage('pane.status.refreshed');
    expect(pane.pageErrors).toEqual([]);
  });
});

describe('a co-author who deletes the Matrix sheet', () => {
  it('leaves a pane that says what is missing and restores it from Kom i gang', async () => {
    const pane = await openPane(harness.browser, harness.server.origin, harness.hostScript, {
      displayLanguage: 'da-DK',
    });
    try {
      const d = new PaneDriver(pane.page, 'da');
      await d.createSheets('da');
      await d.open('coverage');
      await d.coverageItem('PSRM').waitFor();
      await pane.page.evaluate(() => {
        const host = window.__fake!.host;
        host.deleteSheet('Matrix');
        host.remoteEdit('Status', 'Z100', [['x']]);
      });
      // The people in it are gone: the pane says so, never that nothing was lost.
      await d.waitForText(d.text('pane.empty.matrixGone'));
      expect(await pane.page.getByText(d.text('pane.empty.incomplete')).count()).toBe(0);
      await d.button('pane.empty.goToStart').click();
      await d.waitForText(
        d.text('pane.start.sheets', { present: SHEETS_TOTAL - 1, total: SHEETS_TOTAL }),
      );
      await d.waitForText(d.text('pane.start.matrixGoneTitle'));
      // Recreating an empty Matrix takes the user's confirmation.
      await d.button('pane.start.update').click();
      await d.button('pane.start.matrixConfirm').click();
      await d.waitForText(d.text('pane.start.state.complete'));
      expect((await d.table('tblMatrix')).rows.length).toBeGreaterThan(0);
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

describe('an unexpected failure nobody caught', () => {
  it('becomes a message bar, not a blank pane or an unhandled rejection', async () => {
    const pane = await openPane(harness.browser, harness.server.origin, harness.hostScript, {
      displayLanguage: 'da-DK',
    });
    try {
      const d = new PaneDriver(pane.page, 'da');
      await d.waitForText(d.text('pane.start.state.fresh'));
      await pane.page.evaluate(() => {
        void Promise.reject(new Error('a promise nobody awaited'));
      });
      await d.waitForText(d.text('pane.error.unexpected'));
      expect(pane.pageErrors).toEqual([]);
      await d.createSheets('da');
    } finally {
      await pane.close();
    }
  });
});

describe('office.js that does not load', () => {
  it('leaves a pane that says why', async () => {
    const pane = await openPane(harness.browser, harness.server.origin, harness.hostScript, {
      officeUnavailable: true,
    });
    try {
      const d = new PaneDriver(pane.page, 'da');
      expect(await d.expectError()).toContain(t('da', 'pane.error.officeMissing'));
      expect(await d.tab('status').isVisible()).toBe(true);
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
