import { Browser } from 'playwright-core';
import { DIST_WEB, ensureHostScript, ensurePaneBuild } from './build';
import { launchChromium } from './pane';
import { StaticServer, serveStatic } from './server';

/** What a browser test file shares: the production build served on localhost, the host script, Chromium. */
export interface Harness {
  browser: Browser;
  server: StaticServer;
  hostScript: string;
}

/** Registers the file's beforeAll/afterAll; the harness is filled in before the first test. */
export function useBrowserHarness(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    ensurePaneBuild();
    harness.hostScript = await ensureHostScript();
    harness.server = await serveStatic(DIST_WEB);
    harness.browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}
