/**
 * The task pane's JavaScript as a user's browser receives it, gzip -9, from the production
 * build in dist/web (`npm run build`):
 *   initial   what taskpane.html loads before the first render (its own <script> tags)
 *   total     everything the pane can load: the initial scripts plus every lazy chunk
 *   commands  what commands.html loads for the ribbon's "Opdater status"
 * and, reported beside them without a budget of its own:
 *   css       the pane's stylesheets: the CSS that the build takes out of the JavaScript
 *             (Fluent's and ours, computed by Griffel at build time), which taskpane.html
 *             links in its <head>, plus any stylesheet a lazy chunk could load
 * The three JavaScript figures exclude that CSS, which until the styles were extracted was
 * part of the scripts. office.js comes from Microsoft's CDN and is not ours to count.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

export interface BundleSizes {
  initial: number;
  total: number;
  commands: number;
  /** The pane's CSS, gzip -9: reported, not budgeted (ARCHITECTURE.md gives it none). */
  css: number;
}

/** The budgeted figures: the JavaScript only. */
export type BudgetedSizes = Omit<BundleSizes, 'css'>;

export const BUNDLE_BUDGETS: BudgetedSizes = {
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

/** The local stylesheets an HTML page links, as paths inside `dir`. */
export function pageStylesheets(dir: string, page: string): string[] {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const sheets: string[] = [];
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet\b/i.test(match[0])) continue;
    const href = /\bhref=["']?([^"' >]+)/i.exec(match[0])?.[1];
    if (!href || /^(https?:)?\/\//i.test(href)) continue;
    sheets.push(path.join(dir, decodeURIComponent(href.split(/[?#]/)[0])));
  }
  return sheets;
}

function filesEndingIn(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesEndingIn(full, ext);
    return entry.name.endsWith(ext) ? [full] : [];
  });
}

const sum = (files: string[]) => files.reduce((total, file) => total + gzipSize(file), 0);

/**
 * Measures the built pane. "total" counts every script in the build except those only the
 * commands page loads, so a chunk the pane could load lazily is never missed; "css" likewise
 * counts every stylesheet in the build except those only the commands page links.
 */
export function measureBundle(dir = path.resolve('dist/web')): BundleSizes {
  const initial = pageScripts(dir, 'taskpane.html');
  const commands = pageScripts(dir, 'commands.html');
  const paneOnly = filesEndingIn(dir, '.js').filter(
    (file) => initial.includes(file) || !commands.includes(file),
  );
  const paneSheets = pageStylesheets(dir, 'taskpane.html');
  const commandsSheets = pageStylesheets(dir, 'commands.html');
  const css = filesEndingIn(dir, '.css').filter(
    (file) => paneSheets.includes(file) || !commandsSheets.includes(file),
  );
  return {
    initial: sum(initial),
    total: sum(paneOnly),
    commands: sum(commands),
    css: sum(css),
  };
}

/** The figures over their budget, as readable lines; empty when all hold. */
export function overBudget(
  sizes: BudgetedSizes,
  budgets: BudgetedSizes = BUNDLE_BUDGETS,
): string[] {
  return (Object.keys(budgets) as (keyof BudgetedSizes)[])
    .filter((key) => sizes[key] > budgets[key])
    .map((key) => `bundle ${key}: ${sizes[key]} bytes > ${budgets[key]} bytes (gzip -9)`);
}
