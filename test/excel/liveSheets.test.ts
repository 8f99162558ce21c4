import { ChangeSource } from '../../src/excel/api';
import { tableAt } from './helpers';
import { describeAtApiLevels, ok, setUp } from './support';

/**
 * Below ExcelApi 1.9 there is no workbook-wide onChanged: the gateway listens on each sheet,
 * so it must also listen on every sheet that appears after it subscribed.
 */
describeAtApiLevels('live updates on sheets made after the pane subscribed', () => {
  it('hears a co-author in Matrix when "Opret arkene" made the sheets after subscribing', async () => {
    const { host, gateway } = setUp();
    const heard: ChangeSource[] = [];
    await gateway.subscribe((source) => heard.push(source));
    ok(await gateway.createOrUpdate('da'));
    await host.flushEvents();
    expect(heard).toEqual([]);
    const m = tableAt(host, 'tblMatrix');
    host.remoteEdit(m.sheet, `A${m.firstRow + 1}`, [['Ane']]);
    await host.flushEvents();
    expect(heard).toEqual(['Remote']);
  });

  it('hears edits on a sheet someone adds while the pane listens', async () => {
    const { host, excel, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const heard: ChangeSource[] = [];
    await gateway.subscribe((source) => heard.push(source));
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Noter');
      await context.sync();
    });
    await host.flushEvents();
    expect(heard).toEqual(['Local']);
    host.remoteEdit('Noter', 'A1', [['Møde tirsdag']]);
    await host.flushEvents();
    expect(heard).toEqual(['Local', 'Remote']);
  });

  it('hears edits on a sheet that "Opdater arkene" recreated after a co-author deleted it', async () => {
    const { host, gateway } = setUp();
    ok(await gateway.createOrUpdate('da'));
    const heard: ChangeSource[] = [];
    await gateway.subscribe((source) => heard.push(source));
    host.deleteSheet('Deltagere');
    await host.flushEvents();
    ok(await gateway.createOrUpdate('da'));
    heard.length = 0;
    host.remoteEdit('Deltagere', 'A1', [['Deltagere']]);
    await host.flushEvents();
    expect(heard).toEqual(['Remote']);
  });

  it('stops hearing every sheet, old, new and deleted, and removes each handler it added', async () => {
    const { host, excel, gateway } = setUp({ sheets: ['Ark1'] });
    const heard: ChangeSource[] = [];
    const stop = await gateway.subscribe((source) => heard.push(source));
    ok(await gateway.createOrUpdate('da'));
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Noter');
      await context.sync();
    });
    host.deleteSheet('Deltagere');
    await host.flushEvents();
    await stop();
    expect(host.events.registrations).toBe(0);
    heard.length = 0;
    for (const sheet of ['Ark1', 'Matrix', 'Noter']) host.remoteEdit(sheet, 'Z1', [['x']]);
    await host.flushEvents();
    expect(heard).toEqual([]);
  });
});
