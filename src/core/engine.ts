import { Catalogue, catalogueFromTables, templateCatalogue } from './catalogue';
import { Coverage, analyse } from './coverage';
import { Finding, collectFindings } from './findings';
import { Lang } from './i18n';
import { Missing, leadNames, missingByArea } from './missing';
import { Model, TableSet, detectLang, findTable, readModel } from './model';
import { buildPlan } from './plan';
import { PersonInput } from './planMatrix';
import { WorkbookPlan } from './planTypes';
import { RefreshOutput, buildRefresh } from './refresh';
import type { Suggestion } from './suggestions';
import { TABLE } from './tables';

/** The engine both hosts run: tables in, verdicts and a plan out. */

export interface Analysis {
  model: Model;
  coverage: Coverage;
  findings: Finding[];
  /** Per area, in coverage.areas order: everything that is missing. */
  missing: Missing[];
  /** Per area, in coverage.areas order: the one lead's name, or null for none or several. */
  lead: (string | null)[];
  /** The plan to KLAR: code suggestions and recruits, in tblAreas order, roles last; empty when not asked for. */
  suggestions: Suggestion[];
}

/**
 * The analysis of a workbook's tables. The plan to KLAR is computed only for callers that
 * show it (pass `planSuggestions`): the ribbon's refresh has no use for it, and leaving it
 * out keeps that bundle small.
 */
export function analyseTables(
  tables: TableSet,
  plan?: (model: Model, coverage: Coverage) => Suggestion[],
): Analysis {
  const model = readModel(tables);
  const coverage = analyse(model);
  return {
    model,
    coverage,
    findings: collectFindings(model),
    missing: missingByArea(model),
    lead: leadNames(model),
    suggestions: plan ? plan(model, coverage) : [],
  };
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
        rows: table.rows.map((cells) =>
          cells.map((cell) => (cell.formula !== undefined ? null : (cell.value ?? null))),
        ),
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
  options: { blankRows?: number; catalogue?: Catalogue; municipality?: string } = {},
): { plan: WorkbookPlan; analysis: Analysis } {
  const input = {
    lang,
    catalogue: options.catalogue ?? templateCatalogue(lang),
    people,
    blankRows: options.blankRows ?? 15,
    matrixHeaders: [],
    municipality: options.municipality,
  };
  const draft = buildPlan({ ...input, refresh: null });
  const analysis = analyseTables(planTables(draft));
  const refresh: RefreshOutput = buildRefresh(
    analysis.model,
    analysis.coverage,
    analysis.findings,
    time,
  );
  // The formulas' values go with them, for previews that do not calculate.
  return { plan: buildPlan({ ...input, refresh, analysis }), analysis };
}

export interface WorkbookPlanOptions {
  /** The language for a workbook that has none of our tables yet. */
  lang: Lang;
  /** Rewrite the status outputs (findings, participants, history, time) as of this moment. */
  refreshAt?: Date;
  /** People for a matrix that does not exist yet. */
  people?: PersonInput[];
  blankRows?: number;
  /** The municipality's name for a new Status sheet; typed once, then the user's. */
  municipality?: string;
}

/**
 * The plan for a workbook as it stands: its own catalogue, language and matrix columns are
 * kept, and what is missing comes from the template. With `refreshAt`, the plan carries the
 * status outputs of an analysis of the workbook's current tables.
 */
export function planForWorkbook(
  tables: TableSet,
  options: WorkbookPlanOptions,
): { plan: WorkbookPlan; analysis: Analysis | null } {
  const hasOurs =
    findTable(tables, TABLE.areas) !== undefined || findTable(tables, TABLE.matrix) !== undefined;
  const lang = hasOurs ? detectLang(tables) : options.lang;
  const matrix = findTable(tables, TABLE.matrix);
  const input = {
    lang,
    catalogue: catalogueFromTables(tables, lang),
    people: options.people ?? [],
    municipality: options.municipality,
    blankRows: options.blankRows ?? 20,
    matrixHeaders: matrix ? matrix.headers : [],
  };
  if (!options.refreshAt) return { plan: buildPlan({ ...input, refresh: null }), analysis: null };
  const draft = buildPlan({ ...input, refresh: null });
  const merged: TableSet = { ...planTables(draft) };
  for (const table of Object.values(tables)) merged[table.name] = table;
  for (const name of Object.keys(merged)) {
    if (
      Object.values(tables).some(
        (t) => t.name.toUpperCase() === name.toUpperCase() && t.name !== name,
      )
    )
      delete merged[name];
  }
  const analysis = analyseTables(merged);
  const refresh = buildRefresh(
    analysis.model,
    analysis.coverage,
    analysis.findings,
    options.refreshAt,
  );
  // The formulas' values go with them, for previews that do not calculate.
  return { plan: buildPlan({ ...input, refresh, analysis }), analysis };
}
