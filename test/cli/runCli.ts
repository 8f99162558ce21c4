/** Runs the CLI in-process with captured output, as the tests' stand-in for a shell. */
import * as fs from 'fs';
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
