import ExcelJS from 'exceljs';
import { demoPeople } from '../../src/core/demo';
import { analyseTables, newWorkbookPlan, planTables } from '../../src/core/engine';
import { Lang, t } from '../../src/core/i18n';
import { findTable } from '../../src/core/model';
import { PersonInput } from '../../src/core/planMatrix';
import { header } from '../../src/core/tables';
import { readWorkbookFile } from '../../src/xlsx/read';
import { writeWorkbookFile } from '../../src/xlsx/write';
import { FIXED_DATE, tempFolder, sheetParts, writePeopleWorkbook } from './fixtures';

const folder = tempFolder('roundtrip');
afterAll(() => folder.cleanup());

describe.each<Lang>(['da', 'en'])('an xlsx round trip in %s', (lang) => {
  it('reads back exactly the coverage and findings of the plan it wrote', async () => {
    const { plan } = newWorkbookPlan(lang, demoPeople(lang), FIXED_DATE);
    const file = folder.file();
    await writeWorkbookFile(plan, file, false);

    const fromFile = analyseTables((await readWorkbookFile(file)).tables);
    const fromPlan = analyseTables(planTables(plan));

    expect(fromFile.coverage.areas).toHaveLength(13);
    expect(fromFile.coverage).toEqual(fromPlan.coverage);
    expect(fromFile.findings).toEqual(fromPlan.findings);
    expect(fromFile.model.lang).toBe(lang);
  });
});

describe('text that looks like a formula', () => {
  const TRICKY: PersonInput[] = [
    { name: '+45 Hansen', department: '=SUM(1,2)', codes: { KOMM: 'A' } },
    { name: '-Ida', department: '=1+1', codes: { KOMM: 'D' } },
    { name: '@Bo', department: '@SUM(A1)', codes: { PSRM: 'I' } },
  ];
  let file: string;

  beforeAll(async () => {
    file = folder.file();
    await writePeopleWorkbook(file, 'da', TRICKY);
  });

  it('writes names and departments as string cells, never as formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const ws = workbook.getWorksheet(t('da', 'sheet.matrix'))!;
    const cells = TRICKY.flatMap((person) => {
      const row = findRow(ws, String(person.name));
      return [ws.getCell(row, 1), ws.getCell(row, 3)];
    });
    for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cells.map((cell) => cell.value)).toEqual(
      TRICKY.flatMap((person) => [person.name, person.department]),
    );
  });

  it('puts no formula of that text in the sheet XML', async () => {
    const sheetXml = await sheetParts(file);
    expect(sheetXml).not.toMatch(/<f>\s*SUM\(1,2\)/);
    expect(sheetXml).not.toMatch(/<f>\s*1\+1/);
  });

  it('reads the text back unchanged, with no formula', async () => {
    const content = await readWorkbookFile(file);
    const matrix = findTable(content.tables, 'tblMatrix')!;
    const nameCol = matrix.headers.indexOf(header('matrix', 'name', 'da'));
    const departmentCol = matrix.headers.indexOf(header('matrix', 'department', 'da'));
    const read = matrix.rows
      .slice(0, TRICKY.length)
      .map((row) => [row[nameCol], row[departmentCol]]);
    expect(read).toEqual(TRICKY.map((person) => [person.name, person.department]));
    const typed = content.formulas.tblMatrix
      .slice(0, TRICKY.length)
      .map((row) => row[departmentCol]);
    expect(typed).toEqual([null, null, null]);
  });

  it('counts the people by their text names', async () => {
    const { coverage } = analyseTables((await readWorkbookFile(file)).tables);
    const komm = coverage.areas.find((area) => area.id === 'KOMM')!;
    expect([komm.leads, komm.covers]).toEqual([1, 2]);
  });
});

function findRow(ws: ExcelJS.Worksheet, text: string): number {
  for (let row = 1; row <= ws.rowCount; row += 1) {
    if (ws.getCell(row, 1).value === text) return row;
  }
  throw new Error(`no row with ${text}`);
}
