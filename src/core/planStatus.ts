import { CellValue, a1, displayText } from './cells';
import { STATUS_ORDER } from './coverage';
import type { Analysis } from './engine';
import {
  BAR_EMPTY,
  BAR_FULL,
  BAR_MAX,
  areaStatusFormulas,
  cellAddress,
  coverageTextFormula,
  findingLinkFormula,
  personWithRoleFormula,
  roleStatusFormulas,
  stringLiteral,
  verdictFormula,
  verdictNotReadyFormula,
  verdictReadyFormula,
} from './formulas';
import { Lang, MessageKey, t } from './i18n';
import { minimumCovers, missingText, whoLeadsText } from './missing';
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
import { AreaLabel } from './planMatrix';
import {
  BlockPlan,
  ConditionalFormatPlan,
  PlanCell,
  SheetPlan,
  StylePlan,
  TablePlan,
  ValidationPlan,
} from './planTypes';
import { RefreshOutput } from './refresh';
import { COLUMNS, ColumnKey, header, headers } from './tables';
import { CHECKLIST_STEPS } from './template';

/**
 * The Status sheet, the project owner's page, and the Deltagere sheet. Status is built from
 * small sections, one per table, each with its label, formats and column styles by column
 * name; the sheet is their sum.
 *
 * The first screen holds what the owner needs: the municipality, the owner and the leader,
 * the verdict, and the areas with Status, who leads and what is missing. The counts follow to
 * the right, the computed helper columns after them, grouped and collapsed. The legend, the
 * roles, the checklist, the findings and the history come below, never to the right.
 */

/** The rows above the area table. The area table's header row is the anchor of them all. */
export const STATUS_LAYOUT = {
  titleRow: 0,
  identityRow: 1,
  municipalityRow: 2,
  ownerRow: 3,
  leaderRow: 4,
  verdictRow: 5,
  updatedRow: 6,
  areasLabelRow: 7,
  valueCol: 1,
  coverageCol: 2,
} as const;

export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const DATE_FORMAT = 'yyyy-mm-dd';

export { STATUS_ORDER };

/** Column widths in characters: the owner's columns first, the computed ones last. */
const WIDTHS = [14, 40, 26, 24, 50, 11, 9, 14, 9, 22, 10, 10, 10, 12, 3] as const;
/** The first helper column of tblStatus (Til tiden), and the chart's place right of them. */
const HELPER_FIRST = COLUMNS.status.indexOf('onTime');
const CHART_COL = WIDTHS.length;
const CHART_ROWS = 18;

/** Where each Status table starts, given how many areas, roles and findings there are. */
export function statusPositions(areaCount: number, roleCount: number, findingCount = 1) {
  const statusRow = STATUS_LAYOUT.areasLabelRow + 1;
  const legendLabelRow = statusRow + Math.max(areaCount, 1) + 2;
  const legendRow = legendLabelRow + 1;
  const rolesLabelRow = legendRow + STATUS_ORDER.length + 2;
  const roleStatusRow = rolesLabelRow + 1;
  const checklistLabelRow = roleStatusRow + Math.max(roleCount, 1) + 2;
  const checklistRow = checklistLabelRow + 1;
  const findingsLabelRow = checklistRow + CHECKLIST_STEPS.length + 2;
  const findingsRow = findingsLabelRow + 1;
  const historyLabelRow = findingsRow + Math.max(findingCount, 1) + 2;
  return {
    statusRow,
    legendLabelRow,
    legendRow,
    rolesLabelRow,
    roleStatusRow,
    checklistLabelRow,
    checklistRow,
    findingsLabelRow,
    findingsRow,
    historyLabelRow,
    historyRow: historyLabelRow + 1,
  };
}

export interface StatusInput {
  lang: Lang;
  areas: AreaLabel[];
  roles: string[];
  refresh: RefreshOutput | null;
  /** The analysis of the tables this plan is for: the formulas' values, stored with them. */
  analysis?: Analysis | null;
  /** The municipality's name for a new workbook; typed once, then the user's. */
  municipality?: string;
}

