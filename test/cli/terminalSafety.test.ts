import * as fs from 'fs';
import { CheckJson, coverageTable } from '../../src/cli/format';
import { EXIT } from '../../src/cli/main';
import { escapeControls, jsonLine, shorten, shown } from '../../src/cli/safeText';
import { demoPeople } from '../../src/core/demo';
import { analyseTables, newWorkbookPlan, planTables } from '../../src/core/engine';
import { t } from '../../src/core/i18n';
import { findTable } from '../../src/core/model';
import {
  FIXED_DATE,
  deflatedEntry,
  editZipParts,
  tempFolder,
  writePeopleWorkbook,
  zipOf,
} from '../xlsx/fixtures';
import { DANISH, ENGLISH, cli, onlyJson } from './runCli';

/**
 * Text in a workbook is the workbook author's, not ours: it must never reach the terminal as
 * control characters, nor flood it. The JSON keeps every value exact, escaped as JSON does.
 */

const folder = tempFolder('cli-terminal');
afterAll(() => folder.cleanup());

/** A name that retitles the terminal, rings its bell, clears it and forges a line. */
const HOSTILE_NAME =
  'Evil\u001b]0;pwned\u0007\u001b[2J\n[Fejl] forfalsket \u009b31m \u202eresu\u2066x\u2069\u200f';
/** As Office stores it: C0 controls as _xHHHH_, the rest as they are. */
const HOSTILE_NAME_XML =
  'Evil_x001B_]0;pwned_x0007__x001B_[2J\n[Fejl] forfalsket \u009b31m \u202eresu\u2066x\u2069\u200f';
const HOSTILE_CODE = 'x\u001b[31m\u0007\u009b\u202e';
const HOSTILE_CODE_XML = 'x_x001B_[31m_x0007_\u009b\u202e';
const BIG = 'M'.repeat(1024 * 1024);

/** Raw characters a terminal acts on; a line break only between lines. */
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** The same in JSON text, where JSON.stringify leaves only these unescaped. */
const RAW_IN_JSON =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

let file: string;
beforeAll(async () => {
  const plain = folder.file();
  await writePeopleWorkbook(plain, 'da', [
    ...demoPeople('da'),
    { name: 'HOSTILENAME', role: t('da', 'role.leader'), codes: { KOMM: 'HOSTILECODE' } },
    { name: 'BIGNAME', role: 'BIGROLE', fromPhase: 'BIGPHASE' },
  ]);
  file = folder.file();
  await editZipParts(plain, file, (_part, xml) =>
    xml
      .split('HOSTILENAME')
      .join(HOSTILE_NAME_XML)
      .split('HOSTILECODE')
      .join(HOSTILE_CODE_XML)
      .replace(/BIGNAME|BIGROLE|BIGPHASE/g, BIG),
  );
});

describe('check prints text from cells', () => {
  let printed: string;
  beforeAll(async () => {
    const result = await cli(['check', file]);
    expect(result.code).toBe(EXIT.notReady);
    expect(result.err).toEqual([]);
    printed = result.out.join('\n');
  });

  // The output may be megabytes when this fails; the assertions show only what matters.
  it('with every control and bidi character escaped', () => {
    expect(RAW_CONTROL.exec(printed)).toBeNull();
    const escaped = [
      String.raw`Evil\x1b]0;pwned\x07\x1b[2J\n[Fejl] forfalsket \x9b31m \u202eresu\u2066x\u2069\u200f`,
      String.raw`"x\x1b[31m\x07\x9b\u202e"`,
    ];
    expect(escaped.filter((text) => !printed.includes(text))).toEqual([]);
  });

  it('so that a name cannot forge a line of its own', () => {
    expect(/^\s*\[Fejl\] forfalsket.*/m.exec(printed)?.[0] ?? null).toBeNull();
  });

  it('with a value over 80 characters shortened, however often it is quoted', () => {
    const short = `${'M'.repeat(79)}…`;
    expect(printed.split(short).length - 1).toBeGreaterThanOrEqual(3);
    expect(printed.includes('M'.repeat(80))).toBe(false);
    expect(printed.length).toBeLessThan(20_000);
  });
});

