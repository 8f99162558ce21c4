import { CellValue } from './cells';
import { Ownership, PlanCell, RangeRef, StylePlan, TablePlan, RowPolicy } from './planTypes';
import { TableKey, TABLE } from './tables';

/** Small builders the sheet plans share. */

export const COLOURS = {
  title: '#1F4E79',
  muted: '#595959',
  headerNote: '#7F7F7F',
  computedFill: '#F2F2F2',
  badFill: '#FFC7CE',
  badFont: '#9C0006',
  goodFill: '#C6EFCE',
  goodFont: '#006100',
  warnFill: '#FFEB9C',
  warnFont: '#9C5700',
  labelFill: '#DDEBF7',
} as const;

/** Fills per level code; a code the template does not know gets the last one. */
export const CODE_FILLS: Record<string, { fill: string; font: string }> = {
  A: { fill: '#548235', font: '#FFFFFF' },
  D: { fill: '#A9D08E', font: '#000000' },
  I: { fill: '#FFE699', font: '#000000' },
  '*': { fill: '#BDD7EE', font: '#000000' },
};

export const TABLE_STYLE = 'TableStyleMedium2';
export const OUTPUT_TABLE_STYLE = 'TableStyleLight9';

export function seed(value: CellValue, numberFormat?: string): PlanCell {
  return numberFormat ? { value, own: 'seed', numberFormat } : { value, own: 'seed' };
}

export function owned(value: CellValue, extra: Partial<PlanCell> = {}): PlanCell {
  return { value, own: 'owned', ...extra };
}

export function formula(text: string, own: Ownership = 'owned'): PlanCell {
  return { formula: text, own };
}

export function row(...cells: PlanCell[]): PlanCell[] {
  return cells;
}

export function range(row: number, col: number, rows = 1, cols = 1): RangeRef {
  return { row, col, rows, cols };
}

export function bold(r: RangeRef, extra: Partial<StylePlan> = {}): StylePlan {
  return { range: r, bold: true, ...extra };
}

export function tablePlan(
  key: TableKey,
  at: { row: number; col: number },
  headers: string[],
  rows: PlanCell[][],
  policy: RowPolicy,
  extra: Partial<Pick<TablePlan, 'computed' | 'style' | 'numberFormats'>> = {},
): TablePlan {
  return {
    key,
    name: TABLE[key],
    row: at.row,
    col: at.col,
    headers,
    rows,
    policy,
    computed: extra.computed ?? {},
    style: extra.style ?? TABLE_STYLE,
    numberFormats: extra.numberFormats ?? {},
  };
}

/** The data body of a table plan, as a range. */
export function bodyRange(table: TablePlan, rows = table.rows.length): RangeRef {
  return range(table.row + 1, table.col, Math.max(rows, 1), table.headers.length);
}

export function columnRange(table: TablePlan, header: string, rows = table.rows.length): RangeRef {
  const index = table.headers.indexOf(header);
  if (index < 0) throw new Error(`No column ${header} in ${table.name}`);
  return range(table.row + 1, table.col + index, Math.max(rows, 1), 1);
}

/** Row height in points for wrapped text: Excel and LibreOffice do not grow rows on their own. */
export function wrappedHeight(texts: readonly string[], widthInChars: number): number {
  const lines = Math.max(
    1,
    ...texts.map((text) =>
      text
        .split('\n')
        .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / widthInChars)), 0),
    ),
  );
  return Math.max(15, lines * 15);
}
