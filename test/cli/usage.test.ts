import * as fs from 'fs';
import { EXIT } from '../../src/cli/main';
import { Lang, t } from '../../src/core/i18n';
import { tempFolder, writeDemoWorkbook } from '../xlsx/fixtures';
import { DANISH, ENGLISH, cli, onlyJson } from './runCli';

/** Command lines the CLI cannot run: the message and the usage, in the language of LANG. */

const folder = tempFolder('cli-usage');
afterAll(() => folder.cleanup());

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
