import { displayText } from './cells';
import { Catalogue } from './catalogue';
import { Lang, t } from './i18n';
import { NAMES } from './formulas';
import { COLOURS, bold, columnRange, range, seed, tablePlan, wrappedHeight } from './planBuild';
import { SheetPlan, TablePlan, ValidationPlan } from './planTypes';
import { header, headers } from './tables';

/** The Områder and Lister sheets: the catalogue the project leader may edit. */

export const AREAS_LAYOUT = { titleRow: 0, instructionRow: 1, tableRow: 3 } as const;
export const LISTS_LAYOUT = {
  titleRow: 0,
  instructionRow: 1,
  labelRow: 3,
  tableRow: 4,
  levelsCol: 0,
  phasesCol: 6,
  rolesCol: 10,
} as const;

export function yesNoList(lang: Lang): string {
  return `${t(lang, 'yes')},${t(lang, 'no')}`;
}

function listValidation(
  lang: Lang,
  table: TablePlan,
  column: string,
  source: string,
  promptMessage: string,
): ValidationPlan {
  return {
    range: columnRange(table, column),
    rule: { type: 'list', source },
    prompt: { title: column.slice(0, 32), message: promptMessage },
    error: {
      style: 'warning',
      title: t(lang, 'wb.matrix.listErrorTitle'),
      message: t(lang, 'wb.matrix.listErrorMessage'),
    },
  };
}

function titleBlock(anchor: string, title: string, instruction: string) {
  return [
    { row: 0, col: 0, cells: [[seed(title)]], anchor },
    { row: 1, col: 0, cells: [[seed(instruction)]], anchor },
  ];
}

const AREA_WIDTHS = [14, 44, 60, 24, 11, 16, 14, 60];

export function areasSheet(lang: Lang, catalogue: Catalogue): SheetPlan {
  const table = tablePlan(
    'areas',
    { row: AREAS_LAYOUT.tableRow, col: 0 },
    headers('areas', lang),
    catalogue.areas.map((values) => values.map((value) => seed(value))),
    'seed',
  );
  const h = (column: Parameters<typeof header<'areas'>>[1]) => header('areas', column, lang);
  return {
    key: 'areas',
    name: t(lang, 'sheet.areas'),
    anchorTable: table.name,
    blocks: titleBlock(table.name, t(lang, 'wb.areas.title'), t(lang, 'wb.areas.instruction')),
    labelRows: [],
    tables: [table],
    columnWidths: Object.fromEntries(AREA_WIDTHS.map((width, col) => [col, width])),
    // Rows tall enough for the wrapped texts, in Excel and in LibreOffice alike.
    rowHeights: Object.fromEntries(
      catalogue.areas.map((values, r) => [
        AREAS_LAYOUT.tableRow + 1 + r,
        Math.max(
          ...values.map((value, c) =>
            wrappedHeight([displayText(value)], (AREA_WIDTHS[c] ?? 10) - 2),
          ),
        ),
      ]),
    ),
    freeze: { rows: AREAS_LAYOUT.tableRow + 1, cols: 2 },
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { first: AREAS_LAYOUT.tableRow, last: AREAS_LAYOUT.tableRow },
      footer: t(lang, 'wb.footer'),
    },
    validations: [
      listValidation(
        lang,
        table,
        h('neededFrom'),
        `=${NAMES.phases}`,
        t(lang, 'wb.matrix.phasePromptMessage'),
      ),
      {
        range: columnRange(table, h('minPeople')),
        rule: { type: 'wholeNumber', min: 0, max: 1000 },
        prompt: { title: h('minPeople'), message: t(lang, 'wb.minPeoplePrompt') },
        error: { style: 'warning', title: h('minPeople'), message: t(lang, 'wb.minPeoplePrompt') },
      },
      listValidation(lang, table, h('needsLead'), yesNoList(lang), t(lang, 'wb.yesNoPrompt')),
      listValidation(lang, table, h('bothParties'), yesNoList(lang), t(lang, 'wb.yesNoPrompt')),
    ],
    conditionalFormats: [],
    styles: [
      bold(range(0, 0), { size: 16, fontColor: COLOURS.title }),
      { range: range(1, 0), italic: true, fontColor: COLOURS.muted },
      { range: columnRange(table, h('name')), wrap: true },
      { range: columnRange(table, h('description')), wrap: true },
      { range: columnRange(table, h('neededFrom')), wrap: true },
      { range: columnRange(table, h('source')), wrap: true, fontColor: COLOURS.muted },
    ],
    charts: [],
  };
}

