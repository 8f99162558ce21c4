import { CellValue, displayText } from './cells';
import { Edit, StateCell, TableState, WorkbookState, findTableState, readCell } from './edits';
import { UserError } from './errors';
import { matrixHelperFormulas } from './formulas';
import { Lang, t } from './i18n';
import { PlanCell } from './planTypes';
import { growTableEdits } from './reconcile';
import { COLUMNS, MATRIX_COMPUTED, TABLE, columnIndex, headerIndex } from './tables';

/**
 * The writes of the pane's small actions, as edits in the core's list, so that one
 * interpreter writes them with the same co-author check as everything else.
 */

/** A person's typed fields, as the form shows them. */
export interface PersonFields {
  name: string;
  role: string;
  department: string;
  email: string;
  fromPhase: string;
  /** By area ID; '' is "not involved". */
  codes: Record<string, string>;
}

/** One person saved from the pane. */
export interface PersonChange extends PersonFields {
  /** The person's body row in tblMatrix, or null for a new person. */
  row: number | null;
  /**
   * What the form showed when it opened. Only fields that differ from it are written, and
   * only where the workbook still holds it: a co-author's edit since then wins.
   */
  base?: PersonFields;
}

export interface PersonEditsResult {
  /** The body row the person is in. */
  row: number;
  edits: Edit[];
  /** Fields the user changed that a co-author changed first; left as the co-author made them. */
  conflicts: number;
}

type TextField = Exclude<keyof PersonFields, 'codes'>;
const TEXT_FIELDS: readonly TextField[] = ['name', 'role', 'department', 'email', 'fromPhase'];

function isBlankCell(cell: StateCell | null): boolean {
  return cell === null || (cell.formula === undefined && displayText(cell.value) === '');
}

/** The edits that write one person's row of tblMatrix. */
export function personEdits(
  state: WorkbookState,
  lang: Lang,
  change: PersonChange,
): PersonEditsResult {
  const table = findTableState(state, TABLE.matrix);
  if (!table) throw new UserError('error.notCreated');
  const cellAt = (r: number, c: number) =>
    readCell(state, table.sheet, table.row + 1 + r, table.col + c);
  const blankRow = (r: number) =>
    table.headers.every((_, c) => {
      const cell = cellAt(r, c);
      return isBlankCell(cell) || cell?.formula !== undefined;
    });

  let row = change.row;
  if (row !== null && (row < 0 || row >= table.rowCount))
    throw new UserError('error.personRowGone');
  const edits: Edit[] = [];
  let work: TableState = table;
  if (row === null) {
    // The first empty row, or a new one under the table.
    row = -1;
    for (let r = 0; r < table.rowCount && row < 0; r += 1) if (blankRow(r)) row = r;
    if (row < 0) {
      row = table.rowCount;
      edits.push(...growTableEdits(state, table.sheet, table, 1));
      work = { ...table, rowCount: table.rowCount + 1 };
    }
  }
  const isNew = change.row === null;
  const sheetRow = work.row + 1 + row;
  // A row moved down by an insert was read where it was; a new row under the table is blank.
  const current = (c: number): StateCell | null => (row! < table.rowCount ? cellAt(row!, c) : null);

  const wanted = new Map<number, PlanCell>();
  let conflicts = 0;
  const base = change.base;
  const want = (c: number, text: string, before: string | undefined) => {
    if (c < 0) return;
    if (!isNew && before !== undefined && text === before) return; // unchanged in the form
    if (!isNew && before !== undefined && displayText(current(c)?.value ?? null) !== before) {
      conflicts += 1; // a co-author changed it since the form opened
      return;
    }
    wanted.set(c, { own: 'seed', value: text });
  };
  for (const field of TEXT_FIELDS)
    want(columnIndex(table.headers, 'matrix', field, lang), change[field], base?.[field]);
  for (const [areaId, code] of Object.entries(change.codes))
    want(headerIndex(table.headers, areaId), code, base ? (base.codes[areaId] ?? '') : undefined);
  if (row >= table.rowCount || isNew) {
    // A new row gets the computed columns' formulas where it lacks them.
    const helpers = matrixHelperFormulas(lang);
    for (const column of MATRIX_COMPUTED) {
      const c = columnIndex(table.headers, 'matrix', column, lang);
      if (c >= 0 && current(c)?.formula === undefined)
        wanted.set(c, {
          own: 'owned',
          formula: column === 'party' ? helpers.party : helpers.phaseNo,
        });
    }
  }

  // One write per run of neighbouring columns, each carrying what was read there.
  const columns = [...wanted.keys()].sort((a, b) => a - b);
  for (let i = 0; i < columns.length;) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1) j += 1;
    const cells = columns.slice(i, j + 1).map((c) => wanted.get(c)!);
    edits.push({
      kind: 'write',
      sheet: table.sheet,
      row: sheetRow,
      col: table.col + columns[i],
      cells: [cells],
      expected: [columns.slice(i, j + 1).map((c) => current(c))],
    });
    i = j + 1;
  }
  return { row, edits, conflicts };
}

