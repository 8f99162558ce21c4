import ExcelJS from 'exceljs';
import { EXIT } from '../../src/cli/main';
import { t } from '../../src/core/i18n';
import { editWithExcelJs, tempFolder, writeDemoWorkbook } from '../xlsx/fixtures';
import { checkJsonOf, cli } from './runCli';

const folder = tempFolder('cli-plan');
afterAll(() => folder.cleanup());

describe('check and the plan to KLAR', () => {
  it('gives each area its lead and what is missing, and a plan that makes the demo KLAR', async () => {
    const file = folder.file();
    await writeDemoWorkbook(file);
    const { json } = await checkJsonOf(file);
    for (const area of json.areas) {
      const nothing =
        !area.missing.lead &&
        area.missing.covers === 0 &&
        !area.missing.onTime &&
        area.missing.parties.length === 0;
      expect([area.id, nothing]).toEqual([area.id, area.status === 'covered']);
      if (area.leads === 1) expect(typeof area.lead).toBe('string');
      else expect(area.lead).toBeNull();
    }
    const codes = json.suggestions.filter((s) => s.kind === 'code');
    expect(codes.length).toBeGreaterThan(0);

    // Every suggestion upgrades the cell it names, from what the file holds there.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    for (const s of codes) {
      if (s.kind !== 'code') continue;
      const [sheet, address] = s.cell.split('!');
      const value = workbook.getWorksheet(sheet)!.getCell(address).value;
      expect([s.cell, value ?? '']).toEqual([s.cell, s.from]);
      expect(['A', 'D']).toContain(s.to);
      expect(s.reason).not.toBe('');
    }

    // Applied by hand, as a person would type them, they make the workbook KLAR.
    const applied = folder.file();
    await editWithExcelJs(file, applied, (wb) => {
      for (const s of codes) {
        if (s.kind !== 'code') continue;
        const [sheet, address] = s.cell.split('!');
        wb.getWorksheet(sheet)!.getCell(address).value = s.to;
      }
    });
    const after = await checkJsonOf(applied);
    expect(after.json.areas.filter((a) => a.status !== 'covered')).toEqual([]);
    expect(after.json.suggestions).toEqual([]);
    expect(after.code).toBe(EXIT.ready);
  });

  it('prints what is missing under each gap, the plan and what each status means', async () => {
    const file = folder.file();
    await writeDemoWorkbook(file);
    const { out } = await cli(['check', file]);
    const text = out.join('\n');
    expect(text).toContain(`${t('da', 'cli.missing')}: `);
    expect(text).toContain(t('da', 'cli.plan'));
    expect(text).toMatch(/Giv .+ [AD] · /);
    expect(text).toContain(t('da', 'cli.legend'));
    for (const status of ['covered', 'fragile', 'one_sided', 'late', 'no_lead', 'not_covered'])
      expect(text).toContain(t('da', `status.${status}.meaning` as 'status.covered.meaning'));
  });
});
