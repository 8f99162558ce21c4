import { CellValue } from '../../src/core/cells';
import { FakeExcelHost } from '../fakes/excel';

/** The cells of one of the workbook's tables, by header, as the fake holds them now. */
export function tableRows(host: FakeExcelHost, name: string): Record<string, CellValue>[] {
  const snapshot = host.snapshot();
  const table = snapshot.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  const values = host
    .sheet(table.sheet)
    .values(table.address.replace(/^.*!/, '').replace(/\$/g, ''));
  const [, ...rows] = values;
  return rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i] ?? null])));
}

/** Where a table is: sheet, first data row and first column (zero-based), and its headers. */
export function tableAt(host: FakeExcelHost, name: string) {
  const table = host.snapshot().tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  const [from, to] = table.address.replace(/^.*!/, '').replace(/\$/g, '').split(':');
  const rowOf = (ref: string) => Number(/\d+/.exec(ref)![0]) - 1;
  const colOf = (ref: string) =>
    [.../^[A-Z]+/.exec(ref)![0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    sheet: table.sheet,
    headers: table.headers,
    headerRow: rowOf(from),
    firstRow: rowOf(from) + 1,
    lastRow: rowOf(to),
    col: colOf(from),
    colOf: (header: string) => colOf(from) + table.headers.indexOf(header),
  };
}

/** Every non-empty typed cell of the tables people fill in, as "table|row|header|value". */
export function typedCells(host: FakeExcelHost): string[] {
  const out: string[] = [];
  for (const name of [
    'tblAreas',
    'tblLevels',
    'tblPhases',
    'tblRoles',
    'tblMatrix',
    'tblChecklist',
  ]) {
    tableRows(host, name).forEach((row, r) => {
      for (const [header, value] of Object.entries(row)) {
        if (name === 'tblMatrix' && (header === 'Part' || header === 'Fasenr')) continue;
        if (value !== null && value !== '') out.push(`${name}|${r}|${header}|${String(value)}`);
      }
    });
  }
  return out.sort();
}
