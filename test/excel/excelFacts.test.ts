import { messageFor } from '../../src/excel/errors';
import { rect } from '../fakes/excel/address';
import { resizeTable } from '../fakes/excel/model/tableEdits';
import { tableAt, tableRows } from './helpers';
import { describeAtApiLevels, ok, setUp } from './support';

/** What real Excel does that a lenient fake would hide: the adapter's answers to each. */
describeAtApiLevels('Excel facts the adapter follows', () => {
  it('gives a new person a blank row when something sits right below the matrix, and keeps it', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const matrix = tableAt(host, 'tblMatrix');
    const rows = matrix.lastRow - matrix.firstRow + 1;
    // Fill every row, then shrink the table by one so the last person sits right below it:
    // Excel's Resize Table command, which every version has, whatever its API set.
    for (let i = 0; i < rows; i += 1)
      ok(await gateway.savePerson({ ...person(`P${i}`), row: null }));
    resizeTable(
      host.model,
      host.model.findTable('tblMatrix')!,
      rect(
        matrix.headerRow,
        matrix.col,
        matrix.lastRow - 1,
        matrix.col + matrix.headers.length - 1,
      ),
    );
    const below = `${matrix.sheet}|${matrix.lastRow}`;
    const saved = ok(await gateway.savePerson({ ...person('Ny'), row: null }));
    const names = tableRows(host, 'tblMatrix').map((r) => r.Navn);
    expect(names).toContain('Ny');
    expect(saved.row).toBe(rows - 1);
    // The row that was below the table is still there, one row further down.
    const moved = host.sheet(matrix.sheet).values(`A${matrix.lastRow + 2}`);
    expect([below, moved[0][0]]).toEqual([below, `P${rows - 1}`]);
  });

  it('shows Matrix before selecting an area’s column there', async () => {
    const { host, excel, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Status').activate();
      await ctx.sync();
    });
    ok(await gateway.selectArea('PSRM'));
    const matrix = tableAt(host, 'tblMatrix');
    const col = matrix.colOf('PSRM');
    const snapshot = host.snapshot();
    expect(snapshot.activeSheet).toBe(matrix.sheet);
    expect(snapshot.selection).toMatch(new RegExp(`^${matrix.sheet}!`));
    expect(snapshot.selection).toContain(String.fromCharCode(65 + col));
  });

  it('turns events on again after a batch that failed with them off', async () => {
    const { host, gateway } = setUp();
    host.failSync(2, { afterOperations: 40 });
    expect((await gateway.createOrUpdate('da')).ok).toBe(false);
    expect(host.events.enabled).toBe(true);
  });

  it('freezes rows and columns together where a sheet asks for both', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const matrix = tableAt(host, 'tblMatrix');
    const frozen = host.sheet(matrix.sheet).frozen();
    expect(frozen.rows).toBe(matrix.headerRow + 1);
    expect(frozen.columns).toBeGreaterThan(0);
  });

  it('says Excel is busy for either code Microsoft names for a cell being edited', () => {
    for (const code of ['InvalidOperationInCellEditMode', 'InvalidOperation'])
      expect(messageFor(Object.assign(new Error('x'), { code })).key).toBe('error.excelBusy');
  });
});

describeAtApiLevels('a person saved while a co-author edits the same row', () => {
  it('writes only what the user changed, keeps the co-author’s edits, and reports a clash', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const { row } = ok(
      await gateway.savePerson({ ...person('Ane'), row: null, role: 'Projektleder' }),
    );
    const base = { ...person('Ane'), role: 'Projektleder', codes: { PSRM: 'D' } };
    const matrix = tableAt(host, 'tblMatrix');
    const cell = (header: string) =>
      `${String.fromCharCode(65 + matrix.colOf(header))}${matrix.firstRow + row + 1}`;
    // Between the form opening and the save, a co-author edits two cells of the row.
    host.remoteEdit(matrix.sheet, cell('Afdeling'), [['Økonomi']]);
    host.remoteEdit(matrix.sheet, cell('E-mail'), [['ane@kommune.dk']]);
    const saved = await gateway.savePerson({
      ...base,
      row,
      email: 'ane@example.dk',
      codes: { PSRM: 'A' },
      base,
    });
    expect(saved.ok && saved.report.conflicts).toBe(1);
    const after = tableRows(host, 'tblMatrix')[row];
    expect(after).toMatchObject({
      Navn: 'Ane',
      Rolle: 'Projektleder',
      Afdeling: 'Økonomi',
      'E-mail': 'ane@kommune.dk',
      PSRM: 'A',
    });
  });
});

function person(name: string) {
  return { name, role: '', department: '', email: '', fromPhase: '', codes: { PSRM: 'D' } };
}

describe('a matrix whose headers people have retyped', () => {
  it('saves a person’s name under "Navn " with a trailing space', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const matrix = tableAt(host, 'tblMatrix');
    const nameHeader = `${String.fromCharCode(65 + matrix.colOf('Navn'))}${matrix.headerRow + 1}`;
    host.localEdit(matrix.sheet, nameHeader, [['Navn ']]);
    const { row } = ok(await gateway.savePerson({ ...person('Ane'), row: null }));
    expect(tableRows(host, 'tblMatrix')[row]['Navn ']).toBe('Ane');
    expect(ok(await gateway.load()).people.map((p) => p.name)).toContain('Ane');
  });
});
