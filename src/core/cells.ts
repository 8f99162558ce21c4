/**
 * Cell values as both hosts hand them to us, and the few Excel comparison rules the
 * coverage rules depend on. Office.js gives '' for an empty cell; ExcelJS gives null.
 */
export type CellValue = string | number | boolean | Date | null;

/** Blank as COUNTIFS(range, "<>") sees it: only a truly empty cell. A space is not blank. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * Equality as COUNTIF, MATCH(…, 0) and `=` compare text: case-insensitive and otherwise
 * exact. A number never equals a text, so a numeric cell never matches a code.
 */
export function sameText(value: CellValue | undefined, text: string): boolean {
  return typeof value === 'string' && foldCase(value) === foldCase(text);
}

export function foldCase(text: string): string {
  return text.toUpperCase();
}

/** Text for a message or a listing; dates as ISO days. */
export function displayText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * `number < x` as Excel compares mixed types: numbers sort before text and booleans,
 * so a count is always "less than" a text or a boolean.
 */
export function numberLessThan(count: number, other: CellValue): boolean {
  if (typeof other === 'number') return count < other;
  if (other instanceof Date) return count < excelSerial(other);
  if (other === null || other === '') return count < 0;
  return true;
}

/** Excel's serial day number (1900 system) for a JavaScript date taken as UTC. */
export function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** Zero-based column index to letters: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based row and column to an A1 address such as F7. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
