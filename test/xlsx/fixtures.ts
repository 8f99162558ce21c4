/**
 * Files for the xlsx and CLI tests: workbooks written by the product, workbooks a user has
 * changed with another tool (ExcelJS, or the raw zip), and files that are not workbooks.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { constants as zlibConstants, deflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CellValue } from '../../src/core/cells';
import { demoPeople } from '../../src/core/demo';
import { newWorkbookPlan } from '../../src/core/engine';
import { Lang, t } from '../../src/core/i18n';
import { PersonInput } from '../../src/core/planMatrix';
import { TEMPLATE_AREAS } from '../../src/core/template';
import { writeWorkbookFile } from '../../src/xlsx/write';

export const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 9, 30));

export const TEMPLATE_IDS = TEMPLATE_AREAS.map((area) => area.id);

/** A fresh temporary folder per test file; `cleanup` removes it. */
export function tempFolder(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `organisering-${prefix}-`));
  let count = 0;
  return {
    dir,
    /** A new, unused path in the folder. */
    file: (name = 'book.xlsx') => path.join(dir, `${(count += 1)}-${name}`),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export async function writePeopleWorkbook(
  file: string,
  lang: Lang,
  people: PersonInput[],
): Promise<void> {
  const { plan } = newWorkbookPlan(lang, people, FIXED_DATE);
  await writeWorkbookFile(plan, file, false);
}

export async function writeDemoWorkbook(file: string, lang: Lang = 'da'): Promise<void> {
  await writePeopleWorkbook(file, lang, demoPeople(lang));
}

/**
 * People who make every template area Dækket and fill every required role: per area one
 * library person (A) and one finance person (D), blank phases, and the three roles without
 * a party, who gather information on one area each.
 */
export function readyPeople(lang: Lang): PersonInput[] {
  const role = (key: Parameters<typeof t>[1]) => t(lang, key);
  const perArea = TEMPLATE_IDS.flatMap((id): PersonInput[] => [
    { name: `Bib ${id}`, role: role('role.libraryStaff'), codes: { [id]: 'A' } },
    { name: `Øko ${id}`, role: role('role.financeStaff'), codes: { [id]: 'D' } },
  ]);
  const others = (['role.owner', 'role.leader', 'role.oirCoordinator'] as const).map(
    (key, i): PersonInput => ({ name: `Person ${i + 1}`, role: role(key), codes: { KOMM: 'I' } }),
  );
  return [...perArea, ...others];
}

/** Loads a workbook with ExcelJS, lets the test change it as a user's tool would, saves a copy. */
export async function editWithExcelJs(
  source: string,
  target: string,
  change: (workbook: ExcelJS.Workbook) => void,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  change(workbook);
  await workbook.xlsx.writeFile(target);
}

/** Changes the raw parts of a saved workbook, e.g. to rename a table. */
export async function editZipParts(
  source: string,
  target: string,
  change: (name: string, text: string) => string,
): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(source));
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
    zip.file(name, change(name, await zip.file(name)!.async('string')));
  }
  fs.writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer' }));
}

export async function zipPart(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const entry = zip.file(part);
  if (!entry) throw new Error(`${file} has no ${part}`);
  return entry.async('string');
}

/** The XML of every worksheet part, joined. */
export async function sheetParts(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  const texts = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
  return texts.join('\n');
}

/** The table's range on its sheet, 1-based, header row included. */
export function tableBounds(ws: ExcelJS.Worksheet, name: string) {
  const table = ws.getTable(name) as unknown as { table: { tableRef?: string; ref?: string } };
  const ref = table.table.tableRef ?? table.table.ref ?? '';
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`unexpected range ${ref} for ${name}`);
  return {
    top: Number(match[2]),
    bottom: Number(match[4]),
    left: ws.getColumn(match[1]).number,
    right: ws.getColumn(match[3]).number,
  };
}

/** The worksheet that holds the table, wherever the user moved or renamed it. */
export function sheetOfTable(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.worksheets.find((ws) => ws.getTable(name) !== undefined);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

/** Sets a cell the way Excel stores what a user typed: a date gets a date format of its own. */
export function typeInto(cell: ExcelJS.Cell, value: CellValue): void {
  cell.value = value;
  // ExcelJS shares style objects between loaded cells; give this cell its own.
  cell.style = { ...cell.style, numFmt: value instanceof Date ? 'yyyy-mm-dd' : 'General' };
}

/** A minimal OLE compound file (the container of .xls files and encrypted .xlsx files). */
export function oleFile(streamNames: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streamNames].slice(0, 4).forEach((name, i) => {
    const entry = i * 128;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(directory, entry);
    directory.writeUInt16LE(encoded.length, entry + 64);
    directory.writeUInt8(i === 0 ? 5 : 2, entry + 66); // root storage, or stream
  });
  return Buffer.concat([header, directory]);
}

export function pngFile(): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, Buffer.alloc(64)]);
}

export async function zipWithoutWorkbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('notes/readme.txt', 'Not a spreadsheet.');
  return zip.generateAsync({ type: 'nodebuffer' });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 a zip file stores for each part. */
export function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One part of a zip written by `zipOf`: its deflated bytes and what its headers declare. */
export interface ZipEntry {
  name: string;
  deflated: Buffer;
  crc: number;
  /** The inflated size the headers declare, which a hostile zip may state falsely. */
  declaredSize: number;
}

export function deflatedEntry(name: string, content: Buffer | string): ZipEntry {
  const bytes = Buffer.from(content);
  return {
    name,
    deflated: deflateRawSync(bytes),
    crc: crc32(bytes),
    declaredSize: bytes.length,
  };
}

/** A zip file of the entries, each deflated, as any zip tool writes one. */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a zip file, inflated, in the zip's order. */
export async function zipEntries(file: string): Promise<{ name: string; content: Buffer }[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const files = Object.values(zip.files).filter((entry) => !entry.dir);
  return Promise.all(
    files.map(async (entry) => ({ name: entry.name, content: await entry.async('nodebuffer') })),
  );
}

/**
 * A part that inflates to at least `inflatedBytes` of sheet XML (cells repeated), made in
 * constant memory and time: one chunk is deflated once, ending in a full flush so that it
 * does not refer back, and its bytes repeat. Its headers claim `declaredSize` bytes.
 */
export function zipBombEntry(name: string, inflatedBytes: number, declaredSize: number): ZipEntry {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">';
  const chunk = Buffer.from('<c r="A1" t="s"><v>0</v></c>'.repeat(8192));
  const flush = { finishFlush: zlibConstants.Z_FULL_FLUSH };
  const repeated = deflateRawSync(chunk, flush);
  const times = Math.ceil(inflatedBytes / chunk.length);
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return {
    name,
    deflated: Buffer.concat([
      deflateRawSync(Buffer.from(head), flush),
      ...new Array<Buffer>(times).fill(repeated),
      finalEmptyBlock,
    ]),
    // Nothing reads this far: the reader stops at its budget, long before a CRC could matter.
    crc: 0,
    declaredSize,
  };
}
