import { CellValue, a1 } from './cells';
import {
  areaStatusFormulas,
  cellAddress,
  coverageTextFormula,
  findingLinkFormula,
  roleStatusFormulas,
  stringLiteral,
  verdictFormula,
  verdictNotReadyFormula,
  verdictReadyFormula,
} from './formulas';
import { Lang, t } from './i18n';
import {
  COLOURS,
  OUTPUT_TABLE_STYLE,
  bold,
  columnRange,
  formula,
  owned,
  range,
  seed,
  tablePlan,
  wrappedHeight,
} from './planBuild';
import { AreaStatus } from './coverage';
import { AreaLabel } from './planMatrix';
import { ConditionalFormatPlan, PlanCell, SheetPlan, TablePlan } from './planTypes';
import { RefreshOutput } from './refresh';
import { CHECKLIST_STEPS } from './template';
import { COLUMNS, ColumnKey, header, headers } from './tables';

/** The Status sheet the project owner reads, and the Deltagere sheet. */

export const STATUS_LAYOUT = {
  titleRow: 0,
  identityRow: 1,
  verdictRow: 3,
  coverageRow: 4,
  updatedRow: 5,
  valueCol: 1,
  areasLabelRow: 7,
  chartCol: 14,
} as const;

export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * Where each Status table starts, given how many areas and roles there are. The tables that
 * grow at every refresh (findings, history) have nothing below them; findings sit to the
 * right, under the chart, where their long messages have room.
 */
export function statusPositions(areaCount: number, roleCount: number) {
  const statusRow = STATUS_LAYOUT.areasLabelRow + 1;
  const legendLabelRow = statusRow + Math.max(areaCount, 1) + 2;
  const legendRow = legendLabelRow + 1;
  const rolesLabelRow = legendRow + STATUS_ORDER.length + 2;
  const roleStatusRow = rolesLabelRow + 1;
  const checklistLabelRow = roleStatusRow + Math.max(roleCount, 1) + 2;
  const checklistRow = checklistLabelRow + 1;
  const historyLabelRow = checklistRow + CHECKLIST_STEPS.length + 2;
  const findingsLabelRow = STATUS_LAYOUT.areasLabelRow + CHART_ROWS + 1;
  return {
    statusRow,
    legendLabelRow,
    legendRow,
    rolesLabelRow,
    roleStatusRow,
    checklistLabelRow,
    checklistRow,
    historyLabelRow,
    historyRow: historyLabelRow + 1,
    findingsLabelRow,
    findingsRow: findingsLabelRow + 1,
  };
}

const CHART_ROWS = 18;

/** The statuses in the order the rules try them: the legend lists them so. */
export const STATUS_ORDER = [
  'not_covered',
  'no_lead',
  'late',
  'one_sided',
  'fragile',
  'covered',
] as const satisfies readonly AreaStatus[];
/** Tables below the area list start in column B, the wide one. */
const SIDE_COL = 1;
const FINDINGS_COL = 14;
const MESSAGE_WIDTH = 70;

function statusColumnFormats(
  table: TablePlan,
  column: string,
  good: string,
): ConditionalFormatPlan[] {
  const target = columnRange(table, column);
  const cell = a1(target.row, target.col);
  return [
    {
      range: target,
      formula: `=${cell}=${stringLiteral(good)}`,
      fill: COLOURS.goodFill,
      fontColor: COLOURS.goodFont,
    },
    {
      range: target,
      formula: `=AND(${cell}<>"",${cell}<>${stringLiteral(good)})`,
      fill: COLOURS.badFill,
      fontColor: COLOURS.badFont,
    },
  ];
}

export interface StatusInput {
  lang: Lang;
  areas: AreaLabel[];
  roles: string[];
  refresh: RefreshOutput | null;
}

