/** Runs the CLI in-process with captured output, as the tests' stand-in for a shell. */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ts from 'typescript';
import { CheckJson } from '../../src/cli/format';
import { run } from '../../src/cli/main';
import { FIXED_DATE } from '../xlsx/fixtures';

export const DANISH = 'da_DK.UTF-8';
export const ENGLISH = 'en_US.UTF-8';

export interface CliResult {
  code: number;
  out: string[];
  err: string[];
}

export async function cli(argv: string[], locale = DANISH): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    now: () => FIXED_DATE,
    env: { LANG: locale },
  });
  return { code, out, err };
}

/** Parses stdout, which must be exactly one JSON object. */
export function onlyJson<T = CheckJson>(result: CliResult): T {
  expect(result.out).toHaveLength(1);
  return JSON.parse(result.out[0]) as T;
}

export async function checkJsonOf(
  file: string,
  locale = DANISH,
): Promise<{ code: number; json: CheckJson }> {
  const result = await cli(['check', file, '--json'], locale);
  return { code: result.code, json: onlyJson(result) };
}

/** What a file looks like on disk: its bytes and its modification time. */
export function snapshot(file: string): { bytes: Buffer; mtimeMs: number } {
  return { bytes: fs.readFileSync(file), mtimeMs: fs.statSync(file).mtimeMs };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A message whose parameters are only partly known, such as an OS or zip library's reason:
 * `text` fills the message from the parameters, `patterns` gives a regular expression for each.
 */
export function messagePattern(
  text: (params: Record<string, string>) => string,
  patterns: Record<string, string>,
): RegExp {
  const names = Object.keys(patterns);
  const filled = text(Object.fromEntries(names.map((name, i) => [name, `@@param${i}@@`])));
  const source = escapeRegExp(filled).replace(
    /@@param(\d+)@@/g,
    (_, i: string) => patterns[names[Number(i)]],
  );
  return new RegExp(`^${source}$`, 's');
}

export interface CliProcessResult {
  /** The exit code, or null when the process was killed. */
  code: number | null;
  /** The signal that ended it, or null when it ended by itself. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The process's peak resident memory, in bytes. */
  peakBytes: number;
}

/** The largest heap the hostile-file tests give the CLI: the 1.5 GB budget. */
export const HEAP_LIMIT_MB = 1536;

/** The folders the CLI is built from, as tsconfig.cli.json lists them. */
const CLI_SOURCES = ['src/core', 'src/xlsx', 'src/cli'];
const ROOT = path.resolve(__dirname, '../..');
let compiled: { folder: string; main: string } | undefined;

// Each test file that runs the CLI as a child compiles it once, and removes it when done.
afterAll(() => {
  if (compiled) fs.rmSync(compiled.folder, { recursive: true, force: true });
  compiled = undefined;
});

/**
 * The CLI's sources compiled to JavaScript once per test file (without type checks, as
 * ts-jest does), so that each child process starts as the installed command would.
 */
function compiledCli(): string {
  if (compiled) return compiled.main;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'organisering-cli-build-'));
  for (const folder of CLI_SOURCES) {
    for (const name of fs.readdirSync(path.join(ROOT, folder))) {
      if (!name.endsWith('.ts')) continue;
      const source = path.join(ROOT, folder, name);
      const { outputText } = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
        fileName: source,
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2020,
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      });
      fs.mkdirSync(path.join(out, folder), { recursive: true });
      fs.writeFileSync(path.join(out, folder, name.replace(/\.ts$/, '.js')), outputText);
    }
  }
  fs.cpSync(path.join(ROOT, 'src/i18n'), path.join(out, 'src/i18n'), { recursive: true });
  compiled = { folder: out, main: path.join(out, 'src/cli/main.js') };
  return compiled.main;
}

/**
 * Runs the CLI in a child process, as a shell would, with the heap capped at
 * `HEAP_LIMIT_MB`. The child reports its peak memory through a file, so that stdout stays
 * exactly what the CLI printed. `killAfterMs` only stops a process that hangs; a test then
 * fails on `signal`.
 */
export function cliProcess(
  argv: string[],
  {
    locale = DANISH,
    killAfterMs = 150_000,
    preload = '',
  }: {
    locale?: string;
    killAfterMs?: number;
    /** JavaScript the child runs before the CLI, e.g. to step into a file operation. */
    preload?: string;
  } = {},
): Promise<CliProcessResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'organisering-child-'));
  const rssFile = path.join(folder, 'rss');
  const boot = `
    process.on('exit', () => {
      require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS));
    });
    ${preload}
    require(${JSON.stringify(compiledCli())}).main(process.argv.slice(1));
  `;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [`--max-old-space-size=${HEAP_LIMIT_MB}`, '-e', boot, ...argv],
      {
        env: {
          PATH: process.env.PATH ?? '',
          LANG: locale,
          NODE_PATH: path.join(ROOT, 'node_modules'),
        },
        cwd: folder,
        timeout: killAfterMs,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const failure = error as (Error & { code?: unknown; signal?: NodeJS.Signals }) | null;
        if (failure && typeof failure.code !== 'number' && !failure.signal) {
          reject(failure);
          return;
        }
        const rss = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : NaN;
        fs.rmSync(folder, { recursive: true, force: true });
        resolve({
          code: failure ? ((failure.code as number | undefined) ?? null) : 0,
          signal: failure?.signal ?? null,
          stdout,
          stderr,
          peakBytes: rss * 1024,
        });
      },
    );
  });
}
