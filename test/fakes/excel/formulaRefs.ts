/**
 * Reading references out of formula text, enough to follow renames the way Excel does
 * (a renamed sheet or table is renamed in every formula) and to spot structured references.
 */
import { quoteSheetName } from './address';

export type RefToken =
  | { kind: 'sheet'; name: string; start: number; end: number } // covers `Name!` or `'Name'!`
  | { kind: 'table'; name: string; start: number; end: number }; // covers `Name` before `[`

const IDENT_START = /[\p{L}_\\]/u;
const IDENT_PART = /[\p{L}\p{N}_.\\]/u;

/** Scans `formula` outside string literals for sheet prefixes and table names. */
export function scanRefs(formula: string): { refs: RefToken[]; bareBracket: boolean } {
  const refs: RefToken[] = [];
  let bareBracket = false;
  let i = 0;
  let depth = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      i++;
      while (i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"'))
        i += formula[i] === '"' ? 2 : 1;
      i++;
      continue;
    }
    if (depth > 0) {
      if (ch === "'")
        i++; // an escaped bracket, quote or hash inside a structured reference
      else if (ch === '[') depth++;
      else if (ch === ']') depth--;
      i++;
      continue;
    }
    if (ch === "'") {
      const start = i;
      let name = '';
      i++;
      while (i < formula.length) {
        if (formula[i] === "'" && formula[i + 1] === "'") {
          name += "'";
          i += 2;
        } else if (formula[i] === "'") break;
        else name += formula[i++];
      }
      i++;
      if (formula[i] === '!') refs.push({ kind: 'sheet', name, start, end: i + 1 });
      continue;
    }
    if (ch === '[') {
      bareBracket = true;
      depth = 1;
      i++;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (IDENT_START.test(ch) && !(prev && IDENT_PART.test(prev))) {
      const start = i;
      while (i < formula.length && IDENT_PART.test(formula[i])) i++;
      const name = formula.slice(start, i);
      if (formula[i] === '!') refs.push({ kind: 'sheet', name, start, end: i + 1 });
      else if (formula[i] === '[') {
        refs.push({ kind: 'table', name, start, end: i });
        depth = 1;
        i++;
      }
      continue;
    }
    i++;
  }
  return { refs, bareBracket };
}

/** True when the formula holds a structured reference such as tbl[Col] or [@Col]. */
export function hasStructuredRef(formula: string): boolean {
  const { refs, bareBracket } = scanRefs(formula);
  return bareBracket || refs.some((r) => r.kind === 'table');
}

function replaceRefs(formula: string, pick: (r: RefToken) => string | null): string {
  const { refs } = scanRefs(formula);
  let out = '';
  let at = 0;
  for (const r of refs) {
    const repl = pick(r);
    if (repl === null) continue;
    out += formula.slice(at, r.start) + repl;
    at = r.end;
  }
  return out + formula.slice(at);
}

export function renameSheetInFormula(
  formula: string,
  oldName: string,
  newName: string | null,
): string {
  const key = oldName.toUpperCase();
  return replaceRefs(formula, (r) =>
    r.kind === 'sheet' && r.name.toUpperCase() === key
      ? newName === null
        ? '#REF!'
        : `${quoteSheetName(newName)}!`
      : null,
  );
}

export function renameTableInFormula(formula: string, oldName: string, newName: string): string {
  const key = oldName.toUpperCase();
  return replaceRefs(formula, (r) =>
    r.kind === 'table' && r.name.toUpperCase() === key ? newName : null,
  );
}
