import type { Analysis } from './engine';
import { personParty, personPhaseNo } from './coverage';
import { partyWord } from './template';
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
import { AREA_ID_PATTERN, COLUMNS, header, headerIndex } from './tables';

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

export function catalogueCodes(
  catalogue: Catalogue,
): { code: string; name: string; meaning: string }[] {
  return catalogue.levels
    .filter((row) => typeof row[0] === 'string' && row[0] !== '')
    .map((row) => ({
      code: String(row[0]),
      name: String(row[1] ?? ''),
      meaning: String(row[2] ?? ''),
    }));
}

export function legendText(lang: Lang, catalogue: Catalogue): string {
  const codes = catalogueCodes(catalogue).map((c) => `${c.code} = ${c.name}`);
  return [
    t(lang, 'wb.matrix.legendPrefix'),
    [...codes, t(lang, 'wb.matrix.legendBlank')].join(' · '),
  ].join(' ');
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
  /**
   * The headers of an existing tblMatrix, in its order. The plan keeps that order (users may
   * have added or moved columns) and appends what is missing: new areas go at the right end.
   */
  existingHeaders: string[];
  /** The analysis of these very rows: the helper formulas' values go with them. */
  analysis?: Analysis | null;
}

/** Column headers in the order the table has, or will have. */
export function matrixHeaders(lang: Lang, areaIds: string[], existing: string[]): string[] {
  const wanted = [...COLUMNS.matrix.map((column) => header('matrix', column, lang)), ...areaIds];
  const have = new Set(existing.map((h) => h.toUpperCase()));
  return [...existing, ...wanted.filter((h) => !have.has(h.toUpperCase()))];
}

/** Contiguous runs of area columns, so that formats are set per block of columns, not per cell. */
export function columnRuns(indexes: number[]): { col: number; cols: number }[] {
  const runs: { col: number; cols: number }[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.col + last.cols === index) last.cols += 1;
    else runs.push({ col: index, cols: 1 });
  }
  return runs;
}