export function statusSheet(input: StatusInput): SheetPlan {
  const { lang, areas, roles, refresh } = input;
  const S = STATUS_LAYOUT;
  const at = statusPositions(areas.length, roles.length);
  const sh = (column: Parameters<typeof header<'status'>>[1]) => header('status', column, lang);

  const f = areaStatusFormulas(lang);
  const statusCell: Record<ColumnKey<'status'>, (area: AreaLabel) => PlanCell> = {
    id: (area) => owned(area.id),
    area: () => formula(f.area),
    status: () => formula(f.status),
    whoLeads: () => formula(f.whoLeads),
    missing: () => formula(f.missing),
    leads: () => formula(f.leads),
    covers: () => formula(f.covers),
    gatherers: () => formula(f.gatherers),
    invalid: () => formula(f.invalid),
    onTime: () => formula(f.onTime),
    library: () => formula(f.library),
    finance: () => formula(f.finance),
    coversOnly: () => formula(f.coversOnly),
  };
  const statusRows = areas.map((area) => COLUMNS.status.map((column) => statusCell[column](area)));
  const status = tablePlan(
    'status',
    { row: at.statusRow, col: 0 },
    headers('status', lang),
    statusRows,
    'owned',
  );

  const legend = tablePlan(
    'legend',
    { row: at.legendRow, col: 0 },
    headers('legend', lang),
    STATUS_ORDER.map((status) => [
      owned(t(lang, `status.${status}`)),
      owned(t(lang, `status.${status}.meaning`)),
      owned(t(lang, `status.${status}.fix`)),
    ]),
    'owned',
    { style: OUTPUT_TABLE_STYLE },
  );

  const roleFormulas = roleStatusFormulas(lang);
  const roleRows = roles.map((role) => [
    owned(role),
    formula(roleFormulas.count),
    formula(roleFormulas.status),
  ]);
  const roleStatus = tablePlan(
    'roleStatus',
    { row: at.roleStatusRow, col: SIDE_COL },
    headers('roleStatus', lang),
    roleRows,
    'owned',
  );

  const checklist = tablePlan(
    'checklist',
    { row: at.checklistRow, col: SIDE_COL },
    headers('checklist', lang),
    CHECKLIST_STEPS.map((step) => [
      seed(t(lang, step)),
      seed(t(lang, 'no')),
      seed(null, DATE_FORMAT),
      seed(null),
    ]),
    'seed',
    { numberFormats: { [header('checklist', 'date', lang)]: DATE_FORMAT } },
  );

  const findingCells: PlanCell[][] =
    refresh && refresh.findings.length > 0
      ? refresh.findings.map((f) => [
          owned(f.severity),
          owned(f.topic),
          owned(f.message),
          owned(f.target ? cellAddress(f.target.sheet, a1(f.target.row, f.target.col)) : null),
          formula(findingLinkFormula(lang)),
        ])
      : [
          [
            owned(t(lang, 'severity.info')),
            owned(null),
            owned(t(lang, 'wb.status.noFindings')),
            owned(null),
            formula(findingLinkFormula(lang)),
          ],
        ];
  const findings = tablePlan(
    'findings',
    { row: at.findingsRow, col: FINDINGS_COL },
    headers('findings', lang),
    findingCells,
    'owned',
    { style: OUTPUT_TABLE_STYLE },
  );

  const historyCells: PlanCell[][] = refresh
    ? [
        refresh.historyRow.map((value, i) =>
          owned(value, i === 0 ? { numberFormat: DATE_TIME_FORMAT } : {}),
        ),
      ]
    : [];
  const history = tablePlan(
    'history',
    { row: at.historyRow, col: SIDE_COL },
    headers('history', lang),
    historyCells,
    'append',
    {
      style: OUTPUT_TABLE_STYLE,
      numberFormats: { [header('history', 'time', lang)]: DATE_TIME_FORMAT },
    },
  );

  const updated: PlanCell = refresh
    ? owned(refresh.time, { numberFormat: DATE_TIME_FORMAT })
    : seed(t(lang, 'wb.status.neverUpdated'));
  const verdictCell = a1(S.verdictRow, S.valueCol);
  const label = (anchor: TablePlan, key: Parameters<typeof t>[1], col = 0) => ({
    row: anchor.row - 1,
    col,
    cells: [[seed(t(lang, key))]],
    anchor: anchor.name,
  });
  const top = (row: number, cells: PlanCell[]) => ({
    row,
    col: 0,
    cells: [cells],
    anchor: status.name,
  });

  return {
    key: 'status',
    name: t(lang, 'sheet.status'),
    anchorTable: status.name,
    blocks: [
      top(S.titleRow, [seed(t(lang, 'wb.status.title'))]),
      top(S.identityRow, [seed(t(lang, 'task.identity'))]),
      top(S.verdictRow, [seed(t(lang, 'wb.status.verdictLabel')), formula(verdictFormula(lang))]),
      top(S.coverageRow, [
        seed(t(lang, 'wb.status.coverageLabel')),
        formula(coverageTextFormula(lang)),
      ]),
      top(S.updatedRow, [seed(t(lang, 'wb.status.updatedLabel')), updated]),
      label(status, 'wb.status.areas'),
      label(legend, 'wb.status.legend'),
      label(roleStatus, 'wb.status.roles', 0),
      label(checklist, 'wb.status.checklist', 0),
      label(findings, 'wb.status.findings', FINDINGS_COL),
      label(history, 'wb.status.history', 0),
    ],
    labelRows: [],
    tables: [status, legend, roleStatus, checklist, findings, history],
    columnWidths: {
      0: 14,
      1: 44,
      2: 26,
      3: 22,
      4: 60,
      5: 11,
      6: 10,
      7: 15,
      8: 10,
      9: 10,
      10: 10,
      11: 10,
      12: 18,
      13: 3,
      14: 10,
      15: 22,
      16: MESSAGE_WIDTH,
      17: 16,
      18: 14,
    },
    // Findings share their rows with the tables on the left, so their messages stay on one
    // line in a wide column rather than setting row heights.
    rowHeights: {
      ...Object.fromEntries(
        STATUS_ORDER.map((status, i) => [
          at.legendRow + 1 + i,
          Math.max(
            wrappedHeight([t(lang, `status.${status}.meaning`)], 42),
            wrappedHeight([t(lang, `status.${status}.fix`)], 24),
          ),
        ]),
      ),
      ...Object.fromEntries(
        CHECKLIST_STEPS.map((step, i) => [
          at.checklistRow + 1 + i,
          wrappedHeight([t(lang, step)], 40),
        ]),
      ),
    },
    freeze: undefined,
    validations: [
      {
        range: columnRange(checklist, header('checklist', 'done', lang)),
        rule: { type: 'list', source: `${t(lang, 'yes')},${t(lang, 'no')}` },
        prompt: { title: header('checklist', 'done', lang), message: t(lang, 'wb.yesNoPrompt') },
        error: {
          style: 'warning',
          title: header('checklist', 'done', lang),
          message: t(lang, 'wb.yesNoPrompt'),
        },
      },
    ],
    conditionalFormats: [
      {
        range: range(S.verdictRow, S.valueCol),
        formula: verdictReadyFormula(lang, verdictCell),
        fill: COLOURS.goodFill,
        fontColor: COLOURS.goodFont,
      },
      {
        range: range(S.verdictRow, S.valueCol),
        formula: verdictNotReadyFormula(lang, verdictCell),
        fill: COLOURS.badFill,
        fontColor: COLOURS.badFont,
      },
      ...(areas.length ? statusColumnFormats(status, sh('status'), t(lang, 'status.covered')) : []),
      ...(roles.length
        ? statusColumnFormats(
            roleStatus,
            header('roleStatus', 'status', lang),
            t(lang, 'role.filled'),
          ).slice(0, 1)
        : []),
      ...(roles.length
        ? [
            {
              range: columnRange(roleStatus, header('roleStatus', 'status', lang)),
              formula: `=${a1(at.roleStatusRow + 1, SIDE_COL + 2)}=${stringLiteral(t(lang, 'role.missing'))}`,
              fill: COLOURS.badFill,
              fontColor: COLOURS.badFont,
            },
          ]
        : []),
    ],
    styles: [
      bold(range(S.titleRow, 0), { size: 16, fontColor: COLOURS.title }),
      { range: range(S.identityRow, 0), italic: true, fontColor: COLOURS.muted },
      bold(range(S.verdictRow, 0, 3, 1)),
      bold(range(S.verdictRow, S.valueCol), { size: 14 }),
      bold(range(S.areasLabelRow, 0), { size: 12, fontColor: COLOURS.title }),
      bold(range(at.legendLabelRow, 0), { size: 12, fontColor: COLOURS.title }),
      { range: range(at.legendRow + 1, 0, STATUS_ORDER.length, 3), wrap: true },
      bold(range(at.rolesLabelRow, 0), { size: 12, fontColor: COLOURS.title }),
      bold(range(at.checklistLabelRow, 0), { size: 12, fontColor: COLOURS.title }),
      bold(range(at.findingsLabelRow, FINDINGS_COL), { size: 12, fontColor: COLOURS.title }),
      bold(range(at.historyLabelRow, 0), { size: 12, fontColor: COLOURS.title }),
      { range: range(at.statusRow, 5, Math.max(areas.length, 1) + 1, 8), align: 'center' },
      {
        range: range(
          checklist.row + 1,
          checklist.col,
          CHECKLIST_STEPS.length,
          checklist.headers.length,
        ),
        wrap: true,
      },
    ],
    charts: areas.length
      ? [
          {
            name: 'chartCoverage',
            title: t(lang, 'wb.status.chartTitle'),
            table: status.name,
            categoryColumn: sh('id'),
            series: [sh('leads'), sh('coversOnly'), sh('gatherers')].map((column) => ({
              name: column,
              column,
            })),
            anchor: range(S.areasLabelRow, S.chartCol, CHART_ROWS, 4),
          },
        ]
      : [],
  };
}

