import { CellValue, columnLetters, excelSerial, isBlank } from './cells';
import {
  Edit,
  StateCell,
  TableState,
  WorkbookState,
  cellKey,
  findSheet,
  findTableState,
  readCell,
} from './edits';
import { canonicalFormula, quoteSheetName } from './formulas';
import { TABLE, headerIndex } from './tables';
import { applyEdit, applyEdits, cloneState, stateTables } from './memoryWorkbook';
import { WorkbookPlanOptions, planForWorkbook } from './engine';
import { PlanCell, SheetPlan, TablePlan, WorkbookPlan } from './planTypes';

/**
 * Reconcile: the plan plus what the workbook holds, in; the minimal edits, out.
 * - It creates what is missing and appends what a table lacks.
 * - It never writes over a non-empty cell that a person typed: template and people's cells
 *   are only ever written into blanks, and a typed value in a computed column is reported,
 *   not replaced.
 * - It keeps what it does not know: sheets, tables, columns and values.
 * - Run again on its own result, it asks for nothing.
 */

export interface Conflict {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
}

export interface ReconcileResult {
  edits: Edit[];
  conflicts: Conflict[];
  /** Sheet name per plan sheet key, as the workbook names it (users may rename sheets). */
  sheetNames: Record<string, string>;
}

/** What a layout migration (core/relocate.ts) may use of a reconcile run. */
export interface ReconcileAccess {
  /** The workbook as the edits so far leave it. */
  readonly work: WorkbookState;
  emit(edit: Edit): void;
  cell(sheet: string, row: number, col: number): StateCell | null;
  /** Writes the cells of one row for which `shouldWrite` holds, one block per run. */
  writeRow(
    sheet: string,
    row: number,
    col: number,
    cells: PlanCell[],
    shouldWrite: (i: number) => boolean,
  ): void;
  /** How far a block's anchor table stands from where the plan puts it. */
  offset(plan: SheetPlan, anchorName: string): { dr: number; dc: number };
}

/**
 * Brings a workbook an earlier version laid out to the current layout. "Opdater arkene"
 * passes one; the ribbon's "Opdater status" does not, and its script stays small.
 */
export interface LayoutMigration {
  /** Pass 1, per sheet: moves tables an earlier layout put elsewhere; true if it did. */
  relocate(run: ReconcileAccess, sheet: string, plan: SheetPlan): boolean;
  /** Pass 3, per sheet: blanks labels an earlier layout wrote where they no longer belong. */
  clearOldLabels(run: ReconcileAccess, sheet: string, plan: SheetPlan): void;
  /** Whether the workbook's formats were written for an older layout than this one. */
  formatsOutdated(state: WorkbookState): boolean;
  /** The defined name that records the layout, set whenever every sheet's formats are. */
  stamp: { name: string; formula: string };
}

/** Plan cell and state cell say the same thing. Dates compare as Excel's serial numbers. */
export function sameContent(plan: PlanCell, cell: StateCell | null, ownTable?: string): boolean {
  if (plan.formula !== undefined) {
    return (
      cell?.formula !== undefined &&
      canonicalFormula(cell.formula, ownTable) === canonicalFormula(plan.formula, ownTable)
    );
  }
  const want = plan.value ?? null;
  if (isBlank(want)) return cell === null || (cell.formula === undefined && isBlank(cell.value));
  if (!cell || cell.formula !== undefined) return false;
  const have = cell.value;
  if (want instanceof Date) {
    if (have instanceof Date) return have.getTime() === want.getTime();
    return typeof have === 'number' && Math.abs(have - excelSerial(want)) < 1e-6;
  }
  return have === want;
}

function isTyped(cell: StateCell | null): boolean {
  return cell !== null && cell.formula === undefined && !isBlank(cell.value);
}

