/**
 * The LibreOffice harness (support/soffice.ts), and what LibreOffice Calc 7.4 (Debian 12's
 * 7.4.7.2) computes from an .xlsx that ExcelJS 4 wrote. Every formula below is written with a
 * deliberately wrong cached result, so a passing assertion proves a real recalculation.
 *
 * Findings, pinned by the tests in this file unless marked (seen), which means observed while
 * exploring but not asserted here:
 *
 * Recalculation on load
 * - By default (OOXMLRecalcMode = 1, "never") LibreOffice keeps the cached <v> values that
 *   are in the file and writes them out again unchanged. It ignores <calcPr fullCalcOnLoad="1"/>
 *   (ExcelJS: workbook.calcProperties.fullCalcOnLoad = true).
 * - A fresh profile seeded with user/registrymodifications.xcu setting
 *   /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode = 0 ("always") recalculates every
 *   formula, including those written with no cached value. No macro or UNO script is needed.
 *
 * Structured references that LibreOffice evaluates correctly
 * - tblX[Col], also in COUNTIFS criteria ranges, SUMPRODUCT arrays, INDEX/MATCH, and across
 *   sheets. Table and column names match regardless of case (TBLX[col]); non-ASCII names
 *   (Dækker) work.
 * - tblX[[Col]] for any column name: tblX[[Min. antal]]. LibreOffice is lenient and also
 *   takes tblX[Min. antal] (seen for '.', ' ', '-', '/', '@'; not pinned here), but Excel needs
 *   the double brackets for special characters, so always write them.
 * - Escaping with ' inside the brackets: tblX[[Vægt '#]], tblX[[Note '[1']]], tblX[[Ejer''s]].
 * - Column ranges tblX[[A]:[B]], and INDEX(tblX[[A]:[B]],0,MATCH(name,tblX[[#Headers],[A]:[B]],0))
 *   to pick a column by its header.
 * - tblX[[#This Row],[Col]] inside a table's calculated column (written per cell; ExcelJS does
 *   not write the table-level calculatedColumnFormula, and LibreOffice does not need it).
 * - tblX[[#Headers],[Col]], tblX[[#Data]], tblX[[#All]], tblX[[#Headers]], tblX[[#Data],[Col]]
 *   (special items in DOUBLE brackets), and tblX[] (the data area).
 * - A defined name that refers to a table column (lstCodes = tblLevels[Kode]) in COUNTA,
 *   MATCH and as a COUNTIFS criteria array. ExcelJS cannot write one: definedNames.add()
 *   silently drops anything that is not an A1 range, and reading a file drops it too (seen);
 *   this test injects it into the workbook model (withDefinedNames below).
 * - COUNTIFS/COUNTIF/MATCH compare case-insensitively ("A" matches 'a') and do not trim
 *   (' A' is not "A"); SUMPRODUCT(UPPER(TRIM(tblX[Col]))="A") normalises; EXACT is
 *   case-sensitive. All as in Excel.
 *
 * Forms LibreOffice 7.4 gets wrong
 * - ROWS(tblX) / COUNTA(tblX): a bare table name includes the header row (Excel: data only).
 *   Use ROWS(tblX[Col]) or tblX[[#Data]].
 * - Single-bracket special items: tblX[#Data] and tblX[#All] give #NAME? (and are saved back,
 *   both, as tblX[#data]: seen); COUNTA(tblX[#Headers]) gives 1 instead of the number of columns. Excel
 *   itself saves [#All] single-bracketed, but accepts [[#All]], so write the double form.
 * - tblX[@Col] gives #NAME? and [@Col] gives #N/A in a calculated column: '@' is Excel's
 *   display form only. Write tblX[[#This Row],[Col]] (the form Excel stores in the file).
 * - An ExcelJS cell set to '' is written as a shared string ""; LibreOffice loads it as an
 *   empty cell (ISBLANK is TRUE, COUNTA skips it; seen), where Excel sees a text cell. Write null,
 *   never '', for an empty cell, or LibreOffice and Excel may count differently.
 *
 * Function names in the file (the xlsx path; Office.js takes the UI form without prefixes)
 * - Functions from Excel 2007 and before (COUNTIFS, SUMPRODUCT, IFERROR, INDEX, MATCH, ...)
 *   take no prefix; _xlfn.COUNTIFS gives #NAME?.
 * - Newer ones need _xlfn. in the file: _xlfn.IFNA, _xlfn.TEXTJOIN work (also _xlfn.IFS,
 *   _xlfn.CONCAT, seen). Without the prefix LibreOffice does not know them: TEXTJOIN gives
 *   #NAME?, and IFNA(MATCH(...),"x") lets MATCH's #N/A through. So formula text that uses them
 *   differs between the two hosts; better to avoid them.
 * - _xlfn.XLOOKUP gives #NAME?, and _xlfn._xlws.FILTER #VALUE! (seen): 7.4 lacks XLOOKUP and
 *   the dynamic-array functions.
 *
 * Reading the results back with ExcelJS (see formulaResult in support/soffice.ts)
 * - cell.value drops a falsy result (0, false); cell.result keeps it.
 * - An empty-string result (LibreOffice writes <v></v>) reads as no result at all.
 * - Errors read as { error: '#N/A' }.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import {
  convertToPdf,
  findSoffice,
  formulaResult,
  pdfToPng,
  recalculateXlsx,
  type CellResult,
} from './support/soffice';

const STALE_NUMBER = 999;
const STALE_TEXT = 'stale';

interface Case {
  formula: string;
  expected: CellResult;
  /** Write the formula without any cached result instead of a stale one. */
  noCache?: boolean;
}

