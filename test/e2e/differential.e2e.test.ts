/**
 * The differential test: the coverage rules have one definition in src/core, and the Status
 * sheet says the same thing in formulas. LibreOffice recalculates each generated workbook,
 * and every area's counts and status, every role, and the verdict must equal the core's.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CellValue } from '../../src/core/cells';
import { analyseTables, planTables } from '../../src/core/engine';
import { t } from '../../src/core/i18n';
import { missingText, whoLeadsText } from '../../src/core/missing';
import { findTable } from '../../src/core/model';
import { buildPlan } from '../../src/core/plan';
import { header } from '../../src/core/tables';
import { readWorkbookFile } from '../../src/xlsx/read';
import { writeWorkbookFile } from '../../src/xlsx/write';
import { randomWorkbook } from '../support/randomWorkbook';
import { recalculateXlsx } from './support/soffice';

const SEEDS = Array.from({ length: 24 }, (_, i) => 1000 + i * 7919);
/** Seeds whose workbook also gets a full team, so that KLAR is tested too. */
const COMPLETE = new Set(SEEDS.filter((_, i) => i % 6 === 5));

interface Case {
  seed: number;
  file: string;
  expected: ReturnType<typeof analyseTables>;
}

let work: string;
let cases: Case[];
let recalculated: string[];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'organisering-diff-'));
  cases = [];
  for (const seed of SEEDS) {
    const generated = randomWorkbook(seed, { complete: COMPLETE.has(seed) });
    const plan = buildPlan({
      lang: generated.lang,
      catalogue: generated.catalogue,
      people: generated.people,
      blankRows: 2,
      matrixHeaders: [],
      refresh: null,
    });
    const file = path.join(work, `case-${seed}.xlsx`);
    await writeWorkbookFile(plan, file, false);
    cases.push({ seed, file, expected: analyseTables(planTables(plan)) });
  }
  recalculated = await recalculateXlsx(
    cases.map((c) => c.file),
    path.join(work, 'out'),
    { timeoutMs: 300_000 },
  );
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function column(rows: CellValue[][], headers: string[], name: string): CellValue[] {
  const index = headers.indexOf(name);
  if (index < 0) throw new Error(`no column ${name}`);
  return rows.map((row) => row[index]);
}

describe('the Status formulas, recalculated by LibreOffice, agree with the core', () => {
  it('generates at least 20 workbooks, each with 12+ people and all 13 template areas', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const c of cases) {
      expect(c.expected.model.matrix.people.length).toBeGreaterThanOrEqual(12);
      expect(c.expected.model.areas).toHaveLength(13);
    }
  });

  it('includes ready and not-ready workbooks', () => {
    const verdicts = new Set(cases.map((c) => c.expected.coverage.ready));
    expect([...verdicts].sort()).toEqual([false, true]);
  });

  it('has areas with one lead, several leads and none, and with every kind of gap', () => {
    const leads = new Set(
      cases.flatMap((c) => c.expected.coverage.areas.map((a) => Math.min(a.leads, 2))),
    );
    expect([...leads].sort()).toEqual([0, 1, 2]);
    const gaps = cases.flatMap((c) => c.expected.missing);
    expect(gaps.some((m) => m.lead)).toBe(true);
    expect(gaps.some((m) => m.covers > 1)).toBe(true);
    expect(gaps.some((m) => m.onTime)).toBe(true);
    expect(gaps.some((m) => m.parties.length === 2)).toBe(true);
  });

  it('covers every status across the generated workbooks', () => {
    const seen = new Set(cases.flatMap((c) => c.expected.coverage.areas.map((a) => a.status)));
    expect([...seen].sort()).toEqual([
      'covered',
      'fragile',
      'late',
      'no_lead',
      'not_covered',
      'one_sided',
    ]);
  });

  it.each(SEEDS.map((seed, i) => [seed, i]))(
    'seed %i: area by area, roles and verdict',
    async (_seed, i) => {
      const { expected } = cases[i];
      const lang = expected.model.lang;
      const content = await readWorkbookFile(recalculated[i]);

      // The core reads the recalculated file exactly as it read the plan.
      const reread = analyseTables(content.tables);
      expect(reread.coverage).toEqual(expected.coverage);

      const status = findTable(content.tables, 'tblStatus')!;
      const h = (c: Parameters<typeof header<'status'>>[1]) => header('status', c, lang);
      const ids = column(status.rows, status.headers, h('id'));
      const got = ids.map((id, r) => ({
        id,
        leads: column(status.rows, status.headers, h('leads'))[r],
        covers: column(status.rows, status.headers, h('covers'))[r],
        gatherers: column(status.rows, status.headers, h('gatherers'))[r],
        invalid: column(status.rows, status.headers, h('invalid'))[r],
        status: column(status.rows, status.headers, h('status'))[r],
        whoLeads: column(status.rows, status.headers, h('whoLeads'))[r] ?? '',
        missing: column(status.rows, status.headers, h('missing'))[r] ?? '',
      }));
      const want = expected.coverage.areas.map((a, k) => ({
        id: a.id,
        leads: a.leads,
        covers: a.covers,
        gatherers: a.gatherers,
        invalid: a.invalid,
        status: t(lang, `status.${a.status}`),
        whoLeads: whoLeadsText(lang, a.leads, expected.lead[k]),
        missing: missingText(lang, expected.missing[k], expected.model.areas[k].neededFrom),
      }));
      expect(got).toEqual(want);

      const roles = findTable(content.tables, 'tblRoleStatus')!;
      const rh = (c: 'role' | 'count' | 'status') => header('roleStatus', c, lang);
      expect(
        roles.rows.map((_, r) => ({
          role: column(roles.rows, roles.headers, rh('role'))[r],
          count: column(roles.rows, roles.headers, rh('count'))[r],
          status: column(roles.rows, roles.headers, rh('status'))[r],
        })),
      ).toEqual(
        expected.coverage.roles.map((role) => ({
          role: role.role,
          count: role.count,
          status: t(
            lang,
            role.count > 0 ? 'role.filled' : role.required ? 'role.missing' : 'role.optional',
          ),
        })),
      );

      expect(content.verdict).toBe(
        t(lang, expected.coverage.ready ? 'verdict.ready' : 'verdict.notReady'),
      );
    },
  );
});
