/** One worksheet's state: sparse cells, formats, layout, validation, conditional formats. */
import { Rect } from '../address';
import { CellValue } from '../cellInput';
import { cellKey, keyCol, keyRow } from '../rects';
import { FormatStore } from './formatStore';

export interface Cell {
  value: CellValue;
  formula?: string;
  quotePrefix?: boolean;
  error?: boolean;
}

export interface DvPrompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface DvErrorAlert {
  showAlert: boolean;
  style: string;
  title: string;
  message: string;
}

export interface ValidationEntry {
  rect: Rect;
  rule: Record<string, unknown> | null;
  prompt: DvPrompt;
  errorAlert: DvErrorAlert;
  ignoreBlanks: boolean;
}

export interface CondFormatStyle {
  fillColor?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
}

export interface CondFormat {
  id: string;
  type: string;
  rects: Rect[];
  stopIfTrue: boolean;
  /** The rule of the type-specific part (custom: {formula}; cellValue: {formula1, operator}…). */
  rule: Record<string, unknown>;
  format: CondFormatStyle;
}

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  sourceSheet: SheetModel;
  sourceRect: Rect;
  seriesBy: string;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  top: number;
  left: number;
  width: number;
  height: number;
}

export const STANDARD_WIDTH = 48; // points: 8.43 characters of Calibri 11
export const STANDARD_HEIGHT = 15; // points

export class SheetModel {
  visibility = 'Visible';
  deleted = false;
  tabColor = '';
  showGridlines = true;
  readonly cells = new Map<number, Cell>();
  readonly formats = new FormatStore();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly frozen = { rows: 0, columns: 0 };
  /** Hidden columns, and column outline groups (collapsed or not). */
  readonly hiddenColumns = new Set<number>();
  columnGroups: { first: number; last: number; collapsed: boolean }[] = [];
  /** What Worksheet.pageLayout was given. */
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    printTitleRows: string | null;
    printTitleColumns: string | null;
    printArea: string | null;
    centerFooter: string;
  } = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    centerFooter: '',
  };
  validations: ValidationEntry[] = [];
  condFormats: CondFormat[] = [];
  readonly hyperlinks = new Map<number, Hyperlink>();
  merges: Rect[] = [];
  charts: ChartModel[] = [];

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  setCell(row: number, col: number, cell: Cell | null): void {
    const key = cellKey(row, col);
    if (!cell || (cell.value === '' && !cell.formula && !cell.quotePrefix)) this.cells.delete(key);
    else this.cells.set(key, cell);
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? STANDARD_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? STANDARD_HEIGHT;
  }

  /** The bounding box of what the sheet holds; with `valuesOnly`, of cells with content. */
  usedRect(valuesOnly: boolean): Rect | null {
    // A loop, not a spread: a big sheet has more keys than a call's arguments can hold.
    let box: Rect | null = null;
    const grow = (k: number) => {
      const r = keyRow(k);
      const c = keyCol(k);
      if (!box) box = { r0: r, c0: c, r1: r, c1: c };
      else {
        if (r < box.r0) box.r0 = r;
        if (r > box.r1) box.r1 = r;
        if (c < box.c0) box.c0 = c;
        if (c > box.c1) box.c1 = c;
      }
    };
    for (const k of this.cells.keys()) grow(k);
    if (!valuesOnly) {
      for (const k of this.formats.cells.keys()) grow(k);
      for (const k of this.hyperlinks.keys()) grow(k);
    }
    return box;
  }
}
