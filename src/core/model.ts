import { CellValue, foldCase, isBlank, sameText } from './cells';
import { UserError } from './errors';
import { Lang, t } from './i18n';
import {
  AREA_ID_PATTERN,
  COLUMNS,
  ColumnKey,
  TABLE,
  TableKey,
  columnIndex,
  header,
  headerIndex,
} from './tables';
import { PartyKey } from './template';

/** One Excel table as either host reads it: its headers and its data rows, by value. */
export interface TableData {
  name: string;
  sheet: string;
  headers: string[];
  rows: CellValue[][];
  /** Zero-based sheet position of the header row's first cell. */
  origin: { row: number; col: number };
}

/** The tables of a workbook, keyed by table name as the workbook spells it. */
export type TableSet = Record<string, TableData>;

export interface Area {
  id: string;
  name: string;
  description: string;
  neededFrom: CellValue;
  minPeople: CellValue;
  needsLead: boolean;
  bothParties: boolean;
  source: string;
  /** Zero-based data row in tblAreas. */
  row: number;
}

export interface Level {
  code: string;
  name: string;
  meaning: string;
  covers: boolean;
  lead: boolean;
}

export interface Role {
  name: CellValue;
  required: boolean;
  party: PartyKey | null;
}

export interface Person {
  /** Zero-based data row in tblMatrix. */
  row: number;
  name: CellValue;
  role: CellValue;
  department: CellValue;
  email: CellValue;
  fromPhase: CellValue;
  /** Raw cell per matrix column index. */
  cells: CellValue[];
}

export interface AreaIdRow {
  id: CellValue;
  row: number;
}

export interface Model {
  lang: Lang;
  areas: Area[];
  /** Every ID cell of tblAreas, valid or not, for the findings. */
  areaIdRows: AreaIdRow[];
  /** Where tblAreas is, and which column holds the IDs. */
  areasTable: { table: TableData; idCol: number };
  levels: Level[];
  phases: CellValue[];
  roles: Role[];
  matrix: {
    table: TableData;
    headers: string[];
    people: Person[];
    /** Column index in tblMatrix per area ID (upper case). */
    areaColumns: Map<string, number>;
    /** Column index of each typed base column. */
    base: Partial<Record<ColumnKey<'matrix'>, number>>;
  };
}

export function findTable(tables: TableSet, name: string): TableData | undefined {
  const wanted = foldCase(name);
  return Object.values(tables).find((table) => foldCase(table.name) === wanted);
}

/** The workbook's language, from the headers it was created with. Danish by default. */
export function detectLang(tables: TableSet): Lang {
  for (const key of ['areas', 'matrix'] as const) {
    const table = findTable(tables, TABLE[key]);
    if (!table) continue;
    const probe = key === 'areas' ? 'name' : 'name';
    if (headerIndex(table.headers, header(key, probe, 'en')) >= 0) return 'en';
    if (headerIndex(table.headers, header(key, probe, 'da')) >= 0) return 'da';
  }
  return 'da';
}

class Columns<K extends TableKey> {
  private readonly index = new Map<string, number>();

  constructor(
    readonly key: K,
    readonly table: TableData,
    readonly lang: Lang,
  ) {
    for (const column of COLUMNS[key] as readonly ColumnKey<K>[]) {
      const at = columnIndex(table.headers, key, column, lang);
      if (at >= 0) this.index.set(column, at);
    }
  }

  has(column: ColumnKey<K>): boolean {
    return this.index.has(column);
  }

  at(column: ColumnKey<K>): number | undefined {
    return this.index.get(column);
  }

  require(column: ColumnKey<K>): number {
    const at = this.index.get(column);
    if (at === undefined) {
      throw new UserError('error.columnMissing', {
        table: this.table.name,
        column: header(this.key, column, this.lang),
      });
    }
    return at;
  }

  cell(row: CellValue[], column: ColumnKey<K>): CellValue {
    const at = this.index.get(column);
    return at === undefined ? null : (row[at] ?? null);
  }

  text(row: CellValue[], column: ColumnKey<K>): string {
    const value = this.cell(row, column);
    return value === null ? '' : String(value);
  }
}

