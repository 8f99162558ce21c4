/**
 * The owner's page, as LibreOffice renders the demo workbook the CLI writes: the cached values
 * a preview shows without calculating, the first page, and the printed page count.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CellValue } from '../../src/core/cells';
import { demoPeople } from '../../src/core/demo';
import { newWorkbookPlan } from '../../src/core/engine';
import { Lang, t } from '../../src/core/i18n';
import { findTable } from '../../src/core/model';
import { header, headerIndex } from '../../src/core/tables';
import { readWorkbookFile } from '../../src/xlsx/read';
import { writeWorkbookFile } from '../../src/xlsx/write';
import { convertToPdf, recalculateXlsx } from './support/soffice';

let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'organisering-owner-'));
});
afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function demoFile(lang: Lang): Promise<string> {
  const { plan } = newWorkbookPlan(lang, demoPeople(lang), new Date(Date.UTC(2026, 11, 1, 9)), {
    municipality: t(lang, 'demo.municipality'),
  });
  const file = path.join(work, `demo-${lang}.xlsx`);
  await writeWorkbookFile(plan, file, true);
  return file;
}

/** Status, who leads and what is missing per area, and the verdict, as a file holds them. */
async function statusOf(file: string) {
  const content = await readWorkbookFile(file);
  const status = findTable(content.tables, 'tblStatus')!;
  const lang: Lang = status.headers.includes(header('status', 'status', 'en')) ? 'en' : 'da';
  const at = (c: 'id' | 'status' | 'whoLeads' | 'missing') =>
    headerIndex(status.headers, header('status', c, lang));
  return {
    verdict: content.verdict,
    areas: status.rows.map((row: CellValue[]) => [
      row[at('id')],
      row[at('status')],
      row[at('whoLeads')] ?? '',
      row[at('missing')] ?? '',
    ]),
  };
}

describe.each<Lang>(['da', 'en'])('the demo workbook in %s', (lang) => {
  it('shows the same verdict and statuses in a preview that never recalculates', async () => {
    const file = await demoFile(lang);
    const [cached] = await recalculateXlsx([file], path.join(work, `cached-${lang}`), {
      recalcOnLoad: false,
    });
    const [fresh] = await recalculateXlsx([file], path.join(work, `fresh-${lang}`));
    const preview = await statusOf(cached);
    expect(preview.verdict).toBe(t(lang, 'verdict.notReady'));
    expect(preview.areas.filter(([, status]) => status === '' || status === null)).toEqual([]);
    expect(preview).toEqual(await statusOf(fresh));
  });

  it('prints on at most 8 A4 pages, Status on at most 2, Status and Matrix landscape', async () => {
    const pdf = await convertToPdf(await demoFile(lang), path.join(work, `pdf-${lang}`));
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    expect(pages).toBeLessThanOrEqual(8);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const perPage = text.split('\f').filter((page) => page.trim() !== '');
    const pageWord = lang === 'da' ? 'side' : 'page';
    const sheetOf = (page: string) =>
      new RegExp(`(\\S+) · ${pageWord} \\d+ (?:af|of) \\d+`).exec(page)?.[1] ?? '';
    const status = t(lang, 'sheet.status');
    const matrix = t(lang, 'sheet.matrix');
    expect(perPage.filter((page) => sheetOf(page) === status).length).toBeLessThanOrEqual(2);
    expect(perPage.filter((page) => sheetOf(page) === matrix).length).toBe(1);
    // A4 landscape is 842 × 595 points; every page of ours is.
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)];
    expect(sizes.length).toBe(pages);
    for (const [, w, h] of sizes) expect([Math.round(+w), Math.round(+h)]).toEqual([842, 595]);
    // The first page is the owner's: the verdict, names, and what is missing.
    const first = perPage[0];
    expect(first).toContain(t(lang, 'verdict.notReady'));
    expect(first).toContain(t(lang, 'demo.municipality'));
    expect(first).toContain('Lars Holm');
    expect(first).toContain(t(lang, 'missing.party', { party: t(lang, 'party.finance') }));
  });
});
