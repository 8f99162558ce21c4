/**
 * A workbook filled in by hand, outside our code: the demo file edited the way a person
 * would (names and codes typed into the empty rows, codes changed, a lowercase and a padded
 * code), saved, and recalculated by LibreOffice. `check --json` must give the statuses the
 * Status sheet's formulas compute.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { t } from '../../src/core/i18n';
import { findTable } from '../../src/core/model';
import { header, headerIndex } from '../../src/core/tables';
import { readWorkbookFile } from '../../src/xlsx/read';
import { recalculateXlsx } from './support/soffice';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'organisering-hand-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await run(args, {
    out: (s) => out.push(s),
    err: () => undefined,
    now: () => new Date(Date.UTC(2026, 10, 29)),
    env: {},
  });
  return { code, out: out.join('\n') };
}

/** Types into the matrix as a person would: by header name, in the table's own rows. */
function typeInto(
  ws: ExcelJS.Worksheet,
  headerRow: number,
  values: Record<string, string | null>[],
  firstRow: number,
) {
  const headers = new Map<string, number>();
  ws.getRow(headerRow).eachCell((cell, col) => headers.set(String(cell.value), col));
  values.forEach((person, i) => {
    for (const [name, value] of Object.entries(person)) {
      const col = headers.get(name);
      if (col === undefined) throw new Error(`no column ${name}`);
      ws.getCell(firstRow + i, col).value = value;
    }
  });
}

it('check --json agrees with the Status sheet LibreOffice computes', async () => {
  const demo = path.join(work, 'demo.xlsx');
  expect((await cli(['demo', demo])).code).toBe(0);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(demo);
  const ws = workbook.getWorksheet('Matrix')!;
  const table = ws.getTable('tblMatrix') as unknown as { table: { tableRef: string } };
  const headerRow = Number(/\d+/.exec(table.table.tableRef)![0]);
  // Row 1-8 hold the demo's people; the empty rows below them are the table's own.
  typeInto(
    ws,
    headerRow,
    [
      {
        Navn: 'Rikke Dahl',
        Rolle: 'Økonomi-/debitormedarbejder',
        'Inddrages fra': 'Fase 1: Afklaring',
        BET_WEB: 'd',
        BET_APP: 'A',
        ADM_SP: 'D',
      },
      {
        Navn: 'Bent Lau',
        Rolle: 'Biblioteksmedarbejder',
        BET_AUT: 'A',
        BET_BS: ' D',
        BET_KOM: 'D',
      },
      { Navn: null, Rolle: 'Projektleder', PSRM: 'A' },
    ],
    headerRow + 9,
  );
  ws.getCell(headerRow + 1, 1).value = 'Mette S. Sørensen';
  const edited = path.join(work, 'edited.xlsx');
  await workbook.xlsx.writeFile(edited);

  const [recalculated] = await recalculateXlsx([edited], path.join(work, 'out'));
  const checked = await cli(['check', recalculated, '--json']);
  const json = JSON.parse(checked.out) as {
    ready: boolean;
    areas: { id: string; status: string }[];
  };

  const content = await readWorkbookFile(recalculated);
  const status = findTable(content.tables, 'tblStatus')!;
  const at = (column: 'id' | 'status') =>
    headerIndex(status.headers, header('status', column, 'da'));
  const fromSheet = status.rows.map((row) => ({ id: row[at('id')], status: row[at('status')] }));
  expect(
    json.areas.map((a) => ({
      id: a.id,
      status: t('da', `status.${a.status}` as 'status.covered'),
    })),
  ).toEqual(fromSheet);
  expect(content.verdict).toBe(t('da', json.ready ? 'verdict.ready' : 'verdict.notReady'));
  expect(checked.code).toBe(json.ready ? 0 : 1);
  // The edits changed the picture: areas that were gaps in the demo are covered now.
  expect(json.areas.find((a) => a.id === 'BET_WEB')?.status).toBe('covered');
  expect(json.areas.find((a) => a.id === 'ADM_SP')?.status).toBe('covered');
});