export function participantsSheet(lang: Lang, rows: CellValue[][] | null): SheetPlan {
  const tableRow = 3;
  const cells = (rows && rows.length ? rows : [headers('participants', lang).map(() => null)]).map(
    (values) => values.map((value) => owned(value)),
  );
  const table = tablePlan(
    'participants',
    { row: tableRow, col: 0 },
    headers('participants', lang),
    cells,
    'owned',
  );
  return {
    key: 'participants',
    name: t(lang, 'sheet.participants'),
    anchorTable: table.name,
    blocks: [
      { row: 0, col: 0, cells: [[seed(t(lang, 'wb.participants.title'))]], anchor: table.name },
      {
        row: 1,
        col: 0,
        cells: [[seed(t(lang, 'wb.participants.instruction'))]],
        anchor: table.name,
      },
    ],
    labelRows: [],
    tables: [table],
    columnWidths: { 0: 24, 1: 26, 2: 12, 3: 44, 4: 44, 5: 44, 6: 22 },
    rowHeights: Object.fromEntries(
      (rows ?? []).map((values, i) => [
        tableRow + 1 + i,
        wrappedHeight(
          values.map((v) => String(v ?? '')),
          42,
        ),
      ]),
    ),
    freeze: { rows: tableRow + 1, cols: 1 },
    validations: [],
    conditionalFormats: [],
    styles: [
      bold(range(0, 0), { size: 16, fontColor: COLOURS.title }),
      { range: range(1, 0), italic: true, fontColor: COLOURS.muted },
      { range: range(tableRow + 1, 0, cells.length, 7), wrap: true },
    ],
    charts: [],
  };
}
