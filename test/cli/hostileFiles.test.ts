import { execFileSync } from 'child_process';
import * as fs from 'fs';
import { EXIT } from '../../src/cli/main';
import { CheckJson } from '../../src/cli/format';
import { Lang, MessageKey, t } from '../../src/core/i18n';
import {
  ZipEntry,
  deflatedEntry,
  editZipParts,
  tempFolder,
  writeDemoWorkbook,
  zipBombEntry,
  zipEntries,
  zipOf,
} from '../xlsx/fixtures';
import { DANISH, ENGLISH, HEAP_LIMIT_MB, checkJsonOf, cli, cliProcess, onlyJson } from './runCli';

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

/** Runs `check` on the file in a child: Danish text, then English JSON; both refuse it. */
async function expectRefusedByChild(file: string, key: MessageKey, params = {}) {
  const text = await cliProcess(['check', file], { locale: DANISH });
  expect(text.signal).toBeNull();
  expect(text.code).toBe(EXIT.failed);
  expect(text.stdout).toBe('');
  expect(text.stderr).toBe(`${t('da', key, { file, ...params })}\n`);
  expect(text.peakBytes).toBeLessThan(BUDGET_BYTES);

  const json = await cliProcess(['check', file, '--json'], { locale: ENGLISH });
  expect(json.signal).toBeNull();
  expect(json.code).toBe(EXIT.failed);
  expect(json.stderr).toBe('');
  expect(json.stdout.endsWith('\n')).toBe(true);
  expect(JSON.parse(json.stdout)).toEqual({ error: t('en', key, { file, ...params }) });
  expect(json.peakBytes).toBeLessThan(BUDGET_BYTES);
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

let demo: string;
let demoJson: CheckJson;
beforeAll(async () => {
  demo = folder.file('demo.xlsx');
  await writeDemoWorkbook(demo);
  demoJson = (await checkJsonOf(demo)).json;
});

/** The demo workbook with its parts changed at the zip level; `change` returns the new list. */
async function rezipped(change: (entries: ZipEntry[]) => ZipEntry[]): Promise<string> {
  const entries = (await zipEntries(demo)).map(({ name, content }) => deflatedEntry(name, content));
  const file = folder.file();
  fs.writeFileSync(file, zipOf(change(entries)));
  return file;
}

/** The demo workbook with the text of some XML parts changed. */
async function edited(change: (part: string, xml: string) => string): Promise<string> {
  const file = folder.file();
  await editZipParts(demo, file, change);
  return file;
}

const isPart = (pattern: RegExp) => (part: string) => pattern.test(part);
/** The part that defines the table, whatever its number. */
const tablePart = (name: string) => (part: string, xml: string) =>
  part.startsWith('xl/tables/') && xml.includes(`name="${name}"`);

const BOMB_BYTES = 300 * 1024 * 1024;

const REFUSED: Hostile[] = [
  {
    name: 'a zip bomb: a sheet that inflates to 300 MB',
    make: () =>
      rezipped((entries) =>
        entries.map((e) =>
          e.name === 'xl/worksheets/sheet1.xml' ? zipBombEntry(e.name, BOMB_BYTES, BOMB_BYTES) : e,
        ),
      ),
    key: 'error.tooLarge',
    params: { limit: 200 },
  },
  {
    name: 'a zip bomb whose headers claim a 2 KB sheet',
    make: () =>
      rezipped((entries) =>
        entries.map((e) =>
          e.name === 'xl/worksheets/sheet2.xml' ? zipBombEntry(e.name, BOMB_BYTES, 2048) : e,
        ),
      ),
    key: 'error.tooLarge',
    params: { limit: 200 },
  },
  {
    name: 'a zip bomb in a part that check never reads',
    make: () =>
      rezipped((entries) => [...entries, zipBombEntry('xl/media/image1.png', BOMB_BYTES, 100)]),
    key: 'error.tooLarge',
    params: { limit: 200 },
  },
  {
    name: 'a table part that is not well-formed XML',
    make: () =>
      rezipped((entries) =>
        entries.map((e) =>
          e.name === 'xl/tables/table1.xml'
            ? deflatedEntry(
                e.name,
                '<?xml version="1.0"?><table name="tblStatus" ref="A8:N21"><autoFilter',
              )
            : e,
        ),
      ),
    key: 'error.damagedPart',
    params: { part: 'xl/tables/table1.xml' },
  },
  {
    name: 'a table part whose range is not a range',
    make: () =>
      rezipped((entries) =>
        entries.map((e) =>
          e.name === 'xl/tables/table1.xml'
            ? deflatedEntry(e.name, '<table name="tblStatus" ref="the whole sheet"/>')
            : e,
        ),
      ),
    key: 'error.damagedPart',
    params: { part: 'xl/tables/table1.xml' },
  },
];

describe.each(REFUSED)('check on $name', ({ make, key, params }) => {
  let file: string;
  beforeAll(async () => {
    file = await make();
  });

  it(
    'ends by itself with exit 2 and a plain message, within the memory budget',
    () => expectRefusedByChild(file, key, params),
    CHILD_TEST_MS,
  );
});

/** Workbooks that are costly only to a reader that makes up cells: check reads them as usual. */
interface Costly {
  name: string;
  make: () => Promise<string>;
  /** What else the check finds, beyond the demo's own result. */
  expectMore?: (json: CheckJson) => void;
}

const READ_AS_USUAL: Costly[] = [
  {
    name: 'tblMatrix resized to reach row 1,048,576',
    make: () =>
      edited((part, xml) =>
        tablePart('tblMatrix')(part, xml)
          ? xml.replace(/ref="([A-Z]+\d+):([A-Z]+)\d+"/g, 'ref="$1:$21048576"')
          : xml,
      ),
  },
  {
    name: 'tblMatrix reaching row 1,048,576 with a code typed in that last row',
    make: () =>
      edited((part, xml) => {
        if (tablePart('tblMatrix')(part, xml))
          return xml.replace(/ref="([A-Z]+\d+):([A-Z]+)\d+"/g, 'ref="$1:$21048576"');
        if (isPart(/^xl\/worksheets\/sheet2\.xml$/)(part))
          return xml.replace(
            '</sheetData>',
            '<row r="1048576"><c r="T1048576" t="inlineStr"><is><t>A</t></is></c></row></sheetData>',
          );
        return xml;
      }),
    expectMore: (json) =>
      expect(json.findings).toContainEqual(
        expect.objectContaining({ topic: 'codesWithoutName', cell: 'Matrix!A1048576' }),
      ),
  },
  {
    name: 'validation and a merge that span whole columns',
    make: () =>
      edited((part, xml) =>
        isPart(/^xl\/worksheets\/sheet2\.xml$/)(part)
          ? xml
              .replace(/sqref="([A-Z]+\d+):([A-Z]+)\d+"/g, 'sqref="$1:$21048576"')
              .replace(
                '</sheetData>',
                '</sheetData><mergeCells count="1"><mergeCell ref="AA1:AZ1048576"/></mergeCells>',
              )
          : xml,
      ),
  },
];

describe.each(READ_AS_USUAL)('check on $name', ({ make, expectMore }) => {
  let file: string;
  beforeAll(async () => {
    file = await make();
  });

  it(
    'reads it as usual, by itself and within the memory budget',
    async () => {
      const result = await cliProcess(['check', file, '--json']);
      expect(result.signal).toBeNull();
      expect(result.stderr).toBe('');
      expect(result.code).toBe(EXIT.notReady);
      expect(result.peakBytes).toBeLessThan(BUDGET_BYTES);
      const json = JSON.parse(result.stdout) as CheckJson;
      expect(json.areas).toEqual(demoJson.areas);
      expect(json.roles).toEqual(demoJson.roles);
      if (expectMore) expectMore(json);
      else expect(json.findings).toEqual(demoJson.findings);
    },
    CHILD_TEST_MS,
  );
});
