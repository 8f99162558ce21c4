import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import { a1 } from '../../src/core/cells';
import { stringLiteral } from '../../src/core/formulas';
import { Lang, MessageKey, t } from '../../src/core/i18n';
import { readWorkbookFile } from '../../src/xlsx/read';
import { demoPeople } from '../../src/core/demo';
import { newWorkbookPlan } from '../../src/core/engine';
import { PlanCell } from '../../src/core/planTypes';
import {
  FIXED_DATE,
  TEMPLATE_IDS,
  tableBounds,
  tempFolder,
  writeDemoWorkbook,
  zipPart,
} from './fixtures';

const folder = tempFolder('contract');
afterAll(() => folder.cleanup());

const SHEET_ORDER: MessageKey[] = [
  'sheet.status',
  'sheet.matrix',
  'sheet.participants',
  'sheet.areas',
  'sheet.lists',
];

const TABLE_SHEETS: Record<string, MessageKey> = {
  tblAreas: 'sheet.areas',
  tblLevels: 'sheet.lists',
  tblPhases: 'sheet.lists',
  tblRoles: 'sheet.lists',
  tblMatrix: 'sheet.matrix',
  tblStatus: 'sheet.status',
  tblRoleStatus: 'sheet.status',
  tblFindings: 'sheet.status',
  tblChecklist: 'sheet.status',
  tblHistory: 'sheet.status',
  tblParticipants: 'sheet.participants',
  tblLegend: 'sheet.status',
};

interface Rule {
  type: string;
  formulae?: string[];
  style?: { fill?: { bgColor?: { argb?: string } } };
}

type Validation = {
  type: string;
  formulae: string[];
  showInputMessage?: boolean;
  prompt?: string;
};

/** Parses `<definedName name="x">ref</definedName>` out of xl/workbook.xml. */
function definedNames(workbookXml: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const match of workbookXml.matchAll(
    /<definedName name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g,
  )) {
    names[match[1]] = match[2].replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  }
  return names;
}

function isReddish(argb: string | undefined): boolean {
  if (!argb) return false;
  const [r, g, b] = [2, 4, 6].map((i) => parseInt(argb.slice(i, i + 2), 16));
  return r >= 0xc0 && r - g >= 0x20 && r - b >= 0x20;
}

/** The 1-based rows and columns of tblMatrix's area cells. */
function areaBlock(ws: ExcelJS.Worksheet) {
  const bounds = tableBounds(ws, 'tblMatrix');
  const areaCols: number[] = [];
  for (let col = bounds.left; col <= bounds.right; col += 1) {
    if (TEMPLATE_IDS.includes(String(ws.getCell(bounds.top, col).value))) areaCols.push(col);
  }
  const ref = `${a1(bounds.top, areaCols[0] - 1)}:${a1(bounds.bottom - 1, areaCols[areaCols.length - 1] - 1)}`;
  return { firstRow: bounds.top + 1, lastRow: bounds.bottom, areaCols, ref };
}

