/**
 * The person form in the built pane, in Chromium over the in-memory Excel, by keyboard and
 * at Office's narrowest pane (320 px): where focus goes when it opens and closes, Gem and
 * Annuller in reach however far the form is scrolled, a failed save said beside them, and
 * the people list's edit buttons each named for their person.
 */
import { Locator } from 'playwright-core';
import { PaneDriver } from './browser/driver';
import { OpenPane, axeViolations, openPane, screenshots } from './browser/pane';
import { useBrowserHarness } from './browser/harness';

const harness = useBrowserHarness();
const WAIT = { timeout: 20_000 };
/** A short pane: the form is taller than it, so scrolling is real. */
const SHORT = { width: 320, height: 600 };
/**
 * The form's height at 320 px with the template's 13 areas: 1,736 px when every field was a
 * label above its control; 1,028 px measured with labels beside them and a row per area.
 */
const FORM_HEIGHT_BOUND = 1100;

/** Whether the element is the page's focused element. */
function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** The element's box within the viewport, and whether it is the topmost thing at its centre. */
function onScreen(locator: Locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const atCentre = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return {
      inViewport: box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0,
      topmost: atCentre !== null && element.contains(atCentre),
      top: box.top,
      bottom: box.bottom,
    };
  });
}

describe('the person form at 320 px', () => {
  let pane: OpenPane;
  let d: PaneDriver;

  const form = () => pane.page.locator('form[aria-labelledby=person-form-heading]');
  const actions = () => pane.page.getByTestId('person-form-actions');
  const editButton = (name: string) => d.button('pane.people.editNamed', { name });

  beforeAll(async () => {
    pane = await openPane(harness.browser, harness.server.origin, harness.hostScript, {
      displayLanguage: 'da-DK',
      width: 320,
    });
    d = new PaneDriver(pane.page, 'da');
    await d.createSheets('da');
    await d.dismissMessage();
  });

  afterAll(() => pane?.close());

  // Each test starts from the people list, whatever the last one left open.
  beforeEach(async () => {
    await pane.page.setViewportSize({ width: 320, height: 900 });
    if (await form().count()) {
      await d.button('pane.cancel').click();
      await form().waitFor({ state: 'detached', ...WAIT });
    }
    if (await d.message().count()) await d.dismissMessage();
  });

  it('3. opens the person form on its first field', async () => {
    await d.startPersonForm();
    await pane.page
      .getByLabel(d.text('pane.person.name'))
      .and(pane.page.locator(':focus'))
      .waitFor(WAIT);
    expect(await isFocused(pane.page.getByLabel(d.text('pane.person.name')))).toBe(true);
    expect(await axeViolations(pane.page)).toEqual([]);
    await screenshots(pane.page, 'da-person-form-compact', [320]);

    // Annuller (here by Escape) goes back to the button that opened the form.
    await pane.page.keyboard.press('Escape');
    await form().waitFor({ state: 'detached', ...WAIT });
    expect(await isFocused(d.button('pane.people.add'))).toBe(true);
  });

  it('3. returns focus to the saved person after a save', async () => {
    await d.startPersonForm();
    await d.fillPerson({ name: 'Peter Nielsen', codes: { KOMM: 'A' } });
    // By keyboard: Enter in a field submits the form.
    await pane.page.getByLabel(d.text('pane.person.name')).press('Enter');
    await d.expectMessage('pane.person.added', { name: 'Peter Nielsen' });
    await editButton('Peter Nielsen').and(pane.page.locator(':focus')).waitFor(WAIT);

    // Opened from a person's edit button, the form goes back to it, saved or cancelled.
    await editButton('Peter Nielsen').press('Enter');
    await form().waitFor(WAIT);
    expect(await isFocused(pane.page.getByLabel(d.text('pane.person.name')))).toBe(true);
    await d.button('pane.cancel').click();
    await form().waitFor({ state: 'detached', ...WAIT });
    expect(await isFocused(editButton('Peter Nielsen'))).toBe(true);

    await editButton('Peter Nielsen').press('Enter');
    await pane.page.getByLabel(d.text('pane.person.department')).fill('Kultur');
    await d.savePerson();
    await d.expectMessage('pane.person.saved', { name: 'Peter Nielsen' });
    await editButton('Peter Nielsen').and(pane.page.locator(':focus')).waitFor(WAIT);
  });

  it('6. keeps Gem and Annuller reachable while scrolling the form', async () => {
    await pane.page.setViewportSize(SHORT);
    try {
      await d.startPersonForm();
      const height = await form().evaluate((element) => element.scrollHeight);
      expect(height).toBeGreaterThan(SHORT.height * 1.5);
      const save = d.button('pane.person.save');
      const cancel = d.button('pane.cancel');
      for (const y of [0, height / 2, height]) {
        await pane.page.evaluate((top) => window.scrollTo(0, top), y);
        await pane.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
        for (const button of [save, cancel]) {
          expect([y, await onScreen(button)]).toEqual([
            y,
            expect.objectContaining({ inViewport: true, topmost: true }),
          ]);
        }
      }
      // And by keyboard: from the last area's select, Tab reaches Gem.
      await pane.page.locator('select[data-area]').last().focus();
      await pane.page.keyboard.press('Tab');
      expect(await isFocused(save)).toBe(true);
      await d.button('pane.cancel').click();
      await form().waitFor({ state: 'detached', ...WAIT });
    } finally {
      await pane.page.setViewportSize({ width: 320, height: 900 });
    }
  });

  it("6. shows a failed save's message next to the buttons", async () => {
    await pane.page.setViewportSize(SHORT);
    try {
      await d.startPersonForm();
      await d.fillPerson({ name: 'Ida Berg', codes: { PSRM: 'D' } });
      await pane.page.evaluate(() =>
        window.__fake!.host.failSync(1, { message: 'The server is unavailable.' }),
      );
      await d.savePerson();
      const error = actions().getByTestId('person-form-error');
      await error.waitFor(WAIT);
      // Heard at once: it is inside a live region that was there before the failure.
      expect(await error.evaluate((element) => element.closest('[role=alert]') !== null)).toBe(
        true,
      );
      expect(await error.innerText()).toContain(
        d.text('pane.person.notSaved', { name: 'Ida Berg' }),
      );
      // Seen where the user clicked: in the viewport, just above Gem.
      const [message, save] = [await onScreen(error), await onScreen(d.button('pane.person.save'))];
      expect(message).toEqual(expect.objectContaining({ inViewport: true, topmost: true }));
      expect(save.top - message.bottom).toBeGreaterThanOrEqual(0);
      expect(save.top - message.bottom).toBeLessThan(40);
      // Said once: the bar at the top of the pane does not repeat it.
      expect(await d.message().count()).toBe(0);
      expect(await form().isVisible()).toBe(true);
      expect(await axeViolations(pane.page)).toEqual([]);

      // Saving again works, and the message goes.
      await d.savePerson();
      await d.expectMessage('pane.person.added', { name: 'Ida Berg' });
      expect(pane.pageErrors).toEqual([]);
    } finally {
      await pane.page.setViewportSize({ width: 320, height: 900 });
    }
  });

  it('6. fits the person form in much less height at 320 px', async () => {
    await d.startPersonForm();
    const box = await form().boundingBox();
    expect(box?.height).toBeGreaterThan(400);
    expect(box?.height).toBeLessThanOrEqual(FORM_HEIGHT_BOUND);
    // Nothing sticks out sideways at 320 px.
    expect(
      await pane.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(320);
    await d.button('pane.cancel').click();
    await form().waitFor({ state: 'detached', ...WAIT });
  });

  it('10. gives each edit button a distinct accessible name without a repeating title', async () => {
    await d.addPerson({ name: 'Anne Holm' });
    const list = pane.page.getByTestId('people-list');
    const names = ['Peter Nielsen', 'Ida Berg', 'Anne Holm'];
    for (const name of names) {
      const button = list.getByRole('button', {
        name: d.text('pane.people.editNamed', { name }),
        exact: true,
      });
      expect(await button.count()).toBe(1);
      expect(await button.getAttribute('title')).toBeNull();
    }
    const edits = list.getByRole('button', { name: /^Rediger / });
    const labels = await edits.evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute('aria-label')),
    );
    expect(new Set(labels).size).toBe(names.length);
    // No button in the list repeats its name in a title (Send opgaver neither).
    expect(await list.locator('button[title]').count()).toBe(0);
  });
});