/** Formulas for the Status sheet: what the real Status sheet will rely on. */
const SUPPORTED: Record<string, Case> = {
  countifsCode: { formula: 'COUNTIFS(tblMatrix[PSRM],"A",tblMatrix[Navn],"<>")', expected: 2 },
  sumproductFilled: {
    formula: 'SUMPRODUCT((tblMatrix[Navn]<>"")*(tblMatrix[KOMM]<>""))',
    expected: 4,
  },
  coverageByLevels: {
    formula:
      'SUMPRODUCT(COUNTIFS(tblMatrix[PSRM],tblLevels[Kode],tblMatrix[Navn],"<>")*(tblLevels[Dækker]="Ja"))',
    expected: 3,
  },
  ifAgainstMinimum: {
    formula:
      'IF(COUNTIFS(tblMatrix[PSRM],"A",tblMatrix[Navn],"<>")>=INDEX(tblAreas[[Min. antal]],1),"OK","Mangler")',
    expected: 'OK',
  },
  indexMatch: {
    formula: 'INDEX(tblLevels[Ansvar],MATCH("b",tblLevels[Kode],0))',
    expected: 'Backup',
  },
  doubleBracketDot: { formula: 'SUM(tblAreas[[Min. antal]])', expected: 6 },
  escapedHash: { formula: "SUM(tblAreas[[Vægt '#]])", expected: 30 },
  escapedBrackets: { formula: "INDEX(tblAreas[[Note '[1']]],2)", expected: 'n2' },
  escapedQuote: { formula: "INDEX(tblAreas[[Ejer''s]],1)", expected: 'e1' },
  caseInsensitiveNames: { formula: 'COUNTA(TBLMATRIX[navn])', expected: 5 },
  definedNameCount: { formula: 'COUNTA(lstCodes)', expected: 3 },
  definedNameMatch: { formula: 'MATCH("C",lstCodes,0)', expected: 3 },
  definedNameAsCriteria: {
    formula: 'SUMPRODUCT(COUNTIFS(tblMatrix[PSRM],lstCodes,tblMatrix[Navn],"<>"))',
    expected: 4,
  },
  trimUpper: {
    formula: 'SUMPRODUCT((UPPER(TRIM(tblMatrix[PSRM]))="A")*(tblMatrix[Navn]<>""))',
    expected: 3,
  },
  exactIsCaseSensitive: { formula: 'SUMPRODUCT(--EXACT(tblMatrix[PSRM],"A"))', expected: 2 },
  countNamed: { formula: 'COUNTIFS(tblMatrix[Navn],"<>")', expected: 5 },
  countBlankNames: { formula: 'COUNTBLANK(tblMatrix[Navn])', expected: 2 },
  rowsOfColumn: { formula: 'ROWS(tblMatrix[Navn])', expected: 7 },
  rowsOfData: { formula: 'ROWS(tblMatrix[[#Data]])', expected: 7 },
  rowsOfAll: { formula: 'ROWS(tblMatrix[[#All]])', expected: 8 },
  rowsOfDataColumn: { formula: 'ROWS(tblMatrix[[#Data],[Navn]])', expected: 7 },
  rowsOfEmptySpecifier: { formula: 'ROWS(tblMatrix[])', expected: 7 },
  headersDouble: { formula: 'COUNTA(tblMatrix[[#Headers]])', expected: 5 },
  headerCell: { formula: 'INDEX(tblMatrix[[#Headers],[KOMM]],1)', expected: 'KOMM' },
  columnRange: { formula: 'COUNTA(tblMatrix[[PSRM]:[KOMM]])', expected: 11 },
  calculatedColumnThisRow: { formula: 'INDEX(tblMatrix[PSRM kode],3)', expected: 'A' },
  calculatedColumnInOtherTable: { formula: 'SUM(tblAreas[Dækket])', expected: 6 },
  calculatedColumnIf: { formula: 'INDEX(tblAreas[Status],2)', expected: 'Mangler' },
  noCachedValue: { formula: 'COUNTA(tblLevels[Kode])', expected: 3, noCache: true },
  zeroResult: { formula: 'COUNTIFS(tblMatrix[PSRM],"Z")', expected: 0 },
  booleanResult: { formula: 'COUNTA(lstCodes)=3', expected: true },
  emptyTextResult: { formula: 'IF(COUNTA(lstCodes)=3,"","x")', expected: '' },
  errorResult: { formula: 'MATCH("Q",tblLevels[Kode],0)', expected: { error: '#N/A' } },
  // Functions newer than Excel 2007 are stored with a _xlfn. prefix; older ones without.
  iferrorNoPrefix: { formula: 'IFERROR(1/0,"fejl")', expected: 'fejl' },
  ifnaWithPrefix: { formula: '_xlfn.IFNA(MATCH("Q",lstCodes,0),"ingen")', expected: 'ingen' },
  textjoinWithPrefix: {
    formula: '_xlfn.TEXTJOIN(",",TRUE,tblLevels[Kode])',
    expected: 'A,B,C',
  },
};

