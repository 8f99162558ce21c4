import { CellValue } from './cells';
import { PlanCell, SheetKey, SheetPlan, TablePlan } from './planTypes';

/**
 * What a host holds, as reconcile sees it, and the minimal edits reconcile asks for.
 * Positions are zero-based sheet positions. Each host translates these edits; none decides.
 */

/** A cell as read: its value, and its formula when it holds one. */
export interface StateCell {
  value: CellValue;
  formula?: string;
}

export interface SheetState {
  name: string;
  /** Non-empty cells only, keyed `row,col`. */
  cells: Map<string, StateCell>;
}

export interface TableState {
  name: string;
  sheet: string;
  /** Header row position. */
  row: number;
  col: number;
  headers: string[];
  rowCount: number;
}

export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  /** Defined names and their formulas, e.g. lstCodes → =tblLevels[Kode]. */
  names: Map<string, string>;
}

export type Edit =
  | { kind: 'addSheet'; sheet: string; key: SheetKey }
  | { kind: 'createTable'; sheet: string; table: TablePlan; row: number; col: number }
  /** Appends columns at the table's right end, moving nothing else. */
  | { kind: 'addColumns'; sheet: string; table: string; headers: string[] }
  /**
   * Inserts blank cells in columns col … col+cols-1 from `row` down, moving the cells below
   * them down (Excel's Range.insert with shift down). Other columns stay where they are.
   */
  | { kind: 'insertCells'; sheet: string; row: number; col: number; cols: number; count: number }
  | { kind: 'resizeTable'; sheet: string; table: string; rowCount: number }
  /**
   * Removes a table with its cells (Excel's Table.delete). Only for a table whose every cell
   * the add-in writes, so that it can be made again elsewhere with nothing lost.
   */
  | { kind: 'deleteTable'; sheet: string; table: string }
  /**
   * One rectangular block. `expected` is what reconcile read there: a host must leave a cell
   * alone whose content changed since (a co-author's edit wins).
   */
  | {
      kind: 'write';
      sheet: string;
      row: number;
      col: number;
      cells: PlanCell[][];
      expected: (StateCell | null)[][];
    }
  | { kind: 'setName'; name: string; formula: string }
  /** Apply the sheet's formats (validation, conditional formats, widths, styles, freeze, charts). */
  | { kind: 'format'; sheet: string; plan: SheetPlan }
  /** Show this sheet: after a workbook is created, people start in the matrix. */
  | { kind: 'activate'; sheet: string };

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function emptyState(): WorkbookState {
  return { sheets: [], tables: [], names: new Map() };
}

export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  const wanted = name.toUpperCase();
  return state.sheets.find((sheet) => sheet.name.toUpperCase() === wanted);
}

export function findTableState(state: WorkbookState, name: string): TableState | undefined {
  const wanted = name.toUpperCase();
  return state.tables.find((table) => table.name.toUpperCase() === wanted);
}

export function readCell(
  state: WorkbookState,
  sheet: string,
  row: number,
  col: number,
): StateCell | null {
  return findSheet(state, sheet)?.cells.get(cellKey(row, col)) ?? null;
}
