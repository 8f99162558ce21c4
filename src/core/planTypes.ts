import { CellValue } from './cells';
import { Lang } from './i18n';
import { TableKey } from './tables';

/**
 * The declarative workbook plan: what the workbook must contain. Both adapters render it,
 * so the formulas LibreOffice checks in an .xlsx are the ones Office.js writes into Excel.
 * Positions are zero-based.
 */

/**
 * Who owns a cell's content.
 * - `seed`: a starting value (template text, a demo person). Written only into a blank
 *   cell; once there it is the user's.
 * - `owned`: the add-in's (formulas, labels, generated listings). Kept equal to the plan.
 */
export type Ownership = 'seed' | 'owned';

export interface PlanCell {
  /** A constant. Text is always stored as text, even if it starts with '=', '+', '-' or '@'. */
  value?: CellValue;
  /** A formula from formulas.ts, with its leading '='. */
  formula?: string;
  /**
   * What the formula computes now, by the core's rules (the differential test holds them
   * equal): stored with it in a file, so a preview that does not calculate shows it.
   */
  cached?: CellValue;
  own: Ownership;
  numberFormat?: string;
}

export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** How the rows of an existing table are maintained. */
export type RowPolicy =
  /** Template content: created once, then the user's. */
  | 'seed'
  /** People: rows are the user's; only computed columns are kept. */
  | 'user'
  /** Rewritten to match the plan at every refresh. */
  | 'owned'
  /** Existing rows kept; the plan's new rows appended. */
  | 'append';

export interface TablePlan {
  key: TableKey;
  name: string;
  /** Header row position. */
  row: number;
  col: number;
  headers: string[];
  rows: PlanCell[][];
  /** For 'user' tables: formulas that fill these columns in every row, by header. */
  computed: Record<string, string>;
  policy: RowPolicy;
  style: string;
  /** Number formats per column header, applied to the data body. */
  numberFormats: Record<string, string>;
}

export interface BlockPlan {
  row: number;
  col: number;
  cells: PlanCell[][];
  /**
   * The table this block belongs with. If users moved the table (inserted rows above it,
   * say), the block moves with it.
   */
  anchor: string;
}

/** One cell per column header, on the row directly above a table's header row. */
export interface LabelRowPlan {
  table: string;
  labels: Record<string, PlanCell>;
}

export type ValidationRule =
  { type: 'list'; source: string } | { type: 'wholeNumber'; min: number; max: number };

export interface ValidationPlan {
  range: RangeRef;
  rule: ValidationRule;
  prompt?: { title: string; message: string };
  error: { style: 'stop' | 'warning' | 'information'; title: string; message: string };
}

export interface ConditionalFormatPlan {
  range: RangeRef;
  /** Relative to the range's top-left cell, as Excel's custom rules are. */
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface StylePlan {
  range: RangeRef;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

export interface ChartSeriesPlan {
  name: string;
  /** Column of the source table, by header. */
  column: string;
}

export interface ChartPlan {
  name: string;
  title: string;
  table: string;
  categoryColumn: string;
  series: ChartSeriesPlan[];
  anchor: RangeRef;
}

/** How a sheet prints: A4, one page wide, with repeated titles and a footer. */
export interface PrintPlan {
  orientation: 'portrait' | 'landscape';
  /** Scale to one page wide; as many pages tall as it takes. */
  fitToWidth: boolean;
  /** Rows (zero-based, inclusive) repeated at the top of every page. */
  repeatRows?: { first: number; last: number };
  /** Columns repeated at the left of every page. */
  repeatCols?: { first: number; last: number };
  /** Columns to print (zero-based, inclusive); all when absent. */
  columns?: { first: number; last: number };
  /** Footer in Excel's codes, e.g. "&A · side &P af &N · &D". */
  footer: string;
}

/** Columns grouped in an outline and collapsed: computed helpers people need not see. */
export interface ColumnGroupPlan {
  first: number;
  last: number;
}

export type SheetKey = 'areas' | 'lists' | 'matrix' | 'status' | 'participants';

export interface SheetPlan {
  key: SheetKey;
  name: string;
  /** The table that identifies this sheet when users rename it. */
  anchorTable: string;
  blocks: BlockPlan[];
  labelRows: LabelRowPlan[];
  tables: TablePlan[];
  /** Widths in Excel character units, by column index. */
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  freeze?: { rows: number; cols: number };
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  styles: StylePlan[];
  charts: ChartPlan[];
  print?: PrintPlan;
  hiddenColumns?: ColumnGroupPlan[];
}

export interface NamePlan {
  name: string;
  formula: string;
  /** For a single cell: sheet key and position (e.g. StatusVerdict). */
  cell?: { sheet: SheetKey; row: number; col: number };
}

export interface WorkbookPlan {
  lang: Lang;
  sheets: SheetPlan[];
  names: NamePlan[];
}
