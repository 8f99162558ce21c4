import { t } from '../../src/core/i18n';
import { refreshStatusCommand } from '../../src/commands/refreshStatus';
import { createStatusRefresher } from '../../src/excel/statusCommand';
import { tableAt } from './helpers';
import { describeAtApiLevels, ok, setUp } from './support';

describeAtApiLevels('when Excel fails', () => {
  it('reports a sync that fails part-way through create, and leaves no table of ours half made', async () => {
    const { host, gateway } = setUp();
    host.failSync(2, { afterOperations: 20 });
    const outcome = await gateway.createOrUpdate('da');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.key).toBe('error.excelFailed');
    const view = ok(await gateway.load());
    expect(view.parts.complete).toBe(false);
    // What exists is whole: every table of ours has its full header row.
    for (const table of host.snapshot().tables.filter((x) => x.name.startsWith('tbl'))) {
      expect(table.headers.every((h) => h !== '' && !/^(Kolonne|Column)\d+$/.test(h))).toBe(true);
    }
  });

  it('finishes the workbook on the next create, wherever a failed sync cut the first one off', async () => {
    for (let cut = 5; cut < 400; cut += 19) {
      const { host, gateway } = setUp();
      host.failSync(2, { afterOperations: cut });
      expect((await gateway.createOrUpdate('da')).ok).toBe(false);
      ok(await gateway.createOrUpdate('da'));
      const view = ok(await gateway.load());
      expect([cut, view.parts.complete]).toEqual([cut, true]);
      expect(view.analysis?.coverage.areas).toHaveLength(13);
    }
  });

  it('reports a failed sync during create, and a second create finishes the workbook', async () => {
    const { host, gateway } = setUp();
    host.failSync(2);
    const outcome = await gateway.createOrUpdate('da');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.key).toBe('error.excelFailed');
    ok(await gateway.createOrUpdate('da'));
    const view = ok(await gateway.load());
    expect(view.parts.complete).toBe(true);
    expect(view.analysis?.coverage.areas).toHaveLength(13);
  });

  it('reports a failed sync during refresh without touching the matrix', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const matrix = host.snapshot().sheets.find((s) => s.name === 'Matrix');
    host.failSync(2);
    const outcome = await gateway.refreshStatus(new Date());
    expect(outcome.ok).toBe(false);
    expect(host.snapshot().sheets.find((s) => s.name === 'Matrix')).toEqual(matrix);
  });

  it('creates the workbook without the chart where the host cannot draw charts, and says so', async () => {
    const { host, gateway } = setUp({ features: { charts: false } });
    const outcome = await gateway.createOrUpdate('da');
    if (!outcome.ok) throw new Error(outcome.error.key);
    expect(outcome.report.degraded).toContain('charts');
    expect(host.snapshot().charts).toEqual([]);
    expect(ok(await gateway.load()).parts.complete).toBe(true);
  });

  it('draws the chart of people per area, stacked by level, where the host can', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const [chart] = host.snapshot().charts;
    expect(chart).toMatchObject({
      sheet: 'Status',
      type: 'ColumnStacked',
      title: t('da', 'wb.status.chartTitle'),
    });
    expect(chart.series.map((s) => s.name)).toEqual([
      'Ansvarlige',
      'Dækker uden ansvar',
      'Indhenter viden',
    ]);
  });

  it('completes the ribbon command in every path, errors included', async () => {
    const { host, gateway } = setUp();
    const completed = jest.fn();
    const refresh = createStatusRefresher(host.Excel as never, host.Office as never);
    // Not set up yet: the refresh answers with a message, and the event still completes.
    await refreshStatusCommand(refresh, { completed });
    expect(completed).toHaveBeenCalledTimes(1);
    ok(await gateway.createOrUpdate('da'));
    const before = host.snapshot().sheets.find((s) => s.name === 'Status')!.cells;
    await refreshStatusCommand(refresh, { completed }, () => new Date(Date.UTC(2026, 11, 2)));
    expect(completed).toHaveBeenCalledTimes(2);
    expect(host.snapshot().sheets.find((s) => s.name === 'Status')!.cells).not.toEqual(before);
    host.failSync(1);
    await refreshStatusCommand(refresh, { completed });
    expect(completed).toHaveBeenCalledTimes(3);
    await refreshStatusCommand(() => Promise.reject(new Error('boom')), { completed });
    expect(completed).toHaveBeenCalledTimes(4);
  });
});

