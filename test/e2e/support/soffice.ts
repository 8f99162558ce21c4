/**
 * A small harness around headless LibreOffice (soffice) and poppler's pdftoppm, for the
 * differential formula tests and for rendering images of workbook sheets.
 *
 * - Every call starts ONE soffice process for all its files (start-up costs about a second)
 *   with its own fresh profile (`-env:UserInstallation=file:///tmp/…`): two instances on one
 *   profile fail, and jest may run test files in parallel.
 * - The fresh profile is pre-seeded with a `registrymodifications.xcu` that sets
 *   `/org.openoffice.Office.Calc/Formula/Load` `OOXMLRecalcMode` and `ODFRecalcMode` to 0
 *   ("always recalculate"). LibreOffice's default (1, "never") keeps the cached values that
 *   are in the file, and it ignores `<calcPr fullCalcOnLoad="1"/>` (ExcelJS's
 *   `workbook.calcProperties.fullCalcOnLoad`), so without the setting a file written by
 *   ExcelJS comes back with whatever stale `result` it was written with.
 * - soffice exits with 0 even when a file cannot be loaded (it only prints "Error: source
 *   file could not be loaded"), so success is judged by the output files, which are deleted
 *   before the run so that an old one cannot pass for a new one.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as ExcelJS from 'exceljs';

export interface SofficeOptions {
  /** Kill soffice (its whole process group) after this long. Default 120 000 ms. */
  timeoutMs?: number;
  /**
   * Seed the profile so that every formula is recalculated on load. Default true; false
   * seeds it never to recalculate, as a file preview that shows the cached values.
   */
  recalcOnLoad?: boolean;
}

export interface PdfOptions extends SofficeOptions {
  /** Export each sheet as one page, as large as the sheet's used area. Default false. */
  singlePageSheets?: boolean;
}

export interface PngOptions {
  /** Resolution in dots per inch. Default 96. */
  dpi?: number;
  /** First page to render, 1-based. Default: the first. */
  firstPage?: number;
  /** Last page to render, 1-based. Default: the last. */
  lastPage?: number;
  /** Kill pdftoppm after this long. Default 60 000 ms. */
  timeoutMs?: number;
}

const DEFAULT_SOFFICE_TIMEOUT_MS = 120_000;
const DEFAULT_PDFTOPPM_TIMEOUT_MS = 60_000;
/** Keep at most this much of a child's stdout and stderr each, for error messages. */
const MAX_CAPTURE = 64 * 1024;

/** Recalculate every formula when a file is loaded, whatever cached values it carries. */
const RECALC_ON_LOAD_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Keep the cached values a file carries, as a file preview does: never recalculate on load. */
const NEVER_RECALC_XCU = RECALC_ON_LOAD_XCU.replace(/<value>0<\/value>/g, '<value>1</value>');

