/**
 * How Excel reads what is written into a cell through `values` or `formulas`, as if typed:
 * "=..." is a formula, a leading apostrophe makes literal text, numeric, boolean, percent,
 * ISO date and time strings become numbers, and "+x", "-x", "@x" that are not numbers are
 * taken as formulas. A cell formatted as Text ("@") keeps strings literally.
 */
import { ErrorCodes, excelError } from './errors';

export type CellValue = string | number | boolean;

export interface CellContent {
  value: CellValue;
  formula?: string;
  /** The text was entered with a leading apostrophe (Excel's "prefix character"). */
  quotePrefix?: boolean;
  /** The value is an error such as #NAME? (typed, or the cached result of a bad formula). */
  error?: boolean;
  /** A number format Excel applies when it recognises a percent, date or time. */
  impliedFormat?: string;
}

export const MAX_TEXT_LENGTH = 32767;
export const MAX_FORMULA_LENGTH = 8192;

const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

export function isErrorText(text: string): boolean {
  return ERROR_LITERALS.includes(text.toUpperCase());
}

/** Excel's serial day number (1900 date system) for a calendar date. */
export function dateSerial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 1900;
}

function timeFraction(h: number, mi: number, s: number): number | null {
  if (h > 23 || mi > 59 || s > 59) return null;
  return (h * 3600 + mi * 60 + s) / 86400;
}

function parseDateLike(text: string): CellContent | null {
  let m = ISO_DATE.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d)
      ? { value: dateSerial(y, mo, d), impliedFormat: 'yyyy-mm-dd' }
      : null;
  }
  m = ISO_DATE_TIME.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const frac = timeFraction(Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
    if (!validDate(y, mo, d) || frac === null) return null;
    return { value: dateSerial(y, mo, d) + frac, impliedFormat: 'yyyy-mm-dd hh:mm' };
  }
  m = TIME.exec(text);
  if (m) {
    const frac = timeFraction(Number(m[1]), Number(m[2]), Number(m[3] ?? 0));
    return frac === null ? null : { value: frac, impliedFormat: m[3] ? 'h:mm:ss' : 'h:mm' };
  }
  return null;
}

function checkFormula(formula: string): string {
  if (formula.length > MAX_FORMULA_LENGTH) {
    throw excelError(ErrorCodes.invalidArgument, 'a formula is longer than 8,192 characters');
  }
  return formula;
}

/**
 * Interprets one input. Returns null for null/undefined, which Excel treats as
 * "leave this cell unchanged". Throws InvalidArgument for what Excel refuses.
 */
export function interpretInput(raw: unknown, numberFormat: string): CellContent | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw))
      throw excelError(ErrorCodes.invalidArgument, 'a number is not finite');
    return { value: raw };
  }
  if (typeof raw === 'boolean') return { value: raw };
  if (typeof raw !== 'string') {
    throw excelError(
      ErrorCodes.invalidArgument,
      `a cell value of type ${typeof raw} is not accepted`,
    );
  }
  if (raw.length > MAX_TEXT_LENGTH) {
    throw excelError(ErrorCodes.invalidArgument, 'a text is longer than 32,767 characters');
  }
  if (raw === '') return { value: '' };
  if (raw.startsWith("'")) return { value: raw.slice(1), quotePrefix: true };
  if (numberFormat === '@') return { value: raw };
  if (raw.startsWith('=') && raw.length > 1) return { value: 0, formula: checkFormula(raw) };
  const trimmed = raw.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  const pct = PERCENT.exec(trimmed);
  if (pct) {
    const decimals = pct[1].includes('.') ? '0.00%' : '0%';
    return { value: Number(pct[1]) / 100, impliedFormat: decimals };
  }
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  if (isErrorText(trimmed)) return { value: upper, error: true };
  const dated = parseDateLike(trimmed);
  if (dated) return dated;
  if (raw.length > 1 && (raw[0] === '+' || raw[0] === '-' || raw[0] === '@')) {
    // Excel reads these as formulas; as plain text they name nothing, so they evaluate to #NAME?.
    const formula = raw[0] === '@' ? `=${raw.slice(1)}` : `=${raw}`;
    return { value: '#NAME?', formula: checkFormula(formula), error: true };
  }
  return { value: raw };
}