const NAME_ERROR: CellResult = { error: '#NAME?' };
const NA_ERROR: CellResult = { error: '#N/A' };

/**
 * Forms LibreOffice 7.4 evaluates wrongly, or that are wrong in the file format; pinned so
 * that a change of version shows up. `excel` is what Excel computes, where it differs.
 */
const UNSUPPORTED: Record<string, Case & { excel?: CellResult }> = {
  rowsOfBareTable: { formula: 'ROWS(tblMatrix)', expected: 8, excel: 7 },
  countaOfBareTable: { formula: 'COUNTA(tblLevels)', expected: 12, excel: 9 },
  singleBracketData: { formula: 'ROWS(tblMatrix[#Data])', expected: NAME_ERROR, excel: 7 },
  singleBracketAll: { formula: 'ROWS(tblMatrix[#All])', expected: NAME_ERROR, excel: 8 },
  singleBracketHeaders: { formula: 'COUNTA(tblMatrix[#Headers])', expected: 1, excel: 5 },
  // Unknown without the prefix: the argument's #N/A passes through instead of being caught.
  ifnaWithoutPrefix: { formula: 'IFNA(MATCH("Q",lstCodes,0),"ingen")', expected: NA_ERROR },
  textjoinWithoutPrefix: { formula: 'TEXTJOIN(",",TRUE,tblLevels[Kode])', expected: NAME_ERROR },
  countifsWithPrefix: { formula: '_xlfn.COUNTIFS(tblMatrix[PSRM],"A")', expected: NAME_ERROR },
  xlookup: {
    formula: '_xlfn.XLOOKUP("B",tblLevels[Kode],tblLevels[Ansvar])',
    expected: NAME_ERROR,
    excel: 'Backup',
  },
};

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'soffice-e2e-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