const SOFFICE_CANDIDATES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'];

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/** The soffice binary: `soffice` on PATH, else one of Debian's two locations, else undefined. */
export function findSoffice(): string | undefined {
  return findOnPath('soffice') ?? SOFFICE_CANDIDATES.find(isExecutable);
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

/**
 * Runs a command in its own process group, so that a timeout can kill it and everything it
 * started (soffice is a shell script that starts oosplash, which starts soffice.bin).
 */
function run(command: string, args: string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      if (stdout.length < MAX_CAPTURE) stdout += d;
    });
    child.stderr.on('data', (d: string) => {
      if (stderr.length < MAX_CAPTURE) stderr += d;
    });
    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is gone already
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`could not start ${command}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // soffice.bin may outlive the wrapper script if something went wrong; leave nothing behind.
      if (code !== 0 || timedOut) killGroup();
      resolve({ code, signal, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

function describeRun(what: string, r: RunResult, timeoutMs: number): string {
  const status = r.timedOut
    ? `timed out after ${timeoutMs} ms and was killed`
    : r.signal
      ? `was killed by ${r.signal}`
      : `exited with code ${r.code}`;
  return (
    `${what} ${status}.\n` +
    `--- stdout ---\n${r.stdout.trim() || '(empty)'}\n` +
    `--- stderr ---\n${r.stderr.trim() || '(empty)'}`
  );
}

/**
 * Converts all `inputPaths` with one soffice process into `outDir`, as `<basename>.<ext>`,
 * and returns the output paths in input order.
 */
async function sofficeConvert(
  inputPaths: string[],
  outDir: string,
  ext: string,
  convertTo: string,
  opts: SofficeOptions,
): Promise<string[]> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_SOFFICE_TIMEOUT_MS;
  if (inputPaths.length === 0) return [];
  const soffice = findSoffice();
  if (!soffice) {
    throw new Error(
      'soffice (LibreOffice) was not found on PATH, nor at ' +
        `${SOFFICE_CANDIDATES.join(' or ')}; install libreoffice-calc.`,
    );
  }
  const absOut = path.resolve(outDir);
  const inputs = inputPaths.map((p) => path.resolve(p));
  const outputs = inputs.map((p) => path.join(absOut, `${path.parse(p).name}.${ext}`));
  const seen = new Map<string, string>();
  outputs.forEach((out, i) => {
    const other = seen.get(out);
    if (other !== undefined) {
      throw new Error(`${other} and ${inputs[i]} would both be written to ${out}`);
    }
    if (out === inputs[i]) {
      throw new Error(
        `${inputs[i]} would be overwritten by its own conversion; use another outDir`,
      );
    }
    seen.set(out, inputs[i]);
  });

  fs.mkdirSync(absOut, { recursive: true });
  for (const out of outputs) fs.rmSync(out, { force: true });

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'soffice-profile-'));
  try {
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(
      path.join(profile, 'user', 'registrymodifications.xcu'),
      (opts.recalcOnLoad ?? true) ? RECALC_ON_LOAD_XCU : NEVER_RECALC_XCU,
    );
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--convert-to',
      convertTo,
      '--outdir',
      absOut,
      ...inputs,
    ];
    const r = await run(soffice, args, timeoutMs);
    const missing = outputs.filter((out) => !fs.existsSync(out));
    if (r.timedOut || r.code !== 0 || missing.length > 0) {
      const details = missing
        .map((out) => {
          const input = inputs[outputs.indexOf(out)];
          return `  ${out} (from ${input}${fs.existsSync(input) ? '' : ', which does not exist'})`;
        })
        .join('\n');
      throw new Error(
        `soffice --convert-to ${convertTo} of ${inputs.length} file(s) failed` +
          (missing.length > 0 ? `; ${missing.length} output(s) missing:\n${details}\n` : '.\n') +
          describeRun('soffice', r, timeoutMs),
      );
    }
    return outputs;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Makes headless LibreOffice open each .xlsx, recalculate every formula on load (whatever
 * cached values the file carries), and save it again as .xlsx in `outDir` under the same
 * base name. One soffice process handles the whole batch. Returns the output paths in
 * input order; rejects, with soffice's stdout and stderr in the message, when soffice fails,
 * times out, or leaves an output missing.
 */
export function recalculateXlsx(
  inputPaths: string[],
  outDir: string,
  opts: SofficeOptions = {},
): Promise<string[]> {
  return sofficeConvert(inputPaths, outDir, 'xlsx', 'xlsx:Calc MS Excel 2007 XML', opts);
}

/**
 * Exports a workbook to PDF in `outDir` (formulas recalculated on load, as above) and returns
 * the PDF's path. With `singlePageSheets`, each sheet becomes one page of its own size.
 */
export async function convertToPdf(
  inputPath: string,
  outDir: string,
  opts: PdfOptions = {},
): Promise<string> {
  const filter = opts.singlePageSheets
    ? 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}'
    : 'pdf:calc_pdf_Export';
  const [pdf] = await sofficeConvert([inputPath], outDir, 'pdf', filter, opts);
  return pdf;
}

/**
 * Renders pages of a PDF to PNG with pdftoppm (poppler-utils), as `<outPrefix>-<page>.png`
 * (pdftoppm pads the page number to the width of the page count). Returns the PNG paths in
 * page order.
 */
export async function pdfToPng(
  pdfPath: string,
  outPrefix: string,
  opts: PngOptions = {},
): Promise<string[]> {
  const pdftoppm =
    findOnPath('pdftoppm') ?? (isExecutable('/usr/bin/pdftoppm') ? '/usr/bin/pdftoppm' : undefined);
  if (!pdftoppm) throw new Error('pdftoppm was not found on PATH; install poppler-utils.');
  const prefix = path.resolve(outPrefix);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  const ours = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)\\.png$`);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (ours.test(f)) fs.rmSync(path.join(dir, f));

  const args = ['-png', '-r', String(opts.dpi ?? 96)];
  if (opts.firstPage !== undefined) args.push('-f', String(opts.firstPage));
  if (opts.lastPage !== undefined) args.push('-l', String(opts.lastPage));
  args.push(path.resolve(pdfPath), prefix);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PDFTOPPM_TIMEOUT_MS;
  const r = await run(pdftoppm, args, timeoutMs);
  const pngs = fs
    .readdirSync(dir)
    .map((f) => ours.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => path.join(dir, m[0]));
  if (r.timedOut || r.code !== 0 || pngs.length === 0) {
    throw new Error(
      `pdftoppm of ${pdfPath} produced no PNG.\n${describeRun('pdftoppm', r, timeoutMs)}`,
    );
  }
  return pngs;
}

/** What a cell holds, as a reader of computed values wants it. */
export type CellResult = string | number | boolean | Date | ExcelJS.CellErrorValue | null;

export function isCellError(v: unknown): v is ExcelJS.CellErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v && typeof v.error === 'string';
}

function plainText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && 'richText' in v && Array.isArray(v.richText)) {
    return (v.richText as ExcelJS.RichText[]).map((run) => run.text).join('');
  }
  return v === null || v === undefined ? '' : String(v);
}

/**
 * The cached result of a formula cell, or the plain value of any other cell:
 * - `{formula, result}` and `{sharedFormula, result}` give `result`. It is read through
 *   `cell.result`, because ExcelJS's `cell.value` drops a falsy result (0, false).
 * - A formula cell without a result gives `''`. ExcelJS 4 reads an empty-string result
 *   (`<v></v>`, as LibreOffice writes it) as no result at all, so after a recalculation the
 *   two cannot be told apart; a file written by ExcelJS without results also gives `''`.
 * - Rich text gives its text joined; a hyperlink gives its text.
 * - Errors give `{ error: '#N/A' }` (see `isCellError`), for a formula result or a value.
 * - An empty cell gives `null`.
 */
export function formulaResult(cell: ExcelJS.Cell): CellResult {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v;
  if ('formula' in v || 'sharedFormula' in v) {
    // `cell.result` is typed without errors and booleans, but holds them.
    const r = cell.result as unknown;
    if (r === undefined || r === null) return '';
    if (isCellError(r)) return { error: r.error };
    return r as CellResult;
  }
  if (isCellError(v)) return { error: v.error };
  if ('richText' in v) return plainText(v);
  if ('hyperlink' in v) return plainText((v as ExcelJS.CellHyperlinkValue).text);
  return plainText(v);
}