class Reconciler implements ReconcileAccess {
  readonly edits: Edit[] = [];
  readonly conflicts: Conflict[] = [];
  readonly sheetNames: Record<string, string> = {};
  readonly work: WorkbookState;
  /** Tables created by this run: their formulas follow in pass 3. */
  private readonly createdTables = new Set<string>();
  /** Where an append table's new rows start, decided in pass 1 before it grows. */
  private readonly appendAt = new Map<string, number>();
  /** Sheets whose structure changed and so get their formats (re)applied. */
  private readonly restyle = new Set<string>();

  constructor(
    state: WorkbookState,
    private readonly migration?: LayoutMigration,
  ) {
    this.work = cloneState(state);
  }

  emit(edit: Edit) {
    this.edits.push(edit);
    applyEdit(this.work, edit);
  }

  cell(sheet: string, row: number, col: number): StateCell | null {
    return readCell(this.work, sheet, row, col);
  }

  /** Writes the cells that differ, as one block per run of neighbouring cells in a row. */
  writeRow(
    sheet: string,
    row: number,
    col: number,
    cells: PlanCell[],
    shouldWrite: (i: number) => boolean,
  ) {
    let start = -1;
    const flush = (end: number) => {
      if (start < 0) return;
      const span = cells.slice(start, end);
      const expected = span.map((_, i) => this.cell(sheet, row, col + start + i));
      this.emit({
        kind: 'write',
        sheet,
        row,
        col: col + start,
        cells: [span],
        expected: [expected],
      });
      start = -1;
    };
    cells.forEach((_, i) => {
      if (shouldWrite(i)) {
        if (start < 0) start = i;
      } else flush(i);
    });
    flush(cells.length);
  }

  /** Writes whole rows of a table body, one block per run of rows that differ. */
  private writeRows(sheet: string, table: TableState, rows: PlanCell[][]) {
    const differs = rows.map((cells, r) =>
      cells.some(
        (cell, c) =>
          !sameContent(cell, this.cell(sheet, table.row + 1 + r, table.col + c), table.name),
      ),
    );
    let start = -1;
    const flush = (end: number) => {
      if (start < 0) return;
      const block = rows.slice(start, end);
      const expected = block.map((cells, r) =>
        cells.map((_, c) => this.cell(sheet, table.row + 1 + start + r, table.col + c)),
      );
      this.emit({
        kind: 'write',
        sheet,
        row: table.row + 1 + start,
        col: table.col,
        cells: block,
        expected,
      });
      start = -1;
    };
    differs.forEach((d, r) => {
      if (d) {
        if (start < 0) start = r;
      } else flush(r);
    });
    flush(rows.length);
  }

  /** Makes room for `count` more rows under a table, moving what is below it down if it must. */
  private growTable(sheet: string, table: TableState, count: number) {
    for (const edit of growTableEdits(this.work, sheet, table, count)) this.emit(edit);
  }

  private resolveSheet(plan: SheetPlan): { name: string; created: boolean } {
    const anchor = findTableState(this.work, plan.anchorTable);
    if (anchor) return { name: anchor.sheet, created: false };
    const existing = findSheet(this.work, plan.name);
    if (
      existing &&
      existing.cells.size === 0 &&
      !this.work.tables.some((t) => t.sheet === existing.name)
    ) {
      return { name: existing.name, created: false };
    }
    let name = plan.name;
    for (let n = 2; findSheet(this.work, name); n += 1) name = `${plan.name} (${n})`;
    this.emit({ kind: 'addSheet', sheet: name, key: plan.key });
    return { name, created: true };
  }

  /** Pass 1: the sheet, its tables with their constants, new columns, room for new rows. */
  structure(plan: SheetPlan, formatsOutdated: boolean) {
    const { name: sheet, created } = this.resolveSheet(plan);
    this.sheetNames[plan.key] = sheet;
    let structureChanged =
      created || formatsOutdated || (this.migration?.relocate(this, sheet, plan) ?? false);
    for (const table of plan.tables)
      structureChanged = this.tableStructure(sheet, table) || structureChanged;
    if (structureChanged) this.restyle.add(plan.key);
  }

