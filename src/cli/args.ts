import { UserError } from '../core/errors';
import { Lang, isLang } from '../core/i18n';

/** The CLI's command line, parsed into a closed set of commands. */
export type Command =
  | { kind: 'demo'; file: string; lang: Lang; force: boolean }
  | { kind: 'new'; file: string; lang: Lang; force: boolean }
  | { kind: 'check'; file: string; json: boolean }
  /** `person`: only the briefs of the people so named (trimmed, ignoring case). */
  | { kind: 'brief'; file: string; json: boolean; person: string | null }
  | { kind: 'help' };

export const DEFAULT_DEMO_FILE = 'organisering.xlsx';

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const flags = { force: false, json: false, lang: 'da' as string, person: null as string | null };
  const end = optionsEnd(rest);
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    if (i === end) continue;
    if (i > end) positional.push(arg);
    else if (arg === '--force') flags.force = true;
    else if (arg === '--json') flags.json = true;
    else if (arg === '--lang') flags.lang = rest[++i] ?? '';
    else if (arg.startsWith('--lang=')) flags.lang = arg.slice('--lang='.length);
    else if (arg === '--person') flags.person = rest[++i] ?? '';
    else if (arg.startsWith('--person=')) flags.person = arg.slice('--person='.length);
    else if (arg.startsWith('-') && arg !== '-')
      throw new UserError('cli.unknownOption', { option: arg });
    else positional.push(arg);
  }
  if (positional.length > 1 && command !== 'help')
    throw new UserError('cli.extraArgument', { argument: positional[1] });
  if (!isLang(flags.lang)) throw new UserError('cli.badLang', { lang: flags.lang });
  const lang: Lang = flags.lang;

  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { kind: 'help' };
    case 'demo':
      return { kind: 'demo', file: positional[0] ?? DEFAULT_DEMO_FILE, lang, force: flags.force };
    case 'new':
      if (!positional[0]) throw new UserError('cli.missingFile');
      return { kind: 'new', file: positional[0], lang, force: flags.force };
    case 'check':
      if (!positional[0]) throw new UserError('cli.missingFile');
      return { kind: 'check', file: positional[0], json: flags.json };
    case 'brief':
      if (!positional[0]) throw new UserError('cli.missingFile');
      if (flags.person !== null && flags.person.trim() === '')
        throw new UserError('cli.missingPerson');
      return { kind: 'brief', file: positional[0], json: flags.json, person: flags.person };
    default:
      throw new UserError('cli.unknownCommand', { command });
  }
}

/** Options followed by a value, which may itself look like an option or be `--`. */
const TAKES_VALUE = new Set(['--lang', '--person']);

/** Where the options end: the index of the first `--` that is not an option's value. */
function optionsEnd(args: readonly string[]): number {
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--') return i;
    if (TAKES_VALUE.has(args[i])) i += 1;
  }
  return args.length;
}

/** Whether the command line asks for JSON, so that even its own errors must be JSON. */
export function wantsJson(argv: readonly string[]): boolean {
  const [command, ...rest] = argv;
  return (
    (command === 'check' || command === 'brief') &&
    rest.slice(0, optionsEnd(rest)).includes('--json')
  );
}

/** The language of the CLI's own messages: LANG/LC_ALL da_* or en_*, Danish otherwise. */
export function cliLang(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'da';
}
