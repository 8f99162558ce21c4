/**
 * Issue 11's keyboard and screen-reader points in the built pane, in Debian's Chromium over
 * the Excel fake: visible focus in every theme (1), what a screen reader hears (2), where focus
 * goes when the completion dialog closes (3), and the pane at 200 % zoom (9). Test names carry
 * the issue's numbers.
 */
import { createRequire } from 'module';
import { Locator, Page } from 'playwright-core';
import { MessageKey, t } from '../../src/core/i18n';
import { PartId } from '../../src/taskpane/components/partProps';
import { PaneDriver } from './browser/driver';
import { cell } from './browser/tables';
import { OpenPane, axeViolations, openPane, settle } from './browser/pane';
import { useBrowserHarness } from './browser/harness';

const harness = useBrowserHarness();
const PARTS: PartId[] = ['start', 'people', 'coverage', 'status'];
const wb = (key: MessageKey) => t('da', key);

type Theme = 'light' | 'dark' | 'forced colours';
const THEMES: Theme[] = ['light', 'dark', 'forced colours'];

/** Fluent's light theme, as the build puts it into taskpane.html. */
const LIGHT_THEME = (
  createRequire(__filename)('../../tools/webpack/light-theme.js') as {
    fluentLightTheme(): Record<string, string>;
  }
).fluentLightTheme();

declare global {
  interface Window {
    /** What the page asked the screen reader to say, in order (recordAnnouncements). */
    __announced?: string[];
  }
}

/**
 * Records every announcement: Fluent's announcer uses document.ariaNotify where Chromium
 * has it, else a live region, so both are watched.
 */
