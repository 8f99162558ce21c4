import { foldCase } from './cells';
import { Lang, MessageKey, t } from './i18n';

/**
 * The workbook contract: table names (language-neutral) and their columns, whose headers
 * are in the workbook's language. The add-in finds everything by these names.
 */
export const TABLE = {
  areas: 'tblAreas',
  levels: 'tblLevels',
  phases: 'tblPhases',
  roles: 'tblRoles',
  matrix: 'tblMatrix',
  status: 'tblStatus',
  roleStatus: 'tblRoleStatus',
  findings: 'tblFindings',
  checklist: 'tblChecklist',
  history: 'tblHistory',
  participants: 'tblParticipants',
  legend: 'tblLegend',
} as const;

export type TableKey = keyof typeof TABLE;

export const COLUMNS = {
  areas: [
    'id',
    'name',
    'description',
    'neededFrom',
    'minPeople',
    'needsLead',
    'bothParties',
    'source',
  ],
  levels: ['code', 'level', 'meaning', 'covers', 'lead'],
  phases: ['nr', 'phase', 'start'],
  roles: ['role', 'required', 'party'],
  matrix: ['name', 'role', 'department', 'email', 'fromPhase', 'party', 'phaseNo'],
  status: [
    'id',
    'area',
    'status',
    'whoLeads',
    'missing',
    'leads',
    'covers',
    'gatherers',
    'invalid',
    'bar',
    'onTime',
    'library',
    'finance',
    'coversOnly',
  ],
  roleStatus: ['role', 'count', 'status'],
  findings: ['severity', 'topic', 'message', 'cell', 'link'],
  checklist: ['step', 'done', 'date', 'by'],
  history: ['time', 'covered', 'areas', 'notCovered', 'fragile', 'invalid'],
  participants: ['name', 'role', 'party', 'leadOn', 'covers', 'gathers', 'fromPhase'],
  legend: ['status', 'meaning', 'fix'],
} as const satisfies Record<TableKey, readonly string[]>;

export type ColumnKey<K extends TableKey> = (typeof COLUMNS)[K][number];

/** The header of a column in the given language, e.g. ('matrix', 'name', 'da') → 'Navn'. */
export function header<K extends TableKey>(table: K, column: ColumnKey<K>, lang: Lang): string {
  const prefix = table === 'roleStatus' ? 'roleStatus' : table;
  return t(lang, `col.${prefix}.${column}` as MessageKey);
}

export function headers<K extends TableKey>(table: K, lang: Lang): string[] {
  return (COLUMNS[table] as readonly ColumnKey<K>[]).map((column) => header(table, column, lang));
}

/**
 * The one rule for finding a column by its header, for every caller in the core and the
 * adapters: surrounding spaces are ignored, and case, as Excel ignores it in table columns.
 */
export function sameHeader(actual: string, wanted: string): boolean {
  return foldCase(actual.trim()) === foldCase(wanted.trim());
}

/** Where a header is among a table's headers, or -1. */
export function headerIndex(headers: readonly string[], wanted: string): number {
  return headers.findIndex((h) => sameHeader(h, wanted));
}

/** Where a contract column is, under its header in the given language or else the other one. */
export function columnIndex<K extends TableKey>(
  headers: readonly string[],
  table: K,
  column: ColumnKey<K>,
  lang: Lang,
): number {
  const first = headerIndex(headers, header(table, column, lang));
  return first >= 0
    ? first
    : headerIndex(headers, header(table, column, lang === 'da' ? 'en' : 'da'));
}

/** Matrix columns the formulas need; they are computed, never typed. */
export const MATRIX_COMPUTED: readonly ColumnKey<'matrix'>[] = ['party', 'phaseNo'];

/** An area ID: safe as a table column name and inside a structured reference. */
export const AREA_ID_PATTERN = /^[A-Z][A-Z0-9_]{1,15}$/;
