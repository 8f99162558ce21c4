import { Lang, MessageKey, t } from './i18n';
import { MISSING_SEPARATOR } from './missing';
import { TABLE, header } from './tables';

/**
 * Every formula the product writes is built here, and every name embedded in one goes
 * through the quoting below. Formulas carry their leading '='.
 */

/** A text constant: double quotes are doubled. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A COUNTIF/COUNTIFS criterion that means "equals this text": the leading '=' stops a
 * text such as "<5" being read as a comparison, and '~' escapes Excel's wildcards.
 */
export function equalsCriterion(text: string): string {
  return stringLiteral(`=${escapeWildcards(text)}`);
}

/** MATCH(…, 0) treats * ? ~ as wildcards; '~' makes them literal. */
export function escapeWildcards(text: string): string {
  return text.replace(/[~*?]/g, (c) => `~${c}`);
}

/** A sheet name as it must stand before '!' in a reference. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Characters that force the double-bracket form of a structured column reference. */
const NEEDS_DOUBLE_BRACKETS = /[^A-Za-z0-9_ \u00C0-\u024F]/;

/** Inside a structured reference, ' [ ] and # are escaped with a leading apostrophe. */
export function escapeColumnName(column: string): string {
  return column.replace(/['[\]#]/g, (c) => `'${c}`);
}

/** `tblAreas[ID]`, `tblAreas[[Min. antal]]`, `tblX[[it''s]]`. */
export function columnRef(table: string, column: string): string {
  const escaped = escapeColumnName(column);
  return NEEDS_DOUBLE_BRACKETS.test(column) ? `${table}[[${escaped}]]` : `${table}[${escaped}]`;
}

/** `tblX[[#This Row],[Col]]`: the form Excel stores, and the one LibreOffice reads ([@Col] is display only). */
export function thisRowRef(table: string, column: string): string {
  return `${table}[[#This Row],[${escapeColumnName(column)}]]`;
}

/** The column names of the workbook's tables in its language, for formula building. */
export function formulaNames(lang: Lang) {
  const col = {
    areaId: columnRef(TABLE.areas, header('areas', 'id', lang)),
    areaName: columnRef(TABLE.areas, header('areas', 'name', lang)),
    areaNeededFrom: columnRef(TABLE.areas, header('areas', 'neededFrom', lang)),
    areaMin: columnRef(TABLE.areas, header('areas', 'minPeople', lang)),
    areaNeedsLead: columnRef(TABLE.areas, header('areas', 'needsLead', lang)),
    areaBoth: columnRef(TABLE.areas, header('areas', 'bothParties', lang)),
    levelCode: columnRef(TABLE.levels, header('levels', 'code', lang)),
    levelCovers: columnRef(TABLE.levels, header('levels', 'covers', lang)),
    levelLead: columnRef(TABLE.levels, header('levels', 'lead', lang)),
    phase: columnRef(TABLE.phases, header('phases', 'phase', lang)),
    roleName: columnRef(TABLE.roles, header('roles', 'role', lang)),
    roleRequired: columnRef(TABLE.roles, header('roles', 'required', lang)),
    roleParty: columnRef(TABLE.roles, header('roles', 'party', lang)),
    matrixName: columnRef(TABLE.matrix, header('matrix', 'name', lang)),
    matrixRole: columnRef(TABLE.matrix, header('matrix', 'role', lang)),
    matrixParty: columnRef(TABLE.matrix, header('matrix', 'party', lang)),
    matrixPhaseNo: columnRef(TABLE.matrix, header('matrix', 'phaseNo', lang)),
    statusId: columnRef(TABLE.status, header('status', 'id', lang)),
    statusStatus: columnRef(TABLE.status, header('status', 'status', lang)),
    roleStatusStatus: columnRef(TABLE.roleStatus, header('roleStatus', 'status', lang)),
  };
  return {
    col,
    yes: stringLiteral(t(lang, 'yes')),
    word: (key: Parameters<typeof t>[1]) => stringLiteral(t(lang, key)),
  };
}

/**
 * No deadline: a phase number larger than any list will hold. Written as Excel writes it
 * back (Excel reads `1E+9` as `1000000000`), so that a formula compares equal to its plan.
 */
const NO_DEADLINE = '1000000000';

/** A table's body without its headers: `tbl[[#Data]]`, the form both Excel and LibreOffice read. */
export function dataRef(table: string): string {
  return `${table}[[#Data]]`;
}

/** A table's header row: `tbl[[#Headers]]`. */
export function headersRef(table: string): string {
  return `${table}[[#Headers]]`;
}

/** A formula that yields `text` with Excel's wildcards (~ * ?) escaped, for MATCH and COUNTIF. */
export function escapeWildcardsFormula(text: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${text},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * The live formulas of tblStatus. Every row holds the same formula per column, so that each
 * column is one calculated column, as Excel makes it anyway: a row reaches its own area
 * through its own ID cell, never through a literal.
 */
export function areaStatusFormulas(lang: Lang) {
  const { col, yes, word } = formulaNames(lang);
  const same = (column: 'id' | 'leads' | 'covers' | 'onTime' | 'library' | 'finance') =>
    thisRowRef(TABLE.status, header('status', column, lang));
  const text = (key: MessageKey, params: Record<string, string> = {}) =>
    stringLiteral(t(lang, key, params));
  const row = {
    leads: same('leads'),
    covers: same('covers'),
    onTime: same('onTime'),
    library: same('library'),
    finance: same('finance'),
  };
  const id = same('id');
  const area = `INDEX(${dataRef(TABLE.matrix)},0,MATCH(${id},${headersRef(TABLE.matrix)},0))`;
  const lookup = (column: string) => `INDEX(${column},MATCH(${id},${col.areaId},0))`;
  const named = `${col.matrixName},"<>"`;
  const codeSet = `(${col.levelCode}<>"")`;
  const countBy = (extraCriteria: string, ...factors: string[]) =>
    `SUMPRODUCT(COUNTIFS(${area},${col.levelCode},${named}${extraCriteria})*${[codeSet, ...factors].join('*')})`;
  const neededPhase = lookup(col.areaNeededFrom);
  const need = `IF(${neededPhase}="",${NO_DEADLINE},IFERROR(MATCH(${neededPhase},${col.phase},0),${NO_DEADLINE}))`;
  const needsLead = `IFERROR(${lookup(col.areaNeedsLead)}=${yes},FALSE)`;
  const bothParties = `IFERROR(${lookup(col.areaBoth)}=${yes},FALSE)`;
  const min = `IFERROR(IF(${lookup(col.areaMin)}="",2,${lookup(col.areaMin)}),2)`;
  const covering = `(${col.levelCovers}=${yes})`;
  const leading = `(${col.levelLead}=${yes})`;

  // The one lead's name: LOOKUP(2,1/(…)) finds the last row where the test holds, and the
  // test is "this cell holds a code with Ansvar = Ja" (COUNTIFS with the column as criteria).
  const isLead = `(COUNTIFS(${col.levelCode},${area},${col.levelLead},${yes})>0)*(${col.matrixName}<>"")*(${area}<>"")`;
  const [severalBefore, severalAfter] = t(lang, 'lead.several').split('{n}');
  const whoLeads =
    `=IF(${row.leads}=1,IFERROR(LOOKUP(2,1/(${isLead}),${col.matrixName})&"",""),` +
    `IF(${row.leads}>1,${stringLiteral(severalBefore)}&${row.leads}&${stringLiteral(severalAfter)},""))`;

  // "Hvad mangler": each unmet requirement as " · piece", then the first separator cut off
  // (no TEXTJOIN: Excel 2010 and LibreOffice 7.4 must compute it).
  const sep = stringLiteral(MISSING_SEPARATOR);
  const minRaw = lookup(col.areaMin);
  const coversNeeded =
    `IFERROR(IF(ISNUMBER(${minRaw}),MAX(0,ROUNDUP(MAX(1,${minRaw})-${row.covers},0)),` +
    `IF(${minRaw}="",MAX(0,2-${row.covers}),1)),MAX(0,2-${row.covers}))`;
  const [coversBefore, coversAfter] = t(lang, 'missing.covers').split('{n}');
  const [onTimeBefore, onTimeAfter] = t(lang, 'missing.onTime').split('{phase}');
  const pieces = [
    `IF(AND(${needsLead},${row.leads}=0),${sep}&${text('missing.lead')},"")`,
    `IF(${coversNeeded}>0,${sep}&${stringLiteral(coversBefore)}&${coversNeeded}&${stringLiteral(coversAfter)},"")`,
    `IF(AND(${row.covers}>0,${row.onTime}=0),${sep}&${stringLiteral(onTimeBefore)}&${neededPhase}&${stringLiteral(onTimeAfter)},"")`,
    `IF(AND(${bothParties},${row.library}=0),${sep}&${text('missing.party', { party: t(lang, 'party.library') })},"")`,
    `IF(AND(${bothParties},${row.finance}=0),${sep}&${text('missing.party', { party: t(lang, 'party.finance') })},"")`,
  ];
  const missing = `=MID(${pieces.join('&')},${MISSING_SEPARATOR.length + 1},2000)`;

  // The picture: one block per covering person against the minimum, at most BAR_MAX wide.
  const shown = `MIN(${row.covers},${BAR_MAX})`;
  const wanted =
    `MIN(IFERROR(IF(ISNUMBER(${minRaw}),MAX(1,ROUNDUP(${minRaw},0)),` +
    `IF(${minRaw}="",2,1)),2),${BAR_MAX})`;
  const bar = `=REPT(${stringLiteral(BAR_FULL)},${shown})&REPT(${stringLiteral(BAR_EMPTY)},MAX(0,${wanted}-${shown}))`;

  return {
    whoLeads,
    missing,
    bar,
    area: `=IFERROR(${lookup(col.areaName)}&"",${id})`,
    leads: `=${countBy('', leading)}`,
    covers: `=${countBy('', covering)}`,
    gatherers: `=${countBy('', `(${col.levelCovers}<>${yes})`)}`,
    invalid: `=COUNTIFS(${area},"<>",${named})-${countBy('')}`,
    onTime: `=${countBy(`,${col.matrixPhaseNo},"<="&${need}`, covering)}`,
    library: `=${countBy(`,${col.matrixParty},${equalsCriterion(t(lang, 'party.library'))}`)}`,
    finance: `=${countBy(`,${col.matrixParty},${equalsCriterion(t(lang, 'party.finance'))}`)}`,
    coversOnly: `=${countBy('', covering, `(${col.levelLead}<>${yes})`)}`,
    status:
      `=IF(${row.covers}=0,${word('status.not_covered')},` +
      `IF(AND(${needsLead},${row.leads}=0),${word('status.no_lead')},` +
      `IF(${row.onTime}=0,${word('status.late')},` +
      `IF(AND(${bothParties},OR(${row.library}=0,${row.finance}=0)),${word('status.one_sided')},` +
      `IF(${row.covers}<${min},${word('status.fragile')},${word('status.covered')})))))`,
  };
}

/** The coverage bar: a full block per covering person, an empty one per person still needed. */
export const BAR_FULL = '█';
export const BAR_EMPTY = '░';
export const BAR_MAX = 10;

/** The name of the first person in the matrix with this role, or blank. */
export function personWithRoleFormula(lang: Lang, role: string): string {
  const { col } = formulaNames(lang);
  return `=IFERROR(INDEX(${col.matrixName},MATCH(${stringLiteral(escapeWildcards(role))},${col.matrixRole},0))&"","")`;
}

/** The live formulas of tblRoleStatus, the same in every row: each row counts its own role. */
export function roleStatusFormulas(lang: Lang) {
  const { col, yes, word } = formulaNames(lang);
  const countCell = thisRowRef(TABLE.roleStatus, header('roleStatus', 'count', lang));
  const role = escapeWildcardsFormula(
    thisRowRef(TABLE.roleStatus, header('roleStatus', 'role', lang)),
  );
  const required = `IFERROR(INDEX(${col.roleRequired},MATCH(${role},${col.roleName},0))=${yes},FALSE)`;
  return {
    count: `=COUNTIFS(${col.matrixRole},"="&${role},${col.matrixName},"<>")`,
    status: `=IF(${countCell}>0,${word('role.filled')},IF(${required},${word('role.missing')},${word('role.optional')}))`,
  };
}

/** Matrix helper columns, the same in every row: the person's party and their phase's position. */
export function matrixHelperFormulas(lang: Lang) {
  const { col } = formulaNames(lang);
  const roleCell = thisRowRef(TABLE.matrix, header('matrix', 'role', lang));
  const phaseCell = thisRowRef(TABLE.matrix, header('matrix', 'fromPhase', lang));
  return {
    party: `=IFERROR(INDEX(${col.roleParty},MATCH(${roleCell},${col.roleName},0))&"","")`,
    phaseNo: `=IF(${phaseCell}="",0,IFERROR(MATCH(${phaseCell},${col.phase},0),0))`,
  };
}

/** KLAR when every area is covered and no required role is missing. */
export function verdictFormula(lang: Lang): string {
  const { col, word } = formulaNames(lang);
  const areas = `COUNTA(${col.statusId})`;
  return (
    `=IF(AND(${areas}>0,COUNTIF(${col.statusStatus},${equalsCriterion(t(lang, 'status.covered'))})=${areas},` +
    `COUNTIF(${col.roleStatusStatus},${equalsCriterion(t(lang, 'role.missing'))})=0),` +
    `${word('verdict.ready')},${word('verdict.notReady')})`
  );
}

/** "n af m områder dækket". */
export function coverageTextFormula(lang: Lang): string {
  const { col } = formulaNames(lang);
  return (
    `=COUNTIF(${col.statusStatus},${equalsCriterion(t(lang, 'status.covered'))})` +
    `&${stringLiteral(t(lang, 'wb.status.coverageText'))}&COUNTA(${col.statusId})` +
    `&${stringLiteral(t(lang, 'wb.status.coverageSuffix'))}`
  );
}

/** Defined names, because validation and conditional formats cannot hold structured references. */
export const NAMES = {
  codes: 'lstCodes',
  phases: 'lstPhases',
  roles: 'lstRoles',
  statusIds: 'lstStatusIds',
  statuses: 'lstStatuses',
  verdict: 'StatusVerdict',
  /** The version of the layout the workbook's formats were last written for (see plan.ts). */
  layout: 'OrganiseringLayout',
} as const;

export function definedNameFormulas(lang: Lang): { name: string; formula: string }[] {
  const { col } = formulaNames(lang);
  return [
    { name: NAMES.codes, formula: `=${col.levelCode}` },
    { name: NAMES.phases, formula: `=${col.phase}` },
    { name: NAMES.roles, formula: `=${col.roleName}` },
    { name: NAMES.statusIds, formula: `=${col.statusId}` },
    { name: NAMES.statuses, formula: `=${col.statusStatus}` },
  ];
}

/** Conditional-format formulas, relative to the top-left cell of the range they apply to. */
export function codeFillFormula(topLeft: string, code: string): string {
  return `=${topLeft}=${stringLiteral(code)}`;
}

export function invalidCodeFormula(topLeft: string): string {
  return `=AND(${topLeft}<>"",ISNA(MATCH(${topLeft},${NAMES.codes},0)))`;
}

/** A label turns red while its area, whose ID is in `idCell`, is not covered. */
export function uncoveredLabelFormula(lang: Lang, idCell: string): string {
  return `=IFERROR(INDEX(${NAMES.statuses},MATCH(${idCell},${NAMES.statusIds},0)),"")<>${stringLiteral(t(lang, 'status.covered'))}`;
}

export function verdictReadyFormula(lang: Lang, verdictCell: string): string {
  return `=${verdictCell}=${stringLiteral(t(lang, 'verdict.ready'))}`;
}

export function verdictNotReadyFormula(lang: Lang, verdictCell: string): string {
  return `=${verdictCell}=${stringLiteral(t(lang, 'verdict.notReady'))}`;
}

/**
 * The findings' link column, the same in every row: it follows the address in the row's own
 * Celle cell (both hosts follow HYPERLINK("#…")), and is blank where a finding has no cell.
 */
export function findingLinkFormula(lang: Lang): string {
  const cell = thisRowRef(TABLE.findings, header('findings', 'cell', lang));
  return `=IF(${cell}="","",HYPERLINK("#"&${cell},${stringLiteral(t(lang, 'wb.findings.goTo'))}))`;
}

/** A cell's address as the findings' Celle column holds it: `Matrix!P7`, `'My sheet'!B2`. */
export function cellAddress(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

/**
 * A canonical form for comparing a formula read back from a host with one the plan holds.
 * Excel shows `tblX[[#This Row],[Col]]` as `[@Col]` inside tblX and `tblX[@Col]` elsewhere,
 * drops needless double brackets (`[[#Data]]` → `[#Data]`, `[[Navn]]` → `[Navn]`),
 * upper-cases names and writes numbers in full; none of that is a change.
 */
export function canonicalFormula(formula: string, ownTable?: string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let text = part.replace(/\s+/g, '');
      if (ownTable) text = text.replace(/(^|[^A-Za-z0-9_.\]])\[@/g, `$1${ownTable}[@`);
      text = text.replace(/\[\[#This ?Row\],\[([^\]]*)\]\]/gi, '[@$1]');
      text = text.replace(/\[@\[([^\]]*)\]\]/g, '[@$1]');
      text = text.replace(/\[\[(#[A-Za-z]+)\]\]/g, '[$1]');
      text = text.replace(/\[\[([^\]'#[]*)\]\]/g, (whole, inner: string) =>
        NEEDS_DOUBLE_BRACKETS.test(inner) ? whole : `[${inner}]`,
      );
      text = text.replace(
        /(^|[^A-Za-z0-9_.$])(\d+(?:\.\d+)?)E\+?(\d+)/gi,
        (_whole, before: string, mantissa: string, exponent: string) =>
          `${before}${String(Number(`${mantissa}e${exponent}`))}`,
      );
      return text.toUpperCase();
    })
    .join('');
}