/** One part of the sheet: its tables and everything that goes with them. */
interface Section {
  tables: TablePlan[];
  blocks: BlockPlan[];
  styles: StylePlan[];
  conditionalFormats: ConditionalFormatPlan[];
  validations: ValidationPlan[];
  rowHeights: Record<number, number>;
}

function section(parts: Partial<Section>): Section {
  return {
    tables: [],
    blocks: [],
    styles: [],
    conditionalFormats: [],
    validations: [],
    rowHeights: {},
    ...parts,
  };
}

/** The section label on the row above a table, in the table's first column. */
function labelFor(lang: Lang, table: TablePlan, key: MessageKey): BlockPlan {
  return { row: table.row - 1, col: table.col, cells: [[owned(t(lang, key))]], anchor: table.name };
}

function labelStyle(table: TablePlan): StylePlan {
  return bold(range(table.row - 1, table.col), { size: 12, fontColor: COLOURS.title });
}

/** Green for the good word, red for any other non-blank value, in one column of a table. */
function goodOrBad(table: TablePlan, column: string, good: string): ConditionalFormatPlan[] {
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

/** A formula cell carrying its current value when the analysis is known. */
function live(text: string, cached: CellValue | undefined): PlanCell {
  return cached === undefined ? formula(text) : { ...formula(text), cached };
}

/** The bar's text for a count against a minimum, as the bar formula computes it. */
export function coverageBar(covers: number, minPeople: CellValue): string {
  const min = minimumCovers(minPeople);
  const need = Math.min(min === null ? 1 : Math.max(1, Math.ceil(min)), BAR_MAX);
  const shown = Math.min(covers, BAR_MAX);
  return BAR_FULL.repeat(shown) + BAR_EMPTY.repeat(Math.max(0, need - shown));
}

/** The top rows: who, where, and the verdict. */
function topSection(input: StatusInput, anchor: string): Section {
  const { lang, analysis } = input;
  const S = STATUS_LAYOUT;
  const updated: PlanCell = input.refresh
    ? owned(input.refresh.time, { numberFormat: DATE_TIME_FORMAT })
    : seed(t(lang, 'wb.status.neverUpdated'));
  const roleName = (key: MessageKey) => {
    const role = t(lang, key);
    const person = analysis?.model.matrix.people.find(
      (p) => displayText(p.role).toUpperCase() === role.toUpperCase(),
    );
    return live(
      personWithRoleFormula(lang, role),
      analysis ? displayText(person?.name) : undefined,
    );
  };
  const coverage = analysis?.coverage;
  const line = (row: number, cells: PlanCell[]): BlockPlan => ({
    row,
    col: 0,
    cells: [cells],
    anchor,
  });
  const verdictCell = a1(S.verdictRow, S.valueCol);
  const verdictWord = coverage && t(lang, coverage.ready ? 'verdict.ready' : 'verdict.notReady');
  const coverageWords =
    coverage &&
    `${coverage.coveredCount}${t(lang, 'wb.status.coverageText')}${coverage.areas.length}${t(lang, 'wb.status.coverageSuffix')}`;
  return section({
    blocks: [
      line(S.titleRow, [seed(t(lang, 'wb.status.title'))]),
      line(S.identityRow, [seed(t(lang, 'task.identity'))]),
      line(S.municipalityRow, [
        owned(t(lang, 'wb.status.municipalityLabel')),
        seed(input.municipality ? input.municipality : null),
      ]),
      line(S.ownerRow, [owned(t(lang, 'wb.status.ownerLabel')), roleName('role.owner')]),
      line(S.leaderRow, [owned(t(lang, 'wb.status.leaderLabel')), roleName('role.leader')]),
      line(S.verdictRow, [
        owned(t(lang, 'wb.status.verdictLabel')),
        live(verdictFormula(lang), verdictWord),
        live(coverageTextFormula(lang), coverageWords),
      ]),
      line(S.updatedRow, [owned(t(lang, 'wb.status.updatedLabel')), updated]),
    ],
    styles: [
      bold(range(S.titleRow, 0), { size: 16, fontColor: COLOURS.title }),
      { range: range(S.identityRow, 0), italic: true, fontColor: COLOURS.muted },
      bold(range(S.municipalityRow, 0, S.updatedRow - S.municipalityRow + 1, 1)),
      bold(range(S.municipalityRow, S.valueCol), { size: 12 }),
      bold(range(S.verdictRow, S.valueCol), { size: 14 }),
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
    ],
  });
}

/** tblStatus: one row per area, live formulas, the owner's columns first. */
function areasSection(input: StatusInput, row: number): Section {
  const { lang, areas, analysis } = input;
  const f = areaStatusFormulas(lang);
  const coverage = new Map(analysis?.coverage.areas.map((a, i) => [a.id, i]) ?? []);
  const cachedRow = (id: string): Partial<Record<ColumnKey<'status'>, CellValue>> => {
    const i = coverage.get(id);
    if (!analysis || i === undefined) return {};
    const area = analysis.coverage.areas[i];
    const modelArea = analysis.model.areas[i];
    return {
      area: area.name || area.id,
      status: t(lang, `status.${area.status}`),
      whoLeads: whoLeadsText(lang, area.leads, analysis.lead[i]),
      missing: missingText(lang, analysis.missing[i], modelArea.neededFrom),
      leads: area.leads,
      covers: area.covers,
      gatherers: area.gatherers,
      invalid: area.invalid,
      bar: coverageBar(area.covers, modelArea.minPeople),
      onTime: area.onTime,
      library: area.library,
      finance: area.finance,
      coversOnly: coversOnly(analysis, i),
    };
  };
  const cachedRows = areas.map((area) => cachedRow(area.id));
  const rows = areas.map((area, r) => {
    const cached = cachedRows[r];
    return COLUMNS.status.map((column) =>
      column === 'id' ? owned(area.id) : live(f[column], cached[column]),
    );
  });
  const table = tablePlan('status', { row, col: 0 }, headers('status', lang), rows, 'owned');
  const h = (column: ColumnKey<'status'>) => header('status', column, lang);
  const body = Math.max(areas.length, 1);
  const at = (column: ColumnKey<'status'>) => COLUMNS.status.indexOf(column);
  // Long "Hvad mangler" texts wrap; the rows are as tall as today's texts need.
  const heights = Object.fromEntries(
    areas.map((_area, r) => {
      const text = String(cachedRows[r].missing ?? '');
      return [row + 1 + r, wrappedHeight([text], WIDTHS[at('missing')] - 2)];
    }),
  );
  return section({
    tables: [table],
    blocks: [
      labelFor(lang, table, 'wb.status.areas'),
      {
        row: row - 1,
        col: HELPER_FIRST,
        cells: [[owned(t(lang, 'wb.status.computed'))]],
        anchor: table.name,
      },
    ],
    styles: [
      labelStyle(table),
      { range: range(row - 1, HELPER_FIRST), italic: true, fontColor: COLOURS.muted },
      { range: range(row + 1, at('missing'), body, 1), wrap: true },
      {
        range: range(row + 1, at('leads'), body, at('invalid') - at('leads') + 1),
        align: 'center',
      },
      { range: range(row + 1, at('bar'), body, 1), fontColor: COLOURS.goodFont },
      {
        range: range(row + 1, HELPER_FIRST, body, COLUMNS.status.length - HELPER_FIRST),
        align: 'center',
        fontColor: COLOURS.muted,
      },
    ],
    conditionalFormats: areas.length
      ? goodOrBad(table, h('status'), t(lang, 'status.covered'))
      : [],
    rowHeights: heights,
  });
}

/** Covering people who are not leads, for the chart's middle band. */
function coversOnly(analysis: Analysis, areaIndex: number): number {
  const { model } = analysis;
  const col = model.matrix.areaColumns.get(model.areas[areaIndex].id);
  if (col === undefined) return 0;
  let count = 0;
  for (const person of model.matrix.people) {
    if (displayText(person.name) === '') continue;
    const value = person.cells[col];
    if (typeof value !== 'string') continue;
    for (const level of model.levels)
      if (level.covers && !level.lead && level.code.toUpperCase() === value.toUpperCase())
        count += 1;
  }
  return count;
}

/** The six statuses, what each means and what closes the gap. */
function legendSection(lang: Lang, row: number): Section {
  const table = tablePlan(
    'legend',
    { row, col: 0 },
    headers('legend', lang),
    STATUS_ORDER.map((status) => [
      owned(t(lang, `status.${status}`)),
      owned(t(lang, `status.${status}.meaning`)),
      owned(t(lang, `status.${status}.fix`)),
    ]),
    'owned',
    { style: OUTPUT_TABLE_STYLE },
  );
  return section({
    tables: [table],
    blocks: [labelFor(lang, table, 'wb.status.legend')],
    styles: [labelStyle(table), { range: range(row + 1, 0, STATUS_ORDER.length, 3), wrap: true }],
    rowHeights: Object.fromEntries(
      STATUS_ORDER.map((status, i) => [
        row + 1 + i,
        Math.max(
          wrappedHeight([t(lang, `status.${status}`)], WIDTHS[0] - 2),
          wrappedHeight([t(lang, `status.${status}.meaning`)], WIDTHS[1] - 2),
          wrappedHeight([t(lang, `status.${status}.fix`)], WIDTHS[2] - 2),
        ),
      ]),
    ),
  });
}

/** tblRoleStatus: each role, how many have it, and whether a required one is missing. */
function rolesSection(input: StatusInput, row: number): Section {
  const { lang, roles, analysis } = input;
  const f = roleStatusFormulas(lang);
  const counts = new Map(
    analysis?.coverage.roles.map((role) => [role.role.toUpperCase(), role]) ?? [],
  );
  const rows = roles.map((role) => {
    const known = counts.get(role.toUpperCase());
    const state = !known
      ? undefined
      : known.count > 0
        ? 'role.filled'
        : known.required
          ? 'role.missing'
          : 'role.optional';
    return [owned(role), live(f.count, known?.count), live(f.status, state && t(lang, state))];
  });
  const table = tablePlan(
    'roleStatus',
    { row, col: 1 },
    headers('roleStatus', lang),
    rows,
    'owned',
  );
  const statusColumn = header('roleStatus', 'status', lang);
  const target = columnRange(table, statusColumn);
  return section({
    tables: [table],
    blocks: [labelFor(lang, table, 'wb.status.roles')],
    styles: [labelStyle(table)],
    conditionalFormats: roles.length
      ? [
          goodOrBad(table, statusColumn, t(lang, 'role.filled'))[0],
          {
            range: target,
            formula: `=${a1(target.row, target.col)}=${stringLiteral(t(lang, 'role.missing'))}`,
            fill: COLOURS.badFill,
            fontColor: COLOURS.badFont,
          },
        ]
      : [],
  });
}

/** tblChecklist: the seed's four method steps, ticked by people. */
function checklistSection(lang: Lang, row: number): Section {
  const table = tablePlan(
    'checklist',
    { row, col: 1 },
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
  const done = header('checklist', 'done', lang);
  return section({
    tables: [table],
    blocks: [labelFor(lang, table, 'wb.status.checklist')],
    styles: [
      labelStyle(table),
      { range: range(row + 1, 1, CHECKLIST_STEPS.length, table.headers.length), wrap: true },
    ],
    validations: [
      {
        range: columnRange(table, done),
        rule: { type: 'list', source: `${t(lang, 'yes')},${t(lang, 'no')}` },
        prompt: { title: done, message: t(lang, 'wb.yesNoPrompt') },
        error: { style: 'warning', title: done, message: t(lang, 'wb.yesNoPrompt') },
      },
    ],
    rowHeights: Object.fromEntries(
      CHECKLIST_STEPS.map((step, i) => [
        row + 1 + i,
        wrappedHeight([t(lang, step)], WIDTHS[1] - 2),
      ]),
    ),
  });
}

/** tblFindings: rewritten at each refresh; each finding links to its cell through its row. */
function findingsSection(input: StatusInput, row: number): Section {
  const { lang, refresh } = input;
  const goTo = t(lang, 'wb.findings.goTo');
  const rows: PlanCell[][] =
    refresh && refresh.findings.length > 0
      ? refresh.findings.map((finding) => {
          const address = finding.target
            ? cellAddress(finding.target.sheet, a1(finding.target.row, finding.target.col))
            : null;
          return [
            owned(finding.severity),
            owned(finding.topic),
            owned(finding.message),
            owned(address),
            live(findingLinkFormula(lang), address ? goTo : ''),
          ];
        })
      : [
          [
            owned(t(lang, 'severity.info')),
            owned(null),
            owned(t(lang, 'wb.status.noFindings')),
            owned(null),
            live(findingLinkFormula(lang), refresh ? '' : undefined),
          ],
        ];
  const table = tablePlan('findings', { row, col: 2 }, headers('findings', lang), rows, 'owned', {
    style: OUTPUT_TABLE_STYLE,
  });
  const message = COLUMNS.findings.indexOf('message');
  return section({
    tables: [table],
    blocks: [labelFor(lang, table, 'wb.status.findings')],
    styles: [labelStyle(table), { range: range(row + 1, 2 + message, rows.length, 1), wrap: true }],
    rowHeights: Object.fromEntries(
      rows.map((cells, r) => [
        row + 1 + r,
        wrappedHeight([String(cells[message].value ?? '')], WIDTHS[2 + message] - 2),
      ]),
    ),
  });
}

/** tblHistory: one row appended per refresh. */
function historySection(input: StatusInput, row: number): Section {
  const { lang, refresh } = input;
  const rows: PlanCell[][] = refresh
    ? [
        refresh.historyRow.map((value, i) =>
          owned(value, i === 0 ? { numberFormat: DATE_TIME_FORMAT } : {}),
        ),
      ]
    : [];
  const table = tablePlan('history', { row, col: 1 }, headers('history', lang), rows, 'append', {
    style: OUTPUT_TABLE_STYLE,
    numberFormats: { [header('history', 'time', lang)]: DATE_TIME_FORMAT },
  });
  return section({
    tables: [table],
    blocks: [labelFor(lang, table, 'wb.status.history')],
    styles: [labelStyle(table)],
  });
}

export function statusSheet(input: StatusInput): SheetPlan {
  const { lang, areas, roles, refresh } = input;
  const at = statusPositions(areas.length, roles.length, refresh?.findings.length ?? 1);
  const areasPart = areasSection(input, at.statusRow);
  const status = areasPart.tables[0];
  const parts = [
    topSection(input, status.name),
    areasPart,
    legendSection(lang, at.legendRow),
    rolesSection(input, at.roleStatusRow),
    checklistSection(lang, at.checklistRow),
    findingsSection(input, at.findingsRow),
    historySection(input, at.historyRow),
  ];
  const sh = (column: ColumnKey<'status'>) => header('status', column, lang);
  return {
    key: 'status',
    name: t(lang, 'sheet.status'),
    anchorTable: status.name,
    blocks: parts.flatMap((p) => p.blocks),
    labelRows: [],
    tables: parts.flatMap((p) => p.tables),
    columnWidths: Object.fromEntries(WIDTHS.map((width, col) => [col, width])),
    rowHeights: Object.assign({}, ...parts.map((p) => p.rowHeights)),
    // The first column stays in view on a narrow screen, such as a phone.
    freeze: { rows: 0, cols: 1 },
    validations: parts.flatMap((p) => p.validations),
    conditionalFormats: parts.flatMap((p) => p.conditionalFormats),
    styles: parts.flatMap((p) => p.styles),
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
            anchor: range(STATUS_LAYOUT.areasLabelRow, CHART_COL, CHART_ROWS, 8),
          },
        ]
      : [],
    hiddenColumns: [{ first: HELPER_FIRST, last: COLUMNS.status.length - 1 }],
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { first: STATUS_LAYOUT.titleRow, last: STATUS_LAYOUT.identityRow },
      columns: { first: 0, last: HELPER_FIRST - 1 },
      footer: t(lang, 'wb.footer'),
    },
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
  const widths = [24, 26, 12, 44, 44, 44, 22];
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
    columnWidths: Object.fromEntries(widths.map((width, col) => [col, width])),
    rowHeights: Object.fromEntries(
      (rows ?? []).map((values, i) => [
        tableRow + 1 + i,
        Math.max(...values.map((v, c) => wrappedHeight([String(v ?? '')], widths[c] - 2))),
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
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { first: tableRow, last: tableRow },
      footer: t(lang, 'wb.footer'),
    },
  };
}