describeAtApiLevels('what people put in the workbook', () => {
  it('stores names that look like formulas as text', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const names = ['=Ane', '+45 Bo', '-Ida', '@Kim', "'Citat", '1/2'];
    for (const name of names) {
      ok(
        await gateway.savePerson({
          row: null,
          name,
          role: 'Projektleder',
          department: '=SUM(1;2)',
          email: '',
          fromPhase: '',
          codes: { PSRM: 'D' },
        }),
      );
    }
    const m = tableAt(host, 'tblMatrix');
    const cells = host.snapshot().sheets.find((s) => s.name === m.sheet)!.cells;
    const nameCells = Object.entries(cells).filter(
      ([address]) => /^A\d+$/.test(address) && Number(address.slice(1)) > m.firstRow,
    );
    expect(nameCells.map(([, c]) => c.value)).toEqual(names);
    expect(nameCells.every(([, c]) => c.formula === null)).toBe(true);
    const view = ok(await gateway.load());
    expect(view.people.map((p) => p.name)).toEqual(names);
    expect(view.people.every((p) => p.department === '=SUM(1;2)')).toBe(true);
  });

  it('fills the empty rows first, then grows the table below without TableRowCollection.add', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const before = tableAt(host, 'tblMatrix');
    const rows = before.lastRow - before.firstRow + 1;
    for (let i = 0; i < rows + 2; i += 1) {
      ok(
        await gateway.savePerson({
          row: null,
          name: `P${i}`,
          role: '',
          department: '',
          email: '',
          fromPhase: '',
          codes: {},
        }),
      );
    }
    const after = tableAt(host, 'tblMatrix');
    expect(after.lastRow - after.firstRow + 1).toBe(rows + 2);
    expect(host.rowsAddCalls).toBe(0);
    expect(ok(await gateway.load()).people).toHaveLength(rows + 2);
  });

  it('edits an existing person in place', async () => {
    const { gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const { row } = ok(
      await gateway.savePerson({
        row: null,
        name: 'Ane',
        role: 'Projektleder',
        department: '',
        email: '',
        fromPhase: '',
        codes: { PSRM: 'A' },
      }),
    );
    ok(
      await gateway.savePerson({
        row,
        name: 'Ane Berg',
        role: 'Projektleder',
        department: 'IT',
        email: 'ane@kommune.dk',
        fromPhase: 'Fase 1: Afklaring',
        codes: { PSRM: 'D', KOMM: 'I' },
      }),
    );
    const [ane] = ok(await gateway.load()).people;
    expect(ane).toMatchObject({
      name: 'Ane Berg',
      department: 'IT',
      email: 'ane@kommune.dk',
      codes: expect.objectContaining({ PSRM: 'D', KOMM: 'I' }),
    });
  });

  it('counts numbers and dates typed where codes belong as invalid, with a hint', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const m = tableAt(host, 'tblMatrix');
    host.localEdit(m.sheet, `A${m.firstRow + 1}:B${m.firstRow + 1}`, [['Ane', 'Projektleder']]);
    const psrm = m.colOf('PSRM');
    const col = String.fromCharCode(65 + psrm);
    host.localEdit(m.sheet, `${col}${m.firstRow + 1}`, [[3]]);
    const view = ok(await gateway.load());
    expect(view.analysis?.coverage.areas.find((a) => a.id === 'PSRM')?.invalid).toBe(1);
    expect(view.analysis?.findings.find((f) => f.topic === 'invalid')?.message).toContain(
      t('da', 'finding.invalid.hintNumber'),
    );
  });

  it('selects an area’s column in Matrix, and says so when the area has no column', async () => {
    const { gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    ok(await gateway.selectArea('PSRM'));
    const missing = await gateway.selectArea('NOPE');
    expect(missing.ok).toBe(false);
  });

  it('ticks a checklist step with the date and who did it', async () => {
    const { gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    ok(await gateway.setChecklistStep(3, true, 'Mette', new Date(Date.UTC(2026, 11, 1))));
    const view = ok(await gateway.load());
    expect(view.checklist[3]).toMatchObject({ done: true, by: 'Mette' });
    expect(view.checklist[3].date?.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(view.completed).toMatchObject({ by: 'Mette' });
  });
});

describeAtApiLevels('a new workbook', () => {
  it('opens on its matrix, where people start', async () => {
    const { excel, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const name = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe('Matrix');
  });
});

describe('a host at a given requirement set', () => {
  it('says the host is too old, and makes no call, below ExcelApi 1.8', async () => {
    const { host, gateway } = setUp({ requirementSets: { ExcelApi: '1.7' } });
    const before = host.snapshot();
    for (const outcome of [
      await gateway.createOrUpdate('da'),
      await gateway.load(),
      await gateway.refreshStatus(new Date()),
    ]) {
      expect(outcome).toEqual({ ok: false, error: { key: 'error.excelApiMissing' } });
    }
    expect(host.syncCount).toBe(0);
    expect(host.snapshot()).toEqual(before);
    expect(t('en', 'error.excelApiMissing')).toMatch(/ExcelApi 1\.8/);
  });

  it('works without screen-updating suspension, and reports it', async () => {
    const { gateway } = setUp({ requirementSets: { ExcelApi: '1.8' } });
    const outcome = await gateway.createOrUpdate('da');
    if (!outcome.ok) throw new Error(outcome.error.key);
    expect(outcome.report.degraded).toContain('screenUpdating');
  });
});
