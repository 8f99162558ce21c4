/** A1 addresses: parsing, formatting and sheet-name quoting, as Excel writes them. */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 0-based and inclusive at both ends. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function rect(r0: number, c0: number, r1: number = r0, c1: number = c0): Rect {
  return { r0, c0, r1, c1 };
}

export function columnLetters(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits "Sheet!A1" or "'My ''Sheet'''!A1" into its sheet name (unquoted) and local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i++;
    }
    if (text[i + 1] === '!') return { sheet: name, local: text.slice(i + 2) };
    return { local: text };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { local: text };
  return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parseCell(text: string): { r: number; c: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const c = columnIndex(m[1]);
  const r = Number(m[2]) - 1;
  if (c >= MAX_COLS || r < 0 || r >= MAX_ROWS) return null;
  return { r, c };
}

/** Parses a local A1 reference: "A1", "$A$1:B2", "C:C", "3:5". Null when it is not one. */
export function parseLocal(text: string): Rect | null {
  const parts = text.trim().split(':');
  if (parts.length === 1) {
    const cell = parseCell(parts[0]);
    return cell ? rect(cell.r, cell.c) : null;
  }
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  const ca = parseCell(a);
  const cb = parseCell(b);
  if (ca && cb) {
    return rect(
      Math.min(ca.r, cb.r),
      Math.min(ca.c, cb.c),
      Math.max(ca.r, cb.r),
      Math.max(ca.c, cb.c),
    );
  }
  const cola = COL.exec(a);
  const colb = COL.exec(b);
  if (cola && colb) {
    const x = columnIndex(cola[1]);
    const y = columnIndex(colb[1]);
    if (x >= MAX_COLS || y >= MAX_COLS) return null;
    return rect(0, Math.min(x, y), MAX_ROWS - 1, Math.max(x, y));
  }
  const rowa = ROW.exec(a);
  const rowb = ROW.exec(b);
  if (rowa && rowb) {
    const x = Number(rowa[1]) - 1;
    const y = Number(rowb[1]) - 1;
    if (x < 0 || y < 0 || x >= MAX_ROWS || y >= MAX_ROWS) return null;
    return rect(Math.min(x, y), 0, Math.max(x, y), MAX_COLS - 1);
  }
  return null;
}

export function parseAddress(address: string): { sheet?: string; rect: Rect } | null {
  const { sheet, local } = splitSheet(address);
  const r = parseLocal(local);
  return r ? { sheet, rect: r } : null;
}

export function isWholeColumns(r: Rect): boolean {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1;
}

export function isWholeRows(r: Rect): boolean {
  return r.c0 === 0 && r.c1 === MAX_COLS - 1;
}

function cellText(r: number, c: number, abs: boolean): string {
  const d = abs ? '$' : '';
  return `${d}${columnLetters(c)}${d}${r + 1}`;
}

/** "A1", "A1:C3", "C:C", "3:5"; with `absolute`, "$A$1:$C$3" etc. */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  if (isWholeRows(r)) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  if (isWholeColumns(r)) return `${d}${columnLetters(r.c0)}:${d}${columnLetters(r.c1)}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return cellText(r.r0, r.c0, absolute);
  return `${cellText(r.r0, r.c0, absolute)}:${cellText(r.r1, r.c1, absolute)}`;
}

/** True when a name can stand unquoted before "!" in a formula or address. */
function plainSheetName(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name)) return false;
  return true;
}

export function quoteSheetName(name: string): string {
  return plainSheetName(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r, absolute)}`;
}

export function cellCount(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

export function rowCount(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function columnCount(r: Rect): number {
  return r.c1 - r.c0 + 1;
}