  /** Pass 3: every cell, formulas included, now that all tables and names exist. */
  content(plan: SheetPlan) {
    const sheet = this.sheetNames[plan.key];
    for (const table of plan.tables) this.tableContent(table);

    this.migration?.clearOldLabels(this, sheet, plan);
    for (const block of plan.blocks) {
      const { dr, dc } = this.offset(plan, block.anchor);
      block.cells.forEach((cells, r) => {
        const row = block.row + r + dr;
        const col = block.col + dc;
        this.writeRow(sheet, row, col, cells, (i) => {
          const current = this.cell(sheet, row, col + i);
          if (cells[i].own === 'seed') return current === null && !isBlank(cells[i].value ?? null);
          return !sameContent(cells[i], current);
        });
      });
    }

    for (const labelRow of plan.labelRows) {
      const table = findTableState(this.work, labelRow.table);
      if (!table || table.row === 0) continue;
      const cells = table.headers.map(
        (h) => labelRow.labels[h] ?? { own: 'owned' as const, value: null },
      );
      this.writeRow(sheet, table.row - 1, table.col, cells, (i) => {
        const current = this.cell(sheet, table.row - 1, table.col + i);
        return labelRow.labels[table.headers[i]] !== undefined && !sameContent(cells[i], current);
      });
    }
  }

  /** Pass 4: validation, conditional formats, widths and charts, which name what passes 1–3 made. */
  formats(plan: SheetPlan) {
    if (this.restyle.has(plan.key))
      this.emit({ kind: 'format', sheet: this.sheetNames[plan.key], plan });
  }

  offset(plan: SheetPlan, anchorName: string): { dr: number; dc: number } {
    const planned = plan.tables.find((t) => t.name === anchorName);
    const actual = findTableState(this.work, anchorName);
    return planned && actual
      ? { dr: actual.row - planned.row, dc: actual.col - planned.col }
      : { dr: 0, dc: 0 };
  }

  /**
   * Where a new table can go: its planned place, or, if people's content is there, the first
   * rows below everything in those columns. A new table never covers a typed cell.
   */
  private freePlace(sheet: string, plan: TablePlan): { row: number; col: number } {
    const rows = Math.max(plan.rows.length, 1) + 1;
    const cols = plan.headers.length;
    if (cellsAreFree(this.work, sheet, plan.row, rows, plan.col, cols))
      return { row: plan.row, col: plan.col };
    let bottom = plan.row;
    for (const key of findSheet(this.work, sheet)?.cells.keys() ?? []) {
      const [r, c] = key.split(',').map(Number);
      if (c >= plan.col && c < plan.col + cols) bottom = Math.max(bottom, r + 2);
    }
    for (const t of this.work.tables) {
      if (
        t.sheet.toUpperCase() === sheet.toUpperCase() &&
        t.col < plan.col + cols &&
        t.col + t.headers.length > plan.col
      ) {
        bottom = Math.max(bottom, t.row + t.rowCount + 2);
      }
    }
    return { row: bottom, col: plan.col };
  }

