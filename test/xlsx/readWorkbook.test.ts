import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { CellValue } from '../../src/core/cells';
import { TableSet } from '../../src/core/model';
import { NAMES } from '../../src/core/formulas';
import { cellPlainValue, readWorkbookFile } from '../../src/xlsx/read';
import { ZipError, unzip } from '../../src/xlsx/zip';
import {
  deflatedEntry,
  editWithExcelJs,
  readyPeople,
  sheetOfTable,
  tableBounds,
  tempFolder,
  typeInto,
  writeDemoWorkbook,
  writePeopleWorkbook,
  zipBombEntry,
  zipEntries,
  zipOf,
} from './fixtures';

/**
 * The reader parses the workbook's XML itself, to bound what it reads. These tests hold it
 * to what ExcelJS reads from the same files, and to the bounds.
 */

const folder = tempFolder('read');
afterAll(() => folder.cleanup());

/** What ExcelJS reads: every cell of every table's range, the header row first. */
async function readWithExcelJs(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const tables: TableSet = {};
  const formulas: Record<string, (string | null)[][]> = {};
  for (const ws of workbook.worksheets) {
    for (const { table } of ws.getTables() as unknown as { table: { name: string } }[]) {
      const bounds = tableBounds(ws, table.name);
      const row = (r: number) => {
        const cells: ExcelJS.Cell[] = [];
        for (let c = bounds.left; c <= bounds.right; c += 1) cells.push(ws.getCell(r, c));
        return cells;
      };
      const body: ExcelJS.Cell[][] = [];
      for (let r = bounds.top + 1; r <= bounds.bottom; r += 1) body.push(row(r));
      tables[table.name] = {
        name: table.name,
        sheet: ws.name,
        headers: row(bounds.top).map((cell) => String(cellPlainValue(cell) ?? '')),
        rows: body.map((cells) => cells.map(cellPlainValue)),
        origin: { row: bounds.top - 1, col: bounds.left - 1 },
      };
      formulas[table.name] = body.map((cells) => cells.map(formulaOf));
    }
  }
  const [ref] = workbook.definedNames.getRanges(NAMES.verdict).ranges;
  const [sheet, address] = ref.replace(/\$/g, '').split('!');
  const verdict = cellPlainValue(workbook.getWorksheet(sheet)!.getCell(address));
  return { tables, formulas, verdict };
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const value = cell.value as { formula?: string } | null;
  return value && typeof value === 'object' && value.formula ? `=${value.formula}` : null;
}

async function expectSameAsExcelJs(file: string) {
  const ours = await readWorkbookFile(file);
  const reference = await readWithExcelJs(file);
  expect(ours.verdict).toEqual(reference.verdict);
  expect(Object.keys(ours.tables).sort()).toEqual(Object.keys(reference.tables).sort());
  for (const name of Object.keys(reference.tables)) {
    expect([name, ours.tables[name]]).toEqual([name, reference.tables[name]]);
    expect([name, ours.formulas[name]]).toEqual([name, reference.formulas[name]]);
  }
}

