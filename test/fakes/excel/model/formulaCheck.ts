/**
 * What Excel's formula parser refuses before anything is written: a structured reference to
 * a table it does not have, or to a column that table lacks. Excel raises InvalidArgument
 * for the whole request ("There's a problem with this formula" in the UI); see office-js
 * issue #2093's discussion and "Using structured references with Excel tables".
 *
 * Where a formula must name something that exists to be accepted at all (a defined name, a
 * data-validation source, a conditional format), an unknown plain name is refused too.
 * ASSUMPTION (not documented by Microsoft): Excel accepts an unknown name in a *cell*
 * formula and shows #NAME?; the fake follows that and checks names only in names,
 * validation and conditional formats, where our add-in must never name what is missing.
 */
import { ErrorCodes, excelError } from '../errors';
import { scanRefs } from '../formulaRefs';
import { TableModel, WorkbookModel } from './workbook';

const SPECIAL_ITEMS = new Set(['#ALL', '#DATA', '#HEADERS', '#TOTALS', '#THIS ROW']);

/** A structured reference's bracket text, from `tbl[...]` or a bare `[@Col]`. */
interface StructuredRef {
  table: string | null;
  spec: string;
}

/** Finds every structured reference, with its bracket text, outside string literals. */
export function structuredRefs(formula: string): StructuredRef[] {
  const found: StructuredRef[] = [];
  const { refs } = scanRefs(formula);
  const tableAt = new Map(refs.filter((r) => r.kind === 'table').map((r) => [r.end, r.name]));
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      i++;
      while (i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"'))
        i += formula[i] === '"' ? 2 : 1;
      i++;
      continue;
    }
    if (ch === "'" && !tableAt.has(i)) {
      // A quoted sheet name.
      i++;
      while (i < formula.length && !(formula[i] === "'" && formula[i + 1] !== "'"))
        i += formula[i] === "'" ? 2 : 1;
      i++;
      continue;
    }
    if (ch === '[') {
      const start = i;
      let depth = 0;
      while (i < formula.length) {
        if (formula[i] === "'") i++;
        else if (formula[i] === '[') depth++;
        else if (formula[i] === ']') {
          depth--;
          if (depth === 0) break;
        }
        i++;
      }
      found.push({ table: tableAt.get(start) ?? null, spec: formula.slice(start + 1, i) });
      i++;
      continue;
    }
    i++;
  }
  return found;
}