function tmpDir(name: string): string {
  const dir = path.join(tmpRoot, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * ExcelJS's definedNames only hold A1 ranges (add() silently drops 'tblLevels[Kode]'), so add
 * names with any formula text to the model that the writer serialises.
 */
function withDefinedNames(wb: ExcelJS.Workbook, names: Record<string, string>): void {
  const dn = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  const proto = Object.getPrototypeOf(dn) as object;
  const original = Object.getOwnPropertyDescriptor(proto, 'model');
  if (!original?.get) throw new Error('ExcelJS DefinedNames has no model getter');
  const getModel = original.get;
  Object.defineProperty(dn, 'model', {
    configurable: true,
    get(this: unknown) {
      const model = getModel.call(this) as { name: string; ranges: string[] }[];
      return [...model, ...Object.entries(names).map(([name, ref]) => ({ name, ranges: [ref] }))];
    },
  });
}

function staleFor(expected: CellResult): number | string | boolean {
  if (typeof expected === 'boolean') return !expected;
  if (typeof expected === 'string') return STALE_TEXT;
  return STALE_NUMBER;
}

function formulaCell(formula: string, expected: CellResult, noCache = false): ExcelJS.CellValue {
  return noCache ? { formula } : { formula, result: staleFor(expected) };
}

function buildStatusWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Ignored by LibreOffice; set to show that it is not what makes the recalculation happen.
  wb.calcProperties.fullCalcOnLoad = true;

  const matrix = wb.addWorksheet('Matrix');
  const people: (string | null)[][] = [
    ['Anna', 'Leder', 'A', 'B'],
    ['Bo', 'Medarbejder', 'a', null],
    ['Carl', 'Medarbejder', ' A', 'A'],
    [null, 'Medarbejder', 'A', 'A'],
    ['Dina', null, 'B', 'C'],
    ['Eva', 'Leder', 'C', 'a'],
    [null, null, null, null],
  ];
  matrix.addTable({
    name: 'tblMatrix',
    ref: 'A1',
    headerRow: true,
    columns: [
      { name: 'Navn' },
      { name: 'Rolle' },
      { name: 'PSRM' },
      { name: 'KOMM' },
      { name: 'PSRM kode' },
    ],
    rows: people.map((p) => [...p, formulaCell('UPPER(TRIM(tblMatrix[[#This Row],[PSRM]]))', 'x')]),
  });

  const levels = wb.addWorksheet('Niveauer');
  levels.addTable({
    name: 'tblLevels',
    ref: 'B2',
    headerRow: true,
    columns: [{ name: 'Kode' }, { name: 'Dækker' }, { name: 'Ansvar' }],
    rows: [
      ['A', 'Ja', 'Ansvarlig'],
      ['B', 'Ja', 'Backup'],
      ['C', 'Nej', 'Kender'],
    ],
  });
  withDefinedNames(wb, { lstCodes: 'tblLevels[Kode]' });

  const areas = wb.addWorksheet('Områder');
  const covered =
    'SUMPRODUCT(COUNTIFS(INDEX(tblMatrix[[PSRM]:[KOMM]],0,' +
    'MATCH(tblAreas[[#This Row],[Område]],tblMatrix[[#Headers],[PSRM]:[KOMM]],0)),' +
    'tblLevels[Kode],tblMatrix[Navn],"<>")*(tblLevels[Dækker]="Ja"))';
  const status =
    'IF(tblAreas[[#This Row],[Dækket]]>=tblAreas[[#This Row],[Min. antal]],"OK","Mangler")';
  areas.addTable({
    name: 'tblAreas',
    ref: 'A1',
    headerRow: true,
    columns: [
      { name: 'Område' },
      { name: 'Min. antal' },
      { name: 'Vægt #' },
      { name: 'Note [1]' },
      { name: "Ejer's" },
      { name: 'Dækket' },
      { name: 'Status' },
    ],
    rows: [
      ['PSRM', 2, 10, 'n1', 'e1', formulaCell(covered, 0), formulaCell(status, 'x')],
      ['KOMM', 4, 20, 'n2', 'e2', formulaCell(covered, 0), formulaCell(status, 'x')],
    ],
  });

  const sheet = wb.addWorksheet('Status');
  const cases = [...Object.entries(SUPPORTED), ...Object.entries(UNSUPPORTED)];
  cases.forEach(([name, c], i) => {
    sheet.getCell(i + 1, 1).value = name;
    sheet.getCell(i + 1, 2).value = formulaCell(c.formula, c.expected, c.noCache);
  });
  return wb;
}

/** Reads Status!B by the case names in Status!A. */
async function readStatus(file: string): Promise<Record<string, CellResult>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Status');
  if (!sheet) throw new Error(`${file} has no Status sheet`);
  const out: Record<string, CellResult> = {};
  sheet.eachRow((row) => {
    out[String(row.getCell(1).value)] = formulaResult(row.getCell(2));
  });
  return out;
}

function expectedOf(cases: Record<string, Case>): Record<string, CellResult> {
  return Object.fromEntries(Object.entries(cases).map(([k, c]) => [k, c.expected]));
}