  /**
   * Pass 1 for one table: creates it with its headers and constants only (Excel refuses a
   * formula that names a table or name it does not have yet), adds missing columns and makes
   * room for the rows the plan will write. Returns whether the structure changed.
   */
  private tableStructure(sheet: string, plan: TablePlan): boolean {
    const actual = findTableState(this.work, plan.name);
    if (!actual) {
      const at = this.freePlace(sheet, plan);
      this.emit({
        kind: 'createTable',
        sheet,
        table: withoutFormulas(plan),
        row: at.row,
        col: at.col,
      });
      this.createdTables.add(plan.name);
      return true;
    }
    let changed = false;
    const missing = plan.headers.filter((h) => headerIndex(actual.headers, h) < 0);
    if (missing.length > 0) {
      this.emit({ kind: 'addColumns', sheet: actual.sheet, table: actual.name, headers: missing });
      changed = true;
    }
    switch (plan.policy) {
      case 'owned': {
        const rows = Math.max(plan.rows.length, 1);
        if (actual.rowCount < rows) this.growTable(actual.sheet, actual, rows - actual.rowCount);
        break;
      }
      case 'append': {
        if (plan.rows.length === 0) break;
        const onlyRowBlank =
          actual.rowCount === 1 &&
          actual.headers.every(
            (_, c) => this.cell(actual.sheet, actual.row + 1, actual.col + c) === null,
          );
        const start = onlyRowBlank ? 0 : actual.rowCount;
        this.appendAt.set(plan.name, start);
        const extra = start + plan.rows.length - actual.rowCount;
        if (extra > 0) this.growTable(actual.sheet, actual, extra);
        break;
      }
      default:
        break;
    }
    return changed;
  }

  /** Pass 3 for one table: the cells its policy asks for. */
  private tableContent(plan: TablePlan) {
    const actual = findTableState(this.work, plan.name);
    if (!actual) return;
    const rowsOrBlank =
      plan.rows.length > 0 ? plan.rows : [plan.headers.map((): PlanCell => ({ own: 'owned' }))];
    const at = (header: string) => headerIndex(actual.headers, header);
    /** A plan row laid out in the table's actual column order; unknown columns are left alone. */
    const inTableOrder = (cells: PlanCell[]) =>
      actual.headers.map((h) => {
        const i = headerIndex(plan.headers, h);
        return i >= 0 ? cells[i] : undefined;
      });

    if (this.createdTables.has(plan.name)) {
      // Created in pass 1 with its constants: now its formulas.
      this.writeRows(actual.sheet, actual, rowsOrBlank);
      if (plan.policy !== 'user') return;
    }
    switch (plan.policy) {
      case 'seed':
        return;
      case 'user':
        for (const [header, formula] of Object.entries(plan.computed))
          this.computedColumn(actual, at(header), formula);
        return;
      case 'owned': {
        const rows = rowsOrBlank;
        const laidOut = rows.map(inTableOrder);
        const blank: PlanCell = { own: 'owned', value: null };
        const surplus = Array.from({ length: Math.max(0, actual.rowCount - rows.length) }, () =>
          actual.headers.map(() => blank),
        );
        // Columns the plan does not know are the user's: they are compared as "keep".
        this.writeRows(
          actual.sheet,
          actual,
          [...laidOut, ...surplus].map((cells, r) =>
            cells.map((cell, c) => cell ?? { own: 'owned', ...this.keep(actual, r, c) }),
          ),
        );
        if (surplus.length > 0)
          this.emit({
            kind: 'resizeTable',
            sheet: actual.sheet,
            table: actual.name,
            rowCount: rows.length,
          });
        return;
      }
      case 'append': {
        const start = this.appendAt.get(plan.name);
        if (start === undefined) return;
        plan.rows.map(inTableOrder).forEach((cells, i) => {
          const row = actual.row + 1 + start + i;
          const full = cells.map(
            (cell, c) => cell ?? { own: 'owned' as const, ...this.keep(actual, start + i, c) },
          );
          this.writeRow(
            actual.sheet,
            row,
            actual.col,
            full,
            (c) => !sameContent(full[c], this.cell(actual.sheet, row, actual.col + c)),
          );
        });
        return;
      }
    }
  }

  /** A plan cell that restates what a cell already holds. */
  private keep(table: TableState, r: number, c: number): Pick<PlanCell, 'value' | 'formula'> {
    const current = this.cell(table.sheet, table.row + 1 + r, table.col + c);
    if (!current) return { value: null };
    return current.formula !== undefined ? { formula: current.formula } : { value: current.value };
  }

