/**
 * Opens the built task pane in Debian's Chromium over the Excel fake, and the checks every
 * browser test shares: axe-core, screenshots, and no uncaught error on the page.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { FakeExcelOptions } from '../../fakes/excel';
import { ROOT } from './build';

export const CHROMIUM = '/usr/bin/chromium';
export const RESULTS_DIR = path.join(ROOT, 'test-results');

/**
 * Debian's Chromium, never a downloaded one. Playwright starts it with a fresh temporary
 * --user-data-dir of its own (and removes it on close), so no profile carries over.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PaneOptions extends FakeExcelOptions {
  width?: number;
  /** Answer the office.js request with a network error instead of the fake. */
  officeUnavailable?: boolean;
}

export interface OpenPane {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions and unhandled rejections the page reported. */
  pageErrors: Error[];
  /** console.error lines. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openPane(
  browser: Browser,
  origin: string,
  hostScript: string,
  options: PaneOptions = {},
): Promise<OpenPane> {
  const { width = 320, officeUnavailable = false, ...fake } = options;
  // Reduced motion: Fluent then skips its transitions, so axe and screenshots see the final state.
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    reducedMotion: 'reduce',
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url.startsWith('https://appsforoffice.microsoft.com/')) {
      if (officeUnavailable) return route.abort('internetdisconnected');
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: hostScript });
    }
    // Nothing else may leave the machine: the pane needs no other server.
    return route.abort('blockedbyclient');
  });
  await context.addInitScript((opts) => {
    window.__fakeHostOptions = opts;
  }, fake);
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(`${origin}/taskpane.html`);
  return { page, context, pageErrors, consoleErrors, close: () => context.close() };
}

/** Waits until no CSS or Web Animation is running (a dialog fading in, a tab indicator). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now.
 *
 * Tabster (Fluent UI v9's focus manager) puts `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` sentinels around arrow-key groups such as the TabList: they exist only
 * to catch Tab and hand focus on at once, and must stay hidden from screen readers. axe's
 * aria-hidden-focus rule flags them; Microsoft lists this as a known false positive
 * (microsoft/tabster#288, microsoft/fluentui#25133, the Fluent v9 known-issues page). They are
 * excluded from the scan, and nothing else is.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await settle(page);
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: object, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(
      { include: [['html']], exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A full-page screenshot at each width, as test-results/pane-<name>-<width>.png. */
export async function screenshots(page: Page, name: string, widths: number[]): Promise<string[]> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const files: string[] = [];
  const original = page.viewportSize();
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    // Two frames after the resize, layout has run (Fluent measures some elements).
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await settle(page);
    const file = path.join(RESULTS_DIR, `pane-${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    files.push(file);
  }
  if (original) await page.setViewportSize(original);
  return files;
}