export function matrixSheet(input: MatrixInput): SheetPlan {
  const { lang, catalogue } = input;
  const L = MATRIX_LAYOUT;
  const areas = catalogueAreas(catalogue);
  const h = (column: (typeof COLUMNS.matrix)[number]) => header('matrix', column, lang);
  const helpers = matrixHelperFormulas(lang);
  const headers = matrixHeaders(
    lang,
    areas.map((a) => a.id),
    input.existingHeaders,
  );
  const index = (name: string) => headerIndex(headers, name);
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const computed = new Map([
    [h('party').toUpperCase(), helpers.party],
    [h('phaseNo').toUpperCase(), helpers.phaseNo],
  ]);
  const typed = new Map<string, keyof PersonInput>([
    [h('name').toUpperCase(), 'name'],
    [h('role').toUpperCase(), 'role'],
    [h('department').toUpperCase(), 'department'],
    [h('email').toUpperCase(), 'email'],
    [h('fromPhase').toUpperCase(), 'fromPhase'],
  ]);

  const model = input.analysis?.model;
  /** What Part and Fasenr compute for the r-th row, as the core reads the same row. */
  const cachedHelper = (key: string, r: number): CellValue | undefined => {
    const person = model?.matrix.people[r];
    if (!model || !person) return undefined;
    if (key === h('party').toUpperCase()) return partyWord(lang, personParty(model, person));
    return personPhaseNo(model, person);
  };
  const personRow = (person: PersonInput, r: number): PlanCell[] =>
    headers.map((name) => {
      const key = name.toUpperCase();
      const formulaText = computed.get(key);
      if (formulaText) {
        const cached = cachedHelper(key, r);
        return cached === undefined ? formula(formulaText) : { ...formula(formulaText), cached };
      }
      const field = typed.get(key);
      if (field) return seed((person[field] as CellValue | undefined) ?? null);
      return seed(person.codes?.[name] ?? null);
    });
  const rows = [
    ...input.people.map(personRow),
    ...Array.from({ length: input.blankRows }, (_, i) =>
      personRow({ name: null }, input.people.length + i),
    ),
  ];
  if (rows.length === 0) rows.push(personRow({ name: null }, 0));

  const table = tablePlan('matrix', { row: L.tableRow, col: 0 }, headers, rows, 'user', {
    computed: { [h('party')]: helpers.party, [h('phaseNo')]: helpers.phaseNo },
  });

  const body = rows.length;
  const firstData = L.tableRow + 1;
  const areaRuns = columnRuns(areas.map((a) => index(a.id)));
  const labels: Record<string, PlanCell> = Object.fromEntries(
    headers.map((name) => {
      const key = name.toUpperCase();
      if (computed.has(key)) return [name, owned(t(lang, 'wb.matrix.computedNote'))];
      if (areaName.has(name)) return [name, owned(areaName.get(name) ?? name)];
      if (!typed.has(key) && AREA_ID_PATTERN.test(name)) {
        return [name, owned(t(lang, 'wb.matrix.archivedLabel', { id: name }))];
      }
      return [name, owned(null)];
    }),
  );

  const listError = {
    style: 'warning' as const,
    title: t(lang, 'wb.matrix.listErrorTitle'),
    message: t(lang, 'wb.matrix.listErrorMessage'),
  };
  const validations: ValidationPlan[] = [
    {
      range: range(firstData, index(h('role')), body, 1),
      rule: { type: 'list', source: `=${NAMES.roles}` },
      prompt: {
        title: t(lang, 'wb.matrix.rolePromptTitle'),
        message: t(lang, 'wb.matrix.rolePromptMessage'),
      },
      error: listError,
    },
    {
      range: range(firstData, index(h('fromPhase')), body, 1),
      rule: { type: 'list', source: `=${NAMES.phases}` },
      prompt: {
        title: t(lang, 'wb.matrix.phasePromptTitle'),
        message: t(lang, 'wb.matrix.phasePromptMessage'),
      },
      error: listError,
    },
    ...areaRuns.map((run): ValidationPlan => ({
      range: range(firstData, run.col, body, run.cols),
      rule: { type: 'list', source: `=${NAMES.codes}` },
      prompt: {
        title: t(lang, 'wb.matrix.codePromptTitle'),
        message: codePromptText(lang, catalogue),
      },
      error: {
        style: 'warning',
        title: t(lang, 'wb.matrix.codeErrorTitle'),
        message: t(lang, 'wb.matrix.codeErrorMessage'),
      },
    })),
  ];

  const conditionalFormats = areaRuns.flatMap((run) => {
    const block = range(firstData, run.col, body, run.cols);
    const topLeft = a1(firstData, run.col);
    return [
      {
        range: block,
        formula: invalidCodeFormula(topLeft),
        fill: COLOURS.badFill,
        fontColor: COLOURS.badFont,
      },
      ...catalogueCodes(catalogue).map(({ code }) => {
        const colours = CODE_FILLS[code.toUpperCase()] ?? CODE_FILLS['*'];
        return {
          range: block,
          formula: codeFillFormula(topLeft, code),
          fill: colours.fill,
          fontColor: colours.font,
        };
      }),
      {
        range: range(L.labelRow, run.col, 1, run.cols),
        formula: uncoveredLabelFormula(lang, a1(L.tableRow, run.col)),
        fill: COLOURS.badFill,
        fontColor: COLOURS.badFont,
      },
    ];
  });
  const computedCols = columnRuns([index(h('party')), index(h('phaseNo'))]);

  return {
    key: 'matrix',
    name: t(lang, 'sheet.matrix'),
    anchorTable: table.name,
    blocks: [
      { row: L.titleRow, col: 0, cells: [[seed(t(lang, 'wb.matrix.title'))]], anchor: table.name },
      {
        row: L.instructionRow,
        col: 0,
        cells: [[seed(t(lang, 'wb.matrix.instruction'))]],
        anchor: table.name,
      },
      {
        row: L.legendRow,
        col: 0,
        cells: [[owned(legendText(lang, catalogue))]],
        anchor: table.name,
      },
    ],
    labelRows: [{ table: table.name, labels }],
    tables: [table],
    columnWidths: Object.fromEntries(headers.map((name, i) => [i, widthOf(lang, name)])),
    rowHeights: { [L.labelRow]: 90 },
    freeze: { rows: L.tableRow + 1, cols: 1 },
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      repeatRows: { first: L.labelRow, last: L.tableRow },
      repeatCols: { first: 0, last: 0 },
      footer: t(lang, 'wb.footer'),
    },
    validations,
    conditionalFormats,
    styles: [
      bold(range(L.titleRow, 0), { size: 16, fontColor: COLOURS.title }),
      { range: range(L.instructionRow, 0), italic: true, fontColor: COLOURS.muted },
      { range: range(L.legendRow, 0), fontColor: COLOURS.muted },
      {
        range: range(L.labelRow, 0, 1, headers.length),
        wrap: true,
        size: 9,
        fill: COLOURS.labelFill,
      },
      ...computedCols.map((run) => ({
        range: range(firstData, run.col, body, run.cols),
        fill: COLOURS.computedFill,
        fontColor: COLOURS.headerNote,
      })),
      ...areaRuns.flatMap((run) => [
        { range: range(firstData, run.col, body, run.cols), bold: true, align: 'center' as const },
        { range: range(L.tableRow, run.col, 1, run.cols), align: 'center' as const },
      ]),
    ],
    charts: [],
  };
}

function widthOf(lang: Lang, name: string): number {
  const widths: Record<string, number> = {
    name: 24,
    role: 26,
    department: 18,
    email: 28,
    fromPhase: 22,
    party: 11,
    phaseNo: 8,
  };
  const column = COLUMNS.matrix.find(
    (c) => header('matrix', c, lang).toUpperCase() === name.toUpperCase(),
  );
  return column ? widths[column] : 12;
}
