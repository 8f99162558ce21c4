import { CellValue, excelSerial } from '../core/cells';
import { PlanCell } from '../core/planTypes';

/**
 * What to hand Excel for one cell, in a 2-D `formulas` write.
 * - Formulas come only from the plan, and so from the core's formula module.
 * - Every text goes in behind an apostrophe, Excel's mark for "this is text": a name such
 *   as "=Ane", "+45 …", "-Ida" or "@Bo" can never become a formula, and "1/2" never a date.
 *   The apostrophe is not part of the cell's value.
 * - '' empties a cell; null (used for cells a co-author changed) leaves it as it is.
 */
export function excelInput(cell: PlanCell): string | number | boolean {
  if (cell.formula !== undefined) return cell.formula;
  return constantInput(cell.value ?? null);
}

export function constantInput(value: CellValue): string | number | boolean {
  if (value === null || value === '') return '';
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === 'string') return `'${value}`;
  return value;
}
