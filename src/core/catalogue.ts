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

export function templateCatalogue(lang: Lang): Catalogue {
  const yesNo = (flag: boolean) => t(lang, flag ? 'yes' : 'no');
  return {
    areas: TEMPLATE_AREAS.map((area) => [
      area.id,
      areaName(lang, area.id),
      areaDescription(lang, area.id),
      t(lang, TEMPLATE_NEEDED_PHASE),
      DEFAULT_MIN_PEOPLE,
      yesNo(true),
      yesNo(area.bothParties),
      area.source,
    ]),
    levels: TEMPLATE_LEVELS.map((level) => [
      level.code,
      t(lang, `level.${level.code}.name` as 'level.A.name'),
      t(lang, `level.${level.code}.meaning` as 'level.A.meaning'),
      yesNo(level.covers),
      yesNo(level.lead),
    ]),
    phases: TEMPLATE_PHASES.map((key, i) => [i + 1, t(lang, key), null]),
    roles: TEMPLATE_ROLES.map((role) => [
      t(lang, role.key),
      yesNo(role.required),
      partyWord(lang, role.party) || null,
    ]),
  };
}

/**
 * The workbook's catalogue, with each table's rows put in the contract's column order.
 * A table the workbook lacks comes from the template.
 */
export function catalogueFromTables(tables: TableSet, lang: Lang): Catalogue {
  const template = templateCatalogue(lang);
  const read = <K extends CatalogueKey>(key: K): CellValue[][] => {
    const table = findTable(tables, TABLE[key]);
    if (!table) return template[key];
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
