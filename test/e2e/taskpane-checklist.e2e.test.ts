/**
 * Issue 11, point 8, in Chromium over the real gateway and the Excel fake: who ticks a step
 * of the method. Without a known name, ticking asks for it right at the checkbox; the name
 * used is kept in the document's settings, so the next session in this workbook knows it.
 */
import { t } from '../../src/core/i18n';
import { SETTING } from '../../src/excel/documentSettings';
import { PaneDriver } from './browser/driver';
import { OpenPane, axeViolations, openPane } from './browser/pane';
import { useBrowserHarness } from './browser/harness';

const harness = useBrowserHarness();
const wb = (key: Parameters<typeof t>[1]) => t('da', key);

async function byOf(d: PaneDriver, step: number): Promise<unknown[]> {
  const checklist = await d.table('tblChecklist');
  const row = checklist.rows[step];
  return [
    row[checklist.headers.indexOf(wb('col.checklist.done'))],
    row[checklist.headers.indexOf(wb('col.checklist.by'))],
  ];
}

describe('8. the checklist’s name', () => {
  let kept: unknown = null;

  it('8. asks for the name at the checkbox when no name is known', async () => {
    const pane: OpenPane = await openPane(
      harness.browser,
      harness.server.origin,
      harness.hostScript,
      { displayLanguage: 'da-DK' },
    );
    try {
      const d = new PaneDriver(pane.page, 'da');
      await d.createSheets('da');
      await d.open('status');
      expect(await pane.page.getByLabel(d.text('pane.status.name')).inputValue()).toBe('');

      // By keyboard: Space on the step's checkbox asks, right there, with focus in the field.
      await d.checklistBox(1).focus();
      await pane.page.keyboard.press('Space');
      const field = pane.page.getByLabel(d.text('pane.status.askName', { step: 2 }));
      await field.waitFor();
      await pane.page.waitForFunction(
        (label) =>
          document.activeElement instanceof HTMLInputElement &&
          document.activeElement.labels?.[0]?.textContent === label,
        d.text('pane.status.askName', { step: 2 }),
      );
      const step = pane.page.getByTestId('checklist').locator('li').nth(1);
      expect(await step.getByTestId('ask-name').count()).toBe(1);
      await expect(pane.page.getByTestId('checklist-announce').innerText()).resolves.toBe(
        d.text('pane.status.askNameAnnounce', { step: 2 }),
      );
      expect(await axeViolations(pane.page)).toEqual([]);
      expect((await byOf(d, 1))[0]).not.toBe(wb('yes'));

      await pane.page.keyboard.type('Ane Holm');
      await pane.page.keyboard.press('Enter');
      await d.expectMessage('pane.status.stepDone', { step: 2 });
      expect(await byOf(d, 1)).toEqual([wb('yes'), 'Ane Holm']);
      expect(await step.getByTestId('ask-name').count()).toBe(0);
      kept = await pane.page.evaluate((key) => window.__fake!.host.setting(key), SETTING.reporter);
      expect(kept).toBe('Ane Holm');
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  it('8. remembers the last name used in this document', async () => {
    // The workbook opened again, in a new session: its settings hold the name used last.
    const pane = await openPane(harness.browser, harness.server.origin, harness.hostScript, {
      displayLanguage: 'da-DK',
      settings: { [SETTING.reporter]: kept },
    });
    try {
      const d = new PaneDriver(pane.page, 'da');
      await d.createSheets('da');
      await d.open('status');
      const name = pane.page.getByLabel(d.text('pane.status.name'));
      await pane.page.waitForFunction(
        ([label, value]) =>
          [...document.querySelectorAll('label')].some(
            (l) =>
              l.textContent === label &&
              l.control instanceof HTMLInputElement &&
              l.control.value === value,
          ),
        [d.text('pane.status.name'), 'Ane Holm'] as const,
      );
      expect(await name.inputValue()).toBe('Ane Holm');
      await d.checklistBox(0).check();
      await d.expectMessage('pane.status.stepDone', { step: 1 });
      expect(await pane.page.getByTestId('ask-name').count()).toBe(0);
      expect(await byOf(d, 0)).toEqual([wb('yes'), 'Ane Holm']);
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
