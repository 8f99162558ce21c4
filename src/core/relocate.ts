/**
 * The layout migration "Opdater arkene" runs: a workbook an earlier version laid out is
 * brought to the current layout without losing a cell. Kept apart from reconcile itself so
 * that the ribbon's "Opdater status", which does not migrate, leaves it out of its script.
 */
import { isBlank } from './cells';
import { TableState, WorkbookState, findTableState } from './edits';
import { NAMES, canonicalFormula } from './formulas';
import { PlanCell, SheetPlan, TablePlan } from './planTypes';
import { LayoutMigration, ReconcileAccess, sameContent, spanFrom } from './reconcile';
import { headerIndex } from './tables';

/**
 * Brings the tables of a sheet laid out by an earlier version to where the plan puts them,
 * e.g. Status's findings, once to the right of the areas and now below the checklist.
 * Only while the sheet's anchor table stands where the plan puts it (so nobody has moved
 * the layout as a whole), and never losing a cell:
 *   - a table beside the anchor table (to its right) whose every cell the add-in writes is
 *     taken down, with its old label, and made again in its planned place by the usual steps;
 *   - any other table lower in the same columns is moved down by inserting blank cells
 *     above it (and its label), which moves what is below it too.
 * A table that would have to move up or sideways keeps its place.
 */
function relocate(run: ReconcileAccess, sheet: string, plan: SheetPlan): boolean {
  const anchorPlan = plan.tables.find((t) => t.name === plan.anchorTable);
  const anchor = findTableState(run.work, plan.anchorTable);
  if (!anchorPlan || !anchor || anchor.row !== anchorPlan.row || anchor.col !== anchorPlan.col)
    return false;
  const misplaced = (table: TablePlan): TableState | null => {
    const actual = findTableState(run.work, table.name);
    if (!actual || actual.sheet.toUpperCase() !== sheet.toUpperCase()) return null;
    return actual.row === table.row && actual.col === table.col ? null : actual;
  };
  let changed = false;
  for (const table of plan.tables) {
    const actual = misplaced(table);
    const beside = actual !== null && actual.col >= anchor.col + anchor.headers.length;
    const ownsEveryCell =
      table.policy === 'owned' && actual?.headers.every((h) => headerIndex(table.headers, h) >= 0);
    if (!actual || !beside || !ownsEveryCell) continue;
    clearLabels(run, sheet, plan, table, actual);
    run.emit({ kind: 'deleteTable', sheet, table: actual.name });
    changed = true;
  }
  for (const table of [...plan.tables].sort((a, b) => a.row - b.row)) {
    const actual = misplaced(table);
    if (!actual || actual.col !== table.col || actual.row >= table.row) continue;
    const labelAbove = actual.row > 0 && hasLabelAbove(plan, table);
    const from = labelAbove ? actual.row - 1 : actual.row;
    const { left, right } = spanFrom(run.work, sheet, from, actual.col, actual.headers.length);
    const cutsATable = run.work.tables.some(
      (t) =>
        t.sheet.toUpperCase() === sheet.toUpperCase() &&
        t.row < from &&
        t.row + t.rowCount >= from &&
        t.col < right &&
        t.col + t.headers.length > left,
    );
    if (cutsATable) continue;
    const count = table.row - actual.row;
    run.emit({ kind: 'insertCells', sheet, row: from, col: left, cols: right - left, count });
    changed = true;
  }
  return changed;
}

/** Whether the plan puts a label in the row right above this table. */
function hasLabelAbove(plan: SheetPlan, table: TablePlan): boolean {
  return plan.blocks.some((b) => b.anchor === table.name && b.row === table.row - 1);
}

/** Blanks the labels the plan anchors to a table, where they still say what the plan says. */
function clearLabels(
  run: ReconcileAccess,
  sheet: string,
  plan: SheetPlan,
  table: TablePlan,
  actual: TableState,
) {
  const dr = actual.row - table.row;
  const dc = actual.col - table.col;
  for (const block of plan.blocks.filter((b) => b.anchor === table.name)) {
    block.cells.forEach((cells, r) => {
      const row = block.row + r + dr;
      const col = block.col + dc;
      run.writeRow(
        sheet,
        row,
        col,
        cells.map((): PlanCell => ({ own: 'owned', value: null })),
        (i) =>
          !isBlank(cells[i].value ?? null) && sameContent(cells[i], run.cell(sheet, row, col + i)),
      );
    });
  }
}

/**
 * An earlier version wrote each section's label in column A, also above tables that start
 * in column B; the label now stands above the table itself. A column-A cell in a label's row
 * that still says exactly that label is the earlier version's, and is blanked.
 */
function clearColumnALabels(run: ReconcileAccess, sheet: string, plan: SheetPlan) {
  for (const block of plan.blocks) {
    const { dr, dc } = run.offset(plan, block.anchor);
    const first = block.cells[0]?.[0];
    const row = block.row + dr;
    if (block.col + dc === 0 || !first || isBlank(first.value ?? null)) continue;
    if (!plan.tables.some((t) => t.name === block.anchor && t.row - 1 === block.row)) continue;
    if (sameContent(first, run.cell(sheet, row, 0)))
      run.writeRow(sheet, row, 0, [{ own: 'owned', value: null }], () => true);
  }
}

/**
 * The version of the sheets' formats: widths, validation, conditional formats, print settings
 * and the like. Raise it when they change; "Opdater arkene" then writes every sheet's formats
 * again in a workbook an earlier version made, which holds an older number in its defined name.
 *   1. (no name) up to the release before the owner's page
 *   2. the owner's page: Status in sections, printing on A4, helper columns grouped
 */
export const LAYOUT_VERSION = 2;

/** The defined name that holds it, written with the formats it stands for. */
export const LAYOUT_STAMP = { name: NAMES.layout, formula: `=${LAYOUT_VERSION}` };

/** Whether the workbook's formats were written for an older layout than this one. */
function formatsOutdated(state: WorkbookState): boolean {
  const written = state.names.get(LAYOUT_STAMP.name);
  return (
    written === undefined || canonicalFormula(written) !== canonicalFormula(LAYOUT_STAMP.formula)
  );
}

export const LAYOUT_MIGRATION: LayoutMigration = {
  relocate,
  clearOldLabels: clearColumnALabels,
  formatsOutdated,
  stamp: LAYOUT_STAMP,
};
