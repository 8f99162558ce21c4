import { columnLetters } from '../core/cells';
import { ColumnGroupPlan, PrintPlan, RangeRef, SheetPlan, ValidationPlan } from '../core/planTypes';
import { Degradation } from './api';

/**
 * Applies a sheet plan's formats: widths, heights, frozen panes, validation with input
 * messages, conditional formats and styles. One call per range, never per cell.
 */

/** Excel's column width in the plan is in characters; Office.js wants points. */
const POINTS_PER_CHARACTER = 6;
const COLUMN_PADDING_POINTS = 5;

function rangeOf(sheet: Excel.Worksheet, ref: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(ref.row, ref.col, Math.max(ref.rows, 1), Math.max(ref.cols, 1));
}

const ERROR_STYLE = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

function validation(sheet: Excel.Worksheet, plan: ValidationPlan) {
  const target = rangeOf(sheet, plan.range).dataValidation;
  target.clear();
  target.rule =
    plan.rule.type === 'list'
      ? { list: { inCellDropDown: true, source: plan.rule.source } }
      : {
          wholeNumber: {
            formula1: plan.rule.min,
            formula2: plan.rule.max,
            operator: 'Between' as Excel.DataValidationOperator,
          },
        };
  if (plan.prompt) {
    // Excel limits an input message's title to 32 characters and its text to 255.
    target.prompt = {
      showPrompt: true,
      title: plan.prompt.title.slice(0, 32),
      message: plan.prompt.message.slice(0, 255),
    };
  }
  target.errorAlert = {
    showAlert: true,
    style: ERROR_STYLE[plan.error.style] as Excel.DataValidationAlertStyle,
    title: plan.error.title.slice(0, 32),
    message: plan.error.message.slice(0, 255),
  };
}

/** What the host can do beyond ExcelApi 1.8, and how to say it could not. */
export interface FormatHost {
  supports(version: string): boolean;
  degrade(what: Degradation): void;
}

export function applyFormats(sheet: Excel.Worksheet, plan: SheetPlan, host: FormatHost): void {
  for (const [col, width] of Object.entries(plan.columnWidths)) {
    sheet.getRangeByIndexes(0, Number(col), 1, 1).format.columnWidth =
      width * POINTS_PER_CHARACTER + COLUMN_PADDING_POINTS;
  }
  for (const [row, height] of Object.entries(plan.rowHeights)) {
    sheet.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = height;
  }
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    // freezeRows and freezeColumns each replace the panes; freezeAt sets rows and columns
    // together. A range of whole rows (or columns) freezes only those.
    const { rows, cols } = plan.freeze;
    const frozen =
      rows > 0 && cols > 0
        ? sheet.getRangeByIndexes(0, 0, rows, cols)
        : rows > 0
          ? sheet.getRange(`1:${rows}`)
          : sheet.getRangeByIndexes(0, 0, 1, cols).getEntireColumn();
    sheet.freezePanes.freezeAt(frozen);
  }
  for (const group of plan.hiddenColumns ?? []) hideColumns(sheet, group, host);
  if (plan.print) setUpPrinting(sheet, plan.print, host);
  for (const v of plan.validations) validation(sheet, v);
  const formatted = new Set<string>();
  for (const cf of plan.conditionalFormats) {
    const range = rangeOf(sheet, cf.range);
    const key = `${cf.range.row},${cf.range.col},${cf.range.rows},${cf.range.cols}`;
    if (!formatted.has(key)) {
      // Reapplied whole, so a rule is never there twice.
      range.conditionalFormats.clearAll();
      formatted.add(key);
    }
    const rule = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType).custom;
    rule.rule.formula = cf.formula;
    if (cf.fill) rule.format.fill.color = cf.fill;
    if (cf.fontColor) rule.format.font.color = cf.fontColor;
    if (cf.bold) rule.format.font.bold = true;
  }
  for (const style of plan.styles) {
    const format = rangeOf(sheet, style.range).format;
    if (style.bold) format.font.bold = true;
    if (style.italic) format.font.italic = true;
    if (style.size) format.font.size = style.size;
    if (style.fontColor) format.font.color = style.fontColor;
    if (style.fill) format.fill.color = style.fill;
    if (style.wrap) {
      format.wrapText = true;
      format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
    }
    if (style.align) {
      format.horizontalAlignment = (style.align[0].toUpperCase() +
        style.align.slice(1)) as Excel.HorizontalAlignment;
    }
  }
}

/** Computed columns grouped and collapsed (ExcelApi 1.10), or simply hidden below it. */
function hideColumns(sheet: Excel.Worksheet, group: ColumnGroupPlan, host: FormatHost): void {
  const columns = sheet
    .getRangeByIndexes(0, group.first, 1, group.last - group.first + 1)
    .getEntireColumn();
  if (host.supports('1.10')) {
    columns.group('ByColumns' as Excel.GroupOption);
    columns.hideGroupDetails('ByColumns' as Excel.GroupOption);
  } else {
    columns.columnHidden = true;
    host.degrade('outline');
  }
}

/** A4, one page wide, titles repeated, the footer: pageLayout needs ExcelApi 1.9. */
function setUpPrinting(sheet: Excel.Worksheet, print: PrintPlan, host: FormatHost): void {
  if (!host.supports('1.9')) {
    host.degrade('printing');
    return;
  }
  const layout = sheet.pageLayout;
  layout.orientation = (
    print.orientation === 'landscape' ? 'Landscape' : 'Portrait'
  ) as Excel.PageOrientation;
  layout.paperSize = 'A4' as Excel.PaperType;
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.repeatRows)
    layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  if (print.repeatCols)
    layout.setPrintTitleColumns(
      `$${columnLetters(print.repeatCols.first)}:$${columnLetters(print.repeatCols.last)}`,
    );
  if (print.columns)
    layout.setPrintArea(
      sheet
        .getRangeByIndexes(0, print.columns.first, 1, print.columns.last - print.columns.first + 1)
        .getEntireColumn(),
    );
  layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
}
