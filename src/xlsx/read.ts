import { Stats, constants as fsConstants, promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { CellValue } from '../core/cells';
import { UserError } from '../core/errors';
import { NAMES } from '../core/formulas';
import { TableData, TableSet } from '../core/model';

/** Reads an .xlsx file back into table values, finding every table by its name. */

export interface WorkbookFileContent {
  tables: TableSet;
  /** Formula text per table cell, where the cell holds a formula. */
  formulas: Record<string, (string | null)[][]>;
  /** The cached value of the StatusVerdict cell, if the file has one. */
  verdict: CellValue;
}

/** The unzip budget: a workbook whose parts inflate past this is refused. */
const MAX_INFLATED_MB = 200;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * A cell's plain value; a formula gives its cached result. ExcelJS's `cell.value` drops a
 * falsy result (0, FALSE), while `cell.result` keeps it.
 */
export function cellPlainValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) return plainValue(cell.result as ExcelJS.CellValue);
  return plainValue(cell.value);
}

/** Turns whatever ExcelJS holds in a cell into a plain value; a formula gives its cached result. */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    }
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('hyperlink' in value) return plainValue((value as ExcelJS.CellHyperlinkValue).text);
    if ('error' in value) return (value as ExcelJS.CellErrorValue).error;
    if ('text' in value) return String((value as { text: unknown }).text);
  }
  return null;
}

function formulaText(value: ExcelJS.CellValue | undefined): string | null {
  if (value && typeof value === 'object' && 'formula' in value && value.formula)
    return `=${value.formula}`;
  return null;
}

/** The largest file `check` reads: no workbook whose parts stay within the unzip budget is larger. */
const MAX_FILE_BYTES = 216 * 1024 * 1024;

/**
 * The file's bytes, read through one descriptor that is checked to be a regular file: a
 * named pipe, a device or a folder is refused before a byte is read, and the open itself
 * never waits on a pipe.
 */
async function readRegularFile(file: string): Promise<Buffer> {
  const refuse = (stats: Stats) => {
    if (stats.isDirectory()) throw new UserError('error.isFolder', { file });
    if (!stats.isFile()) throw new UserError('error.notRegularFile', { file });
    if (stats.size > MAX_FILE_BYTES)
      throw new UserError('error.tooLarge', { file, limit: MAX_INFLATED_MB });
  };
  let handle: fs.FileHandle;
  try {
    refuse(await fs.stat(file));
    const { O_RDONLY, O_NONBLOCK = 0, O_NOCTTY = 0 } = fsConstants;
    handle = await fs.open(file, O_RDONLY | O_NONBLOCK | O_NOCTTY);
  } catch (error) {
    throw openFailure(error, file);
  }
  try {
    const stats = await handle.stat();
    refuse(stats);
    const bytes = Buffer.alloc(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } catch (error) {
    throw openFailure(error, file);
  } finally {
    await handle.close();
  }
}

function openFailure(error: unknown, file: string): UserError {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UserError('error.fileMissing', { file });
  return new UserError('error.unreadable', { file, reason: (error as Error).message });
}

/** Refuses what is not a zip, and says so when it is a password-protected workbook. */
function sniff(bytes: Buffer, file: string): void {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    // A password-protected .xlsx is an OLE container holding an EncryptedPackage stream.
    if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le')))
      throw new UserError('error.encrypted', { file });
    throw new UserError('error.notXlsx', { file });
  }
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(ZIP_MAGIC))
    throw new UserError('error.notXlsx', { file });
}

function parseRef(ref: string): { row: number; col: number; rows: number; cols: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!match) throw new Error(`Unexpected table range ${ref}`);
  const col = (letters: string) =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(match[2]) - 1;
  const left = col(match[1]);
  const bottom = match[4] ? Number(match[4]) - 1 : top;
  const right = match[3] ? col(match[3]) : left;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function tablesOf(
  workbook: ExcelJS.Workbook,
): Pick<WorkbookFileContent, 'tables' | 'formulas'> {
  const tables: TableSet = {};
  const formulas: Record<string, (string | null)[][]> = {};
  workbook.eachSheet((ws) => {
    for (const table of ws.getTables() as unknown as {
      table: { name: string; tableRef?: string; ref?: string; totalsRow?: boolean };
    }[]) {
      const model = table.table;
      const ref = model.tableRef ?? model.ref;
      if (!ref) continue;
      const area = parseRef(ref);
      const lastRow = area.row + area.rows - (model.totalsRow ? 2 : 1);
      const cellAt = (r: number, c: number) => ws.getCell(r + 1, c + 1);
      const headers: string[] = [];
      for (let c = 0; c < area.cols; c += 1)
        headers.push(String(cellPlainValue(cellAt(area.row, area.col + c)) ?? ''));
      const rows: CellValue[][] = [];
      const rowFormulas: (string | null)[][] = [];
      for (let r = area.row + 1; r <= lastRow; r += 1) {
        const values: CellValue[] = [];
        const texts: (string | null)[] = [];
        for (let c = 0; c < area.cols; c += 1) {
          const cell = cellAt(r, area.col + c);
          values.push(cellPlainValue(cell));
          texts.push(formulaText(cell.value));
        }
        rows.push(values);
        rowFormulas.push(texts);
      }
      const data: TableData = {
        name: model.name,
        sheet: ws.name,
        headers,
        rows,
        origin: { row: area.row, col: area.col },
      };
      tables[model.name] = data;
      formulas[model.name] = rowFormulas;
    }
  });
  return { tables, formulas };
}

function verdictOf(workbook: ExcelJS.Workbook): CellValue {
  const ranges = workbook.definedNames.getRanges(NAMES.verdict).ranges;
  if (!ranges || ranges.length === 0) return null;
  const match = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0]);
  if (!match) return null;
  const ws = workbook.getWorksheet(match[1].replace(/''/g, "'"));
  return ws ? cellPlainValue(ws.getCell(`${match[2]}${match[3]}`)) : null;
}

export async function readWorkbookFile(file: string): Promise<WorkbookFileContent> {
  const bytes = await readRegularFile(file);
  sniff(bytes, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UserError('error.unreadable', { file, reason: (error as Error).message });
  }
  // ExcelJS opens any zip as an empty workbook; a real workbook has at least one sheet.
  if (workbook.worksheets.length === 0) throw new UserError('error.notXlsx', { file });
  return { ...tablesOf(workbook), verdict: verdictOf(workbook) };
}
