import { typedCells, tableAt, tableRows } from './helpers';
import { describeAtApiLevels, ok, setUp } from './support';

async function withPeople() {
  const s = setUp();
  ok(await s.gateway.createOrUpdate('da'));
  for (const [name, role, code] of [
    ['Ane', 'Biblioteksmedarbejder', 'A'],
    ['Bo', 'Økonomi-/debitormedarbejder', 'D'],
    ['Cy', 'Projektleder', 'I'],
  ]) {
    ok(
      await s.gateway.savePerson({
        row: null,
        name,
        role,
        department: '',
        email: '',
        fromPhase: '',
        codes: { PSRM: code, KOMM: code },
      }),
    );
  }
  return s;
}

describeAtApiLevels('a workbook people have changed', () => {
  it('finds its tables on a renamed sheet and does not recreate it', async () => {
    const { host, gateway } = await withPeople();
    host.renameSheet('Matrix', "Lea's kompetencer");
    const typed = typedCells(host);
    ok(await gateway.createOrUpdate('da'));
    expect(host.snapshot().sheets.map((s) => s.name)).not.toContain('Matrix');
    expect(typedCells(host)).toEqual(typed);
    const view = ok(await gateway.load());
    expect(view.people).toHaveLength(3);
    expect(view.analysis?.findings.every((f) => !f.target || f.target.sheet !== 'Matrix')).toBe(
      true,
    );
    expect(host.snapshot().names.find((n) => n.name === 'StatusVerdict')?.formula).toBe(
      '=Status!$B$6',
    );
  });

  it('recreates a deleted Status sheet, with its chart', async () => {
    const { host, gateway } = await withPeople();
    host.deleteSheet('Status');
    const outcome = await gateway.createOrUpdate('da');
    if (!outcome.ok) throw new Error(outcome.error.key);
    expect(tableRows(host, 'tblStatus')).toHaveLength(13);
    expect(host.snapshot().charts).toHaveLength(1);
    expect(ok(await gateway.load()).people).toHaveLength(3);
  });

  it('builds on an empty sheet recreated under the old name', async () => {
    const { host, gateway } = await withPeople();
    host.deleteSheet('Deltagere');
    host.addSheet('Deltagere');
    ok(await gateway.refreshStatus(new Date()));
    ok(await gateway.createOrUpdate('da'));
    expect(tableAt(host, 'tblParticipants').sheet).toBe('Deltagere');
    expect(tableRows(host, 'tblParticipants').map((r) => r.Navn)).toEqual(['Ane', 'Bo', 'Cy']);
  });

  it('keeps the old matrix data when tblMatrix is deleted, and makes a new one beside it', async () => {
    const { host, gateway } = await withPeople();
    host.deleteTable('tblMatrix', true);
    const kept = host.sheet('Matrix').values('A6:A8');
    const view = ok(await gateway.load());
    expect(view.parts.tables.matrix).toBe(false);
    expect(view.analysis).toBeNull();
    const refreshed = await gateway.refreshStatus(new Date());
    expect(refreshed).toMatchObject({ ok: false, error: { key: 'error.notCreated' } });
    ok(await gateway.createOrUpdate('da'));
    expect(host.sheet('Matrix').values('A6:A8')).toEqual(kept);
    expect(tableAt(host, 'tblMatrix').sheet).toBe('Matrix (2)');
  });

  it('leaves a sorted and filtered matrix alone: nothing to write', async () => {
    const { host, gateway, excel } = await withPeople();
    ok(await gateway.createOrUpdate('da'));
    await excel.run(async (context) => {
      const table = context.workbook.tables.getItem('tblMatrix');
      table.sort.apply([{ key: 0, ascending: false }]);
      table.columns.getItem('Rolle').filter.applyValuesFilter(['Projektleder']);
      await context.sync();
    });
    const typed = typedCells(host);
    const outcome = await gateway.createOrUpdate('da');
    if (!outcome.ok) throw new Error(outcome.error.key);
    expect(typedCells(host)).toEqual(typed);
    expect(outcome.report.cellsWritten).toBeLessThanOrEqual(7);
  });

  it('keeps working when label cells above the matrix are merged', async () => {
    const { host, gateway, excel } = await withPeople();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Matrix').getRange('A1:C1').merge();
      await context.sync();
    });
    const typed = typedCells(host);
    const outcome = await gateway.createOrUpdate('da');
    expect(outcome.ok).toBe(true);
    expect(typedCells(host)).toEqual(typed);
  });

  it('reports an empty tblAreas as a finding, not an error', async () => {
    const { host, gateway } = await withPeople();
    const areas = tableAt(host, 'tblAreas');
    host.localEdit(
      areas.sheet,
      `A${areas.firstRow + 1}:H${areas.lastRow + 1}`,
      Array.from({ length: areas.lastRow - areas.firstRow + 1 }, () => Array(8).fill('')),
    );
    const view = ok(await gateway.load());
    expect(view.analysis?.findings.map((f) => f.topic)).toContain('noAreas');
    expect(view.analysis?.coverage.ready).toBe(false);
  });
});