describe.each<Lang>(['da', 'en'])('the demo workbook in %s', (lang) => {
  let file: string;
  let workbook: ExcelJS.Workbook;
  const sheet = (key: MessageKey) => workbook.getWorksheet(t(lang, key))!;

  beforeAll(async () => {
    file = folder.file();
    await writeDemoWorkbook(file, lang);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
  });

  it('has the sheets Status, Matrix, Participants, Areas and Lists in that order', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(
      SHEET_ORDER.map((key) => t(lang, key)),
    );
  });

  it('has every contract table on its own sheet', async () => {
    const { tables } = await readWorkbookFile(file);
    const placed = Object.fromEntries(
      Object.values(tables).map((table) => [table.name, table.sheet]),
    );
    const expected = Object.fromEntries(
      Object.entries(TABLE_SHEETS).map(([table, key]) => [table, t(lang, key)]),
    );
    expect(placed).toEqual(expected);
  });

  it('gives every matrix area cell the lstCodes list and an input message naming A, D and I', () => {
    const ws = sheet('sheet.matrix');
    const { firstRow, lastRow, areaCols } = areaBlock(ws);
    expect(areaCols).toHaveLength(TEMPLATE_IDS.length);
    const validations = (
      ws as unknown as { dataValidations: { model: Record<string, Validation> } }
    ).dataValidations.model;
    for (let row = firstRow; row <= lastRow; row += 1) {
      for (const col of areaCols) {
        const validation = validations[a1(row - 1, col - 1)];
        expect(validation).toMatchObject({
          type: 'list',
          formulae: ['lstCodes'],
          showInputMessage: true,
        });
      }
    }
    const prompt = validations[a1(firstRow - 1, areaCols[0] - 1)].prompt ?? '';
    for (const code of ['A', 'D', 'I']) {
      expect(prompt).toContain(`${code} = ${t(lang, `level.${code}.name` as MessageKey)}`);
    }
  });

  it('fills any value that is not a code red across the whole area block', () => {
    const ws = sheet('sheet.matrix');
    const { ref } = areaBlock(ws);
    const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: Rule[] }[] })
      .conditionalFormattings;
    const invalidRules = formats
      .filter((format) => format.ref === ref)
      .flatMap((format) => format.rules)
      .filter((rule) => rule.type === 'expression' && /lstCodes/.test(rule.formulae?.[0] ?? ''));
    expect(invalidRules).toHaveLength(1);
    expect(isReddish(invalidRules[0].style?.fill?.bgColor?.argb)).toBe(true);
  });

  it('holds one formula per computed table column, declared as a calculated column', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const parts = Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n));
    const declared = new Map<string, Map<string, string>>();
    for (const part of parts) {
      const xml = await zip.file(part)!.async('string');
      const name = /<table [^>]*\bname="([^"]+)"/.exec(xml)![1];
      const columns = new Map<string, string>();
      for (const m of xml.matchAll(
        /<tableColumn [^>]*name="([^"]+)"[^>]*>\s*<calculatedColumnFormula>([^<]*)<\/calculatedColumnFormula>/g,
      ))
        columns.set(
          m[1],
          m[2]
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>'),
        );
      declared.set(name, columns);
    }
    const { tables, formulas } = await readWorkbookFile(file);
    let computed = 0;
    for (const table of Object.values(tables)) {
      table.headers.forEach((header, c) => {
        const column = table.rows.map((_, r) => formulas[table.name]?.[r]?.[c] ?? null);
        if (column.every((f) => f === null)) return;
        computed += 1;
        // Every row holds a formula, and the same one.
        expect([table.name, header, new Set(column).size]).toEqual([table.name, header, 1]);
        expect([table.name, header, column[0]]).not.toContainEqual(null);
        expect([table.name, header, declared.get(table.name)?.get(header)]).toEqual([
          table.name,
          header,
          column[0]!.replace(/^=/, ''),
        ]);
      });
    }
    // Part and Fasenr in the matrix, the status and role columns, and the findings' link.
    expect(computed).toBeGreaterThanOrEqual(2 + 10 + 2 + 1);
  });

  it('stores with every formula the value it computes, for previews that do not calculate', () => {
    // The file is written from this plan (writeDemoWorkbook), so its cells are these.
    const { plan } = newWorkbookPlan(lang, demoPeople(lang), FIXED_DATE);
    const expected: [string, unknown][] = [];
    for (const sheet of plan.sheets) {
      const put = (row: number, col: number, cell: PlanCell) => {
        if (cell.formula !== undefined && cell.cached !== '')
          expected.push([`${sheet.name}!${a1(row, col)}`, cell.cached]);
      };
      for (const table of sheet.tables)
        table.rows.forEach((cells, r) =>
          cells.forEach((c, i) => put(table.row + 1 + r, table.col + i, c)),
        );
      for (const block of sheet.blocks)
        block.cells.forEach((cells, r) =>
          cells.forEach((c, i) => put(block.row + r, block.col + i, c)),
        );
    }
    expect(expected.length).toBeGreaterThan(100);
    const got = expected.map(([address]) => {
      const [name, cell] = address.split('!');
      const value = workbook.getWorksheet(name)!.getCell(cell);
      return [address, value.type === ExcelJS.ValueType.Formula ? value.result : 'not a formula'];
    });
    expect(got).toEqual(expected);
  });

  it('defines the list names as structured references and StatusVerdict as a Status cell', async () => {
    const names = definedNames(await zipPart(file, 'xl/workbook.xml'));
    const column = (key: MessageKey) => t(lang, key);
    expect(names).toMatchObject({
      lstCodes: `tblLevels[${column('col.levels.code')}]`,
      lstPhases: `tblPhases[${column('col.phases.phase')}]`,
      lstRoles: `tblRoles[${column('col.roles.role')}]`,
      lstStatusIds: `tblStatus[${column('col.status.id')}]`,
      lstStatuses: `tblStatus[${column('col.status.status')}]`,
    });
    expect(names.StatusVerdict).toMatch(
      new RegExp(`^'?${t(lang, 'sheet.status')}'?!\\$[A-Z]+\\$\\d+$`),
    );
  });

  it('computes the verdict in the StatusVerdict cell with a formula giving READY or NOT READY', async () => {
    const names = definedNames(await zipPart(file, 'xl/workbook.xml'));
    const cell = sheet('sheet.status').getCell(
      names.StatusVerdict.split('!')[1].replace(/\$/g, ''),
    );
    expect(cell.type).toBe(ExcelJS.ValueType.Formula);
    expect(cell.formula).toContain('tblStatus');
    expect(cell.formula).toContain(stringLiteral(t(lang, 'verdict.ready')));
    expect(cell.formula).toContain(stringLiteral(t(lang, 'verdict.notReady')));
  });

  it('makes every area status on the Status sheet a live formula', async () => {
    const { tables, formulas } = await readWorkbookFile(file);
    const statusCol = tables.tblStatus.headers.indexOf(t(lang, 'col.status.status'));
    const column = formulas.tblStatus.map((row) => row[statusCol]);
    expect(column).toHaveLength(TEMPLATE_IDS.length);
    for (const formula of column) expect(formula).toMatch(/^=IF\(/);
  });
});