function pick(all: Record<string, CellResult>, keys: string[]): Record<string, CellResult> {
  return Object.fromEntries(keys.map((k) => [k, all[k]]));
}

/** A workbook whose one formula must come out as `n` after recalculation. */
async function writeCountWorkbook(file: string, n: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addTable({
    name: 'tblMatrix',
    ref: 'A1',
    columns: [{ name: 'Navn' }, { name: 'PSRM' }],
    rows: Array.from({ length: 200 }, (_, i) => [`P${i}`, i < n ? 'A' : 'B']),
  });
  ws.getCell('E1').value = { formula: 'COUNTIFS(tblMatrix[PSRM],"A")', result: -1 };
  await wb.xlsx.writeFile(file);
}

async function readE1(file: string): Promise<CellResult> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return formulaResult(wb.getWorksheet('Data')!.getCell('E1'));
}

describe('LibreOffice harness', () => {
  let statusXlsx: string;

  beforeAll(async () => {
    expect(findSoffice()).toBeDefined();
    statusXlsx = path.join(tmpDir('in'), 'status.xlsx');
    await buildStatusWorkbook().xlsx.writeFile(statusXlsx);
  });

  test('the input carries only stale or no cached values', async () => {
    const before = await readStatus(statusXlsx);
    for (const [name, c] of Object.entries({ ...SUPPORTED, ...UNSUPPORTED })) {
      expect([name, before[name]]).toEqual([name, c.noCache ? '' : staleFor(c.expected)]);
    }
  });

  describe('recalculateXlsx', () => {
    let recalculated: string;
    let after: Record<string, CellResult>;

    beforeAll(async () => {
      [recalculated] = await recalculateXlsx([statusXlsx], tmpDir('recalc'));
      after = await readStatus(recalculated);
    });

    test('recomputes every formula LibreOffice supports', () => {
      expect(pick(after, Object.keys(SUPPORTED))).toEqual(expectedOf(SUPPORTED));
    });

    test('pins the forms LibreOffice 7.4 gets wrong', () => {
      expect(pick(after, Object.keys(UNSUPPORTED))).toEqual(expectedOf(UNSUPPORTED));
      for (const c of Object.values(UNSUPPORTED)) {
        if (c.excel !== undefined) expect(c.expected).not.toEqual(c.excel);
      }
    });

    test('calculated columns are recomputed in every row', async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalculated);
      const matrix = wb.getWorksheet('Matrix')!;
      const codes = [2, 3, 4, 5, 6, 7, 8].map((r) => formulaResult(matrix.getCell(r, 5)));
      expect(codes).toEqual(['A', 'A', 'A', 'A', 'B', 'C', '']);
      const areas = wb.getWorksheet('Områder')!;
      const rows = [2, 3].map((r) => [6, 7].map((c) => formulaResult(areas.getCell(r, c))));
      expect(rows).toEqual([
        [3, 'OK'],
        [3, 'Mangler'],
      ]);
    });

    test('converts a batch in one call and returns the outputs in input order', async () => {
      const inDir = tmpDir('batch-in');
      const counts = Array.from({ length: 20 }, (_, i) => (i * 7) % 20);
      const inputs = counts.map((_, i) => path.join(inDir, `book-${i}.xlsx`));
      await Promise.all(inputs.map((file, i) => writeCountWorkbook(file, counts[i])));
      const started = Date.now();
      const outputs = await recalculateXlsx(inputs, tmpDir('batch-out'));
      const ms = Date.now() - started;
      if (process.env.SOFFICE_TIMING) {
        process.stderr.write(`recalculateXlsx: ${inputs.length} files in ${ms} ms\n`);
      }
      expect(outputs).toEqual(inputs.map((p) => path.join(tmpRoot, 'batch-out', path.basename(p))));
      expect(await Promise.all(outputs.map(readE1))).toEqual(counts);
    });

    test('two concurrent calls both succeed, each with its own profile', async () => {
      const [a, b] = await Promise.all([
        recalculateXlsx([statusXlsx], tmpDir('concurrent-a')),
        recalculateXlsx([statusXlsx], tmpDir('concurrent-b')),
      ]);
      const [ra, rb] = await Promise.all([readStatus(a[0]), readStatus(b[0])]);
      expect(pick(ra, Object.keys(SUPPORTED))).toEqual(expectedOf(SUPPORTED));
      expect(pick(rb, Object.keys(SUPPORTED))).toEqual(expectedOf(SUPPORTED));
    });

    test('without the recalc-on-load setting, stale values survive (the control)', async () => {
      // fullCalcOnLoad is set in this file, and LibreOffice still keeps the cached values.
      const [out] = await recalculateXlsx([statusXlsx], tmpDir('no-recalc'), {
        recalcOnLoad: false,
      });
      const kept = await readStatus(out);
      expect(kept.countifsCode).toBe(STALE_NUMBER);
      expect(kept.indexMatch).toBe(STALE_TEXT);
    });

    test('a missing input rejects with soffice output', async () => {
      const missing = path.join(tmpRoot, 'in', 'does-not-exist.xlsx');
      await expect(recalculateXlsx([statusXlsx, missing], tmpDir('missing'))).rejects.toThrow(
        /does-not-exist\.xlsx, which does not exist[\s\S]*source file could not be loaded/,
      );
    });

    test('a corrupt file rejects with soffice output', async () => {
      const corrupt = path.join(tmpDir('corrupt'), 'corrupt.xlsx');
      fs.writeFileSync(corrupt, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(512, 7)]));
      const err = await recalculateXlsx([corrupt], tmpDir('corrupt-out')).catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/1 output\(s\) missing/);
      expect((err as Error).message).toMatch(
        /--- stderr ---[\s\S]*source file could not be loaded/,
      );
    });

    test('a timeout kills soffice and rejects', async () => {
      const started = Date.now();
      await expect(
        recalculateXlsx([statusXlsx], tmpDir('timeout'), { timeoutMs: 50 }),
      ).rejects.toThrow(/timed out after 50 ms and was killed/);
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    test('refuses two inputs that would write the same output', async () => {
      const other = path.join(tmpDir('other'), 'status.xlsx');
      fs.copyFileSync(statusXlsx, other);
      await expect(recalculateXlsx([statusXlsx, other], tmpDir('dupe'))).rejects.toThrow(
        /would both be written to/,
      );
    });
  });

  describe('convertToPdf and pdfToPng', () => {
    test('renders each sheet as one page and the pages as PNGs', async () => {
      const pdf = await convertToPdf(statusXlsx, tmpDir('pdf'), { singlePageSheets: true });
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const pngs = await pdfToPng(pdf, path.join(tmpDir('png'), 'sheet'), { dpi: 40 });
      expect(pngs.map((p) => path.basename(p))).toEqual([
        'sheet-1.png',
        'sheet-2.png',
        'sheet-3.png',
        'sheet-4.png',
      ]);
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
      for (const p of pngs) expect(fs.readFileSync(p).subarray(0, 4)).toEqual(png);

      const some = await pdfToPng(pdf, path.join(tmpDir('png'), 'sheet'), {
        dpi: 40,
        firstPage: 2,
        lastPage: 3,
      });
      expect(some.map((p) => path.basename(p))).toEqual(['sheet-2.png', 'sheet-3.png']);
    });
  });
});

