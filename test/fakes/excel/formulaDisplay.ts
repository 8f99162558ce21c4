/**
 * A formula as Excel gives it back through `Range.formulas`, which is not always the text
 * that was written ("Using structured references with Excel tables"; office-js issue
 * tracker): `tbl[[#This Row],[Col]]` reads back as `[@Col]` inside its own table and
 * `tbl[@Col]` elsewhere, needless double brackets are dropped (`tbl[[#Data]]` → `tbl[#Data]`,
 * `tbl[[Navn]]` → `tbl[Navn]`), function names are upper-cased, and a number in scientific
 * notation reads back in full (`1E+9` → `1000000000`).
 * ASSUMPTION: these are the rewrites our formulas meet; Excel may normalise more.
 */

/** Characters that keep a column name in double brackets. */
const SPECIAL = /[^A-Za-z0-9_ \u00C0-\u024F]/;

function rewriteOutsideStrings(formula: string, rewrite: (text: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join('');
}

/**
 * Rewritten texts by formula and table: a sheet repeats one formula down a column, and a read
 * asks for it again each time. Bounded, so a long-running soak cannot grow it without end.
 */
const rewritten = new Map<string, string>();
const REWRITTEN_LIMIT = 10_000;

export function excelFormulaText(formula: string, ownTable?: string): string {
  const key = `${ownTable ?? ''}\u0000${formula}`;
  const known = rewritten.get(key);
  if (known !== undefined) return known;
  const text = rewriteFormula(formula, ownTable);
  if (rewritten.size >= REWRITTEN_LIMIT) rewritten.clear();
  rewritten.set(key, text);
  return text;
}

function rewriteFormula(formula: string, ownTable?: string): string {
  return rewriteOutsideStrings(formula, (text) => {
    let out = text.replace(
      /([\p{L}_\\][\p{L}\p{N}_.\\]*)?\[\[#This Row\],\[((?:'.|[^\]])*)\]\]/giu,
      (_whole, table: string | undefined, column: string) => {
        const inner = SPECIAL.test(column.replace(/'(.)/g, '$1')) ? `@[${column}]` : `@${column}`;
        if (!table || (ownTable && table.toUpperCase() === ownTable.toUpperCase()))
          return `[${inner}]`;
        return `${table}[${inner}]`;
      },
    );
    out = out.replace(/\[\[(#[A-Za-z ]+)\]\]/g, '[$1]');
    out = out.replace(/\[\[((?:'.|[^\][])*)\]\]/g, (whole, inner: string) =>
      SPECIAL.test(inner.replace(/'(.)/g, '$1')) ? whole : `[${inner}]`,
    );
    out = out.replace(/([A-Za-z][A-Za-z0-9.]*)\(/g, (_w, name: string) => `${name.toUpperCase()}(`);
    out = out.replace(
      /(^|[^\p{L}\p{N}_.$])(\d+(?:\.\d+)?)E\+?(\d+)/giu,
      (_w, before: string, m, e) => `${before}${String(Number(`${m}e${e}`))}`,
    );
    return out;
  });
}
