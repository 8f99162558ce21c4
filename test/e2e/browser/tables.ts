/** Finding a table's cells in what the page's fake reports (host.ts's `__fake.table`). */
import { a1 } from '../../../src/core/cells';
import type { TableValues } from './host';

/** The index of a header among the table's columns; a missing header fails the test. */
export function column(table: TableValues, header: string): number {
  const at = table.headers.indexOf(header);
  if (at < 0) throw new Error(`no column ${header} in ${table.headers.join(', ')}`);
  return at;
}

/** The A1 address of a body cell of a table, by row and header. */
export function cell(table: TableValues, row: number, header: string): string {
  return a1(table.origin.row + 1 + row, table.origin.col + column(table, header));
}