export function listsSheet(lang: Lang, catalogue: Catalogue): SheetPlan {
  const L = LISTS_LAYOUT;
  const levels = tablePlan(
    'levels',
    { row: L.tableRow, col: L.levelsCol },
    headers('levels', lang),
    catalogue.levels.map((values) => values.map((value) => seed(value))),
    'seed',
  );
  const phases = tablePlan(
    'phases',
    { row: L.tableRow, col: L.phasesCol },
    headers('phases', lang),
    catalogue.phases.map((values) => values.map((value) => seed(value))),
    'seed',
    { numberFormats: { [header('phases', 'start', lang)]: 'yyyy-mm-dd' } },
  );
  const roles = tablePlan(
    'roles',
    { row: L.tableRow, col: L.rolesCol },
    headers('roles', lang),
    catalogue.roles.map((values) => values.map((value) => seed(value))),
    'seed',
  );
  const partyList = `${t(lang, 'party.library')},${t(lang, 'party.finance')}`;
  return {
    key: 'lists',
    name: t(lang, 'sheet.lists'),
    anchorTable: levels.name,
    blocks: [
      ...titleBlock(levels.name, t(lang, 'wb.lists.title'), t(lang, 'wb.lists.instruction')),
      {
        row: L.labelRow,
        col: L.levelsCol,
        cells: [[seed(t(lang, 'wb.lists.levels'))]],
        anchor: levels.name,
      },
      {
        row: L.labelRow,
        col: L.phasesCol,
        cells: [[seed(t(lang, 'wb.lists.phases'))]],
        anchor: phases.name,
      },
      {
        row: L.labelRow,
        col: L.rolesCol,
        cells: [[seed(t(lang, 'wb.lists.roles'))]],
        anchor: roles.name,
      },
    ],
    labelRows: [],
    tables: [levels, phases, roles],
    columnWidths: {
      0: 8,
      1: 20,
      2: 44,
      3: 12,
      4: 10,
      5: 3,
      6: 6,
      7: 30,
      8: 12,
      9: 3,
      10: 30,
      11: 11,
      12: 12,
    },
    rowHeights: {},
    freeze: { rows: L.tableRow + 1, cols: 0 },
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { first: L.tableRow, last: L.tableRow },
      footer: t(lang, 'wb.footer'),
    },
    validations: [
      listValidation(
        lang,
        levels,
        header('levels', 'covers', lang),
        yesNoList(lang),
        t(lang, 'wb.yesNoPrompt'),
      ),
      listValidation(
        lang,
        levels,
        header('levels', 'lead', lang),
        yesNoList(lang),
        t(lang, 'wb.yesNoPrompt'),
      ),
      listValidation(
        lang,
        roles,
        header('roles', 'required', lang),
        yesNoList(lang),
        t(lang, 'wb.yesNoPrompt'),
      ),
      listValidation(
        lang,
        roles,
        header('roles', 'party', lang),
        partyList,
        t(lang, 'wb.partyPrompt'),
      ),
    ],
    conditionalFormats: [],
    styles: [
      bold(range(0, 0), { size: 16, fontColor: COLOURS.title }),
      { range: range(1, 0), italic: true, fontColor: COLOURS.muted },
      bold(range(L.labelRow, L.levelsCol), { fontColor: COLOURS.title }),
      bold(range(L.labelRow, L.phasesCol), { fontColor: COLOURS.title }),
      bold(range(L.labelRow, L.rolesCol), { fontColor: COLOURS.title }),
    ],
    charts: [],
  };
}
