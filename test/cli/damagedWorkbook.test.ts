import ExcelJS from 'exceljs';
import { CheckJson } from '../../src/cli/format';
import { EXIT } from '../../src/cli/main';
import { CellValue, a1 } from '../../src/core/cells';
import { quoteSheetName } from '../../src/core/formulas';
import { t } from '../../src/core/i18n';
import {
  editWithExcelJs,
  editZipParts,
  sheetOfTable,
  tableBounds,
  tempFolder,
  typeInto,
  writeDemoWorkbook,
} from '../xlsx/fixtures';
import { checkJsonOf, cli } from './runCli';

/** Workbooks a user has changed in ways the product must survive: check reads them, exit 1. */

const folder = tempFolder('cli-damaged');
afterAll(() => folder.cleanup());

let demo: string;
let demoJson: CheckJson;
beforeAll(async () => {
  demo = folder.file('demo.xlsx');
  await writeDemoWorkbook(demo);
  demoJson = (await checkJsonOf(demo)).json;
});

async function changedDemo(change: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const file = folder.file();
  await editWithExcelJs(demo, file, change);
  return file;
}

/** The cells of one column of a table's data rows, top to bottom. */
function columnCells(workbook: ExcelJS.Workbook, table: string, header: string): ExcelJS.Cell[] {
  const ws = sheetOfTable(workbook, table);
  const bounds = tableBounds(ws, table);
  let col = bounds.left;
  while (col <= bounds.right && ws.getCell(bounds.top, col).value !== header) col += 1;
  if (col > bounds.right) throw new Error(`${table} has no column ${header}`);
  const cells: ExcelJS.Cell[] = [];
  for (let row = bounds.top + 1; row <= bounds.bottom; row += 1) cells.push(ws.getCell(row, col));
  return cells;
}

function areaIdCells(workbook: ExcelJS.Workbook): ExcelJS.Cell[] {
  return columnCells(workbook, 'tblAreas', t('da', 'col.areas.id'));
}

describe('a renamed sheet', () => {
  it.each(['Kompetencer', "Team's matrix"])(
    'still checks, since tables are found by name (Matrix renamed to %s)',
    async (name) => {
      const file = await changedDemo((wb) => {
        sheetOfTable(wb, 'tblMatrix').name = name;
      });
      const { code, json } = await checkJsonOf(file);
      expect(code).toBe(EXIT.notReady);
      expect(json.areas).toEqual(demoJson.areas);
      const renamed = (text: string) => text.split('Matrix!').join(`${quoteSheetName(name)}!`);
      expect(json.findings).toEqual(
        demoJson.findings.map((f) => ({
          ...f,
          message: renamed(f.message),
          cell: f.cell && renamed(f.cell),
        })),
      );
    },
  );

  it('still checks when a table name changes case', async () => {
    const file = folder.file();
    await editZipParts(demo, file, (part, xml) =>
      part.startsWith('xl/tables/') ? xml.replace(/"tblAreas"/g, '"TBLAREAS"') : xml,
    );
    const { code, json } = await checkJsonOf(file);
    expect(code).toBe(EXIT.notReady);
    expect(json.areas).toEqual(demoJson.areas);
  });
});

describe('an empty tblAreas', () => {
  let file: string;
  beforeAll(async () => {
    file = await changedDemo((wb) => {
      const ws = sheetOfTable(wb, 'tblAreas');
      const { top, bottom, left, right } = tableBounds(ws, 'tblAreas');
      for (let row = top + 1; row <= bottom; row += 1) {
        for (let col = left; col <= right; col += 1) ws.getCell(row, col).value = null;
      }
    });
  });

  it('gives the noAreas finding and exits with 1', async () => {
    const { code, json } = await checkJsonOf(file);
    expect(code).toBe(EXIT.notReady);
    expect(json.ready).toBe(false);
    expect(json.areas).toEqual([]);
    expect(json.findings).toContainEqual({
      severity: 'error',
      topic: 'noAreas',
      message: t('da', 'finding.noAreas'),
      cell: null,
    });
  });

  it('keeps the matrix data as archived columns', async () => {
    const { json } = await checkJsonOf(file);
    const archived = json.findings.filter((finding) => finding.topic === 'archivedColumn');
    expect(archived).toHaveLength(demoJson.areas.length);
  });

  it('prints the finding in text mode too', async () => {
    const result = await cli(['check', file]);
    expect(result.code).toBe(EXIT.notReady);
    expect(result.out.join('\n')).toContain(t('da', 'finding.noAreas'));
  });
});

