import * as fs from 'fs';
import * as path from 'path';
import { EXIT } from '../../src/cli/main';
import { AreaStatus } from '../../src/core/coverage';
import { Lang, MessageKey, t } from '../../src/core/i18n';
import { readWorkbookFile } from '../../src/xlsx/read';
import { TEMPLATE_IDS, tempFolder } from '../xlsx/fixtures';
import { checkJsonOf, cli, escapeRegExp, messagePattern } from './runCli';

const folder = tempFolder('cli-write');
afterAll(() => folder.cleanup());

const ALL_STATUSES: AreaStatus[] = [
  'covered',
  'fragile',
  'one_sided',
  'late',
  'no_lead',
  'not_covered',
];

const HEADERS: MessageKey[] = [
  'cli.header.area',
  'cli.header.status',
  'cli.header.leads',
  'cli.header.covers',
  'cli.header.gatherers',
  'cli.header.invalid',
];

function verdictLine(lang: Lang, covered: number, ready = false): string {
  return t(lang, 'cli.verdict', {
    verdict: t(lang, ready ? 'verdict.ready' : 'verdict.notReady'),
    covered,
    total: TEMPLATE_IDS.length,
  });
}

function headerPattern(lang: Lang): RegExp {
  return new RegExp(`^${HEADERS.map((key) => escapeRegExp(t(lang, key))).join('\\s+')}$`, 'm');
}

/** Every file in the folder, so that a test sees a left-over temporary file. */
function filesBeside(file: string): string[] {
  return fs.readdirSync(path.dirname(file)).filter((name) => name.includes(path.basename(file)));
}

describe('demo', () => {
  it('writes the file and prints the verdict and every template area', async () => {
    const file = folder.file();
    const result = await cli(['demo', file]);
    expect(result.code).toBe(EXIT.ready);
    expect(result.err).toEqual([]);
    const { json } = await checkJsonOf(file);
    const covered = json.areas.filter((area) => area.status === 'covered').length;
    const printed = result.out.join('\n');
    expect(printed).toContain(t('da', 'cli.wrote', { file }));
    expect(printed).toContain(verdictLine('da', covered));
    expect(printed).toMatch(headerPattern('da'));
    for (const id of TEMPLATE_IDS) expect(printed).toMatch(new RegExp(`^${id}\\s`, 'm'));
  });

  it('prints English headers and writes an English workbook with --lang en', async () => {
    const file = folder.file();
    const result = await cli(['demo', file, '--lang', 'en']);
    expect(result.code).toBe(EXIT.ready);
    const printed = result.out.join('\n');
    expect(printed).toMatch(headerPattern('en'));
    expect(printed).not.toMatch(headerPattern('da'));
    expect(printed).toContain(t('en', 'cli.roles'));
    const { tables } = await readWorkbookFile(file);
    expect(tables.tblMatrix.sheet).toBe(t('en', 'sheet.matrix'));
    expect(tables.tblAreas.sheet).toBe(t('en', 'sheet.areas'));
  });

  it('shows all six statuses', async () => {
    const file = folder.file();
    await cli(['demo', file]);
    const { json } = await checkJsonOf(file);
    expect(new Set(json.areas.map((area) => area.status))).toEqual(new Set(ALL_STATUSES));
  });

  it('writes organisering.xlsx in the working folder when no file is given', async () => {
    const dir = folder.dir;
    const before = process.cwd();
    process.chdir(dir);
    try {
      expect((await cli(['demo'])).code).toBe(EXIT.ready);
    } finally {
      process.chdir(before);
    }
    expect((await checkJsonOf(path.join(dir, 'organisering.xlsx'))).code).toBe(EXIT.notReady);
  });
});

describe.each(['demo', 'new'])('%s and an existing file', (command) => {
  it('refuses to overwrite an existing file without --force', async () => {
    const file = folder.file();
    fs.writeFileSync(file, 'the user’s own work');
    const before = fs.readFileSync(file);
    const result = await cli([command, file]);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([t('da', 'cli.exists', { file })]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(filesBeside(file)).toEqual([path.basename(file)]);
  });

  it('overwrites an existing file with --force', async () => {
    const file = folder.file();
    fs.writeFileSync(file, 'old');
    const result = await cli([command, file, '--force']);
    expect(result.code).toBe(EXIT.ready);
    const { json } = await checkJsonOf(file);
    expect(json.areas).toHaveLength(TEMPLATE_IDS.length);
    expect(filesBeside(file)).toEqual([path.basename(file)]);
  });
});

describe('new', () => {
  it('writes an English workbook in which all 13 areas are not covered', async () => {
    const file = folder.file();
    const written = await cli(['new', file, '--lang', 'en']);
    expect(written.code).toBe(EXIT.ready);
    expect(written.out).toEqual([t('en', 'cli.wrote', { file })]);

    const { code, json } = await checkJsonOf(file);
    expect(code).toBe(EXIT.notReady);
    expect(json.ready).toBe(false);
    expect(json.areas.map((area) => area.id)).toEqual(TEMPLATE_IDS);
    expect(json.areas.every((area) => area.status === 'not_covered')).toBe(true);
    const text = await cli(['check', file]);
    expect(text.out.join('\n')).toContain(verdictLine('en', 0));
  });

  it('asks for a file when none is given', async () => {
    const result = await cli(['new']);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([t('da', 'cli.missingFile'), t('da', 'cli.usage')]);
  });

  it('reports a folder that does not exist and leaves nothing behind', async () => {
    const missing = path.join(folder.dir, 'no-such-folder');
    const file = path.join(missing, 'book.xlsx');
    const result = await cli(['new', file]);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(
      messagePattern((p) => t('da', 'cli.writeFailed', { file, ...p }), { reason: '.+' }),
    );
    expect(fs.existsSync(missing)).toBe(false);
  });
});
