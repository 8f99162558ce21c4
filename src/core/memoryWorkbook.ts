import { CellValue } from './cells';
import {
  Edit,
  SheetState,
  StateCell,
  TableState,
  WorkbookState,
  cellKey,
  findSheet,
  findTableState,
} from './edits';
import { PlanCell } from './planTypes';

/**
 * An in-memory host for reconcile's edits: the reference semantics every adapter must
 * match, and what the property tests run against. It mirrors what Excel does with each
 * edit, including moving content when rows are inserted.
 */

export function cloneState(state: WorkbookState): WorkbookState {
  return {
    sheets: state.sheets.map((sheet) => ({ name: sheet.name, cells: new Map(sheet.cells) })),
    tables: state.tables.map((table) => ({ ...table, headers: [...table.headers] })),
    names: new Map(state.names),
  };
}

function sheetOf(state: WorkbookState, name: string): SheetState {
  const sheet = findSheet(state, name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

function tableOf(state: WorkbookState, name: string): TableState {
  const table = findTableState(state, name);
  if (!table) throw new Error(`No table ${name}`);
  return table;
}

export function stateCellOf(cell: PlanCell): StateCell | null {
  if (cell.formula !== undefined) return { value: null, formula: cell.formula };
  if (cell.value === undefined || cell.value === null || cell.value === '') return null;
  return { value: cell.value };
}

function put(sheet: SheetState, row: number, col: number, cell: StateCell | null) {
  if (cell) sheet.cells.set(cellKey(row, col), cell);
  else sheet.cells.delete(cellKey(row, col));
}

/** Applies one edit in place. Writes skip cells that no longer hold what reconcile read. */
export function applyEdit(state: WorkbookState, edit: Edit): { skipped: number } {
  switch (edit.kind) {
    case 'addSheet':
      state.sheets.push({ name: edit.sheet, cells: new Map() });
      return { skipped: 0 };
    case 'createTable': {
      const sheet = sheetOf(state, edit.sheet);
      const rows =
        edit.table.rows.length > 0
          ? edit.table.rows
          : [edit.table.headers.map(() => ({ own: 'owned' as const }))];
      edit.table.headers.forEach((header, c) =>
        put(sheet, edit.row, edit.col + c, { value: header }),
      );
      rows.forEach((cells, r) =>
        cells.forEach((cell, c) => put(sheet, edit.row + 1 + r, edit.col + c, stateCellOf(cell))),
      );
      state.tables.push({
        name: edit.table.name,
        sheet: sheet.name,
        row: edit.row,
        col: edit.col,
        headers: [...edit.table.headers],
        rowCount: rows.length,
      });
      return { skipped: 0 };
    }
    case 'addColumns': {
      const table = tableOf(state, edit.table);
      const sheet = sheetOf(state, table.sheet);
      const right = table.col + table.headers.length;
      const shift = edit.headers.length;
      // Excel shifts the cells to the table's right, in the table's rows only.
      const moved: [string, StateCell][] = [];
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(',').map(Number);
        if (r >= table.row && r <= table.row + table.rowCount && c >= right) {
          sheet.cells.delete(key);
          moved.push([cellKey(r, c + shift), cell]);
        }
      }
      for (const [key, cell] of moved) sheet.cells.set(key, cell);
      edit.headers.forEach((header, i) => put(sheet, table.row, right + i, { value: header }));
      table.headers.push(...edit.headers);
      return { skipped: 0 };
    }
    case 'insertCells': {
      const sheet = sheetOf(state, edit.sheet);
      const inSpan = (c: number) => c >= edit.col && c < edit.col + edit.cols;
      const moved: [string, StateCell][] = [];
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(',').map(Number);
        if (r >= edit.row && inSpan(c)) {
          sheet.cells.delete(key);
          moved.push([cellKey(r + edit.count, c), cell]);
        }
      }
      for (const [key, cell] of moved) sheet.cells.set(key, cell);
      for (const table of state.tables.filter(
        (t) => t.sheet.toUpperCase() === sheet.name.toUpperCase() && inSpan(t.col),
      )) {
        if (table.row >= edit.row) table.row += edit.count;
        else if (table.row + table.rowCount >= edit.row) table.rowCount += edit.count;
      }
      return { skipped: 0 };
    }
    case 'resizeTable':
      tableOf(state, edit.table).rowCount = edit.rowCount;
      return { skipped: 0 };
    case 'deleteTable': {
      const table = tableOf(state, edit.table);
      const sheet = sheetOf(state, table.sheet);
      for (let r = 0; r <= table.rowCount; r += 1)
        table.headers.forEach((_, c) => put(sheet, table.row + r, table.col + c, null));
      state.tables = state.tables.filter((t) => t !== table);
      return { skipped: 0 };
    }
    case 'write': {
      const sheet = sheetOf(state, edit.sheet);
      let skipped = 0;
      edit.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const current = sheet.cells.get(cellKey(edit.row + r, edit.col + c)) ?? null;
          if (!sameStateCell(current, edit.expected[r]?.[c] ?? null)) {
            skipped += 1;
            return;
          }
          put(sheet, edit.row + r, edit.col + c, stateCellOf(cell));
        }),
      );
      return { skipped };
    }
    case 'setName':
      state.names.set(edit.name, edit.formula);
      return { skipped: 0 };
    case 'format':
    case 'activate':
      return { skipped: 0 };
  }
}

export function applyEdits(state: WorkbookState, edits: readonly Edit[]): { skipped: number } {
  return { skipped: edits.reduce((sum, edit) => sum + applyEdit(state, edit).skipped, 0) };
}

export function sameStateCell(a: StateCell | null, b: StateCell | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.formula !== undefined || b.formula !== undefined) return a.formula === b.formula;
  return sameValue(a.value, b.value);
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** The tables of a state as values, the way a host reads them for the model. */
export function stateTables(state: WorkbookState): import('./model').TableSet {
  const tables: import('./model').TableSet = {};
  for (const table of state.tables) {
    const sheet = sheetOf(state, table.sheet);
    const rows: CellValue[][] = [];
    for (let r = 0; r < table.rowCount; r += 1) {
      rows.push(
        table.headers.map((_, c) => {
          const cell = sheet.cells.get(cellKey(table.row + 1 + r, table.col + c));
          return cell && cell.formula === undefined ? cell.value : null;
        }),
      );
    }
    tables[table.name] = {
      name: table.name,
      sheet: sheet.name,
      headers: [...table.headers],
      rows,
      origin: { row: table.row, col: table.col },
    };
  }
  return tables;
}