/** The column names and special items a bracket text names, unescaped. */
function specParts(spec: string): { columns: string[]; items: string[] } {
  const columns: string[] = [];
  const items: string[] = [];
  const take = (text: string) => {
    const plain = text.replace(/'(.)/g, '$1').trim();
    if (plain === '') return;
    if (plain.startsWith('#')) items.push(plain.toUpperCase());
    else if (plain.startsWith('@')) {
      items.push('#THIS ROW');
      if (plain.length > 1) columns.push(plain.slice(1).replace(/^\[|\]$/g, ''));
    } else columns.push(plain);
  };
  if (!spec.includes('[')) {
    take(spec);
    return { columns, items };
  }
  // `[[#This Row],[A]]`, `[[A]:[B]]`, `[@[A b]]`: the inner bracket groups.
  if (spec.startsWith('@')) {
    items.push('#THIS ROW');
    for (const m of spec.slice(1).matchAll(/\[((?:'.|[^\]])*)\]/g)) take(m[1]);
    return { columns, items };
  }
  for (const m of spec.matchAll(/\[((?:'.|[^\]])*)\]/g)) take(m[1]);
  return { columns, items };
}

/** A structured reference as checkStructuredRefs needs it: names as written and upper-cased. */
interface ParsedRef {
  table: string | null;
  columns: { name: string; upper: string }[];
  items: string[];
}

/**
 * Parsed formulas by text. Parsing depends on the text alone, so a formula written into many
 * cells (a calculated column, a seeded workbook) is parsed once; the checks against the
 * workbook's tables still run on every write.
 */
const parsedFormulas = new Map<string, ParsedRef[]>();
const PARSED_LIMIT = 5000;

function parseStructuredRefs(formula: string): ParsedRef[] {
  let parsed = parsedFormulas.get(formula);
  if (parsed) return parsed;
  parsed = structuredRefs(formula).map((ref) => {
    const { columns, items } = specParts(ref.spec);
    return {
      table: ref.table,
      columns: columns.map((name) => ({ name, upper: name.toUpperCase() })),
      items,
    };
  });
  if (parsedFormulas.size >= PARSED_LIMIT) parsedFormulas.clear();
  parsedFormulas.set(formula, parsed);
  return parsed;
}

/** Throws InvalidArgument when the formula names a table or table column that does not exist. */
export function checkStructuredRefs(
  wb: WorkbookModel,
  formula: string,
  ownTable?: TableModel,
): void {
  for (const ref of parseStructuredRefs(formula)) {
    const table = ref.table === null ? ownTable : wb.findTable(ref.table);
    if (!table || table.deleted) {
      throw excelError(
        ErrorCodes.invalidArgument,
        `the formula refers to a table that does not exist: ${ref.table ?? '(this table)'} in ${formula}`,
      );
    }
    for (const item of ref.items) {
      if (!SPECIAL_ITEMS.has(item))
        throw excelError(ErrorCodes.invalidArgument, `unknown item ${item} in ${formula}`);
    }
    for (const column of ref.columns) {
      if (!table.columns.some((c) => c.name.toUpperCase() === column.upper)) {
        throw excelError(
          ErrorCodes.invalidArgument,
          `the formula refers to a column ${table.name} does not have: ${column.name} in ${formula}`,
        );
      }
    }
  }
}

const CELL_REF = /^\$?[A-Z]{1,3}\$?\d+$/i;
const COLUMN_OR_ROW = /^\$?([A-Z]{1,3}|\d+)$/i;

/** Plain names in a formula: identifiers that are not functions, sheets, cells or tables. */
export function plainNames(formula: string): string[] {
  // Blank out string literals, quoted sheet names and bracket contents, keeping positions.
  let text = '';
  let depth = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (depth === 0 && (ch === '"' || ch === "'")) {
      const quote = ch;
      let j = i + 1;
      while (j < formula.length && !(formula[j] === quote && formula[j + 1] !== quote))
        j += formula[j] === quote ? 2 : 1;
      text += ' '.repeat(j - i + 1);
      i = j;
      continue;
    }
    if (ch === '[') depth++;
    if (depth > 0) {
      if (ch === "'" && i + 1 < formula.length) {
        text += '  ';
        i++;
        continue;
      }
      if (ch === ']') depth--;
      text += ch === '[' || ch === ']' ? ch : ' ';
      continue;
    }
    text += ch;
  }
  const names: string[] = [];
  for (const m of text.matchAll(/[\p{L}_\\$][\p{L}\p{N}_.\\$]*/gu)) {
    const token = m[0];
    const at = m.index ?? 0;
    const before = text[at - 1] ?? '';
    const after = text.slice(at + token.length).trimStart()[0] ?? '';
    if (after === '(' || after === '!' || after === '[') continue;
    if (before === '!' || before === ':' || after === ':') {
      if (CELL_REF.test(token) || COLUMN_OR_ROW.test(token)) continue;
    }
    if (CELL_REF.test(token)) continue;
    const upper = token.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') continue;
    names.push(token);
  }
  return names;
}

/** Throws InvalidArgument when the formula names a defined name or table that does not exist. */
export function checkNamesExist(wb: WorkbookModel, formula: string): void {
  for (const name of plainNames(formula)) {
    const upper = name.toUpperCase();
    const known =
      wb.names.some((n) => n.name.toUpperCase() === upper) ||
      wb.tables.some((t) => !t.deleted && t.name.toUpperCase() === upper);
    if (!known)
      throw excelError(
        ErrorCodes.invalidArgument,
        `the formula refers to a name that does not exist: ${name} in ${formula}`,
      );
  }
}

/** Both checks, for a formula that must refer only to what exists (names, validation, formats). */
export function checkReferencesExist(wb: WorkbookModel, formula: string): void {
  checkStructuredRefs(wb, formula);
  checkNamesExist(wb, formula);
}
