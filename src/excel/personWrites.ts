import { CellValue } from '../core/cells';
import { WorkbookState, findTableState, readCell } from '../core/edits';
import { detectLang, TableSet } from '../core/model';
import { COLUMNS, TABLE, header, MATRIX_COMPUTED } from '../core/tables';
import { matrixHelperFormulas } from '../core/formulas';
import { fail } from './session';
import { constantInput } from './cellInput';
import { PersonEdit } from './api';

/**
 * The cells that saving one person writes in tblMatrix: their typed columns and area codes,
 * one block per run of columns. An existing row keeps what a co-author typed since the pane
 * read it; a new person goes in the first empty row, or right under the table, which makes
 * Excel extend the table (never TableRowCollection.add, which co-authoring rules out).
 */
export interface PersonWrites {
  row: number;
  blocks: {
    sheet: string;
    row: number;
    col: number;
    values: (string | number | boolean | null)[];
  }[];
  conflicts: number;
}

export function personWrites(
  read: { state: WorkbookState; tables: TableSet },
  edit: PersonEdit,
): PersonWrites {
  const table = findTableState(read.state, TABLE.matrix);
  if (!table) return fail('error.notCreated');
  const lang = detectLang(read.tables);
  const index = (name: string) =>
    table.headers.findIndex((h) => h.toUpperCase() === name.toUpperCase());
  const cellAt = (r: number, c: number) =>
    readCell(read.state, table.sheet, table.row + 1 + r, table.col + c);
  const blankRow = (r: number) =>
    table.headers.every((_, c) => {
      const cell = cellAt(r, c);
      return cell === null || cell.formula !== undefined;
    });

  let row = edit.row;
  if (row !== null && (row < 0 || row >= table.rowCount)) fail('error.personRowGone');
  if (row === null) {
    row = -1;
    for (let r = 0; r < table.rowCount && row < 0; r += 1) if (blankRow(r)) row = r;
    if (row < 0) row = table.rowCount;
  }

  const wanted = new Map<number, CellValue | { formula: string }>();
  const typed: Record<string, string> = {
    name: edit.name,
    role: edit.role,
    department: edit.department,
    email: edit.email,
    fromPhase: edit.fromPhase,
  };
  for (const column of COLUMNS.matrix) {
    const c = index(header('matrix', column, lang));
    if (c < 0) continue;
    if ((MATRIX_COMPUTED as readonly string[]).includes(column)) {
      if (row >= table.rowCount) {
        const helpers = matrixHelperFormulas(lang);
        wanted.set(c, { formula: column === 'party' ? helpers.party : helpers.phaseNo });
      }
      continue;
    }
    wanted.set(c, typed[column] ?? '');
  }
  for (const [areaId, code] of Object.entries(edit.codes)) {
    const c = index(areaId);
    if (c >= 0) wanted.set(c, code);
  }

  // A new row must be written whole from the first column, so Excel extends the table.
  const values: (string | number | boolean | null)[] = table.headers.map((_, c) => {
    const value = wanted.get(c);
    if (value === undefined) return null;
    if (value !== null && typeof value === 'object' && 'formula' in value) return value.formula;
    return constantInput(value as CellValue);
  });
  return {
    row,
    blocks: [{ sheet: table.sheet, row: table.row + 1 + row, col: table.col, values }],
    conflicts: 0,
  };
}
