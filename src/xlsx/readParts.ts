import { CellValue } from '../core/cells';
import { NAMES } from '../core/formulas';
import { TableData, TableSet } from '../core/model';
import { XmlError, XmlHandler, attribute, decodeText, scanXml, xmlText } from './xml';

/**
 * Reads the tables of a workbook from its unzipped parts. It reads only what `check` needs:
 * the workbook's sheet list, the tables, the cells inside them and the StatusVerdict cell.
 * A table is read only as far as its sheet really holds cells, so a table resized to the
 * whole column costs what its cells cost, and no cell is made up to be read.
 *
 * The values are those ExcelJS gives for the same file: a formula gives its cached result,
 * a number in a date format a Date, rich text its plain text, an error its code.
 */

export interface WorkbookParts {
  tables: TableSet;
  formulas: Record<string, (string | null)[][]>;
  verdict: CellValue;
}

/** A part that is not what a workbook part must be; `part` is its name in the zip. */
export class PartError extends Error {
  constructor(
    readonly part: string,
    reason: string,
  ) {
    super(`${part}: ${reason}`);
    this.name = 'PartError';
  }
}

/** The zip holds no workbook: no workbook part, or one without sheets. */
export class NotWorkbookError extends Error {}

/** The tables would hold more cells than `maxTableCells`. */
export class TooManyCellsError extends Error {}

export interface ReadLimits {
  /** The most cells the tables' rows may hold in all, counted as rows times table width. */
  maxTableCells: number;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/** A relationship type by its last segment, in the transitional or the strict namespace. */
function isRelType(type: string, kind: string): boolean {
  return type === REL + kind || type === REL_STRICT + kind;
}

type Parts = Map<string, Buffer>;

function withPart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof XmlError) throw new PartError(part, error.message);
    throw error;
  }
}

function scanPart(parts: Parts, name: string, handler: XmlHandler): void {
  const bytes = parts.get(name);
  if (!bytes) throw new PartError(name, 'the part is missing');
  withPart(name, () => scanXml(xmlText(bytes), handler));
}

// ---------------------------------------------------------------------------------------
// Relationships

interface Relationship {
  id: string;
  type: string;
  /** The target part's name in the zip. */
  target: string;
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a part name: relative to the source's folder, or absolute. */
function resolveTarget(sourceFolder: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : sourceFolder + target;
  const segments: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

function relationshipsOf(parts: Parts, source: string): Relationship[] {
  const name = relsPartOf(source);
  if (!parts.has(name)) return [];
  const found: Relationship[] = [];
  scanPart(parts, name, {
    open(element, attributes) {
      if (element !== 'Relationship') return;
      if (attribute(attributes, 'TargetMode') === 'External') return;
      const id = attribute(attributes, 'Id');
      const type = attribute(attributes, 'Type');
      const target = attribute(attributes, 'Target');
      if (id === undefined || type === undefined || target === undefined)
        throw new PartError(name, 'a relationship lacks its Id, Type or Target');
      found.push({ id, type, target: resolveTarget(folderOf(source), target) });
    },
    close() {},
  });
  return found;
}

// ---------------------------------------------------------------------------------------
// The workbook part: sheets, defined names, the date system

interface SheetEntry {
  name: string;
  relId: string;
}

interface WorkbookInfo {
  sheets: SheetEntry[];
  verdictRef: string | null;
  date1904: boolean;
}

function readWorkbookPart(parts: Parts, name: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], verdictRef: null, date1904: false };
  let definedName: string | null = null;
  let definedText = '';
  scanPart(parts, name, {
    open(element, attributes) {
      if (element === 'sheet') {
        const sheetName = attribute(attributes, 'name');
        const relId = attribute(attributes, 'id');
        if (sheetName === undefined || relId === undefined)
          throw new PartError(name, 'a sheet lacks its name or relationship');
        info.sheets.push({ name: sheetName, relId });
      } else if (element === 'workbookPr') {
        const date1904 = attribute(attributes, 'date1904');
        info.date1904 = date1904 === '1' || date1904 === 'true';
      } else if (element === 'definedName') {
        definedName = attribute(attributes, 'name') ?? '';
        definedText = '';
      }
    },
    text(raw, cdata) {
      if (definedName !== null) definedText += cdata ? raw : decodeText(raw);
    },
    close(element) {
      if (element !== 'definedName') return;
      if (definedName === NAMES.verdict && info.verdictRef === null) info.verdictRef = definedText;
      definedName = null;
    },
  });
  return info;
}

