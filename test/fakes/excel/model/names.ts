/** Defined names, and resolving the references they (and getRange) may hold. */
import { Rect, formatAddress, parseAddress, rect } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { assertDefinedName } from '../nameRules';
import { checkReferencesExist } from './formulaCheck';
import { bodyRect } from './tables';
import { SheetModel } from './sheet';
import { NameModel, TableModel, WorkbookModel } from './workbook';

export interface ResolvedRef {
  sheet: SheetModel;
  rect: Rect;
}

function unescapeColumn(text: string): string {
  return text.replace(/'(.)/g, '$1');
}

function columnSpan(t: TableModel, spec: string): { c0: number; c1: number } | null {
  const [a, b] = spec.split(/\]\s*:\s*\[/).map((s) => unescapeColumn(s.replace(/^\[|\]$/g, '')));
  const find = (n: string): number =>
    t.columns.findIndex((c) => c.name.toUpperCase() === n.toUpperCase());
  const i = find(a);
  const j = b === undefined ? i : find(b);
  if (i < 0 || j < 0) return null;
  return { c0: t.rect.c0 + Math.min(i, j), c1: t.rect.c0 + Math.max(i, j) };
}

function itemRows(t: TableModel, item: string): { r0: number; r1: number } | null {
  const body = bodyRect(t);
  switch (item.toUpperCase()) {
    case '#ALL':
      return { r0: t.rect.r0, r1: t.rect.r1 };
    case '#DATA':
      return { r0: body.r0, r1: body.r1 };
    case '#HEADERS':
      return t.showHeaders ? { r0: t.rect.r0, r1: t.rect.r0 } : null;
    case '#TOTALS':
      return t.showTotals ? { r0: t.rect.r1, r1: t.rect.r1 } : null;
    default:
      return null;
  }
}

/** Resolves "Table", "Table[Col]", "Table[[#Headers],[Col]]", "Table[[A]:[B]]", "Table[#All]". */
function resolveStructured(wb: WorkbookModel, text: string): ResolvedRef | null {
  const m = /^([\p{L}_\\][\p{L}\p{N}_.\\]*)(\[.*\])?$/u.exec(text);
  if (!m) return null;
  const t = wb.findTable(m[1]);
  if (!t) return null;
  const body = bodyRect(t);
  let rows = { r0: body.r0, r1: body.r1 };
  let cols = { c0: t.rect.c0, c1: t.rect.c1 };
  const spec = m[2] ? m[2].slice(1, -1).trim() : '';
  if (spec === '') return { sheet: t.sheet, rect: rect(rows.r0, cols.c0, rows.r1, cols.c1) };
  if (!spec.startsWith('[')) {
    const span = spec.startsWith('#') ? null : columnSpan(t, spec);
    const item = spec.startsWith('#') ? itemRows(t, spec) : null;
    if (!span && !item) return null;
    if (span) cols = span;
    if (item) rows = item;
    return { sheet: t.sheet, rect: rect(rows.r0, cols.c0, rows.r1, cols.c1) };
  }
  const parts = spec.split(/\]\s*,\s*\[/).map((p) => p.replace(/^\[|\]$/g, ''));
  for (const p of parts) {
    if (p.startsWith('#')) {
      const item = itemRows(t, p);
      if (!item) return null;
      rows = item;
    } else {
      const span = columnSpan(t, p.includes(']:[') ? `[${p}]` : p);
      if (!span) return null;
      cols = span;
    }
  }
  return { sheet: t.sheet, rect: rect(rows.r0, cols.c0, rows.r1, cols.c1) };
}

/** Resolves a reference formula ("=Sheet!$A$1:$B$2", "=tbl[Col]", "=otherName") to cells. */
export function resolveReference(
  wb: WorkbookModel,
  formula: string,
  depth = 0,
): ResolvedRef | null {
  const text = formula.replace(/^=/, '').trim();
  const addr = parseAddress(text);
  if (addr && addr.sheet !== undefined) {
    const sheet = wb.findSheet(addr.sheet);
    return sheet ? { sheet, rect: addr.rect } : null;
  }
  const structured = resolveStructured(wb, text);
  if (structured) return structured;
  const named = wb.findName(text);
  if (named && depth < 5) return resolveReference(wb, named.formula, depth + 1);
  return null;
}

export function nameType(wb: WorkbookModel, n: NameModel): string {
  if (resolveReference(wb, n.formula)) return 'Range';
  const text = n.formula.replace(/^=/, '').trim();
  if (/^".*"$/.test(text)) return 'String';
  if (/^[+-]?\d+$/.test(text)) return 'Integer';
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return 'Double';
  if (/^(TRUE|FALSE)$/i.test(text)) return 'Boolean';
  if (text.startsWith('{')) return 'Array';
  return 'Error';
}

export function nameValue(wb: WorkbookModel, n: NameModel): unknown {
  const ref = resolveReference(wb, n.formula);
  if (ref) return formatAddress(ref.sheet.name, ref.rect, true);
  const text = n.formula.replace(/^=/, '').trim();
  switch (nameType(wb, n)) {
    case 'String':
      return text.slice(1, -1).replace(/""/g, '"');
    case 'Integer':
    case 'Double':
      return Number(text);
    case 'Boolean':
      return text.toUpperCase() === 'TRUE';
    default:
      return text.startsWith('#') ? text : '#NAME?';
  }
}

export function addName(
  wb: WorkbookModel,
  name: unknown,
  formula: string,
  comment: string,
): NameModel {
  const finalName = assertDefinedName(name, 'name', wb.takenNames());
  checkReferencesExist(wb, formula);
  const n: NameModel = {
    name: finalName,
    formula: formula.startsWith('=') ? formula : `=${formula}`,
    comment,
    visible: true,
  };
  wb.names.push(n);
  return n;
}

export function deleteName(wb: WorkbookModel, n: NameModel): void {
  if (!wb.names.includes(n)) throw excelError(ErrorCodes.itemNotFound, `no defined name ${n.name}`);
  wb.names = wb.names.filter((x) => x !== n);
}
