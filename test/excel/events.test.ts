import { ChangeSource } from '../../src/excel/api';
import { tableAt } from './helpers';
import { describeAtApiLevels, ok, setUp } from './support';

describeAtApiLevels('live updates', () => {
  it("hears a co-author's edit as Remote and the user's own as Local, but not the add-in's writes", async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const heard: ChangeSource[] = [];
    const stop = await gateway.subscribe((source) => heard.push(source));
    const m = tableAt(host, 'tblMatrix');
    ok(
      await gateway.savePerson({
        row: null,
        name: 'Ane',
        role: '',
        department: '',
        email: '',
        fromPhase: '',
        codes: {},
      }),
    );
    await host.flushEvents();
    expect(heard).toEqual([]);
    host.remoteEdit(m.sheet, `A${m.firstRow + 2}`, [['Bo']]);
    host.localEdit(m.sheet, `A${m.firstRow + 3}`, [['Cy']]);
    await host.flushEvents();
    expect(heard).toEqual(['Remote', 'Local']);
    await stop();
    host.remoteEdit(m.sheet, `A${m.firstRow + 4}`, [['Di']]);
    await host.flushEvents();
    expect(heard).toHaveLength(2);
  });

  it('hears a sheet deleted by a co-author', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const heard: ChangeSource[] = [];
    await gateway.subscribe((source) => heard.push(source));
    host.deleteSheet('Deltagere');
    await host.flushEvents();
    expect(heard.length).toBeGreaterThan(0);
  });
});
