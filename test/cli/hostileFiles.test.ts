import { execFileSync } from 'child_process';
import * as fs from 'fs';
import { EXIT } from '../../src/cli/main';
import { Lang, MessageKey, t } from '../../src/core/i18n';
import { tempFolder } from '../xlsx/fixtures';
import { DANISH, ENGLISH, HEAP_LIMIT_MB, cli, cliProcess, onlyJson } from './runCli';

/**
 * Files made to hurt the reader: each ends by itself with exit 2 and a plain message, in
 * the CLI's language, within the heap budget. They run in a child process, as from a shell,
 * so that a hang or a crash of the reader fails the test instead of the test run.
 */

const folder = tempFolder('cli-hostile');
afterAll(() => folder.cleanup());

const BUDGET_BYTES = HEAP_LIMIT_MB * 1024 * 1024;
/** Generous: the machine may be busy; a hung reader is still stopped well within it. */
const CHILD_TEST_MS = 240_000;

interface Hostile {
  name: string;
  /** Makes the file and returns its path. */
  make: () => Promise<string> | string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

async function expectRefusedByChild(file: string, key: MessageKey, params = {}) {
  for (const [lang, locale] of [
    ['da', DANISH],
    ['en', ENGLISH],
  ] as [Lang, string][]) {
    const text = await cliProcess(['check', file], { locale });
    expect(text.signal).toBeNull();
    expect(text.code).toBe(EXIT.failed);
    expect(text.stdout).toBe('');
    expect(text.stderr).toBe(`${t(lang, key, { file, ...params })}\n`);
    expect(text.peakBytes).toBeLessThan(BUDGET_BYTES);
  }
  const json = await cliProcess(['check', file, '--json']);
  expect(json.signal).toBeNull();
  expect(json.code).toBe(EXIT.failed);
  expect(json.stderr).toBe('');
  expect(json.stdout.endsWith('\n')).toBe(true);
  expect(JSON.parse(json.stdout)).toEqual({ error: t('da', key, { file, ...params }) });
}

const NOT_REGULAR: Hostile[] = [
  {
    name: 'a named pipe that nobody writes to',
    make: () => {
      const file = folder.file('pipe.xlsx');
      execFileSync('mkfifo', [file]);
      return file;
    },
    key: 'error.notRegularFile',
  },
  { name: 'a device (/dev/zero)', make: () => '/dev/zero', key: 'error.notRegularFile' },
  { name: 'a device (/dev/null)', make: () => '/dev/null', key: 'error.notRegularFile' },
  {
    name: 'a folder named like a workbook',
    make: () => {
      const file = folder.file('folder.xlsx');
      fs.mkdirSync(file);
      return file;
    },
    key: 'error.isFolder',
  },
  {
    name: 'a link to a named pipe',
    make: () => {
      const pipe = folder.file('target-pipe');
      execFileSync('mkfifo', [pipe]);
      const link = folder.file('link.xlsx');
      fs.symlinkSync(pipe, link);
      return link;
    },
    key: 'error.notRegularFile',
  },
];

describe.each(NOT_REGULAR)('check on $name', ({ make, key, params }) => {
  let file: string;
  beforeAll(async () => {
    file = await make();
  });

  it('refuses it in-process, with the message in both languages', async () => {
    for (const [lang, locale] of [
      ['da', DANISH],
      ['en', ENGLISH],
    ] as [Lang, string][]) {
      const result = await cli(['check', file], locale);
      expect(result.code).toBe(EXIT.failed);
      expect(result.out).toEqual([]);
      expect(result.err).toEqual([t(lang, key, { file, ...params })]);
    }
    const json = await cli(['check', file, '--json']);
    expect(onlyJson<{ error: string }>(json)).toEqual({ error: t('da', key, { file, ...params }) });
  });

  it(
    'ends by itself with exit 2 and the message when run as a command',
    () => expectRefusedByChild(file, key, params),
    CHILD_TEST_MS,
  );
});
