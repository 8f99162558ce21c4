import { Catalogue } from './catalogue';
import { definedNameFormulas, NAMES } from './formulas';
import { Lang } from './i18n';
import { areasSheet, listsSheet } from './planCatalogueSheets';
import { MATRIX_LAYOUT, PersonInput, catalogueAreas, matrixSheet } from './planMatrix';
import { STATUS_LAYOUT, participantsSheet, statusSheet } from './planStatus';
import { NamePlan, WorkbookPlan } from './planTypes';
import { quoteSheetName } from './formulas';
import { a1 } from './cells';
import { RefreshOutput } from './refresh';

export interface PlanInput {
  lang: Lang;
  catalogue: Catalogue;
  /** People to place in a new tblMatrix. An existing tblMatrix keeps its own rows. */
  people: PersonInput[];
  blankRows: number;
  /** Columns of an existing tblMatrix beyond the base and the areas (archived areas, the user's own). */
  extraMatrixColumns: string[];
  refresh: RefreshOutput | null;
}

/** The whole workbook the add-in maintains, as data. */
export function buildPlan(input: PlanInput): WorkbookPlan {
  const { lang, catalogue } = input;
  const areas = catalogueAreas(catalogue);
  const roles = catalogue.roles.filter((row) => row[0] !== null && row[0] !== '').map((row) => String(row[0]));
  const status = statusSheet({ lang, areas, roles, refresh: input.refresh });
  const names: NamePlan[] = [
    ...definedNameFormulas(lang),
    {
      name: NAMES.verdict,
      formula: `=${quoteSheetName(status.name)}!$${a1(STATUS_LAYOUT.verdictRow, STATUS_LAYOUT.valueCol).replace(/(\d+)$/, '$$$1')}`,
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
        extraColumns: input.extraMatrixColumns,
      }),
      participantsSheet(lang, input.refresh ? input.refresh.participants : null),
      areasSheet(lang, catalogue),
      listsSheet(lang, catalogue),
    ],
    names,
  };
}

export { MATRIX_LAYOUT };
