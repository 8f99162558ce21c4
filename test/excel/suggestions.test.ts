import { tableAt, tableRows } from './helpers';
import { describeAtApiLevels, ok, setUp } from './support';

/** The plan to KLAR applied through the gateway: only onto cells that still hold `from`. */
async function withTwoPeople() {
  const s = setUp();
  ok(await s.gateway.createOrUpdate('da'));
  for (const name of ['Ane', 'Bo'])
    ok(
      await s.gateway.savePerson({
        row: null,
        name,
        role: '',
        department: '',
        email: '',
        fromPhase: '',
        codes: { PSRM: 'I' },
      }),
    );
  const matrix = tableAt(s.host, 'tblMatrix');
  const cell = (row: number) =>
    `${String.fromCharCode(65 + matrix.colOf('PSRM'))}${matrix.firstRow + row + 1}`;
  return { ...s, matrix, cell };
}

describeAtApiLevels('applying suggestions', () => {
  it('writes each suggested code and says which were applied', async () => {
    const { host, gateway } = await withTwoPeople();
    const result = ok(
      await gateway.applyCodes([
        { area: 'PSRM', row: 0, from: 'I', to: 'A' },
        { area: 'PSRM', row: 1, from: 'I', to: 'D' },
      ]),
    );
    expect(result.applied).toHaveLength(2);
    expect(
      tableRows(host, 'tblMatrix')
        .slice(0, 2)
        .map((r) => r.PSRM),
    ).toEqual(['A', 'D']);
  });

  it('refuses a cell a co-author changed since the plan, and writes nothing there', async () => {
    const { host, gateway, matrix, cell } = await withTwoPeople();
    host.remoteEdit(matrix.sheet, cell(0), [['D']]);
    const outcome = await gateway.applyCodes([{ area: 'PSRM', row: 0, from: 'I', to: 'A' }]);
    expect(outcome.ok && outcome.value.refused).toHaveLength(1);
    expect(outcome.ok && outcome.report.conflicts).toBe(1);
    expect(tableRows(host, 'tblMatrix')[0].PSRM).toBe('D');
  });

  it('keeps a co-author’s edit made between the read and the write', async () => {
    const { host, gateway, matrix, cell } = await withTwoPeople();
    let syncs = 0;
    host.beforeSync(() => {
      syncs += 1;
      if (syncs === 2) host.remoteEdit(matrix.sheet, cell(0), [['x']]);
    });
    const outcome = await gateway.applyCodes([{ area: 'PSRM', row: 0, from: 'I', to: 'A' }]);
    expect(outcome.ok && outcome.value.applied).toHaveLength(0);
    expect(tableRows(host, 'tblMatrix')[0].PSRM).toBe('x');
  });

  it('undoes an applied suggestion while the cell is unchanged, and not after', async () => {
    const { host, gateway, matrix, cell } = await withTwoPeople();
    ok(await gateway.applyCodes([{ area: 'PSRM', row: 0, from: 'I', to: 'A' }]));
    const undone = ok(await gateway.applyCodes([{ area: 'PSRM', row: 0, from: 'A', to: 'I' }]));
    expect(undone.applied).toHaveLength(1);
    expect(tableRows(host, 'tblMatrix')[0].PSRM).toBe('I');
    ok(await gateway.applyCodes([{ area: 'PSRM', row: 1, from: 'I', to: 'A' }]));
    host.remoteEdit(matrix.sheet, cell(1), [['D']]);
    const late = ok(await gateway.applyCodes([{ area: 'PSRM', row: 1, from: 'A', to: 'I' }]));
    expect(late.refused).toHaveLength(1);
    expect(tableRows(host, 'tblMatrix')[1].PSRM).toBe('D');
  });
});
