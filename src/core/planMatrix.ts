import { Catalogue } from './catalogue';
import { CellValue, a1, isBlank } from './cells';
import {
  NAMES,
  codeFillFormula,
  invalidCodeFormula,
  matrixHelperFormulas,
  uncoveredLabelFormula,
} from './formulas';
import { Lang, t } from './i18n';
import { CODE_FILLS, COLOURS, bold, formula, owned, range, seed, tablePlan } from './planBuild';
import { PlanCell, SheetPlan, ValidationPlan } from './planTypes';
import { AREA_ID_PATTERN, COLUMNS, header } from './tables';

/** The Matrix sheet: one row per person, one column per area, headed by the area's ID. */

export const MATRIX_LAYOUT = {
  titleRow: 0,
  instructionRow: 1,
  legendRow: 2,
  labelRow: 3,
  tableRow: 4,
  firstAreaCol: COLUMNS.matrix.length,
} as const;

export interface PersonInput {
  name: CellValue;
  role?: CellValue;
  department?: CellValue;
  email?: CellValue;
  fromPhase?: CellValue;
  codes?: Record<string, CellValue>;
}

export interface AreaLabel {
  id: string;
  name: string;
}

/** The areas that get matrix columns: valid IDs, first occurrence wins (as MATCH does). */
export function catalogueAreas(catalogue: Catalogue): AreaLabel[] {
  const seen = new Set<string>();
  const areas: AreaLabel[] = [];
  for (const row of catalogue.areas) {
    const id = row[0];
    if (typeof id !== 'string' || !AREA_ID_PATTERN.test(id) || seen.has(id)) continue;
    seen.add(id);
    areas.push({ id, name: isBlank(row[1]) ? id : String(row[1]) });
  }
  return areas;
}

export function catalogueCodes(catalogue: Catalogue): { code: string; name: string; meaning: string }[] {
  return catalogue.levels
    .filter((row) => typeof row[0] === 'string' && row[0] !== '')
    .map((row) => ({ code: String(row[0]), name: String(row[1] ?? ''), meaning: String(row[2] ?? '') }));
}

export function legendText(lang: Lang, catalogue: Catalogue): string {
  const codes = catalogueCodes(catalogue).map((c) => `${c.code} = ${c.name}`);
  return [t(lang, 'wb.matrix.legendPrefix'), [...codes, t(lang, 'wb.matrix.legendBlank')].join(' · ')].join(' ');
}

/** Excel limits an input message to 255 characters. */
export function codePromptText(lang: Lang, catalogue: Catalogue): string {
  const lines = catalogueCodes(catalogue).map((c) => `${c.code} = ${c.name}: ${c.meaning}`);
  const text = [...lines, t(lang, 'wb.matrix.legendBlank')].join('\n');
  return text.length <= 255 ? text : `${text.slice(0, 254)}…`;
}

export interface MatrixInput {
  lang: Lang;
  catalogue: Catalogue;
  people: PersonInput[];
  /** Empty rows below the people, ready for typing. */
  blankRows: number;
  /** Columns an existing tblMatrix has beyond the base and the areas: kept as they are. */
  extraColumns: string[];
}

