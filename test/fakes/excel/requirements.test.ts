import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { REQUIRED_API } from '../../../src/excel/session';
import { createFakeExcel } from './index';
import { MEMBER_REQUIREMENTS, NEWEST_EXCEL_API, compareVersions } from './requirements';
import { FakeClientObject } from './runtime/clientObject';
import { codeOf, fakeExcel, thrownCode } from './testHelpers';

describe('requirement sets', () => {
  it('answers isSetSupported from the host options', () => {
    const { host } = fakeExcel({ requirementSets: { ExcelApi: '1.12' } });
    const req = host.Office.context.requirements;
    expect(req.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(req.isSetSupported('ExcelApi', 1.12)).toBe(true);
    expect(req.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(req.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  it('fails Table.resize with ApiNotFound on a host below ExcelApi 1.13', async () => {
    const { host, excel } = fakeExcel({ requirementSets: { ExcelApi: '1.12' }, sheets: ['S'] });
    host.seed('S', 'A1:A2', [['H'], [1]]);
    host.addTable('S', 'A1:A2', { name: 'tbl' });
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.tables.getItem('tbl').resize('A1:A5');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
    expect(host.snapshot().tables[0].address).toBe('A1:A2');
  });

  it('throws ApiNotFound at the call itself, before any sync, as Office.js does', async () => {
    const { excel } = fakeExcel({ requirementSets: { ExcelApi: '1.12' } });
    await excel.run(async (ctx) => {
      const table = ctx.workbook.tables.getItem('tbl');
      expect(thrownCode(() => table.resize('A1:A5'))).toBe('ApiNotFound');
      expect(thrownCode(() => ctx.workbook.worksheets.onChanged)).toBe('returned');
    });
  });

  it('fails getMergedAreasOrNullObject with ApiNotFound below 1.13 and answers it from 1.13', async () => {
    const probe = (version: string) => {
      const { excel } = fakeExcel({ requirementSets: { ExcelApi: version } });
      return codeOf(
        excel.run(async (ctx) => {
          const areas = ctx.workbook.worksheets
            .getActiveWorksheet()
            .getRange('A1:C3')
            .getMergedAreasOrNullObject();
          await ctx.sync();
          expect(areas.isNullObject).toBe(true);
        }),
      );
    };
    expect(await probe('1.12')).toBe('ApiNotFound');
    expect(await probe('1.13')).toBe('resolved');
  });

  it('fails worksheets.onChanged below 1.9 while Worksheet.onChanged works from 1.7', async () => {
    const { excel } = fakeExcel({ requirementSets: { ExcelApi: '1.8' } });
    const register = (
      pick: (
        ctx: Excel.RequestContext,
      ) => OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>,
    ) =>
      codeOf(
        excel.run(async (ctx) => {
          pick(ctx).add(async () => undefined);
          await ctx.sync();
        }),
      );
    expect(await register((ctx) => ctx.workbook.worksheets.onChanged)).toBe('ApiNotFound');
    expect(await register((ctx) => ctx.workbook.worksheets.getActiveWorksheet().onChanged)).toBe(
      'resolved',
    );
  });

  it('fails data validation below ExcelApi 1.8', async () => {
    const { excel } = fakeExcel({ requirementSets: { ExcelApi: '1.7' } });
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').dataValidation.rule = {
          list: { inCellDropDown: true, source: 'A,B' },
        };
        await ctx.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
  });
});

describe('host features', () => {
  it('fails ChartCollection.add at sync when the host cannot draw charts', async () => {
    const { host, excel } = fakeExcel({ features: { charts: false }, sheets: ['S'] });
    host.seed('S', 'A1:B2', [
      ['Område', 'Antal'],
      ['PSRM', 2],
    ]);
    const code = await codeOf(
      excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.charts.add(
          excel.ChartType.columnStacked,
          ws.getRange('A1:B2'),
          excel.ChartSeriesBy.columns,
        );
        await ctx.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
    expect(host.snapshot().charts).toEqual([]);
  });

  it('records charts when the host can draw them', async () => {
    const { host, excel } = fakeExcel({ sheets: ['S'], displayLanguage: 'en-US' });
    host.seed('S', 'A1:B2', [
      ['Område', 'Antal'],
      ['PSRM', 2],
    ]);
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const chart = ws.charts.add('ColumnStacked', ws.getRange('A1:B2'), 'Columns');
      chart.title.text = 'Personer pr. område';
      chart.setPosition('D2', 'J15');
      await ctx.sync();
    });
    expect(host.snapshot().charts).toEqual([
      {
        name: 'Chart 1',
        sheet: 'S',
        type: 'ColumnStacked',
        sourceAddress: 'S!$A$1:$B$2',
        title: 'Personer pr. område',
        series: [{ name: '', values: 'S!$A$1:$B$2', xValues: null }],
      },
    ]);
  });

  it('fails suspendScreenUpdatingUntilNextSync when the host lacks it', async () => {
    const { excel } = fakeExcel({ features: { suspendScreenUpdating: false } });
    const code = await codeOf(
      excel.run(async (ctx) => {
        ctx.application.suspendScreenUpdatingUntilNextSync();
        await ctx.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
  });
});

describe('the Office object and installation', () => {
  it('resolves Office.onReady with Excel on the web and reports the display language', async () => {
    const host = createFakeExcel({ displayLanguage: 'en-US' });
    const seen: unknown[] = [];
    const info = await host.Office.onReady((i) => seen.push(i));
    expect(info).toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(seen).toEqual([info]);
    expect(host.Office.context.displayLanguage).toBe('en-US');
  });

  it('installs Excel, Office and OfficeExtension on a global and restores them', async () => {
    const host = createFakeExcel();
    const target: Record<string, unknown> = {};
    const restore = host.install(target);
    const g = target as unknown as { Excel: typeof Excel; OfficeExtension: typeof OfficeExtension };
    const error = await g.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Nope').load('name');
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(g.OfficeExtension.Error);
    expect((error as OfficeExtension.Error).code).toBe(g.Excel.ErrorCodes.itemNotFound);
    restore();
    expect(target.Excel).toBeUndefined();
  });

  it('records ribbon actions and runs them until they complete', async () => {
    const host = createFakeExcel();
    let ran = false;
    host.Office.actions.associate('refreshStatus', (event) => {
      ran = true;
      event.completed();
    });
    await host.invokeAction('refreshStatus');
    expect(ran).toBe(true);
  });
});

/**
 * The table of requirement sets against @types/office-js: each `[Api set: ExcelApi x.y]`
 * annotation in its d.ts, by class and member.
 */
interface DeclaredMember {
  set: string | null;
  /** The member's declaration, up to its end: its type names the classes it leads to. */
  declaration: string;
}

function excelDeclarations(): {
  classes: Map<string, string | null>;
  members: Map<string, DeclaredMember>;
} {
  const dts = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8').split('\n');
  const classes = new Map<string, string | null>();
  const members = new Map<string, DeclaredMember>();
  const setOf = (doc: string[]) =>
    /\[Api set: ExcelApi (\d+\.\d+)/.exec(doc.join('\n'))?.[1] ?? null;
  let cls: string | null = null;
  let doc: string[] = [];
  let inDoc = false;
  const start = dts.indexOf('declare namespace Excel {');
  for (const line of dts.slice(start + 1)) {
    // The namespace ends at its closing brace, or where Excel.Interfaces begins.
    if (line === '}' || /^ {4}namespace /.test(line)) break;
    if (/^\s*\/\*\*/.test(line)) {
      inDoc = !line.includes('*/');
      doc = [line];
      continue;
    }
    if (inDoc) {
      doc.push(line);
      inDoc = !line.includes('*/');
      continue;
    }
    const opened = /^ {4}(?:class|interface) (\w+)/.exec(line);
    if (opened) {
      cls = opened[1];
      classes.set(cls, setOf(doc));
      doc = [];
      continue;
    }
    if (/^ {4}\}/.test(line)) cls = null;
    const member = /^ {8}(?:readonly )?(\w+)\??[(:<]/.exec(line);
    if (cls && member) {
      const key = `${cls}.${member[1]}`;
      const set = setOf(doc);
      const seen = members.get(key);
      // Overloads: the member exists from its earliest set.
      if (!seen || (set && (!seen.set || compareVersions(set, seen.set) < 0)))
        members.set(key, { set, declaration: line });
      doc = [];
    }
  }
  return { classes, members };
}

/** Every public member each proxy class of the fake implements, as "Type.member". */
async function implementedMembers(): Promise<Map<string, string[]>> {
  const dir = join(__dirname, 'proxies');
  const byType = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const module: Record<string, unknown> = await import(join(dir, file));
    for (const exported of Object.values(module)) {
      if (typeof exported !== 'function' || !(exported.prototype instanceof FakeClientObject))
        continue;
      const typeName = Object.getOwnPropertyDescriptor(exported.prototype, '_typeName')?.get;
      if (!typeName) continue; // an abstract base
      // A type name that depends on the instance (conditional formats) falls back to its default.
      const names = new Set<string>();
      for (
        let proto = exported.prototype;
        proto && proto !== FakeClientObject.prototype;
        proto = Object.getPrototypeOf(proto)
      ) {
        for (const name of Object.getOwnPropertyNames(proto))
          if (!/^[_$]/.test(name) && name !== 'constructor') names.add(name);
      }
      byType.set(typeName.call({}) as string, [...names]);
    }
  }
  return byType;
}

describe('the requirement table and @types/office-js', () => {
  const { classes, members } = excelDeclarations();
  let implemented = new Map<string, string[]>();
  beforeAll(async () => {
    implemented = await implementedMembers();
  });

  it('reads the d.ts', () => {
    expect(members.get('Table.resize')?.set).toBe('1.13');
    expect(classes.get('RangeAreas')).toBe('1.9');
    expect(members.size).toBeGreaterThan(1000);
  });

  it('lists each member at the set the d.ts gives it', () => {
    const drift = Object.entries(MEMBER_REQUIREMENTS)
      .filter(([member, set]) => members.get(member)?.set !== set)
      .map(([member, set]) => `${member}: ${set}, d.ts ${members.get(member)?.set ?? 'none'}`);
    expect(drift).toEqual([]);
  });

  it(`gates every member the fake implements above ExcelApi ${REQUIRED_API.version}, the manifest's minimum`, () => {
    const ungated: string[] = [];
    for (const [type, names] of implemented) {
      for (const name of names) {
        const member = `${type}.${name}`;
        const set = members.get(member)?.set;
        if (!set || compareVersions(set, REQUIRED_API.version) <= 0) continue;
        if (MEMBER_REQUIREMENTS[member] === set) continue;
        // A member of a class that itself needs the set is gated where the class is reached:
        // every member leading to the class must be listed.
        const classSet = classes.get(type);
        const entries = [...members].filter(([, m]) =>
          new RegExp(`\\bExcel\\.${type}\\b`).test(m.declaration),
        );
        const gatedClass =
          classSet &&
          compareVersions(classSet, set) >= 0 &&
          entries.every(
            ([key]) =>
              !isImplemented(key) ||
              compareVersions(MEMBER_REQUIREMENTS[key] ?? '1.1', classSet) >= 0,
          );
        if (!gatedClass) ungated.push(`${member} (ExcelApi ${set})`);
      }
    }
    expect(ungated).toEqual([]);

    function isImplemented(key: string): boolean {
      const [type, name] = key.split('.');
      return implemented.get(type)?.includes(name) ?? false;
    }
  });

  it(`refuses each listed member above ExcelApi ${REQUIRED_API.version} on a host that has only that set`, async () => {
    const probes: Record<string, (ctx: Excel.RequestContext) => unknown> = {
      'Application.suspendScreenUpdatingUntilNextSync': (ctx) =>
        ctx.application.suspendScreenUpdatingUntilNextSync(),
      'WorksheetCollection.onChanged': (ctx) =>
        ctx.workbook.worksheets.onChanged.add(async () => undefined),
      'Range.getMergedAreasOrNullObject': (ctx) =>
        ctx.workbook.worksheets.getItem('S').getRange('A1:B2').getMergedAreasOrNullObject(),
      'Table.resize': (ctx) => ctx.workbook.tables.getItem('tbl').resize('A1:A5'),
      'Table.autoFilter': (ctx) => ctx.workbook.tables.getItem('tbl').autoFilter.load('enabled'),
      'Worksheet.pageLayout': (ctx) =>
        ctx.workbook.worksheets.getItem('S').pageLayout.load('orientation'),
      'PageLayout.headersFooters': (ctx) =>
        ctx.workbook.worksheets.getItem('S').pageLayout.headersFooters.load(),
      'HeaderFooterGroup.defaultForAllPages': (ctx) =>
        ctx.workbook.worksheets
          .getItem('S')
          .pageLayout.headersFooters.defaultForAllPages.load('centerFooter'),
      'Range.group': (ctx) =>
        ctx.workbook.worksheets
          .getItem('S')
          .getRange('C:C')
          .group('ByColumns' as Excel.GroupOption),
      'Range.hideGroupDetails': (ctx) => {
        const columns = ctx.workbook.worksheets.getItem('S').getRange('C:C');
        columns.group('ByColumns' as Excel.GroupOption);
        columns.hideGroupDetails('ByColumns' as Excel.GroupOption);
      },
    };
    const above = Object.keys(MEMBER_REQUIREMENTS).filter(
      (member) => compareVersions(MEMBER_REQUIREMENTS[member], REQUIRED_API.version) > 0,
    );
    expect(Object.keys(probes).sort()).toEqual(above.sort());
    const probe = (version: string, member: string) => {
      const { host, excel } = fakeExcel({ requirementSets: { ExcelApi: version }, sheets: ['S'] });
      host.seed('S', 'A1:A2', [['H'], [1]]);
      host.addTable('S', 'A1:A2', { name: 'tbl' });
      return codeOf(
        excel.run(async (ctx) => {
          probes[member](ctx);
          await ctx.sync();
        }),
      );
    };
    for (const member of above) {
      expect([member, await probe(REQUIRED_API.version, member)]).toEqual([member, 'ApiNotFound']);
      expect([member, await probe(NEWEST_EXCEL_API, member)]).toEqual([member, 'resolved']);
    }
  });

  it('knows no set newer than the one a default host has', () => {
    const { host } = fakeExcel();
    const req = host.Office.context.requirements;
    expect(req.isSetSupported('ExcelApi', NEWEST_EXCEL_API)).toBe(true);
    const [major, minor] = NEWEST_EXCEL_API.split('.').map(Number);
    expect(req.isSetSupported('ExcelApi', `${major}.${minor + 1}`)).toBe(false);
    for (const set of Object.values(MEMBER_REQUIREMENTS))
      expect(compareVersions(set, NEWEST_EXCEL_API)).toBeLessThanOrEqual(0);
  });
});