/** The edits that tick or untick one method step, with the date and who did it. */
export function checklistEdits(
  state: WorkbookState,
  lang: Lang,
  index: number,
  done: boolean,
  by: string,
  at: Date,
): Edit[] {
  const table = findTableState(state, TABLE.checklist);
  if (!table || index < 0 || index >= table.rowCount) throw new UserError('error.notCreated');
  const row = table.row + 1 + index;
  const values: [(typeof COLUMNS.checklist)[number], CellValue][] = [
    ['done', t(lang, done ? 'yes' : 'no')],
    // The day as Excel's serial number (UTC days since 1899-12-30), shown as a date.
    ['date', done ? Math.floor(at.getTime() / 86_400_000) + 25_569 : null],
    ['by', done ? by : null],
  ];
  const edits: Edit[] = [];
  for (const [column, value] of values) {
    const c = columnIndex(table.headers, 'checklist', column, lang);
    if (c < 0) continue;
    edits.push({
      kind: 'write',
      sheet: table.sheet,
      row,
      col: table.col + c,
      cells: [[{ own: 'seed', value }]],
      expected: [[readCell(state, table.sheet, row, table.col + c)]],
    });
  }
  return edits;
}

/** One cell of the plan to KLAR to change: an area's code for a person (a matrix body row). */
export interface CodeChange {
  area: string;
  row: number;
  /** What the cell must still hold: '' for blank, else the text as typed. */
  from: string;
  to: string;
}

export interface CodeEditsResult {
  /** One write per change that may go ahead, in the order of `planned`. */
  edits: Extract<Edit, { kind: 'write' }>[];
  planned: CodeChange[];
  /** The changes whose cell no longer holds `from`: a co-author got there first. */
  refused: CodeChange[];
}

/**
 * The edits that apply suggestions (or undo them: the same change reversed). A cell is
 * written only if it still holds `from`; the write carries the cell as read, so the one
 * write path also leaves it alone if it changes before the write lands.
 */
export function codeEdits(state: WorkbookState, changes: readonly CodeChange[]): CodeEditsResult {
  const table = findTableState(state, TABLE.matrix);
  if (!table) throw new UserError('error.notCreated');
  const edits: Extract<Edit, { kind: 'write' }>[] = [];
  const planned: CodeChange[] = [];
  const refused: CodeChange[] = [];
  for (const change of changes) {
    const col = headerIndex(table.headers, change.area);
    if (col < 0) throw new UserError('error.unknownArea', { id: change.area });
    if (change.row < 0 || change.row >= table.rowCount) {
      refused.push(change);
      continue;
    }
    const sheetRow = table.row + 1 + change.row;
    const cell = readCell(state, table.sheet, sheetRow, table.col + col);
    const holds =
      cell === null || cell.formula === undefined ? displayText(cell?.value ?? null) : null;
    if (holds !== change.from) {
      refused.push(change);
      continue;
    }
    edits.push({
      kind: 'write',
      sheet: table.sheet,
      row: sheetRow,
      col: table.col + col,
      cells: [[{ own: 'seed', value: change.to }]],
      expected: [[cell]],
    });
    planned.push(change);
  }
  return { edits, planned, refused };
}
