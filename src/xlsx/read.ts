import { Stats, constants as fsConstants, promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { CellValue } from '../core/cells';
import { UserError } from '../core/errors';
import { TableSet } from '../core/model';
import { NotWorkbookError, PartError, TooManyCellsError, readWorkbookParts } from './readParts';
import { ZipError, unzip } from './zip';

/**
 * Reads an .xlsx file back into table values, finding every table by its name. The reading
 * is bounded: a regular file only, a budget on what its parts inflate to, and tables read
 * only as far as their sheets hold cells (see readParts.ts).
 */

export interface WorkbookFileContent {
  tables: TableSet;
  /** Formula text per table cell, where the cell holds a formula. */
  formulas: Record<string, (string | null)[][]>;
  /** The cached value of the StatusVerdict cell, if the file has one. */
  verdict: CellValue;
}

/** The unzip budget: a workbook whose parts inflate past this is refused. */
const MAX_INFLATED_MB = 200;
const ZIP_LIMITS = { maxInflatedBytes: MAX_INFLATED_MB * 1024 * 1024, maxParts: 10_000 };
/** The most cells the tables may hold, counted as rows with a value times table width. */
const MAX_TABLE_CELLS_MILLIONS = 25;

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

export async function readWorkbookFile(file: string): Promise<WorkbookFileContent> {
  const bytes = await readRegularFile(file);
  sniff(bytes, file);
  try {
    // Only the XML parts are kept; the others (images, say) are inflated only to count them.
    const parts = unzip(bytes, ZIP_LIMITS, (name) => /\.(xml|rels)$/i.test(name));
    return readWorkbookParts(parts, { maxTableCells: MAX_TABLE_CELLS_MILLIONS * 1_000_000 });
  } catch (error) {
    throw readFailure(error, file);
  }
}

function readFailure(error: unknown, file: string): UserError {
  if (error instanceof ZipError) {
    if (error.problem === 'tooLarge')
      return new UserError('error.tooLarge', { file, limit: MAX_INFLATED_MB });
    return new UserError('error.unreadable', { file, reason: error.message });
  }
  if (error instanceof NotWorkbookError) return new UserError('error.notXlsx', { file });
  if (error instanceof PartError)
    return new UserError('error.damagedPart', { file, part: error.part });
  if (error instanceof TooManyCellsError)
    return new UserError('error.tooManyCells', { file, limit: MAX_TABLE_CELLS_MILLIONS });
  if (error instanceof UserError) return error;
  return new UserError('error.unreadable', { file, reason: (error as Error).message });
}