  /** Fills a computed column with its formula, in one block per run of rows that need it. */
  private computedColumn(table: TableState, col: number, formula: string) {
    if (col < 0) return;
    const cell: PlanCell = { formula, own: 'owned' };
    let start = -1;
    const flush = (end: number) => {
      if (start < 0) return;
      const count = end - start;
      const expected = Array.from({ length: count }, (_, i) => [
        this.cell(table.sheet, table.row + 1 + start + i, table.col + col),
      ]);
      this.emit({
        kind: 'write',
        sheet: table.sheet,
        row: table.row + 1 + start,
        col: table.col + col,
        cells: Array.from({ length: count }, () => [cell]),
        expected,
      });
      start = -1;
    };
    for (let r = 0; r < table.rowCount; r += 1) {
      const current = this.cell(table.sheet, table.row + 1 + r, table.col + col);
      const needs = !sameContent(cell, current, table.name);
      if (needs && isTyped(current)) {
        this.conflicts.push({
          sheet: table.sheet,
          row: table.row + 1 + r,
          col: table.col + col,
          value: current?.value ?? null,
        });
        flush(r);
      } else if (needs) {
        if (start < 0) start = r;
      } else flush(r);
    }
    flush(table.rowCount);
  }

  names(plan: WorkbookPlan) {
    for (const name of plan.names) {
      let formula = name.formula;
      if (name.cell) {
        const sheetPlan = plan.sheets.find((s) => s.key === name.cell?.sheet);
        const sheet = this.sheetNames[name.cell.sheet];
        if (!sheetPlan || !sheet) continue;
        const { dr, dc } = this.offset(sheetPlan, sheetPlan.anchorTable);
        formula = `=${quoteSheetName(sheet)}!${absolute(name.cell.row + dr, name.cell.col + dc)}`;
      }
      const current = this.work.names.get(name.name);
      if (current === undefined || canonicalFormula(current) !== canonicalFormula(formula)) {
        this.emit({ kind: 'setName', name: name.name, formula });
      }
    }
  }
}

/** An absolute reference such as $B$4. */
function absolute(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

/** Whether rows from…from+count-1 are empty in the columns col…col+cols-1, and hold no table. */
export function cellsAreFree(
  state: WorkbookState,
  sheet: string,
  from: number,
  count: number,
  col: number,
  cols: number,
): boolean {
  const cells = findSheet(state, sheet)?.cells;
  const overlaps = (c: number) => c >= col && c < col + cols;
  for (const key of cells?.keys() ?? []) {
    const [r, c] = key.split(',').map(Number);
    if (r >= from && r < from + count && overlaps(c)) return false;
  }
  return !state.tables.some(
    (t) =>
      t.sheet.toUpperCase() === sheet.toUpperCase() &&
      t.row < from + count &&
      t.row + t.rowCount >= from &&
      t.col < col + cols &&
      t.col + t.headers.length > col,
  );
}

/**
 * The columns to move down from `row`: the given ones (a table's own), widened to every
 * table at or below that row that they would cut through (Excel cannot shift part of a table), and to column A when
 * the tables start in A or B, where their section labels stand.
 */
export function spanFrom(
  state: WorkbookState,
  sheet: string,
  row: number,
  col: number,
  cols: number,
): { left: number; right: number } {
  let left = col;
  let right = col + cols;
  const below = state.tables.filter(
    (t) => t.sheet.toUpperCase() === sheet.toUpperCase() && t.row >= row,
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const t of below) {
      const tRight = t.col + t.headers.length;
      if (t.col < right && tRight > left && (t.col < left || tRight > right)) {
        left = Math.min(left, t.col);
        right = Math.max(right, tRight);
        changed = true;
      }
    }
  }
  return { left: left <= 1 ? 0 : left, right };
}

/**
 * The edits that give a table `count` more rows. Excel grows a table into the rows right
 * below it only when they are empty, so anything there (a note, another table) is moved
 * down first by inserting blank cells.
 */
