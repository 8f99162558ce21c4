/**
 * The task pane's JavaScript as a user's browser receives it, gzip -9, from the production
 * build in dist/web (`npm run build`):
 *   initial   what taskpane.html loads before the first render (its own <script> tags)
 *   total     everything the pane can load: the initial scripts plus every lazy chunk
 *   commands  what commands.html loads for the ribbon's "Opdater status"
 * office.js comes from Microsoft's CDN and is not ours to count.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

export interface BundleSizes {
  initial: number;
  total: number;
  commands: number;
}

export const BUNDLE_BUDGETS: BundleSizes = {
  initial: 150 * 1024,
  total: 220 * 1024,
  commands: 30 * 1024,
};

export function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** The local scripts an HTML page loads, as paths inside `dir`; CDN scripts are skipped. */
export function pageScripts(dir: string, page: string): string[] {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)) {
    const src = match[1];
    if (/^(https?:)?\/\//i.test(src)) continue;
    scripts.push(path.join(dir, decodeURIComponent(src.split(/[?#]/)[0])));
  }
  return scripts;
}

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

const sum = (files: string[]) => files.reduce((total, file) => total + gzipSize(file), 0);

/**
 * Measures the built pane. "total" counts every script in the build except those only the
 * commands page loads, so a chunk the pane could load lazily is never missed.
 */
export function measureBundle(dir = path.resolve('dist/web')): BundleSizes {
  const initial = pageScripts(dir, 'taskpane.html');
  const commands = pageScripts(dir, 'commands.html');
  const paneOnly = jsFiles(dir).filter(
    (file) => initial.includes(file) || !commands.includes(file),
  );
  return { initial: sum(initial), total: sum(paneOnly), commands: sum(commands) };
}

/** The figures over their budget, as readable lines; empty when all hold. */
export function overBudget(sizes: BundleSizes, budgets: BundleSizes = BUNDLE_BUDGETS): string[] {
  return (Object.keys(budgets) as (keyof BundleSizes)[])
    .filter((key) => sizes[key] > budgets[key])
    .map((key) => `bundle ${key}: ${sizes[key]} bytes > ${budgets[key]} bytes (gzip -9)`);
}
