import * as fs from 'fs';
import { EXIT } from '../../src/cli/main';
import { Lang, t } from '../../src/core/i18n';
import {
  TEMPLATE_IDS,
  readyPeople,
  tempFolder,
  writeDemoWorkbook,
  writePeopleWorkbook,
} from '../xlsx/fixtures';
import { DANISH, ENGLISH, checkJsonOf, cli, snapshot } from './runCli';

const folder = tempFolder('cli-check');
afterAll(() => folder.cleanup());

/** The demo's one invalid cell: Lars Holm's "x" under PSRM. */
function demoInvalidMessage(lang: Lang): string {
  return t(lang, 'finding.invalid', {
    cell: `${t(lang, 'sheet.matrix')}!P7`,
    value: 'x',
    hint: t(lang, 'finding.invalid.hintUnknown', { codes: 'A, D, I' }),
  });
}

describe('check exit codes', () => {
  it('returns 1 on the demo, which is not ready', async () => {
    const file = folder.file();
    await writeDemoWorkbook(file);
    const { code, json } = await checkJsonOf(file);
    expect(code).toBe(EXIT.notReady);
    expect(json.ready).toBe(false);
    expect((await cli(['check', file])).code).toBe(EXIT.notReady);
  });

  it('returns 0 when every area is covered and every required role is filled', async () => {
    const file = folder.file();
    await writePeopleWorkbook(file, 'da', readyPeople('da'));
    const { code, json } = await checkJsonOf(file);
    expect(json.areas.filter((area) => area.status !== 'covered')).toEqual([]);
    expect(json.roles.filter((role) => role.required && role.count === 0)).toEqual([]);
    expect(json.ready).toBe(true);
    expect(code).toBe(EXIT.ready);

    const text = await cli(['check', file]);
    expect(text.code).toBe(EXIT.ready);
    const total = TEMPLATE_IDS.length;
    expect(text.out.join('\n')).toContain(
      t('da', 'cli.verdict', { verdict: t('da', 'verdict.ready'), covered: total, total }),
    );
  });

  it('returns 2 on a file it cannot read', async () => {
    const file = folder.file('not-a-workbook.xlsx');
    fs.writeFileSync(file, 'plain text');
    expect((await cli(['check', file])).code).toBe(EXIT.failed);
    expect((await cli(['check', file, '--json'])).code).toBe(EXIT.failed);
  });
});

describe('check output', () => {
  it('prints one JSON object with areas, roles, findings and suggestions in --json mode', async () => {
    const file = folder.file();
    await writeDemoWorkbook(file);
    const result = await cli(['check', file, '--json']);
    expect(result.err).toEqual([]);
    const json = JSON.parse(result.out.join('\n'));
    expect(Object.keys(json).sort()).toEqual([
      'areas',
      'findings',
      'ready',
      'roles',
      'suggestions',
    ]);
    expect(json.areas[0]).toEqual({
      id: 'INDR_BIB',
      status: expect.any(String),
      leads: expect.any(Number),
      covers: expect.any(Number),
      gatherers: expect.any(Number),
      invalid: expect.any(Number),
      lead: expect.any(String),
      missing: { lead: false, covers: 0, onTime: false, parties: [] },
    });
    expect(json.suggestions[0]).toEqual({
      kind: 'code',
      area: expect.any(String),
      person: expect.any(String),
      cell: expect.stringMatching(/^Matrix!/),
      from: expect.any(String),
      to: expect.any(String),
      fixes: expect.any(Array),
      reason: expect.any(String),
    });
    expect(json.findings).toContainEqual({
      severity: 'error',
      topic: 'invalid',
      message: demoInvalidMessage('da'),
      cell: 'Matrix!P7',
    });
  });
});

describe('check is read-only', () => {
  it.each([[[]], [['--json']]])('never writes to the file (extra arguments %j)', async (extra) => {
    const file = folder.file();
    await writeDemoWorkbook(file);
    // Dated in the past, so that any write would show in the modification time, however
    // soon after the file was made it came and however coarse the file system's clock.
    const past = new Date(Date.UTC(2020, 0, 1));
    fs.utimesSync(file, past, past);
    const before = snapshot(file);
    await cli(['check', file, ...extra]);
    const after = snapshot(file);
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(fs.readdirSync(folder.dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('the language of check', () => {
  it.each<[Lang, string]>([
    ['en', DANISH],
    ['da', ENGLISH],
  ])('gives findings in the workbook language (%s) whatever LANG is (%s)', async (lang, locale) => {
    const file = folder.file();
    await writeDemoWorkbook(file, lang);
    const { json } = await checkJsonOf(file, locale);
    expect(json.findings.map((finding) => finding.message)).toEqual([demoInvalidMessage(lang)]);

    const text = (await cli(['check', file], locale)).out.join('\n');
    expect(text).toContain(t(lang, 'cli.findings'));
    expect(text).toContain(`[${t(lang, 'severity.error')}] ${demoInvalidMessage(lang)}`);
  });

  it.each<[Lang, string]>([
    ['da', DANISH],
    ['en', ENGLISH],
  ])('gives errors about the file in the language of LANG (%s)', async (lang, locale) => {
    const file = folder.file('missing.xlsx');
    const result = await cli(['check', file], locale);
    expect(result.err).toEqual([t(lang, 'error.fileMissing', { file })]);
  });
});
