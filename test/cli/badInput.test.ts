import * as fs from 'fs';
import * as path from 'path';
import { EXIT } from '../../src/cli/main';
import { MessageKey, t } from '../../src/core/i18n';
import {
  editWithExcelJs,
  editZipParts,
  oleFile,
  pngFile,
  sheetOfTable,
  tempFolder,
  writeDemoWorkbook,
  zipWithoutWorkbook,
} from '../xlsx/fixtures';
import { cli, escapeRegExp, messagePattern, onlyJson } from './runCli';

/** Files `check` cannot use: each must give a clear message, exit 2, and stay untouched. */

const folder = tempFolder('cli-bad');
afterAll(() => folder.cleanup());

let demo: string;
beforeAll(async () => {
  demo = folder.file('demo.xlsx');
  await writeDemoWorkbook(demo);
});

interface BadInput {
  name: string;
  make: (file: string) => Promise<void> | void;
  /** The expected message for `file`, in Danish (the tests run with LANG=da_DK). */
  expected: (file: string) => string | RegExp;
}

const message =
  (key: MessageKey, params: (file: string) => Record<string, string> = (file) => ({ file })) =>
  (file: string) =>
    t('da', key, params(file));

/** error.unreadable carries the library's reason; the file may be named by path or by name. */
const unreadable = (file: string) =>
  messagePattern((p) => t('da', 'error.unreadable', p), {
    file: `(?:.*/)?${escapeRegExp(path.basename(file))}`,
    reason: '.+',
  });

const tableMissing = message('error.tableMissing', () => ({ table: 'tblMatrix' }));

const BAD_INPUTS: BadInput[] = [
  { name: 'a missing file', make: () => undefined, expected: message('error.fileMissing') },
  {
    name: 'a text file',
    make: (file) => fs.writeFileSync(file, 'Navn;Rolle\nMette;Projektleder\n'),
    expected: message('error.notXlsx'),
  },
  {
    name: 'an empty file',
    make: (file) => fs.writeFileSync(file, ''),
    expected: message('error.notXlsx'),
  },
  {
    name: 'a PNG image',
    make: (file) => fs.writeFileSync(file, pngFile()),
    expected: message('error.notXlsx'),
  },
  {
    name: 'a zip that is not a workbook',
    make: async (file) => fs.writeFileSync(file, await zipWithoutWorkbook()),
    expected: message('error.notXlsx'),
  },
  {
    name: 'an old .xls (OLE without EncryptedPackage)',
    make: (file) => fs.writeFileSync(file, oleFile(['Workbook', '\u0005SummaryInformation'])),
    expected: message('error.notXlsx'),
  },
  {
    name: 'a password-protected xlsx',
    make: (file) => fs.writeFileSync(file, oleFile(['EncryptionInfo', 'EncryptedPackage'])),
    expected: message('error.encrypted'),
  },
  {
    name: 'a truncated xlsx',
    make: (file) => fs.writeFileSync(file, fs.readFileSync(demo).subarray(0, 2000)),
    expected: unreadable,
  },
  { name: 'a folder', make: (file) => fs.mkdirSync(file), expected: message('error.isFolder') },
  {
    name: 'an xlsx whose tblMatrix was deleted',
    make: (file) =>
      editWithExcelJs(demo, file, (wb) => sheetOfTable(wb, 'tblMatrix').removeTable('tblMatrix')),
    expected: tableMissing,
  },
  {
    name: 'an xlsx whose Matrix sheet was deleted',
    make: (file) =>
      editWithExcelJs(demo, file, (wb) => wb.removeWorksheet(sheetOfTable(wb, 'tblMatrix').id)),
    expected: tableMissing,
  },
  {
    name: 'an xlsx whose tblMatrix was renamed',
    make: (file) =>
      editZipParts(demo, file, (part, xml) =>
        part.startsWith('xl/tables/') ? xml.replace(/"tblMatrix"/g, '"tblPeople"') : xml,
      ),
    expected: tableMissing,
  },
];

function expectMessage(actual: string, expected: string | RegExp) {
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else expect(actual).toMatch(expected);
}

describe.each(BAD_INPUTS)('check on $name', ({ name, make, expected }) => {
  let file: string;
  let before: Buffer | null;

  beforeAll(async () => {
    file = folder.file(`${name.replace(/\W+/g, '-')}.xlsx`);
    await make(file);
    before = fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
  });

  it('prints the message on stderr and exits with 2', async () => {
    const result = await cli(['check', file]);
    expect(result.code).toBe(EXIT.failed);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(1);
    expectMessage(result.err[0], expected(file));
  });

  it('prints exactly one JSON error object with --json and exits with 2', async () => {
    const result = await cli(['check', file, '--json']);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([]);
    const json = onlyJson<{ error: string }>(result);
    expect(Object.keys(json)).toEqual(['error']);
    expectMessage(json.error, expected(file));
  });

  it('leaves the file as it was', () => {
    if (before) expect(fs.readFileSync(file).equals(before)).toBe(true);
    else expect(fs.existsSync(file) && fs.statSync(file).isFile()).toBe(false);
  });
});
