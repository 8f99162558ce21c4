/** Excel's naming rules for worksheets, tables and defined names. */
import { MAX_COLS, MAX_ROWS, columnIndex } from './address';
import { ErrorCodes, excelError } from './errors';

export const SHEET_NAME_MAX = 31;
const SHEET_FORBIDDEN = ['[', ']', ':', '*', '?', '/', '\\'];

/** Why Excel refuses `name` as a sheet name (uniqueness aside), or null. */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== 'string') return 'the name must be text';
  if (name.trim() === '') return 'the name is blank';
  if (name.length > SHEET_NAME_MAX) return `the name is longer than ${SHEET_NAME_MAX} characters`;
  const bad = SHEET_FORBIDDEN.find((ch) => name.includes(ch));
  if (bad) return `the name contains the character ${bad}`;
  if (name.startsWith("'") || name.endsWith("'"))
    return 'the name begins or ends with an apostrophe';
  // Excel reserves "History" for its change-tracking sheet.
  if (name.toLowerCase() === 'history') return "'History' is a reserved name";
  return null;
}

export function assertSheetName(name: unknown, taken: readonly string[]): string {
  const problem = sheetNameProblem(name);
  if (problem) {
    throw excelError(
      ErrorCodes.invalidArgument,
      `invalid sheet name "${String(name)}": ${problem}. Make sure that the name does not exceed 31 characters, does not contain \\ / ? * [ ] :, does not begin or end with an apostrophe, and is not blank`,
    );
  }
  const key = (name as string).toUpperCase();
  if (taken.some((t) => t.toUpperCase() === key)) {
    throw excelError(
      ErrorCodes.itemAlreadyExists,
      `That name is already taken: a sheet named "${String(name)}" already exists (names are compared regardless of case)`,
    );
  }
  return name as string;
}

/** True for text Excel would read as a cell reference: A1, xfd1048576, R1C1, R, C5. */
export function isCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    const col = columnIndex(a1[1]);
    const row = Number(a1[2]);
    if (col < MAX_COLS && row >= 1 && row <= MAX_ROWS) return true;
  }
  if (/^[Rr]\d*[Cc]\d*$/.test(name)) return true;
  if (/^[RrCc]\d*$/.test(name)) return true;
  return false;
}

/** Why Excel refuses `name` as a table or defined name (uniqueness aside), or null. */
export function definedNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name === '') return 'the name is blank';
  if (name.length > 255) return 'the name is longer than 255 characters';
  if (!/^[\p{L}_\\]/u.test(name)) {
    return 'the first character must be a letter, an underscore or a backslash';
  }
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) {
    return 'the name may hold only letters, digits, periods and underscores (no spaces)';
  }
  if (isCellReference(name)) return 'the name looks like a cell reference';
  return null;
}

/** Tables and defined names share one namespace, compared regardless of case. */
export function assertDefinedName(
  name: unknown,
  kind: 'table' | 'name',
  taken: readonly string[],
): string {
  const problem = definedNameProblem(name);
  if (problem) {
    throw excelError(
      ErrorCodes.invalidArgument,
      `invalid ${kind} name "${String(name)}": ${problem}`,
    );
  }
  const key = (name as string).toUpperCase();
  if (taken.some((t) => t.toUpperCase() === key)) {
    throw excelError(
      ErrorCodes.itemAlreadyExists,
      `the ${kind} name "${String(name)}" is already used by a table or defined name`,
    );
  }
  return name as string;
}
