import * as fs from 'fs';
import * as path from 'path';
import { EXIT } from '../../src/cli/main';
import { Lang, t } from '../../src/core/i18n';
import { tempFolder, writeDemoWorkbook } from '../xlsx/fixtures';
import { DANISH, ENGLISH, cli, onlyJson } from './runCli';

/** Command lines the CLI cannot run: the message and the usage, in the language of LANG. */

const folder = tempFolder('cli-usage');
afterAll(() => folder.cleanup());

/** A file the rejected command lines name; none of them may write it. */
const A_FILE = path.join(folder.dir, 'a.xlsx');

const LOCALES: [Lang, string][] = [
  ['da', DANISH],
  ['en', ENGLISH],
];

interface BadCommandLine {
  name: string;
  argv: string[];
  message: (lang: Lang) => string;
}

const BAD_COMMAND_LINES: BadCommandLine[] = [
  {
    name: 'an unknown option',
    argv: ['demo', 'x.xlsx', '--verbose'],
    message: (lang) => t(lang, 'cli.unknownOption', { option: '--verbose' }),
  },
  {
    name: 'an unknown command',
    argv: ['fix', 'x.xlsx'],
    message: (lang) => t(lang, 'cli.unknownCommand', { command: 'fix' }),
  },
  {
    name: 'a bad --lang',
    argv: ['new', 'x.xlsx', '--lang', 'sv'],
    message: (lang) => t(lang, 'cli.badLang', { lang: 'sv' }),
  },
  {
    name: 'a bad --lang=',
    argv: ['demo', 'x.xlsx', '--lang=de'],
    message: (lang) => t(lang, 'cli.badLang', { lang: 'de' }),
  },
  {
    name: 'check without a file',
    argv: ['check'],
    message: (lang) => t(lang, 'cli.missingFile'),
  },
  {
    name: 'a second file',
    argv: ['new', A_FILE, 'b.xlsx'],
    message: (lang) => t(lang, 'cli.extraArgument', { argument: 'b.xlsx' }),
  },
  {
    name: 'a second file to check',
    argv: ['check', A_FILE, 'b.xlsx'],
    message: (lang) => t(lang, 'cli.extraArgument', { argument: 'b.xlsx' }),
  },
  {
    name: 'an option after --, which is a file name there',
    argv: ['demo', A_FILE, '--', '--force'],
    message: (lang) => t(lang, 'cli.extraArgument', { argument: '--force' }),
  },
];

describe.each(LOCALES)('with LANG in %s', (lang, locale) => {
  it.each(BAD_COMMAND_LINES)(
    'rejects $name with the message and the usage, exit 2',
    async ({ argv, message }) => {
      const result = await cli(argv, locale);
      expect(result.code).toBe(EXIT.failed);
      expect(result.out).toEqual([]);
      expect(result.err).toEqual([message(lang), t(lang, 'cli.usage')]);
    },
  );

  it('prints the usage and exits with 0 when asked for help', async () => {
    for (const argv of [[], ['help'], ['--help']]) {
      const result = await cli(argv, locale);
      expect(result.code).toBe(EXIT.ready);
      expect(result.out).toEqual([t(lang, 'cli.usage')]);
    }
  });
});

it('writes no file when the command line is rejected', async () => {
  const file = folder.file();
  await cli(['demo', file, '--lang', 'sv']);
  await cli(['new', file, '--frobnicate']);
  expect(fs.existsSync(file)).toBe(false);
});

it('answers check --json with one JSON error object even when an option is unknown', async () => {
  const file = folder.file();
  await writeDemoWorkbook(file);
  const result = await cli(['check', file, '--json', '--verbose']);
  expect(result.code).toBe(EXIT.failed);
  expect(onlyJson<{ error: string }>(result)).toEqual({
    error: t('da', 'cli.unknownOption', { option: '--verbose' }),
  });
});

it('writes no file when a second file is given', async () => {
  const first = folder.file();
  const second = folder.file();
  for (const command of ['demo', 'new']) {
    expect((await cli([command, first, second])).code).toBe(EXIT.failed);
  }
  expect([first, second, A_FILE].filter((file) => fs.existsSync(file))).toEqual([]);
});

it('answers check --json with one JSON error object when a second file is given', async () => {
  const result = await cli(['check', A_FILE, 'b.xlsx', '--json']);
  expect(result.code).toBe(EXIT.failed);
  expect(result.err).toEqual([]);
  expect(onlyJson<{ error: string }>(result)).toEqual({
    error: t('da', 'cli.extraArgument', { argument: 'b.xlsx' }),
  });
});

describe('options end at --', () => {
  const inFolder = async <T>(work: () => Promise<T>): Promise<T> => {
    const before = process.cwd();
    process.chdir(folder.dir);
    try {
      return await work();
    } finally {
      process.chdir(before);
    }
  };

  it('so a file may be named like an option', async () => {
    const name = '-x.xlsx';
    const written = await inFolder(() => cli(['new', '--lang', 'en', '--', name]));
    expect(written.code).toBe(EXIT.ready);
    expect(written.out).toEqual([t('en', 'cli.wrote', { file: name })]);
    const checked = await inFolder(() => cli(['check', '--json', '--', name]));
    expect(checked.code).toBe(EXIT.notReady);
    expect(onlyJson(checked).areas.length).toBeGreaterThan(0);
  });

  it('so --json after -- is a file name, and the answer is text', async () => {
    const result = await inFolder(() => cli(['check', '--', '--json']));
    expect(result.code).toBe(EXIT.failed);
    expect(result.out).toEqual([]);
    expect(result.err).toEqual([t('da', 'error.fileMissing', { file: '--json' })]);
  });

  it('and a -- that ends the line changes nothing', async () => {
    const file = folder.file();
    await writeDemoWorkbook(file);
    const result = await cli(['check', file, '--json', '--']);
    expect(result.code).toBe(EXIT.notReady);
    expect(onlyJson(result).areas.length).toBeGreaterThan(0);
  });
});