export function growTableEdits(
  state: WorkbookState,
  sheet: string,
  table: TableState,
  count: number,
): Edit[] {
  const edits: Edit[] = [];
  const below = table.row + table.rowCount + 1;
  if (!cellsAreFree(state, sheet, below, count, table.col, table.headers.length)) {
    const { left, right } = spanFrom(state, sheet, below, table.col, table.headers.length);
    edits.push({ kind: 'insertCells', sheet, row: below, col: left, cols: right - left, count });
  }
  edits.push({ kind: 'resizeTable', sheet, table: table.name, rowCount: table.rowCount + count });
  return edits;
}

/** A table plan with its formula cells left blank, for creating the table before its formulas. */
function withoutFormulas(plan: TablePlan): TablePlan {
  return {
    ...plan,
    rows: plan.rows.map((cells) =>
      cells.map((cell) =>
        cell.formula === undefined ? cell : { own: cell.own, numberFormat: cell.numberFormat },
      ),
    ),
  };
}

/**
 * The edits come in the order Excel can take them in one batch. Excel's formula parser
 * refuses a structured reference to a table it does not have, and validation or a
 * conditional format that names an undefined name, so:
 *   1. sheets, and tables with their headers and constants; new columns; room for new rows;
 *   2. the defined names, which refer to those tables;
 *   3. the cells: formulas and the rest;
 *   4. validation, conditional formats, widths and the like; charts (the adapter adds them
 *      after this batch).
 * Each edit's positions hold for the workbook as the edits before it leave it.
 */
export function reconcile(
  plan: WorkbookPlan,
  state: WorkbookState,
  migration?: LayoutMigration,
): ReconcileResult {
  const reconciler = new Reconciler(state, migration);
  // A workbook whose formats an earlier version wrote gets every sheet's formats again.
  const formatsOutdated = migration?.formatsOutdated(state) ?? false;
  if (migration && formatsOutdated)
    reconciler.emit({
      kind: 'setName',
      name: migration.stamp.name,
      formula: migration.stamp.formula,
    });
  for (const sheet of plan.sheets) reconciler.structure(sheet, formatsOutdated);
  reconciler.names(plan);
  for (const sheet of plan.sheets) reconciler.content(sheet);
  for (const sheet of plan.sheets) reconciler.formats(sheet);
  return {
    edits: reconciler.edits,
    conflicts: reconciler.conflicts,
    sheetNames: reconciler.sheetNames,
  };
}

/**
 * Brings a workbook up to date: first its structure, then, with `refreshAt`, its status
 * outputs, computed from the tables as the structural edits leave them (a new area's column
 * must exist before the findings say whether it is missing).
 */
export function updateWorkbook(
  state: WorkbookState,
  options: WorkbookPlanOptions,
  migration?: LayoutMigration,
): ReconcileResult {
  const structure = reconcile(
    planForWorkbook(stateTables(state), { ...options, refreshAt: undefined }).plan,
    state,
    migration,
  );
  // A workbook created from nothing opens on its matrix, where people start.
  if (!state.tables.some((t) => t.name.toUpperCase() === TABLE.matrix.toUpperCase())) {
    for (const edit of structure.edits) {
      if (edit.kind === 'createTable' && edit.table.key === 'matrix') {
        structure.edits.push({ kind: 'activate', sheet: edit.sheet });
        break;
      }
    }
  }
  if (!options.refreshAt) return structure;
  const after = cloneState(state);
  applyEdits(after, structure.edits);
  // The outputs are the add-in's only with a refresh: that is when the findings can move.
  const outputs = reconcile(planForWorkbook(stateTables(after), options).plan, after, migration);
  return {
    edits: [...structure.edits, ...outputs.edits],
    conflicts: [...structure.conflicts, ...outputs.conflicts],
    sheetNames: outputs.sheetNames,
  };
}

export { cellKey };