function recordAnnouncements(): void {
  const said: string[] = (window.__announced = []);
  const proto = Document.prototype as Document & {
    ariaNotify?: (message: string, options?: object) => void;
  };
  const notify = proto.ariaNotify;
  if (typeof notify === 'function') {
    proto.ariaNotify = function (this: Document, message: string, options?: object) {
      said.push(String(message));
      return notify.call(this, message, options);
    };
  }
  new MutationObserver(() => {
    document.querySelectorAll('[aria-live]').forEach((region) => {
      const text = (region.textContent ?? '').trim();
      if (text !== '' && said[said.length - 1] !== text) said.push(text);
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Office's Dark Grey theme, as office.js reports it to the pane. */
function darkOffice(): void {
  let office: { context: Record<string, unknown> } | undefined;
  Object.defineProperty(window, 'Office', {
    configurable: true,
    get: () => office,
    set: (value: { context: Record<string, unknown> }) => {
      value.context.officeTheme = {
        bodyBackgroundColor: '#262626',
        bodyForegroundColor: '#ffffff',
        controlBackgroundColor: '#363636',
        controlForegroundColor: '#ffffff',
      };
      office = value;
    },
  });
}

/** A Danish pane at 320 px in a theme, its announcements recorded from the first script on. */
async function openThemedPane(theme: Theme, width = 320): Promise<OpenPane> {
  const pane = await openPane(harness.browser, harness.server.origin, harness.hostScript, {
    displayLanguage: 'da-DK',
    width,
  });
  // Init scripts apply from the next navigation: a reload starts the pane (and its fresh
  // in-memory workbook) again with them.
  await pane.context.addInitScript(recordAnnouncements);
  if (theme === 'dark') await pane.context.addInitScript(darkOffice);
  if (theme === 'forced colours') await pane.page.emulateMedia({ forcedColors: 'active' });
  await pane.page.reload();
  return pane;
}

interface Person {
  name: string;
  role: MessageKey;
  codes: Record<string, string>;
}

const PEOPLE: Person[] = [
  { name: 'Ane Andersen', role: 'role.leader', codes: { INDR_BIB: 'A', KOMM: 'D', ADM_FBS: 'A' } },
  {
    name: 'Bo Jensen',
    role: 'role.financeStaff',
    codes: { INDR_BIB: 'D', INDR_KOM: 'A', DEB_REGLER: 'A' },
  },
  {
    name: 'Cecilie Østergaard-Kristiansen',
    role: 'role.libraryStaff',
    codes: { INDR_BIB: 'D', BET_WEB: 'A', KOMM: 'A' },
  },
];

/** Writes a person into Matrix as a co-author would, cell by cell. */
async function writePerson(d: PaneDriver, row: number, person: Person): Promise<void> {
  const matrix = await d.table('tblMatrix');
  await d.remoteEdit('Matrix', cell(matrix, row, wb('col.matrix.name')), [[person.name]]);
  await d.remoteEdit('Matrix', cell(matrix, row, wb('col.matrix.role')), [[wb(person.role)]]);
  for (const [area, code] of Object.entries(person.codes)) {
    await d.remoteEdit('Matrix', cell(matrix, row, area), [[code]]);
  }
}

/** The sheets, and three people written into Matrix; the pane then shows INDR_BIB covered. */
async function prepare(d: PaneDriver): Promise<void> {
  await d.createSheets('da');
  for (const [row, person] of PEOPLE.entries()) await writePerson(d, row, person);
  await d.open('coverage');
  await writtenAll(d);
  await dismissMessages(d);
}

/** The pane shows the last of PEOPLE's cells: Cecilie's A in KOMM, beside Ane's D. */
function writtenAll(d: PaneDriver): Promise<void> {
  return d
    .coverageItem('KOMM')
    .filter({ hasText: d.text('pane.coverage.counts', { leads: 1, covers: 2, gatherers: 0 }) })
    .waitFor({ timeout: 15_000 });
}

async function dismissMessages(d: PaneDriver): Promise<void> {
  while ((await d.message().count()) > 0) await d.dismissMessage();
}

/** Focus on the element as a keyboard user has it. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.focus();
  // A key press outside a text field is what tells Fluent (keyborg) the user is on the keyboard.
  await page.keyboard.press('Shift');
  expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** WCAG's contrast ratio between two CSS colours, the first blended over the second. */
function contrast(fore: string, back: string): number {
  const parse = (colour: string) => {
    const m = colour.match(/rgba?\(([^)]+)\)/);
    if (!m) throw new Error(`not an rgb colour: ${colour}`);
    const [r, g, b, a = 1] = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return { rgb: [r, g, b], a };
  };
  const f = parse(fore);
  const b = parse(back);
  const blended = f.rgb.map((c, i) => c * f.a + b.rgb[i] * (1 - f.a));
  const luminance = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(blended), luminance(b.rgb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The focus ring Fluent draws for the focused element (createFocusOutlineStyle: a bordered
 * ::after, placed against the nearest positioned box), with the box it is placed in.
 */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const ring = getComputedStyle(el, '::after');
    let holder: HTMLElement | null = el;
    while (holder && getComputedStyle(holder).position === 'static') holder = holder.parentElement;
    const box = (holder ?? document.documentElement).getBoundingClientRect();
    const px = (value: string) => parseFloat(value) || 0;
    const card = el.closest('li')!;
    const cardStyle = getComputedStyle(card);
    const r = el.getBoundingClientRect();
    const c = card.getBoundingClientRect();
    return {
      focusVisible: el.hasAttribute('data-fui-focus-visible'),
      content: ring.content,
      width: px(ring.borderTopWidth),
      style: ring.borderTopStyle,
      colour: ring.borderTopColor,
      ring: {
        left: box.left + px(ring.left),
        top: box.top + px(ring.top),
        right: box.right - px(ring.right),
        bottom: box.bottom - px(ring.bottom),
      },
      element: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      card: { left: c.left, top: c.top, right: c.right, bottom: c.bottom },
      cardBackground: cardStyle.backgroundColor,
      cardBorder: { width: px(cardStyle.borderTopWidth), colour: cardStyle.borderTopColor },
      viewport: { width: window.innerWidth, height: window.innerHeight },
    };
  });
}

const inside = (inner: Box, outer: Box, slack = 0) =>
  inner.left >= outer.left - slack &&
  inner.top >= outer.top - slack &&
  inner.right <= outer.right + slack &&
  inner.bottom <= outer.bottom + slack;

interface Stop {
  what: string;
  rect: Box;
}

/** The focused element, and its box in the viewport. */
function focused(page: Page): Promise<Stop & { inPanel: boolean; inDialog: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    const name =
      el.getAttribute('aria-label') ??
      (el.textContent ?? '').trim().slice(0, 40) ??
      el.getAttribute('name');
    return {
      what: `${el.tagName.toLowerCase()}[${el.getAttribute('role') ?? ''}] ${name}`,
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      inPanel: el.closest('[role=tabpanel]') !== null,
      inDialog: el.closest('[role=alertdialog]') !== null,
    };
  });
}

/** A colour that shows: not fully transparent. */
const OPAQUE = (colour: string) => !/^rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent';

/**
 * How focus shows on the focused element: what changes between focused and not (blurred, then
 * focused again, still in keyboard mode) in the outline, box shadow, borders and ::before and
 * ::after of the element and its three nearest ancestors (Fluent draws some rings on a
 * wrapper: Input's underline, Checkbox's ring). A visible change is an outline, a box shadow,
 * a border or a pseudo-element's border or fill, at least 1 px wide and not transparent.
 */
async function focusIndicator(page: Page): Promise<string[]> {
  const element = await page.evaluateHandle(() => document.activeElement as HTMLElement);
  const snapshot = () =>
    element.evaluate((el) => {
      const nodes: Element[] = [el];
      for (let p = el.parentElement; p && nodes.length < 4; p = p.parentElement) nodes.push(p);
      return nodes.flatMap((node, depth) =>
        ([null, '::before', '::after'] as const).map((pseudo) => {
          const s = getComputedStyle(node, pseudo);
          const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
          return {
            at: `${depth}${pseudo ?? ''}`,
            present: pseudo === null || s.content !== 'none',
            outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`,
            outlineShows:
              s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && s.outlineColor,
            shadow: s.boxShadow,
            borders: sides.map((side) => ({
              key: `${s.getPropertyValue(`border-${side.toLowerCase()}-width`)} ${s.getPropertyValue(
                `border-${side.toLowerCase()}-style`,
              )} ${s.getPropertyValue(`border-${side.toLowerCase()}-color`)}`,
              shows:
                parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 &&
                s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none'
                  ? s.getPropertyValue(`border-${side.toLowerCase()}-color`)
                  : '',
            })),
            fill: `${s.backgroundColor} ${s.transform} ${s.opacity} ${s.width} ${s.height}`,
            fillShows: parseFloat(s.opacity) > 0 ? s.backgroundColor : '',
          };
        }),
      );
    });
  const focusedState = await snapshot();
  await element.evaluate((el) => el.blur());
  const blurred = await snapshot();
  await element.evaluate((el) => el.focus());
  await element.dispose();
  const shows: string[] = [];
  focusedState.forEach((now, i) => {
    const before = blurred[i];
    if (!now.present) return;
    if (now.outline !== before.outline && now.outlineShows && OPAQUE(now.outlineShows))
      shows.push(`${now.at} outline`);
    if (now.shadow !== before.shadow && now.shadow !== 'none') shows.push(`${now.at} box-shadow`);
    now.borders.forEach((border, side) => {
      if (border.key !== before.borders[side].key && border.shows && OPAQUE(border.shows))
        shows.push(`${now.at} border ${side}`);
    });
    const appeared = !before.present;
    if (now.at.includes('::') && (appeared || now.fill !== before.fill)) {
      if (now.fillShows && OPAQUE(now.fillShows)) shows.push(`${now.at} fill`);
      if (appeared && now.borders.some((b) => b.shows && OPAQUE(b.shows)))
        shows.push(`${now.at} ring`);
    }
  });
  return shows;
}

/** The focused element shows its focus, and is in view: not cut off at either side. */
async function expectVisibleFocus(page: Page, stop: Stop, theme: Theme): Promise<void> {
  const viewport = page.viewportSize()!;
  const { rect } = stop;
  const what = `${theme}: ${stop.what} at ${JSON.stringify(rect)} in ${JSON.stringify(viewport)}`;
  expect([what, rect.left >= 0, rect.right <= viewport.width]).toEqual([what, true, true]);
  expect([what, rect.bottom > 0, rect.top < viewport.height]).toEqual([what, true, true]);
  expect([what, (await focusIndicator(page)).length > 0]).toEqual([what, true]);
}

describe.each(THEMES)('1. focus in the %s theme', (theme) => {
  let pane: OpenPane;
  let d: PaneDriver;

  beforeAll(async () => {
    pane = await openThemedPane(theme);
    d = new PaneDriver(pane.page, 'da');
    await prepare(d);
  });

  afterAll(() => pane?.close());

  it(`1. paints the Dækning cards in the ${theme} theme`, async () => {
    // The dark theme is a chunk of its own, loaded when Office is dark, and FluentProvider
    // writes it (theme.ts). The light theme is the page's own, declared on :root while
    // building (tools/webpack/light-theme.js), and FluentProvider writes no tokens.
    const seen = await d.coverageItem('PSRM').evaluate((el) => {
      const card = getComputedStyle(el.closest('[data-card]')!);
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
      return {
        background: card.backgroundColor,
        token: card.getPropertyValue('--colorNeutralBackground1').trim(),
        writtenByProvider: rules.some(
          (rule) =>
            /--colorNeutralBackground1\s*:/.test(rule.cssText) && !rule.cssText.startsWith(':root'),
        ),
      };
    });
    const [r, g, b] = (seen.background.match(/\d+/g) ?? []).map(Number);
    expect((r + g + b) / 3 > 128).toBe(theme !== 'dark');
    expect(seen.writtenByProvider).toBe(theme === 'dark');
    if (theme !== 'dark') expect(seen.token).toBe(LIGHT_THEME.colorNeutralBackground1);
    else expect(seen.token).not.toBe(LIGHT_THEME.colorNeutralBackground1);
  });

  it(`1. shows a visible focus outline on the focused Dækning card in the ${theme} theme`, async () => {
    const page = pane.page;
    await tabTo(page, d.coverageItem('PSRM'));
    const ring = await focusRing(page);
    expect(ring.focusVisible).toBe(true);
    expect(ring.content).not.toBe('none');
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    // Around the card, inside it and inside the pane: not around the page, off-screen.
    expect(inside(ring.ring, ring.card)).toBe(true);
    expect(inside(ring.element, ring.ring, 3)).toBe(true);
    expect(ring.ring.left).toBeGreaterThanOrEqual(0);
    expect(ring.ring.right).toBeLessThanOrEqual(ring.viewport.width);
    // Seen against the card (WCAG 2.4.11's 3:1), and the card's own border is still there.
    expect(contrast(ring.colour, ring.cardBackground)).toBeGreaterThanOrEqual(3);
    expect(ring.cardBorder.width).toBeGreaterThanOrEqual(1);
    expect(ring.cardBorder.colour).not.toMatch(/^rgba\(.*, 0\)$/);
  });

  it(`1. keeps the selected card marked while it has focus, in the ${theme} theme`, async () => {
    const page = pane.page;
    const other = await focusRing(page);
    await page.keyboard.press('Enter');
    await page
      .locator('[data-testid=coverage-list] button[data-area="PSRM"][aria-current=true]')
      .waitFor();
    const ring = await focusRing(page);
    expect(ring.focusVisible).toBe(true);
    // The selected card's border is thicker and coloured; the ring sits inside it.
    expect(ring.cardBorder.width).toBeGreaterThan(other.cardBorder.width);
    expect(ring.cardBorder.colour).not.toBe(other.cardBorder.colour);
    expect(ring.ring.top).toBeGreaterThanOrEqual(ring.card.top + ring.cardBorder.width);
    expect(ring.ring.left).toBeGreaterThanOrEqual(ring.card.left + ring.cardBorder.width);
    expect(contrast(ring.cardBorder.colour, ring.cardBackground)).toBeGreaterThanOrEqual(3);
  });

  it(`1. shows a visible focus indicator on every focusable element of every tab, in the ${theme} theme`, async () => {
    const page = pane.page;
    for (const part of PARTS) {
      await d.open(part);
      await dismissMessages(d);
      // A pointer resting over the pane: what it hovers as the page scrolls must not move
      // the focused element away.
      await page.mouse.move(160, 450);
      await tabTo(page, d.tab(part));
      await expectVisibleFocus(page, await focused(page), theme);
      const seen = new Set<string>();
      for (let stops = 0; stops < 200; stops++) {
        await page.keyboard.press('Tab');
        const stop = await focused(page);
        if (!stop.inPanel) break;
        await expectVisibleFocus(page, stop, theme);
        seen.add(stop.what);
      }
      expect([part, seen.size]).not.toEqual([part, 0]);
      expect([part, await axeViolations(page)]).toEqual([part, []]);
    }
  });

  it(`1. outlines the completion dialog's text itself, not the whole dialog, in the ${theme} theme`, async () => {
    const page = pane.page;
    await d.open('status');
    await page.getByLabel(d.text('pane.status.name')).fill('Ane Andersen');
    await tabTo(page, d.button('pane.status.complete'));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await settle(page);
    expect(await axeViolations(page)).toEqual([]);
    const content = dialog.locator('.fui-DialogContent');
    // Tab from the dialog's start until the text has focus.
    for (let i = 0; i < 5 && !(await content.evaluate((e) => e === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    const outline = await content.evaluate((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const surface = el.closest('.fui-DialogSurface')!.getBoundingClientRect();
      const o = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
      return {
        focusVisible: el.hasAttribute('data-fui-focus-visible'),
        style: s.outlineStyle,
        width: parseFloat(s.outlineWidth),
        colour: s.outlineColor,
        background: getComputedStyle(el.closest('.fui-DialogSurface')!).backgroundColor,
        box: { left: r.left - o, top: r.top - o, right: r.right + o, bottom: r.bottom + o },
        surface: {
          left: surface.left,
          top: surface.top,
          right: surface.right,
          bottom: surface.bottom,
        },
        surfaceAfter: getComputedStyle(el.closest('.fui-DialogSurface')!, '::after').content,
        ownAfter: getComputedStyle(el, '::after').content,
      };
    });
    expect(outline.focusVisible).toBe(true);
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    expect(contrast(outline.colour, outline.background)).toBeGreaterThanOrEqual(3);
    // On the text's own edge, inside the dialog; no ring drawn around anything else.
    expect(inside(outline.box, outline.surface)).toBe(true);
    expect(outline.ownAfter).toBe('none');
    // Every focusable in the dialog shows its focus.
    for (let i = 0; i < 3; i++) {
      const stop = await focused(page);
      expect(stop.inDialog).toBe(true);
      await expectVisibleFocus(page, stop, theme);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});

describe('2. and 3.: what a screen reader hears, and where focus goes', () => {
  let pane: OpenPane;
  let d: PaneDriver;
  const announced = async () => (await pane.page.evaluate(() => window.__announced)) ?? [];
  const coverageSaid = async () =>
    (await announced()).filter((text) => / af \d+ områder dækket – /.test(text));
  const waitToHear = (text: string, times = 1) =>
    pane.page.waitForFunction(
      ([expected, n]) => (window.__announced ?? []).filter((s) => s.includes(expected)).length >= n,
      [text, times] as const,
      { timeout: 15_000 },
    );

  beforeAll(async () => {
    pane = await openThemedPane('light');
    d = new PaneDriver(pane.page, 'da');
  });

  afterAll(() => pane?.close());

  it('2. announces the result of creating the sheets', async () => {
    await d.waitForText(d.text('pane.start.create'));
    expect(await announced()).toEqual([]);
    await d.createSheets('da');
    await waitToHear(d.text('pane.start.created'));
  });

  it('2. says nothing about the coverage when the pane first learns it', async () => {
    await d.open('coverage');
    await d.coverageItem('PSRM').waitFor();
    expect(await coverageSaid()).toEqual([]);
  });

  it('2. announces when live coverage changes the verdict, once', async () => {
    const total = await pane.page.locator('[data-testid=coverage-list] button[data-area]').count();
    const summary = (covered: number) =>
      d.text('pane.coverage.announceNotReady', { covered, total });
    for (const [row, person] of PEOPLE.entries()) await writePerson(d, row, person);
    await writtenAll(d);
    const covered = await pane.page
      .locator('[data-testid=coverage-list] button[data-status=covered]')
      .count();
    await waitToHear(summary(covered));
    const before = await coverageSaid();
    expect(before[before.length - 1]).toBe(summary(covered));

    // An edit that changes neither the verdict nor the count: nothing is said. The next edit
    // that does change it is the marker: everything said in between came before it.
    const matrix = await d.table('tblMatrix');
    await d.remoteEdit('Matrix', cell(matrix, 1, wb('col.matrix.name')), [['Bo Hansen']]);
    await d.waitForText(d.text('pane.coverage.whoLeads', { name: 'Bo Hansen' }));
    await d.remoteEdit('Matrix', cell(matrix, 0, 'INDR_BIB'), [['']]);
    await waitToHear(summary(covered - 1));
    expect((await coverageSaid()).slice(before.length)).toEqual([summary(covered - 1)]);

    // And back: said once more.
    await d.remoteEdit('Matrix', cell(matrix, 0, 'INDR_BIB'), [['A']]);
    await waitToHear(summary(covered), 2);
    expect((await coverageSaid()).slice(before.length)).toEqual([
      summary(covered - 1),
      summary(covered),
    ]);
  });

  it("2. announces that an area's column is selected in Matrix, and not before it is", async () => {
    await d.open('coverage');
    const said = d.text('pane.coverage.selected', { id: 'PSRM' });
    expect((await announced()).filter((text) => text === said)).toEqual([]);
    await pane.page.evaluate(() => window.__fake!.host.failSync(1));
    await d.coverageItem('PSRM').click();
    await d.expectError();
    await d.dismissMessage();
    expect((await announced()).filter((text) => text === said)).toEqual([]);

    await d.coverageItem('PSRM').press('Enter');
    await waitToHear(said);
    const selection = await pane.page.evaluate(() => window.__fake!.selection());
    expect(selection?.startsWith(`${wb('sheet.matrix')}!`)).toBe(true);
  });

  it('2. announces an error through the message bar', async () => {
    await d.open('status');
    await pane.page.evaluate(() =>
      window.__fake!.host.failSync(1, { message: 'The server is unavailable.' }),
    );
    await d.button('pane.status.refresh').click();
    const error = await d.expectError();
    const first = error.split('\n')[0].trim();
    await waitToHear(first);
    await d.dismissMessage();
  });

  it('3. returns focus to the button that opened the completion dialog', async () => {
    const page = pane.page;
    await page.getByLabel(d.text('pane.status.name')).fill('Ane Andersen');
    const complete = d.button('pane.status.complete');
    const isFocused = (locator: typeof complete) =>
      locator.evaluate((el) => el === document.activeElement);
    const dialog = page.getByRole('alertdialog');

    // Cancel: back on "Markér opgaven som fuldført".
    await complete.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[role=alertdialog]'));
    await dialog.getByRole('button', { name: d.text('pane.cancel') }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.tagName === 'BUTTON');
    expect(await isFocused(complete)).toBe(true);

    // Escape closes it the same way.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.tagName === 'BUTTON');
    expect(await isFocused(complete)).toBe(true);

    // Confirm: the button is gone with the task complete; focus is on the message saying so.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: d.text('pane.complete.confirm') }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await d.expectMessage('pane.status.completed');
    await page.waitForFunction(() => document.activeElement?.closest('.fui-MessageBar'));
    const focusedText = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focusedText).toContain('Ane Andersen');
    await waitToHear(d.text('pane.status.completed'));
    expect(pane.pageErrors).toEqual([]);
  });

  it('2. says the completion once, not each time Status shows it', async () => {
    // The standing message on the Status part ("… blev markeret som fuldført …") is read
    // where it stands; only the action's result was said.
    const standing = d.text('pane.status.completedBy').split('{date}')[0];
    const completion = async () =>
      (await announced()).filter(
        (text) => text === d.text('pane.status.completed') || text.includes(standing),
      );
    expect(await completion()).toEqual([d.text('pane.status.completed')]);
    await d.open('coverage');
    await d.open('status');
    await pane.page.locator('.fui-MessageBar', { hasText: 'Ane Andersen' }).waitFor();
    // Marker: anything said on opening Status was said before this.
    await d.open('coverage');
    await d.coverageItem('KOMM').press('Enter');
    await waitToHear(d.text('pane.coverage.selected', { id: 'KOMM' }));
    expect(await completion()).toEqual([d.text('pane.status.completed')]);
  });
});

/**
 * At this width, inside `root`: badges whose text spills out of them or that leave the pane,
 * words that leave the pane, words that fit on a line but are broken across two, and anything
 * wider than the pane.
 */
function zoomProblems(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    const box = (el: Element) => el.getBoundingClientRect();
    const scope = document.querySelector(selector)!;
    scope.querySelectorAll('.fui-Badge').forEach((badge) => {
      const b = box(badge);
      const range = document.createRange();
      range.selectNodeContents(badge);
      const text = range.getBoundingClientRect();
      if (b.right > width || b.left < 0) found.push(`badge outside the pane: ${badge.textContent}`);
      const spills =
        text.left < b.left - 0.5 ||
        text.right > b.right + 0.5 ||
        text.top < b.top - 0.5 ||
        text.bottom > b.bottom + 0.5;
      if (spills) found.push(`text spills out of its badge: ${badge.textContent}`);
    });
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement!;
      if (parent.closest('[hidden]') || parent.getClientRects().length === 0) continue;
      const lineWidth = box(parent).width;
      // A word, or a part of one up to its hyphen or a zero-width space, where a line may break.
      for (const match of text.matchAll(/[^\s\u200B-]+-?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        const wordWidth = rects.reduce((sum, r) => sum + r.width, 0);
        if (rects.some((r) => r.right > width + 0.5 || r.left < -0.5))
          found.push(`"${match[0]}" leaves the pane in "${text.slice(0, 40)}"`);
        if (lines.size > 1 && wordWidth <= lineWidth)
          found.push(`"${match[0]}" broken mid-word in "${text.slice(0, 40)}"`);
      }
    }
    const wide = [...scope.querySelectorAll('*')].filter((el) => box(el).right > width + 0.5);
    wide
      .filter((el) => !wide.includes(el.parentElement!))
      .forEach((el) =>
        found.push(`wider than the pane: ${el.tagName} ${el.textContent?.slice(0, 30)}`),
      );
    return found;
  }, root);
}

describe('9. the pane at 200 % zoom', () => {
  let pane: OpenPane;
  let d: PaneDriver;

  beforeAll(async () => {
    pane = await openThemedPane('light');
    d = new PaneDriver(pane.page, 'da');
    await prepare(d);
  });

  afterAll(() => pane?.close());

  it('9. keeps badges and names inside the pane at 200 % zoom', async () => {
    const page = pane.page;
    // Office's narrowest pane, 320 px, at 200 % zoom: 160 CSS pixels.
    await page.setViewportSize({ width: 160, height: 900 });
    await settle(page);
    await d.open('coverage');
    expect(await zoomProblems(page, '[role=tabpanel]')).toEqual([]);
    await page.screenshot({ path: 'test-results/pane-da-coverage-160.png', fullPage: true });

    await d.open('people');
    expect(await zoomProblems(page, '[role=tabpanel]')).toEqual([]);

    await d.open('status');
    expect(await zoomProblems(page, '[role=tabpanel]')).toEqual([]);
    await page.getByLabel(d.text('pane.status.name')).fill('Ane Andersen');
    await d.button('pane.status.complete').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await settle(page);
    expect(await zoomProblems(page, '[role=alertdialog]')).toEqual([]);
    await page.screenshot({ path: 'test-results/pane-da-dialog-160.png' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
