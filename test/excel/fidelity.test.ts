/**
 * The Excel path and the .xlsx path render the same plan to the same workbook: cell for cell
 * (values and formulas), validation, conditional-format rules, tables and names.
 */
import ExcelJS from 'exceljs';
import { a1 } from '../../src/core/cells';
import { planForWorkbook } from '../../src/core/engine';
import { demoPeople } from '../../src/core/demo';
import { Lang } from '../../src/core/i18n';
import { renderPlan } from '../../src/xlsx/render';
import { cellPlainValue } from '../../src/xlsx/read';
import { T0, atApiLevels, ok, setUp } from './support';

function serial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** Cells of an ExcelJS sheet as A1 → value or formula. */
function xlsxCells(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const address = a1(Number(cell.row) - 1, Number(cell.col) - 1);
      if (cell.type === ExcelJS.ValueType.Formula) cells[address] = `=${cell.formula}`;
      else {
        const value = cellPlainValue(cell);
        if (value !== null && value !== '')
          cells[address] = value instanceof Date ? serial(value) : value;
      }
    }),
  );
  return cells;
}

function fakeCells(
  cells: Record<string, { value: unknown; formula: string | null }>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [address, cell] of Object.entries(cells)) {
    if (cell.formula) out[address] = cell.formula;
    else if (cell.value !== null && cell.value !== '') out[address] = cell.value;
  }
  return out;
}

const cases = atApiLevels<{ lang: Lang }>([{ lang: 'da' }, { lang: 'en' }]);

describe.each(cases)('the same plan in Excel and an .xlsx file ($lang, ExcelApi $level)', (at) => {
  const { lang, level } = at;
  const people = demoPeople(lang);
  let snapshot: ReturnType<ReturnType<typeof setUp>['host']['snapshot']>;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const { host, gateway } = setUp({ requirementSets: { ExcelApi: level } });
    // Same plan on both paths: the gateway plans a new workbook exactly so.
    const plan = planForWorkbook({}, { lang, refreshAt: T0, blankRows: 20 }).plan;
    ok(await gateway.createOrUpdate(lang));
    snapshot = host.snapshot();
    workbook = renderPlan(plan).workbook;
    expect(people.length).toBeGreaterThan(0);
  });

  it('has the same sheets, in the same order after any sheet Excel started with', () => {
    const ours = snapshot.sheets.map((s) => s.name).filter((name) => workbook.getWorksheet(name));
    expect(ours).toEqual(workbook.worksheets.map((ws) => ws.name));
  });

  it('holds the same values and formulas in every cell', () => {
    for (const ws of workbook.worksheets) {
      const sheet = snapshot.sheets.find((s) => s.name === ws.name)!;
      expect([ws.name, fakeCells(sheet.cells)]).toEqual([ws.name, xlsxCells(ws)]);
      expect(Object.keys(xlsxCells(ws)).length).toBeGreaterThan(5);
    }
  });

  it('has the same tables at the same addresses', () => {
    const xlsxTables = workbook.worksheets.flatMap((ws) =>
      (ws.getTables() as unknown as { table: { name: string; tableRef: string } }[]).map(
        ({ table }) => ({
          name: table.name,
          sheet: ws.name,
          address: table.tableRef,
        }),
      ),
    );
    const fakeTables = snapshot.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet,
      address: t.address.replace(/^.*!/, '').replace(/\$/g, ''),
    }));
    expect(fakeTables.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      xlsxTables.sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it('has the same validation, with the same input messages', () => {
    for (const ws of workbook.worksheets) {
      const sheet = snapshot.sheets.find((s) => s.name === ws.name)!;
      const model = (
        ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
      ).dataValidations.model;
      const fromXlsx = Object.entries(model).map(([address, v]) => ({
        address,
        source: String(v.formulae[0]).replace(/^"|"$/g, ''),
        title: v.promptTitle,
        message: v.prompt,
      }));
      const fromFake = sheet.dataValidations.map((v) => {
        const rule = v.rule as { list?: { source: string }; wholeNumber?: { formula1: number } };
        const prompt = v.prompt as { title: string; message: string };
        return {
          address: v.address.replace(/\$/g, ''),
          source: rule.list
            ? rule.list.source.replace(/^=/, '')
            : String(rule.wholeNumber?.formula1),
          title: prompt?.title,
          message: prompt?.message,
        };
      });
      const key = (v: { address: string }) => v.address;
      expect([ws.name, [...fromFake].sort((a, b) => key(a).localeCompare(key(b)))]).toEqual([
        ws.name,
        [...fromXlsx].sort((a, b) => key(a).localeCompare(key(b))),
      ]);
    }
  });

  it('has the same conditional-format rules on the same ranges', () => {
    let seen = 0;
    for (const ws of workbook.worksheets) {
      const sheet = snapshot.sheets.find((s) => s.name === ws.name)!;
      const fromXlsx = (
        ws as unknown as {
          conditionalFormattings: {
            ref: string;
            rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[];
          }[];
        }
      ).conditionalFormattings.flatMap((cf) =>
        cf.rules.map(
          (rule) => `${cf.ref}|=${rule.formulae[0]}|#${rule.style.fill.bgColor.argb.slice(2)}`,
        ),
      );
      const fromFake = sheet.conditionalFormats.map(
        (cf) => `${cf.address.replace(/\$/g, '')}|${cf.formula}|${cf.fill}`,
      );
      expect([ws.name, fromFake.sort()]).toEqual([ws.name, fromXlsx.sort()]);
      seen += fromFake.length;
    }
    expect(seen).toBeGreaterThan(5);
  });

  it('defines the same names', () => {
    const fromXlsx = (
      workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }
    ).model.map((n) => `${n.name}=${n.ranges[0].replace(/^=/, '')}`);
    const fromFake = snapshot.names.map((n) => `${n.name}=${n.formula.replace(/^=/, '')}`);
    expect(fromFake.sort()).toEqual(fromXlsx.sort());
  });
});
