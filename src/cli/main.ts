#!/usr/bin/env node
import { buildBriefs } from '../core/brief';
import { UserError } from '../core/errors';
import { analyseTables, newWorkbookPlan } from '../core/engine';
import { planSuggestions } from '../core/suggestions';
import { Lang, t } from '../core/i18n';
import { demoPeople } from '../core/demo';
import { readWorkbookFile } from '../xlsx/read';
import { writeWorkbookFile } from '../xlsx/write';
import { Command, cliLang, parseArgs, wantsJson } from './args';
import { briefsJson, briefsText, selectBriefs, unknownPersonMessage } from './brief';
import { checkJson, coverageTable } from './format';
import { escapeControls, jsonLine, shorten } from './safeText';

/** The `organisering` command: the engine on .xlsx files. Exit codes: 0, 1 (not ready), 2. */

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
  env: NodeJS.ProcessEnv;
}

export const EXIT = { ready: 0, notReady: 1, failed: 2 } as const;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const lang: Lang = cliLang(io.env);
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (wantsJson(argv)) {
      io.out(jsonLine({ error: messageOf(error, lang) }));
    } else {
      io.err(terminalMessage(error, lang));
      io.err(t(lang, 'cli.usage'));
    }
    return EXIT.failed;
  }

  try {
    switch (command.kind) {
      case 'help':
        io.out(t(lang, 'cli.usage'));
        return EXIT.ready;
      case 'demo':
      case 'new': {
        const people = command.kind === 'demo' ? demoPeople(command.lang) : [];
        const { plan, analysis } = newWorkbookPlan(command.lang, people, io.now(), {
          blankRows: command.kind === 'demo' ? 7 : 20,
          municipality: command.kind === 'demo' ? t(command.lang, 'demo.municipality') : undefined,
        });
        await writeWorkbookFile(plan, command.file, command.force);
        io.out(escapeControls(t(command.lang, 'cli.wrote', { file: command.file })));
        if (command.kind === 'demo')
          io.out(
            `\n${coverageTable({ ...analysis, suggestions: planSuggestions(analysis.model, analysis.coverage) })}`,
          );
        return EXIT.ready;
      }
      case 'check': {
        const content = await readWorkbookFile(command.file);
        const analysis = analyseTables(content.tables, planSuggestions);
        io.out(command.json ? jsonLine(checkJson(analysis)) : coverageTable(analysis));
        return analysis.coverage.ready ? EXIT.ready : EXIT.notReady;
      }
      case 'brief': {
        const content = await readWorkbookFile(command.file);
        const briefs = buildBriefs(analyseTables(content.tables));
        const chosen = selectBriefs(briefs, command.person);
        if (chosen === null) {
          const person = command.person ?? '';
          if (command.json)
            io.out(jsonLine({ error: unknownPersonMessage(lang, person, briefs, false) }));
          else io.err(unknownPersonMessage(lang, person, briefs, true));
          return EXIT.failed;
        }
        io.out(command.json ? jsonLine(briefsJson(chosen)) : briefsText(chosen, lang));
        return EXIT.ready;
      }
    }
  } catch (error) {
    if ((command.kind === 'check' || command.kind === 'brief') && command.json)
      io.out(jsonLine({ error: messageOf(error, lang) }));
    else io.err(terminalMessage(error, lang));
    return EXIT.failed;
  }
}

/** The message exactly, for JSON. */
function messageOf(error: unknown, lang: Lang): string {
  if (error instanceof UserError) return t(lang, error.key, error.params);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The message for a terminal: what it quotes (a reason, a table's name) shortened, and any
 * control character escaped. A file name is kept whole, since the user typed it.
 */
function terminalMessage(error: unknown, lang: Lang): string {
  if (!(error instanceof UserError)) return escapeControls(messageOf(error, lang));
  const params = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [
      name,
      name === 'file' || typeof value !== 'string' ? value : shorten(value),
    ]),
  );
  return escapeControls(t(lang, error.key, params));
}

/** Runs the command line of this process: its arguments, streams and exit code. */
export function main(argv: readonly string[] = process.argv.slice(2)): void {
  run(argv, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    now: () => new Date(),
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}

if (require.main === module) main();