describe('the reader agrees with ExcelJS', () => {
  it.each(['da', 'en'] as const)('on the demo workbook in %s', async (lang) => {
    const file = folder.file();
    await writeDemoWorkbook(file, lang);
    await expectSameAsExcelJs(file);
  });

  it('on a workbook that is ready', async () => {
    const file = folder.file();
    await writePeopleWorkbook(file, 'da', readyPeople('da'));
    await expectSameAsExcelJs(file);
  });

  it('on cells a user typed: dates, numbers, booleans, errors, rich text and links', async () => {
    const demo = folder.file();
    await writeDemoWorkbook(demo);
    const file = folder.file();
    const typed: [string, ExcelJS.CellValue][] = [
      ['H7', new Date(Date.UTC(2024, 2, 1))],
      ['I7', 3.5],
      ['J7', true],
      ['K7', { error: '#N/A' } as ExcelJS.CellErrorValue],
      ['L7', { richText: [{ text: 'A' }, { text: ' og D', font: { bold: true } }] }],
      ['M7', { text: 'D', hyperlink: 'https://example.org' }],
      ['N7', { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue],
      ['A8', 'Tab\tog "citat" & <vinkel>'],
    ];
    await editWithExcelJs(demo, file, (wb) => {
      const ws = sheetOfTable(wb, 'tblMatrix');
      for (const [address, value] of typed) typeInto(ws.getCell(address), value as CellValue);
      for (const [address, value] of typed)
        if (typeof value === 'object' && !(value instanceof Date))
          ws.getCell(address).value = value;
    });
    await expectSameAsExcelJs(file);
  });

  it('in the 1904 date system', async () => {
    const demo = folder.file();
    await writeDemoWorkbook(demo);
    const file = folder.file();
    await editWithExcelJs(demo, file, (wb) => {
      wb.properties.date1904 = true;
      typeInto(sheetOfTable(wb, 'tblMatrix').getCell('H7'), new Date(Date.UTC(2024, 2, 1)));
    });
    const { tables } = await readWorkbookFile(file);
    expect(tables.tblMatrix.rows[1][7]).toEqual(new Date(Date.UTC(2024, 2, 1)));
    await expectSameAsExcelJs(file);
  });
});

describe('text as Office stores it', () => {
  /** The demo with the Matrix sheet's XML changed. */
  async function withMatrixXml(change: (xml: string) => string): Promise<string> {
    const demo = folder.file();
    await writeDemoWorkbook(demo);
    const entries = (await zipEntries(demo)).map(({ name, content }) =>
      deflatedEntry(
        name,
        name === 'xl/worksheets/sheet2.xml' ? change(content.toString()) : content,
      ),
    );
    const file = folder.file();
    fs.writeFileSync(file, zipOf(entries));
    return file;
  }

  it('decodes _xHHHH_ escapes, references and CDATA in cells', async () => {
    const file = await withMatrixXml((xml) =>
      xml
        .replace(
          /<c r="A6"[^>]*?(\/>|>.*?<\/c>)/,
          '<c r="A6" t="inlineStr"><is><t>Mette_x001B_]0;x_x0007_ &#x202E;&amp;</t><rPh><t>skip</t></rPh></is></c>',
        )
        .replace(/<c r="H6"[^>]*?(\/>|>.*?<\/c>)/, '<c r="H6" t="str"><v><![CDATA[A<&>]]></v></c>'),
    );
    const { tables } = await readWorkbookFile(file);
    expect(tables.tblMatrix.rows[0][0]).toBe('Mette\u001b]0;x\u0007 \u202e&');
    expect(tables.tblMatrix.rows[0][7]).toBe('A<&>');
  });

  it('reads cells and rows that leave out their position, and namespace prefixes', async () => {
    // The table's last row, written again without any position.
    const file = await withMatrixXml((xml) =>
      xml.replace(
        /<row r="20".*?<\/row>/,
        '<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
          '<x:c t="inlineStr"><x:is><x:t>Ny person</x:t></x:is></x:c><x:c/><x:c/><x:c/><x:c/><x:c/><x:c/>' +
          '<x:c t="inlineStr"><x:is><x:t>A</x:t></x:is></x:c></x:row>',
      ),
    );
    const { tables } = await readWorkbookFile(file);
    const last = tables.tblMatrix.rows[14];
    expect(last[0]).toBe('Ny person');
    expect(last[7]).toBe('A');
  });
});

describe('bounds', () => {
  it('reads a table only as far as its sheet holds cells', async () => {
    const demo = folder.file();
    await writeDemoWorkbook(demo);
    const before = await readWorkbookFile(demo);
    const entries = (await zipEntries(demo)).map(({ name, content }) => {
      const xml = content.toString();
      return deflatedEntry(
        name,
        name.startsWith('xl/tables/') && xml.includes('name="tblMatrix"')
          ? xml.replace(/ref="([A-Z]+\d+):([A-Z]+)\d+"/g, 'ref="$1:$21048576"')
          : content,
      );
    });
    const file = folder.file();
    fs.writeFileSync(file, zipOf(entries));
    const after = await readWorkbookFile(file);
    expect(after.tables.tblMatrix.rows).toEqual(before.tables.tblMatrix.rows);
  });

  it('stops inflating at the budget, whatever sizes the zip declares', () => {
    const zip = zipOf([
      deflatedEntry('small.xml', '<a/>'),
      zipBombEntry('big.xml', 8 * 1024 * 1024, 10),
    ]);
    const limits = { maxInflatedBytes: 1024 * 1024, maxParts: 10 };
    expect(() => unzip(zip, limits)).toThrow(expect.objectContaining({ problem: 'tooLarge' }));
    const parts = unzip(zip, { ...limits, maxInflatedBytes: 9 * 1024 * 1024 });
    expect(parts.get('small.xml')?.toString()).toBe('<a/>');
  });

  it('counts every part against the budget, also those it does not keep', () => {
    const zip = zipOf([
      deflatedEntry('a.xml', 'x'.repeat(600)),
      deflatedEntry('b.png', 'y'.repeat(600)),
    ]);
    const limits = { maxInflatedBytes: 1000, maxParts: 10 };
    expect(() => unzip(zip, limits, (name) => name.endsWith('.xml'))).toThrow(ZipError);
  });

  it('refuses a zip with more parts than allowed', () => {
    const zip = zipOf(['a', 'b', 'c'].map((name) => deflatedEntry(name, name)));
    expect(() => unzip(zip, { maxInflatedBytes: 1000, maxParts: 2 })).toThrow(
      expect.objectContaining({ problem: 'tooLarge' }),
    );
  });

  it('says which part is damaged', async () => {
    const demo = folder.file();
    await writeDemoWorkbook(demo);
    const entries = (await zipEntries(demo)).map(({ name, content }) =>
      deflatedEntry(name, name === 'xl/workbook.xml' ? '<workbook><sheets></workbook>' : content),
    );
    const file = folder.file();
    fs.writeFileSync(file, zipOf(entries));
    await expect(readWorkbookFile(file)).rejects.toMatchObject({
      key: 'error.damagedPart',
      params: { file, part: 'xl/workbook.xml' },
    });
  });
});
