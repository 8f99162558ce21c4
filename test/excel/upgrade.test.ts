import { header } from '../../src/core/tables';
import { tableAt, tableRows } from './helpers';
import { describeAtApiLevels, ok, setUp } from './support';

describeAtApiLevels('a workbook made before Status had its owner’s columns', () => {
  it('gets "Hvem er ansvarlig" and "Hvad mangler" from "Opdater arkene", keeping what people typed', async () => {
    const { host, excel, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    ok(
      await gateway.savePerson({
        row: null,
        name: 'Ane',
        role: 'Projektleder',
        department: 'Bibliotek',
        email: '',
        fromPhase: '',
        codes: { PSRM: 'A' },
      }),
    );
    const added = [header('status', 'whoLeads', 'da'), header('status', 'missing', 'da')];
    await excel.run(async (ctx) => {
      const columns = ctx.workbook.tables.getItem('tblStatus').columns;
      for (const name of added) columns.getItem(name).delete();
      await ctx.sync();
    });
    const before = tableRows(host, 'tblMatrix');
    ok(await gateway.createOrUpdate('da'));
    const status = host.snapshot().tables.find((t) => t.name === 'tblStatus')!;
    expect(status.headers).toEqual(expect.arrayContaining(added));
    expect(tableRows(host, 'tblMatrix')).toEqual(before);
    const at = tableAt(host, 'tblStatus');
    for (const name of added) {
      const letter = String.fromCharCode(65 + at.colOf(name));
      const cells = host
        .sheet(at.sheet)
        .formulas(`${letter}${at.firstRow + 1}:${letter}${at.lastRow + 1}`);
      expect(cells.every(([f]) => typeof f === 'string' && f.startsWith('='))).toBe(true);
    }
    const view = ok(await gateway.load());
    expect(view.parts.complete).toBe(true);
  });
});
