import { LAYOUT_STAMP } from '../core/relocate';
import ExcelJS from 'exceljs';
import { a1, columnLetters } from '../core/cells';

/** How far down a print area restricted to some columns reaches. */
const PRINT_ROWS = 1000;
import {
  ConditionalFormatPlan,
  PlanCell,
  PrintPlan,
  RangeRef,
  SheetPlan,
  StylePlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from '../core/planTypes';
import { teachCalculatedColumns } from './calculatedColumns';

/**
 * Renders the core's workbook plan into an ExcelJS workbook. It decides nothing: every value,
 * formula and format comes from the plan. Charts are the one part ExcelJS cannot write; they
 * are left out and reported.
 */
export interface RenderResult {
  workbook: ExcelJS.Workbook;
  /** Plan parts this host could not render, e.g. 'chart:chartCoverage'. */
  skipped: string[];
}

export function renderPlan(plan: WorkbookPlan): RenderResult {
  teachCalculatedColumns();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Organisering';
  workbook.created = new Date(0);
  // No cached values are written, so Excel must compute every formula when it opens the file.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const skipped: string[] = [];
  const sheetNames = new Map(plan.sheets.map((sheet) => [sheet.key, sheet.name]));

  for (const sheet of plan.sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      views: sheet.freeze
        ? [{ state: 'frozen', xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }]
        : [{ state: 'normal' }],
    });
    renderSheet(ws, sheet);
    for (const chart of sheet.charts) skipped.push(`chart:${chart.name}`);
  }

  const tableNames: { name: string; ranges: string[] }[] = [];
  for (const name of plan.names) {
    const reference = name.formula.replace(/^=/, '');
    if (name.cell) {
      const sheetName = sheetNames.get(name.cell.sheet);
      if (sheetName) workbook.definedNames.add(reference, name.name);
    } else {
      tableNames.push({ name: name.name, ranges: [reference] });
    }
  }
  // The file is laid out as this version lays out: "Opdater arkene" need not restyle it.
  tableNames.push({ name: LAYOUT_STAMP.name, ranges: [LAYOUT_STAMP.formula.replace(/^=/, '')] });
  addStructuredNames(workbook, tableNames);
  return { workbook, skipped };
}

/**
 * ExcelJS only keeps defined names that are A1 ranges. Names that refer to table columns
 * (lstCodes = tblLevels[Kode]) are what validation and conditional formats need, so they
 * are added to the model ExcelJS serialises.
 */
function addStructuredNames(
  workbook: ExcelJS.Workbook,
  names: { name: string; ranges: string[] }[],
) {
  if (names.length === 0) return;
  const definedNames = workbook.definedNames as unknown as object;
  const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(definedNames), 'model');
  const baseModel = descriptor?.get;
  if (!baseModel) throw new Error('ExcelJS changed: DefinedNames has no model getter');
  Object.defineProperty(definedNames, 'model', {
    configurable: true,
    get() {
      return [...(baseModel.call(definedNames) as unknown[]), ...names];
    },
    set(value: unknown) {
      descriptor?.set?.call(definedNames, value);
    },
  });
}

function renderSheet(ws: ExcelJS.Worksheet, sheet: SheetPlan) {
  for (const [col, width] of Object.entries(sheet.columnWidths)) {
    ws.getColumn(Number(col) + 1).width = width;
  }
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    ws.getRow(Number(row) + 1).height = height;
  }
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => writeCell(ws.getCell(block.row + r + 1, block.col + c + 1), cell)),
    );
  }
  for (const labelRow of sheet.labelRows) {
    const table = sheet.tables.find((candidate) => candidate.name === labelRow.table);
    if (!table) continue;
    table.headers.forEach((name, i) => {
      const label = labelRow.labels[name];
      if (label) writeCell(ws.getCell(table.row, table.col + i + 1), label);
    });
  }
  for (const table of sheet.tables) renderTable(ws, table);
  for (const validation of sheet.validations) addValidation(ws, validation);
  sheet.conditionalFormats.forEach((format, i) => addConditionalFormat(ws, format, i + 1));
  for (const style of sheet.styles) applyStyle(ws, style);
  for (const group of sheet.hiddenColumns ?? []) {
    for (let col = group.first; col <= group.last; col += 1) {
      const column = ws.getColumn(col + 1);
      column.outlineLevel = 1;
      column.hidden = true;
    }
  }
  if (sheet.print) setUpPrinting(ws, sheet.print);
}

