/**
 * A workbook as the previous release left it, rebuilt in the Excel fake through the same
 * Excel API a user's workbook is made of: sheets, typed cells, tables, defined names,
 * formulas, number formats and the chart. The cells come from fixtures/previous-release.json,
 * recorded from that release's own gateway (see fixtures/README.md).
 */
import * as fs from 'fs';
import * as path from 'path';

type FixtureCell = string | number | boolean | null | { f: string };

export interface PreviousReleaseFixture {
  about: string;
  sheets: {
    name: string;
    cells: Record<string, FixtureCell>;
    numberFormats: Record<string, string>;
    columnWidths: Record<string, number>;
  }[];
  tables: { name: string; sheet: string; address: string }[];
  names: { name: string; formula: string }[];
  charts: { name: string; sheet: string; type: string; sourceAddress: string }[];
}

export function previousReleaseFixture(): PreviousReleaseFixture {
  const file = path.join(__dirname, 'fixtures', 'previous-release.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as PreviousReleaseFixture;
}

function isFormula(cell: FixtureCell): cell is { f: string } {
  return typeof cell === 'object' && cell !== null;
}

/** Builds the fixture's workbook in `excel`, in the order Excel accepts it. */
export async function restorePreviousRelease(
  excel: typeof Excel,
  fixture: PreviousReleaseFixture,
): Promise<void> {
  await excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    for (const sheet of fixture.sheets) sheets.add(sheet.name);
    // Headers and typed values first: a table is made over them, and formulas may name it.
    for (const sheet of fixture.sheets) {
      const ws = sheets.getItem(sheet.name);
      for (const [address, cell] of Object.entries(sheet.cells))
        if (!isFormula(cell) && cell !== null) ws.getRange(address).values = [[cell]];
    }
    for (const table of fixture.tables)
      sheets.getItem(table.sheet).tables.add(table.address, true).name = table.name;
    for (const name of fixture.names) ctx.workbook.names.add(name.name, name.formula);
    for (const sheet of fixture.sheets) {
      const ws = sheets.getItem(sheet.name);
      for (const [address, cell] of Object.entries(sheet.cells))
        if (isFormula(cell)) ws.getRange(address).formulas = [[cell.f]];
      for (const [address, format] of Object.entries(sheet.numberFormats))
        ws.getRange(address).numberFormat = [[format]];
      for (const [column, width] of Object.entries(sheet.columnWidths))
        ws.getRange(`${column}:${column}`).format.columnWidth = width;
    }
    for (const chart of fixture.charts) {
      const ws = sheets.getItem(chart.sheet);
      const source = chart.sourceAddress.replace(/^.*!/, '').replace(/\$/g, '');
      ws.charts.add(chart.type as Excel.ChartType, ws.getRange(source), 'Auto').name = chart.name;
    }
    await ctx.sync();
  });
}