export function matrixSheet(input: MatrixInput): SheetPlan {
  const { lang, catalogue } = input;
  const L = MATRIX_LAYOUT;
  const areas = catalogueAreas(catalogue);
  const h = (column: (typeof COLUMNS.matrix)[number]) => header('matrix', column, lang);
  const helpers = matrixHelperFormulas(lang);
  const areaIds = new Set(areas.map((a) => a.id));
  const extras = input.extraColumns.filter((c) => !areaIds.has(c));
  const headers = [...COLUMNS.matrix.map(h), ...areas.map((a) => a.id), ...extras];

  const personRow = (person: PersonInput): PlanCell[] => [
    seed(person.name ?? null),
    seed(person.role ?? null),
    seed(person.department ?? null),
    seed(person.email ?? null),
    seed(person.fromPhase ?? null),
    formula(helpers.party),
    formula(helpers.phaseNo),
    ...areas.map((area) => seed(person.codes?.[area.id] ?? null)),
    ...extras.map(() => seed(null)),
  ];
  const rows = [
    ...input.people.map(personRow),
    ...Array.from({ length: input.blankRows }, () => personRow({ name: null })),
  ];
  if (rows.length === 0) rows.push(personRow({ name: null }));

  const table = tablePlan('matrix', { row: L.tableRow, col: 0 }, headers, rows, 'user', {
    computed: { [h('party')]: helpers.party, [h('phaseNo')]: helpers.phaseNo },
  });

  const body = rows.length;
  const firstData = L.tableRow + 1;
  const areaBlock = range(firstData, L.firstAreaCol, body, Math.max(areas.length, 1));
  const topLeft = a1(firstData, L.firstAreaCol);
  const labels: PlanCell[] = [
    ...COLUMNS.matrix.map((column) =>
      column === 'party' || column === 'phaseNo' ? owned(t(lang, 'wb.matrix.computedNote')) : owned(null),
    ),
    ...areas.map((area) => owned(area.name)),
    ...extras.map((id) => owned(AREA_ID_PATTERN.test(id) ? t(lang, 'wb.matrix.archivedLabel', { id }) : null)),
  ];

  const listError = {
    style: 'warning' as const,
    title: t(lang, 'wb.matrix.listErrorTitle'),
    message: t(lang, 'wb.matrix.listErrorMessage'),
  };
  const validations: ValidationPlan[] = [
    {
      range: range(firstData, 1, body, 1),
      rule: { type: 'list', source: `=${NAMES.roles}` },
      prompt: { title: t(lang, 'wb.matrix.rolePromptTitle'), message: t(lang, 'wb.matrix.rolePromptMessage') },
      error: listError,
    },
    {
      range: range(firstData, 4, body, 1),
      rule: { type: 'list', source: `=${NAMES.phases}` },
      prompt: { title: t(lang, 'wb.matrix.phasePromptTitle'), message: t(lang, 'wb.matrix.phasePromptMessage') },
      error: listError,
    },
  ];
  if (areas.length > 0) {
    validations.push({
      range: areaBlock,
      rule: { type: 'list', source: `=${NAMES.codes}` },
      prompt: { title: t(lang, 'wb.matrix.codePromptTitle'), message: codePromptText(lang, catalogue) },
      error: {
        style: 'warning',
        title: t(lang, 'wb.matrix.codeErrorTitle'),
        message: t(lang, 'wb.matrix.codeErrorMessage'),
      },
    });
  }

  const codeFormats =
    areas.length === 0
      ? []
      : [
          {
            range: areaBlock,
            formula: invalidCodeFormula(topLeft),
            fill: COLOURS.badFill,
            fontColor: COLOURS.badFont,
          },
          ...catalogueCodes(catalogue).map(({ code }) => {
            const colours = CODE_FILLS[code.toUpperCase()] ?? CODE_FILLS['*'];
            return { range: areaBlock, formula: codeFillFormula(topLeft, code), fill: colours.fill, fontColor: colours.font };
          }),
          {
            range: range(L.labelRow, L.firstAreaCol, 1, areas.length),
            formula: uncoveredLabelFormula(lang, a1(L.tableRow, L.firstAreaCol)),
            fill: COLOURS.badFill,
            fontColor: COLOURS.badFont,
          },
        ];

  return {
    key: 'matrix',
    name: t(lang, 'sheet.matrix'),
    anchorTable: table.name,
    blocks: [
      { row: L.titleRow, col: 0, cells: [[seed(t(lang, 'wb.matrix.title'))]] },
      { row: L.instructionRow, col: 0, cells: [[seed(t(lang, 'wb.matrix.instruction'))]] },
      { row: L.legendRow, col: 0, cells: [[owned(legendText(lang, catalogue))]] },
      { row: L.labelRow, col: 0, cells: [labels] },
    ],
    tables: [table],
    columnWidths: {
      0: 24,
      1: 26,
      2: 18,
      3: 28,
      4: 22,
      5: 11,
      6: 8,
      ...Object.fromEntries(headers.slice(L.firstAreaCol).map((_, i) => [L.firstAreaCol + i, 12])),
    },
    rowHeights: { [L.labelRow]: 90 },
    freeze: { rows: L.tableRow + 1, cols: 1 },
    validations,
    conditionalFormats: codeFormats,
    styles: [
      bold(range(L.titleRow, 0), { size: 16, fontColor: COLOURS.title }),
      { range: range(L.instructionRow, 0), italic: true, fontColor: COLOURS.muted },
      { range: range(L.legendRow, 0), fontColor: COLOURS.muted },
      { range: range(L.labelRow, 0, 1, headers.length), wrap: true, size: 9, fill: COLOURS.labelFill },
      { range: range(firstData, 5, body, 2), fill: COLOURS.computedFill, fontColor: COLOURS.headerNote },
      { range: range(firstData, L.firstAreaCol, body, Math.max(areas.length, 1)), bold: true, align: 'center' },
      { range: range(L.tableRow, L.firstAreaCol, 1, Math.max(areas.length, 1)), align: 'center' },
    ],
    charts: [],
  };
}