/** A4, one page wide, repeated titles, the footer; Excel's A4 is paper size 9. */
function setUpPrinting(ws: ExcelJS.Worksheet, print: PrintPlan) {
  const letters = (first: number, last: number) => `${columnLetters(first)}:${columnLetters(last)}`;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(print.repeatRows
      ? { printTitlesRow: `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}` }
      : {}),
    ...(print.repeatCols
      ? { printTitlesColumn: letters(print.repeatCols.first, print.repeatCols.last) }
      : {}),
    ...(print.columns
      ? {
          printArea: `${columnLetters(print.columns.first)}1:${columnLetters(print.columns.last)}${PRINT_ROWS}`,
        }
      : {}),
  } as ExcelJS.PageSetup;
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${print.footer}` };
}

/** A formula with the value the core computed for it, so a preview shows it without calculating. */
function formulaValue(plan: PlanCell & { formula: string }): ExcelJS.CellFormulaValue {
  const value = { formula: plan.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  if (plan.cached !== undefined && plan.cached !== null)
    value.result = plan.cached as ExcelJS.CellFormulaValue['result'];
  return value;
}

function writeCell(cell: ExcelJS.Cell, plan: PlanCell) {
  if (plan.formula !== undefined) {
    cell.value = formulaValue(plan as PlanCell & { formula: string });
  } else if (plan.value !== undefined && plan.value !== null && plan.value !== '') {
    // ExcelJS stores a string as a shared string, never as a formula: '=x' stays text.
    cell.value = plan.value;
  }
  if (plan.numberFormat) cell.numFmt = plan.numberFormat;
}

function cellValue(plan: PlanCell): ExcelJS.CellValue {
  if (plan.formula !== undefined) return formulaValue(plan as PlanCell & { formula: string });
  return plan.value === undefined || plan.value === '' ? null : plan.value;
}

function renderTable(ws: ExcelJS.Worksheet, table: TablePlan) {
  const rows =
    table.rows.length > 0 ? table.rows : [table.headers.map((): PlanCell => ({ own: 'owned' }))];
  ws.addTable({
    name: table.name,
    ref: a1(table.row, table.col),
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: table.headers.map((name, c) => ({
      name,
      filterButton: true,
      ...calculatedColumn(rows, c),
    })),
    rows: rows.map((cells) => cells.map(cellValue)),
  });
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const format = cell.numberFormat ?? table.numberFormats[table.headers[c]];
      if (format) ws.getCell(table.row + r + 2, table.col + c + 1).numFmt = format;
    }),
  );
}

/**
 * A column whose every row holds the same formula is declared a calculated column, as Excel
 * makes it, so that a row a person adds gets the formula too.
 */
function calculatedColumn(rows: PlanCell[][], c: number): { calculatedColumnFormula?: string } {
  const first = rows[0]?.[c]?.formula;
  if (first === undefined || !rows.every((cells) => cells[c]?.formula === first)) return {};
  return { calculatedColumnFormula: first.replace(/^=/, '') };
}

function address(range: RangeRef): string {
  const first = a1(range.row, range.col);
  if (range.rows === 1 && range.cols === 1) return first;
  return `${first}:${a1(range.row + range.rows - 1, range.col + range.cols - 1)}`;
}

function addValidation(ws: ExcelJS.Worksheet, validation: ValidationPlan) {
  const base = {
    allowBlank: true,
    showInputMessage: validation.prompt !== undefined,
    promptTitle: validation.prompt?.title,
    prompt: validation.prompt?.message,
    showErrorMessage: true,
    errorStyle: validation.error.style,
    errorTitle: validation.error.title,
    error: validation.error.message,
  };
  const rule: ExcelJS.DataValidation =
    validation.rule.type === 'list'
      ? {
          ...base,
          type: 'list',
          formulae: [
            validation.rule.source.startsWith('=')
              ? validation.rule.source.slice(1)
              : `"${validation.rule.source}"`,
          ],
        }
      : {
          ...base,
          type: 'whole',
          operator: 'between',
          formulae: [validation.rule.min, validation.rule.max],
        };
  (
    ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(address(validation.range), rule);
}

function argb(colour: string): { argb: string } {
  return { argb: `FF${colour.replace('#', '').toUpperCase()}` };
}

function addConditionalFormat(
  ws: ExcelJS.Worksheet,
  format: ConditionalFormatPlan,
  priority: number,
) {
  const style: Partial<ExcelJS.Style> = {};
  if (format.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: argb(format.fill) };
  if (format.fontColor || format.bold) {
    style.font = {
      ...(format.fontColor ? { color: argb(format.fontColor) } : {}),
      ...(format.bold ? { bold: true } : {}),
    };
  }
  ws.addConditionalFormatting({
    ref: address(format.range),
    rules: [{ type: 'expression', priority, formulae: [format.formula.replace(/^=/, '')], style }],
  });
}

function applyStyle(ws: ExcelJS.Worksheet, style: StylePlan) {
  for (let r = 0; r < style.range.rows; r += 1) {
    for (let c = 0; c < style.range.cols; c += 1) {
      const cell = ws.getCell(style.range.row + r + 1, style.range.col + c + 1);
      if (style.bold || style.italic || style.size || style.fontColor) {
        cell.font = {
          ...cell.font,
          ...(style.bold ? { bold: true } : {}),
          ...(style.italic ? { italic: true } : {}),
          ...(style.size ? { size: style.size } : {}),
          ...(style.fontColor ? { color: argb(style.fontColor) } : {}),
        };
      }
      if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(style.fill) };
      if (style.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
      if (style.align) cell.alignment = { ...cell.alignment, horizontal: style.align };
    }
  }
}
