import { CellValue, isBlank } from './cells';
import { Lang, t } from './i18n';
import { TableSet, findTable } from './model';
import { COLUMNS, ColumnKey, TABLE, columnIndex } from './tables';
import {
  DEFAULT_MIN_PEOPLE,
  TEMPLATE_AREAS,
  TEMPLATE_LEVELS,
  TEMPLATE_NEEDED_PHASE,
  TEMPLATE_PHASES,
  TEMPLATE_ROLES,
  areaDescription,
  areaName,
  partyWord,
} from './template';

/**
 * The catalogue: the rows of tblAreas and the three lists, in the contract's column order.
 * It comes from the template for a new workbook, or from the workbook's own tables.
 */
export interface Catalogue {
  areas: CellValue[][];
  levels: CellValue[][];
  phases: CellValue[][];
  roles: CellValue[][];
}

type CatalogueKey = keyof Catalogue;

const yesNo = (lang: Lang, flag: boolean) => t(lang, flag ? 'yes' : 'no');

/**
 * The template's rows of each catalogue table, made only when asked for: a workbook that has
 * its own tables needs none of the template's texts (the ribbon's script leaves out the
 * areas' texts; test/excel/ribbonStrings.test.ts holds it to that).
 */
const TEMPLATE_ROWS: { [K in CatalogueKey]: (lang: Lang) => CellValue[][] } = {
  areas: (lang) =>
    TEMPLATE_AREAS.map((area) => [
      area.id,
      areaName(lang, area.id),
      areaDescription(lang, area.id),
      t(lang, TEMPLATE_NEEDED_PHASE),
      DEFAULT_MIN_PEOPLE,
      yesNo(lang, true),
      yesNo(lang, area.bothParties),
      area.source,
    ]),
  levels: (lang) =>
    TEMPLATE_LEVELS.map((level) => [
      level.code,
      t(lang, `level.${level.code}.name` as 'level.A.name'),
      t(lang, `level.${level.code}.meaning` as 'level.A.meaning'),
      yesNo(lang, level.covers),
      yesNo(lang, level.lead),
    ]),
  phases: (lang) => TEMPLATE_PHASES.map((key, i) => [i + 1, t(lang, key), null]),
  roles: (lang) =>
    TEMPLATE_ROLES.map((role) => [
      t(lang, role.key),
      yesNo(lang, role.required),
      partyWord(lang, role.party) || null,
    ]),
};

export function templateCatalogue(lang: Lang): Catalogue {
  return {
    areas: TEMPLATE_ROWS.areas(lang),
    levels: TEMPLATE_ROWS.levels(lang),
    phases: TEMPLATE_ROWS.phases(lang),
    roles: TEMPLATE_ROWS.roles(lang),
  };
}

/**
 * The workbook's catalogue, with each table's rows put in the contract's column order.
 * A table the workbook lacks comes from the template.
 */
export function catalogueFromTables(tables: TableSet, lang: Lang): Catalogue {
  const read = <K extends CatalogueKey>(key: K): CellValue[][] => {
    const table = findTable(tables, TABLE[key]);
    if (!table) return TEMPLATE_ROWS[key](lang);
    const columns = COLUMNS[key] as readonly ColumnKey<K>[];
    const index = columns.map((column) => columnIndex(table.headers, key, column, lang));
    return table.rows
      .map((row) => index.map((i) => (i < 0 ? null : (row[i] ?? null))))
      .filter((row) => row.some((cell) => !isBlank(cell)));
  };
  return {
    areas: read('areas'),
    levels: read('levels'),
    phases: read('phases'),
    roles: read('roles'),
  };
}