function requireTable<K extends TableKey>(tables: TableSet, key: K, lang: Lang): Columns<K> {
  const table = findTable(tables, TABLE[key]);
  if (!table) throw new UserError('error.tableMissing', { table: TABLE[key] });
  return new Columns(key, table, lang);
}

/** Yes in the workbook's language, compared as Excel's `=` does. */
export function isYes(value: CellValue, lang: Lang): boolean {
  return sameText(value, t(lang, 'yes'));
}

export function partyOf(value: CellValue, lang: Lang): PartyKey | null {
  if (sameText(value, t(lang, 'party.library'))) return 'library';
  if (sameText(value, t(lang, 'party.finance'))) return 'finance';
  return null;
}

/** Reads the model from the workbook's tables, found by name. Throws UserError. */
export function readModel(tables: TableSet): Model {
  const lang = detectLang(tables);
  const areasTable = requireTable(tables, 'areas', lang);
  const levelsTable = requireTable(tables, 'levels', lang);
  const phasesTable = requireTable(tables, 'phases', lang);
  const rolesTable = requireTable(tables, 'roles', lang);
  const matrixTable = requireTable(tables, 'matrix', lang);

  const idCol = areasTable.require('id');
  const areaIdRows: AreaIdRow[] = areasTable.table.rows.map((row, i) => ({
    id: areasTable.cell(row, 'id'),
    row: i,
  }));
  const seen = new Set<string>();
  const areas: Area[] = [];
  areasTable.table.rows.forEach((row, i) => {
    const id = areasTable.cell(row, 'id');
    if (typeof id !== 'string' || !AREA_ID_PATTERN.test(id) || seen.has(id)) return;
    seen.add(id);
    areas.push({
      id,
      name: areasTable.text(row, 'name') || id,
      description: areasTable.text(row, 'description'),
      neededFrom: areasTable.cell(row, 'neededFrom'),
      minPeople: areasTable.cell(row, 'minPeople'),
      needsLead: isYes(areasTable.cell(row, 'needsLead'), lang),
      bothParties: isYes(areasTable.cell(row, 'bothParties'), lang),
      source: areasTable.text(row, 'source'),
      row: i,
    });
  });

  levelsTable.require('code');
  const levels: Level[] = levelsTable.table.rows
    .map((row) => ({
      code: levelsTable.text(row, 'code'),
      name: levelsTable.text(row, 'level'),
      meaning: levelsTable.text(row, 'meaning'),
      covers: isYes(levelsTable.cell(row, 'covers'), lang),
      lead: isYes(levelsTable.cell(row, 'lead'), lang),
    }))
    .filter((level) => level.code !== '');

  phasesTable.require('phase');
  const phases = phasesTable.table.rows.map((row) => phasesTable.cell(row, 'phase'));

  rolesTable.require('role');
  const roles: Role[] = rolesTable.table.rows
    .map((row) => ({
      name: rolesTable.cell(row, 'role'),
      required: isYes(rolesTable.cell(row, 'required'), lang),
      party: partyOf(rolesTable.cell(row, 'party'), lang),
    }))
    .filter((role) => !isBlank(role.name));

  matrixTable.require('name');
  const base: Partial<Record<ColumnKey<'matrix'>, number>> = {};
  for (const column of COLUMNS.matrix) {
    const at = matrixTable.at(column);
    if (at !== undefined) base[column] = at;
  }
  const baseIndexes = new Set(Object.values(base));
  const areaColumns = new Map<string, number>();
  matrixTable.table.headers.forEach((h, i) => {
    if (baseIndexes.has(i)) return;
    const id = h.trim();
    if (AREA_ID_PATTERN.test(id) && !areaColumns.has(id)) areaColumns.set(id, i);
  });
  const people: Person[] = matrixTable.table.rows.map((row, i) => ({
    row: i,
    name: matrixTable.cell(row, 'name'),
    role: matrixTable.cell(row, 'role'),
    department: matrixTable.cell(row, 'department'),
    email: matrixTable.cell(row, 'email'),
    fromPhase: matrixTable.cell(row, 'fromPhase'),
    cells: row,
  }));

  return {
    lang,
    areas,
    areaIdRows,
    areasTable: { table: areasTable.table, idCol },
    levels,
    phases,
    roles,
    matrix: {
      table: matrixTable.table,
      headers: matrixTable.table.headers,
      people,
      areaColumns,
      base,
    },
  };
}
