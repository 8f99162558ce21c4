import { Catalogue } from './catalogue';
import { definedNameFormulas, NAMES } from './formulas';
import { Lang } from './i18n';
import { areasSheet, listsSheet } from './planCatalogueSheets';
import { MATRIX_LAYOUT, PersonInput, catalogueAreas, matrixSheet } from './planMatrix';
import { STATUS_LAYOUT, participantsSheet, statusSheet } from './planStatus';
import { NamePlan, WorkbookPlan } from './planTypes';
import { quoteSheetName } from './formulas';
import { columnLetters } from './cells';
import { RefreshOutput } from './refresh';
import type { Analysis } from './engine';

export interface PlanInput {
  lang: Lang;
  catalogue: Catalogue;
  /** People to place in a new tblMatrix. An existing tblMatrix keeps its own rows. */
  people: PersonInput[];
  blankRows: number;
  /** The headers of an existing tblMatrix, in its order; empty for a new workbook. */
  matrixHeaders: string[];
  refresh: RefreshOutput | null;
  /** The analysis of the tables the plan is for: its formulas' values go with them. */
  analysis?: Analysis | null;
  /** The municipality's name, for a new Status sheet. */
  municipality?: string;
}

/** The whole workbook the add-in maintains, as data. */
export function buildPlan(input: PlanInput): WorkbookPlan {
  const { lang, catalogue } = input;
  const areas = catalogueAreas(catalogue);
  const roles = catalogue.roles
    .filter((row) => row[0] !== null && row[0] !== '')
    .map((row) => String(row[0]));
  const status = statusSheet({
    lang,
    areas,
    roles,
    refresh: input.refresh,
    analysis: input.analysis,
    municipality: input.municipality,
  });
  const participants = participantsSheet(lang, input.refresh ? input.refresh.participants : null);
  if (!input.refresh) {
    // Without a refresh the plan has no opinion on the outputs: existing ones stay as written.
    for (const table of [...status.tables, ...participants.tables]) {
      if (table.key === 'findings' || table.key === 'participants') table.policy = 'seed';
    }
  }
  const names: NamePlan[] = [
    ...definedNameFormulas(lang),
    {
      name: NAMES.verdict,
      formula: `=${quoteSheetName(status.name)}!$${columnLetters(STATUS_LAYOUT.valueCol)}$${STATUS_LAYOUT.verdictRow + 1}`,
      cell: { sheet: 'status', row: STATUS_LAYOUT.verdictRow, col: STATUS_LAYOUT.valueCol },
    },
  ];
  return {
    lang,
    sheets: [
      status,
      matrixSheet({
        lang,
        catalogue,
        people: input.people,
        blankRows: input.blankRows,
        existingHeaders: input.matrixHeaders,
        analysis: input.analysis,
      }),
      participants,
      areasSheet(lang, catalogue),
      listsSheet(lang, catalogue),
    ],
    names,
  };
}

export { MATRIX_LAYOUT };