// ---------------------------------------------------------------------------------------
// Styles: which cell styles show numbers as dates

/** Built-in number formats that are dates or times (ECMA-376, 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format is a date when, outside quotes and brackets, it has a date or time letter. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function readDateStyles(parts: Parts, name: string | undefined): (style: number) => boolean {
  if (!name || !parts.has(name)) return () => false;
  const customFormats = new Map<number, string>();
  const formatOfStyle: number[] = [];
  let inCellXfs = false;
  let depth = 0;
  scanPart(parts, name, {
    open(element, attributes) {
      if (element === 'numFmt') {
        const id = Number(attribute(attributes, 'numFmtId'));
        customFormats.set(id, attribute(attributes, 'formatCode') ?? '');
      } else if (inCellXfs) {
        if (depth === 0 && element === 'xf')
          formatOfStyle.push(Number(attribute(attributes, 'numFmtId') ?? 0) || 0);
        depth += 1;
      } else if (element === 'cellXfs') {
        inCellXfs = true;
        depth = 0;
      }
    },
    close() {
      if (!inCellXfs) return;
      if (depth === 0) inCellXfs = false;
      else depth -= 1;
    },
  });
  const cache = new Map<number, boolean>();
  return (style) => {
    const id = formatOfStyle[style];
    if (!id) return false;
    let isDate = cache.get(id);
    if (isDate === undefined) {
      const custom = customFormats.get(id);
      isDate = custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id);
      cache.set(id, isDate);
    }
    return isDate;
  };
}

/** An Excel serial day as a Date, as ExcelJS converts it. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

// ---------------------------------------------------------------------------------------
// Cell references

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i += 1) n = n * 26 + letters.charCodeAt(i) - 64;
  return n - 1;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

/** A zero-based cell position, or null when the text is not an A1 reference on the sheet. */
function cellPosition(ref: string): { row: number; col: number } | null {
  const match = CELL.exec(ref.toUpperCase());
  if (!match) return null;
  const row = Number(match[2]) - 1;
  const col = columnNumber(match[1]);
  if (row < 0 || row >= MAX_ROWS || col >= MAX_COLS) return null;
  return { row, col };
}