describe('check --json', () => {
  let stdout: string;
  let json: CheckJson;
  beforeAll(async () => {
    const result = await cli(['check', file, '--json']);
    expect(result.code).toBe(EXIT.notReady);
    stdout = result.out.join('\n');
    json = onlyJson(result);
  });

  it('escapes control, C1 and bidi characters as JSON escapes', () => {
    expect(RAW_IN_JSON.exec(stdout)).toBeNull();
    const escaped = [
      String.raw`\u001b]0;pwned\u0007\u001b[2J\n[Fejl] forfalsket \u009b31m`,
      String.raw`\u202eresu\u2066x\u2069\u200f`,
    ];
    expect(escaped.filter((text) => !stdout.includes(text))).toEqual([]);
  });

  it('keeps every value exact and whole', () => {
    const messages = json.findings.map((f) => f.message);
    expect(messages.some((m) => m.includes(HOSTILE_NAME))).toBe(true);
    // A million characters, quoted whole by each of the three findings about that person.
    expect(messages.some((m) => m.includes(`"${HOSTILE_CODE}"`))).toBe(true);
    expect(messages.filter((m) => m.includes(BIG))).toHaveLength(3);
  });
});

describe('messages that quote the file', () => {
  let damaged: string;
  beforeAll(() => {
    // Two parts with one name, a name that clears the screen: the reason quotes it.
    damaged = folder.file();
    const part = '\u001b[2J\u001b]0;x\u0007.xml';
    fs.writeFileSync(damaged, zipOf([deflatedEntry(part, '<a/>'), deflatedEntry(part, '<b/>')]));
  });

  it.each([
    ['da', DANISH],
    ['en', ENGLISH],
  ])('escape what they quote (%s)', async (_, locale) => {
    const result = await cli(['check', damaged], locale);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).not.toMatch(RAW_CONTROL);
    expect(result.err[0]).toContain(String.raw`\x1b[2J\x1b]0;x\x07.xml`);
  });

  it('and keep it exact under --json', async () => {
    const result = await cli(['check', damaged, '--json']);
    expect(result.out.join('\n')).not.toMatch(RAW_IN_JSON);
    expect(onlyJson<{ error: string }>(result).error).toContain('\u001b[2J\u001b]0;x\u0007.xml');
  });
});

describe('the coverage table', () => {
  it('escapes and shortens role names from the lists', () => {
    const { plan } = newWorkbookPlan('da', demoPeople('da'), FIXED_DATE);
    const tables = planTables(plan);
    const roles = findTable(tables, 'tblRoles')!;
    roles.rows.push([`Rolle\u001b[2J${'R'.repeat(200)}`, t('da', 'no'), '']);
    const printed = coverageTable(analyseTables(tables));
    expect(printed).not.toMatch(RAW_CONTROL);
    expect(printed).toContain(String.raw`  Rolle\x1b[2J${'R'.repeat(70)}…: 0`);
  });
});

describe('safe text', () => {
  it('escapes C0, DEL, C1, separators and bidi controls, and nothing else', () => {
    expect(escapeControls('a\u0000\u0007\t\r\n\u001b\u007f\u0080\u009f')).toBe(
      String.raw`a\x00\x07\t\r\n\x1b\x7f\x80\x9f`,
    );
    expect(escapeControls('\u061c\u200e\u200f\u2028\u2029\u202a\u202e\u2066\u2069')).toBe(
      String.raw`\u061c\u200e\u200f\u2028\u2029\u202a\u202e\u2066\u2069`,
    );
    expect(escapeControls('Ærø – “Økonomi” 😀 C:\\sti')).toBe('Ærø – “Økonomi” 😀 C:\\sti');
  });

  it('shortens by characters, never splitting one', () => {
    expect(shorten('a'.repeat(80))).toBe('a'.repeat(80));
    expect(shorten('a'.repeat(81))).toBe(`${'a'.repeat(79)}…`);
    expect(shorten('😀'.repeat(80))).toBe('😀'.repeat(80));
    expect(shorten('😀'.repeat(81))).toBe(`${'😀'.repeat(79)}…`);
    expect(shown(`\u001b${'x'.repeat(100)}`)).toBe(String.raw`\x1b` + `${'x'.repeat(78)}…`);
  });

  it('keeps JSON exact while escaping what a terminal acts on', () => {
    const value = { text: 'a\u001b\u009b\u202e\u2028"\\' };
    const line = jsonLine(value);
    expect(line).not.toMatch(RAW_IN_JSON);
    expect(JSON.parse(line)).toEqual(value);
  });
});