describe('formulaResult', () => {
  const ws = new ExcelJS.Workbook().addWorksheet('S');
  const cell = (value: ExcelJS.CellValue): ExcelJS.Cell => {
    const c = ws.getCell('A1');
    c.value = value;
    return c;
  };

  test.each<[string, ExcelJS.CellValue, CellResult]>([
    ['empty', null, null],
    ['number', 3, 3],
    ['text', 'x', 'x'],
    ['boolean', false, false],
    ['formula', { formula: '1+1', result: 2 }, 2],
    ['formula with 0', { formula: '0', result: 0 }, 0],
    ['formula with false', { formula: '1=2', result: false }, false],
    ['formula with no result', { formula: '1+1' }, ''],
    ['formula error', { formula: 'NA()', result: { error: '#N/A' } }, { error: '#N/A' }],
    ['shared formula', { sharedFormula: 'B1', result: 5 }, 5],
    ['rich text', { richText: [{ text: 'a' }, { text: 'b', font: { bold: true } }] }, 'ab'],
    ['hyperlink', { text: 'site', hyperlink: 'https://example.org' }, 'site'],
    ['error value', { error: '#REF!' }, { error: '#REF!' }],
  ])('%s', (_name, value, expected) => {
    expect(formulaResult(cell(value))).toEqual(expected);
  });
});