describe('duplicate and malformed area IDs', () => {
  const MALFORMED: CellValue[] = ['bad id', 'indr_kom', 'X', 42];
  let json: CheckJson;
  let code: number;

  beforeAll(async () => {
    const file = await changedDemo((wb) => {
      const ids = areaIdCells(wb);
      ids[1].value = 'INDR_BIB';
      MALFORMED.forEach((id, i) => (ids[2 + i].value = id));
    });
    ({ code, json } = await checkJsonOf(file));
  });

  it('reports each malformed ID', () => {
    expect(code).toBe(EXIT.notReady);
    const messages = json.findings
      .filter((f) => f.topic === 'malformedAreaId')
      .map((f) => f.message);
    expect(messages).toEqual(
      MALFORMED.map((id) => t('da', 'finding.malformedAreaId', { id: String(id) })),
    );
  });

  it('reports a duplicate ID once, and uses only its first row', () => {
    const duplicates = json.findings.filter((f) => f.topic === 'duplicateAreaId');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0].message).toContain('INDR_BIB');
    expect(json.areas.filter((area) => area.id === 'INDR_BIB')).toHaveLength(1);
  });

  it('names the duplicate rows by the row numbers the Areas sheet shows', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(demo);
    const rows = areaIdCells(workbook)
      .slice(0, 2)
      .map((cell) => Number(cell.row));
    const duplicate = json.findings.find((f) => f.topic === 'duplicateAreaId');
    expect(duplicate?.message).toBe(
      t('da', 'finding.duplicateAreaId', { id: 'INDR_BIB', rows: rows.join(', ') }),
    );
  });
});

describe('numbers and dates where a code belongs', () => {
  const NUMBER = 3;
  const DATE = new Date(Date.UTC(2024, 4, 1));
  let json: CheckJson;
  let addresses: string[];

  beforeAll(async () => {
    const file = await changedDemo((wb) => {
      // The demo's first person, Mette, has no code in INDR_BIB or INDR_KOM.
      const [number] = columnCells(wb, 'tblMatrix', 'INDR_BIB');
      const [date] = columnCells(wb, 'tblMatrix', 'INDR_KOM');
      typeInto(number, NUMBER);
      typeInto(date, DATE);
      addresses = [number, date].map(
        (cell) => `Matrix!${a1(Number(cell.row) - 1, Number(cell.col) - 1)}`,
      );
    });
    json = (await checkJsonOf(file)).json;
  });

  it('gives an invalid finding with the number hint for each, at its cell', () => {
    const hint = t('da', 'finding.invalid.hintNumber');
    const expected = [
      { cell: addresses[0], value: String(NUMBER) },
      { cell: addresses[1], value: '2024-05-01' },
    ].map(({ cell, value }) => ({
      severity: 'error',
      topic: 'invalid',
      message: t('da', 'finding.invalid', { cell, value, hint }),
      cell,
    }));
    for (const finding of expected) expect(json.findings).toContainEqual(finding);
  });

  it('counts them as invalid, not as coverage', () => {
    const area = (id: string) => json.areas.find((a) => a.id === id)!;
    const before = (id: string) => demoJson.areas.find((a) => a.id === id)!;
    for (const id of ['INDR_BIB', 'INDR_KOM']) {
      expect(area(id)).toEqual({ ...before(id), invalid: before(id).invalid + 1 });
    }
  });
});

describe('a code with an extra space', () => {
  it('is invalid, and the finding says to remove the space', async () => {
    let address = '';
    const file = await changedDemo((wb) => {
      const [cell] = columnCells(wb, 'tblMatrix', 'INDR_BIB');
      typeInto(cell, ' A');
      address = `Matrix!${a1(Number(cell.row) - 1, Number(cell.col) - 1)}`;
    });
    const { json } = await checkJsonOf(file);
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        topic: 'invalid',
        message: t('da', 'finding.invalid', {
          cell: address,
          value: ' A',
          hint: t('da', 'finding.invalid.hintSpace'),
        }),
      }),
    );
  });
});