function rangeOf(ref: string): Range | null {
  const [first, second = first, extra] = ref.split(':');
  if (extra !== undefined) return null;
  const a = cellPosition(first);
  const b = cellPosition(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

// ---------------------------------------------------------------------------------------
// Tables and the cells they hold

interface TableEntry {
  name: string;
  range: Range;
  /** The last data row (the totals row, if any, excluded). */
  lastDataRow: number;
  width: number;
  /** The sheet rows that hold a value or formula in the table, by sheet row number. */
  values: Map<number, CellValue[]>;
  formulas: Map<number, (string | null)[]>;
  /** The last sheet row with any cell inside the table's data rows. */
  lastCellRow: number;
}

function readTablePart(parts: Parts, name: string): TableEntry {
  let entry: TableEntry | null = null;
  scanPart(parts, name, {
    open(element, attributes) {
      if (entry || element !== 'table') return;
      const tableName = attribute(attributes, 'name') ?? attribute(attributes, 'displayName');
      const ref = attribute(attributes, 'ref');
      if (!tableName) throw new PartError(name, 'the table has no name');
      const range = ref === undefined ? null : rangeOf(ref);
      if (!range) throw new PartError(name, `the table's range "${ref ?? ''}" is not a range`);
      const totals = Number(attribute(attributes, 'totalsRowCount') ?? 0) >= 1;
      entry = {
        name: tableName,
        range,
        lastDataRow: range.bottom - (totals ? 1 : 0),
        width: range.right - range.left + 1,
        values: new Map(),
        formulas: new Map(),
        lastCellRow: range.top,
      };
    },
    close() {},
  });
  if (!entry) throw new PartError(name, 'the part holds no table');
  return entry;
}

/** Where a shared string's text goes, once the shared strings are read. */
interface PendingStrings {
  rows: CellValue[][];
  cols: number[];
  indexes: number[];
}

interface SheetWork {
  name: string;
  part: string;
  tables: TableEntry[];
  verdictCell: { row: number; col: number } | null;
}

interface ReadState {
  isDateStyle: (style: number) => boolean;
  date1904: boolean;
  pending: PendingStrings;
  /** The verdict cell's value, or its shared-string index. */
  verdict: { value: CellValue; sharedIndex: number | null };
  cellsLeft: number;
}

/** `_x001B_` as Office writes a character XML cannot hold; `_x005F_` is the underscore. */
function decodeOfficeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

function readSheet(parts: Parts, work: SheetWork, state: ReadState): void {
  const { tables } = work;
  const bounds = tables.reduce(
    (b, t) => ({
      top: Math.min(b.top, t.range.top),
      bottom: Math.max(b.bottom, t.lastDataRow),
      left: Math.min(b.left, t.range.left),
      right: Math.max(b.right, t.range.right),
    }),
    { top: MAX_ROWS, bottom: -1, left: MAX_COLS, right: -1 },
  );
  const verdict = work.verdictCell;

  let row = -1;
  let col = -1;
  // The cell being read: only cells inside a table or at the verdict are collected.
  let wanted = false;
  let type = '';
  let style = 0;
  let hasFormula = false;
  let formula = '';
  let value: string | null = null;
  let inline: string | null = null;
  let inValue = false;
  let inFormula = false;
  let inInline = false;
  let inText = false;
  let phonetic = 0;

  const rowArray = <T>(table: TableEntry, map: Map<number, T[]>, at: number): T[] => {
    let array = map.get(at);
    if (!array) {
      state.cellsLeft -= table.width;
      if (state.cellsLeft < 0) throw new TooManyCellsError();
      array = new Array<T>(table.width).fill(null as T);
      map.set(at, array);
    }
    return array;
  };

  const finishCell = () => {
    if (!wanted) return;
    let result: CellValue = null;
    let sharedIndex: number | null = null;
    const raw = value;
    if (hasFormula || type !== 's') {
      if (type === 'inlineStr' && !hasFormula) result = inline;
      else if (raw === null || raw === '') result = null;
      else if (type === 'str') result = raw;
      else if (type === 'b') result = parseInt(raw, 10) !== 0;
      else if (type === 'e') result = raw;
      else if (type === 'd' && !hasFormula) {
        const date = new Date(raw);
        result = Number.isNaN(date.getTime()) ? raw : date;
      } else {
        const number = parseFloat(raw);
        result = style && state.isDateStyle(style) ? excelDate(number, state.date1904) : number;
      }
    } else if (raw !== null && raw !== '') {
      sharedIndex = parseInt(raw, 10);
    }
    const formulaText = hasFormula && formula !== '' ? `=${formula}` : null;

    if (verdict && verdict.row === row && verdict.col === col)
      state.verdict = { value: result, sharedIndex };
    for (const table of tables) {
      const { range } = table;
      if (row < range.top || row > table.lastDataRow || col < range.left || col > range.right)
        continue;
      if (row > range.top) table.lastCellRow = Math.max(table.lastCellRow, row);
      const at = col - range.left;
      if (result !== null || sharedIndex !== null) {
        const values = rowArray(table, table.values, row);
        values[at] = result;
        if (sharedIndex !== null) {
          state.pending.rows.push(values);
          state.pending.cols.push(at);
          state.pending.indexes.push(sharedIndex);
        }
      }
      if (formulaText !== null) rowArray(table, table.formulas, row)[at] = formulaText;
    }
  };

  scanPart(parts, work.part, {
    open(element, attributes, selfClosing) {
      switch (element) {
        case 'row': {
          const r = attribute(attributes, 'r');
          row = r === undefined ? row + 1 : Number(r) - 1;
          if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS)
            throw new PartError(work.part, `the row number "${r ?? ''}" is out of range`);
          col = -1;
          break;
        }
        case 'c': {
          const r = attribute(attributes, 'r');
          if (r === undefined) col += 1;
          else {
            const at = cellPosition(r);
            if (!at) throw new PartError(work.part, `the cell reference "${r}" is not valid`);
            row = at.row;
            col = at.col;
          }
          wanted =
            (row >= bounds.top &&
              row <= bounds.bottom &&
              col >= bounds.left &&
              col <= bounds.right) ||
            (verdict !== null && verdict.row === row && verdict.col === col);
          type = wanted ? (attribute(attributes, 't') ?? 'n') : '';
          style = wanted ? Number(attribute(attributes, 's') ?? 0) || 0 : 0;
          hasFormula = false;
          formula = '';
          value = null;
          inline = null;
          break;
        }
        case 'f':
          hasFormula = true;
          inFormula = !selfClosing;
          break;
        case 'v':
          inValue = !selfClosing;
          break;
        case 'is':
          inInline = !selfClosing;
          break;
        case 'rPh':
          phonetic += 1;
          break;
        case 't':
          inText = inInline && phonetic === 0 && !selfClosing;
          break;
        default:
          break;
      }
    },
    text(raw, cdata) {
      if (!wanted || !(inValue || inFormula || inText)) return;
      const text = cdata ? raw : decodeText(raw);
      if (inValue) value = (value ?? '') + text;
      else if (inFormula) formula += text;
      else inline = (inline ?? '') + decodeOfficeEscapes(text);
    },
    close(element) {
      switch (element) {
        case 'c':
          finishCell();
          inValue = inFormula = inInline = inText = false;
          phonetic = 0;
          break;
        case 'v':
          inValue = false;
          break;
        case 'f':
          inFormula = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic -= 1;
          break;
        case 't':
          inText = false;
          break;
        default:
          break;
      }
    },
  });
}

/** The texts of the shared strings at `wanted`, by index; the rest are skipped unread. */
function readSharedStrings(
  parts: Parts,
  name: string | undefined,
  wanted: Set<number>,
): Map<number, string> {
  const texts = new Map<number, string>();
  if (!name || !parts.has(name) || wanted.size === 0) return texts;
  let index = -1;
  let keep = false;
  let text = '';
  let inText = false;
  let phonetic = 0;
  scanPart(parts, name, {
    open(element) {
      if (element === 'si') {
        index += 1;
        keep = wanted.has(index);
        text = '';
        phonetic = 0;
      } else if (element === 'rPh') phonetic += 1;
      else if (element === 't') inText = keep && phonetic === 0;
    },
    text(raw, cdata) {
      if (inText) text += cdata ? raw : decodeText(raw);
    },
    close(element) {
      if (element === 't') inText = false;
      else if (element === 'rPh') phonetic -= 1;
      else if (element === 'si' && keep) texts.set(index, decodeOfficeEscapes(text));
    },
  });
  return texts;
}

/** A frozen row of blanks, shared by every row of a table that holds no value. */
function blankRow<T>(width: number): T[] {
  return Object.freeze(new Array<T>(width).fill(null as T)) as T[];
}

export function readWorkbookParts(parts: Parts, limits: ReadLimits): WorkbookParts {
  const root = relationshipsOf(parts, '');
  const workbookPart =
    root.find((rel) => isRelType(rel.type, 'officeDocument'))?.target ?? 'xl/workbook.xml';
  if (!parts.has(workbookPart)) throw new NotWorkbookError();
  const book = readWorkbookPart(parts, workbookPart);
  if (book.sheets.length === 0) throw new NotWorkbookError();

  const bookRels = relationshipsOf(parts, workbookPart);
  const relById = new Map(bookRels.map((rel) => [rel.id, rel]));
  const partOfType = (kind: string) => bookRels.find((rel) => isRelType(rel.type, kind))?.target;

  const verdictMatch = book.verdictRef
    ? /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(book.verdictRef.trim())
    : null;
  const verdictSheet = verdictMatch ? verdictMatch[1].replace(/''/g, "'") : null;
  const verdictCell = verdictMatch ? cellPosition(`${verdictMatch[2]}${verdictMatch[3]}`) : null;

  const work: SheetWork[] = [];
  const seenParts = new Set<string>();
  for (const sheet of book.sheets) {
    const rel = relById.get(sheet.relId);
    if (!rel || !isRelType(rel.type, 'worksheet') || !parts.has(rel.target)) continue;
    if (seenParts.has(rel.target)) continue;
    seenParts.add(rel.target);
    const tables = relationshipsOf(parts, rel.target)
      .filter((tableRel) => isRelType(tableRel.type, 'table'))
      .map((tableRel) => readTablePart(parts, tableRel.target));
    work.push({
      name: sheet.name,
      part: rel.target,
      tables,
      verdictCell: sheet.name === verdictSheet ? verdictCell : null,
    });
  }
  if (work.length === 0) throw new NotWorkbookError();

  const state: ReadState = {
    isDateStyle: readDateStyles(parts, partOfType('styles')),
    date1904: book.date1904,
    pending: { rows: [], cols: [], indexes: [] },
    verdict: { value: null, sharedIndex: null },
    cellsLeft: limits.maxTableCells,
  };
  for (const sheet of work) {
    if (sheet.tables.length > 0 || sheet.verdictCell) readSheet(parts, sheet, state);
  }

  const { pending } = state;
  const wanted = new Set(pending.indexes);
  if (state.verdict.sharedIndex !== null) wanted.add(state.verdict.sharedIndex);
  const strings = readSharedStrings(parts, partOfType('sharedStrings'), wanted);
  for (let i = 0; i < pending.indexes.length; i += 1)
    pending.rows[i][pending.cols[i]] = strings.get(pending.indexes[i]) ?? null;
  const verdict =
    state.verdict.sharedIndex !== null
      ? (strings.get(state.verdict.sharedIndex) ?? null)
      : state.verdict.value;

  const tables: TableSet = {};
  const formulas: Record<string, (string | null)[][]> = {};
  for (const sheet of work) {
    for (const table of sheet.tables) {
      const { range, width } = table;
      const header = table.values.get(range.top);
      const headers: string[] = [];
      for (let c = 0; c < width; c += 1) headers.push(String(header?.[c] ?? ''));
      const blankValues = blankRow<CellValue>(width);
      const blankFormulas = blankRow<string | null>(width);
      const rows: CellValue[][] = [];
      const rowFormulas: (string | null)[][] = [];
      const last = Math.min(table.lastDataRow, table.lastCellRow);
      for (let r = range.top + 1; r <= last; r += 1) {
        rows.push(table.values.get(r) ?? blankValues);
        rowFormulas.push(table.formulas.get(r) ?? blankFormulas);
      }
      const data: TableData = {
        name: table.name,
        sheet: sheet.name,
        headers,
        rows,
        origin: { row: range.top, col: range.left },
      };
      tables[table.name] = data;
      formulas[table.name] = rowFormulas;
    }
  }
  return { tables, formulas, verdict };
}
