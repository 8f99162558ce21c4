import { Catalogue, catalogueFromTables, templateCatalogue } from './catalogue';
import { Coverage, analyse } from './coverage';
import { Finding, collectFindings } from './findings';
import { Lang } from './i18n';
import { Model, TableSet, readModel } from './model';
import { buildPlan } from './plan';
import { PersonInput } from './planMatrix';
import { WorkbookPlan } from './planTypes';
import { RefreshOutput, buildRefresh } from './refresh';
import { TABLE } from './tables';

/** The engine both hosts run: tables in, verdicts and a plan out. */

export interface Analysis {
  model: Model;
  coverage: Coverage;
  findings: Finding[];
}

export function analyseTables(tables: TableSet): Analysis {
  const model = readModel(tables);
  return { model, coverage: analyse(model), findings: collectFindings(model) };
}

/** Table values for a plan's tables, as a host would read them straight after writing it. */
export function planTables(plan: WorkbookPlan): TableSet {
  const tables: TableSet = {};
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      tables[table.name] = {
        name: table.name,
        sheet: sheet.name,
        headers: table.headers,
        rows: table.rows.map((cells) => cells.map((cell) => (cell.formula !== undefined ? null : (cell.value ?? null)))),
        origin: { row: table.row, col: table.col },
      };
    }
  }
  return tables;
}

/**
 * A complete new workbook: the template plus the given people, with its status already
 * refreshed, so the file reads correctly even before anyone opens the add-in.
 */
export function newWorkbookPlan(
  lang: Lang,
  people: PersonInput[],
  time: Date,
  options: { blankRows?: number; catalogue?: Catalogue } = {},
): { plan: WorkbookPlan; analysis: Analysis } {
  const input = {
    lang,
    catalogue: options.catalogue ?? templateCatalogue(lang),
    people,
    blankRows: options.blankRows ?? 15,
    extraMatrixColumns: [],
  };
  const draft = buildPlan({ ...input, refresh: null });
  const analysis = analyseTables(planTables(draft));
  const refresh: RefreshOutput = buildRefresh(analysis.model, analysis.coverage, analysis.findings, time);
  return { plan: buildPlan({ ...input, refresh }), analysis };
}

/** The catalogue an existing workbook already has, for a plan that keeps it. */
export function workbookCatalogue(tables: TableSet, lang: Lang): Catalogue {
  return catalogueFromTables(tables, lang);
}

export const TABLES = TABLE;
