import { ChangeSource } from '../../src/excel/api';
import { describeAtApiLevels, ok, setUp } from './support';

describeAtApiLevels('a workbook whose Matrix sheet was deleted', () => {
  async function withPeople() {
    const s = setUp();
    ok(await s.gateway.createOrUpdate('da'));
    for (const name of ['Ane', 'Bo'])
      ok(
        await s.gateway.savePerson({
          row: null,
          name,
          role: 'Projektleder',
          department: '',
          email: '',
          fromPhase: '',
          codes: { PSRM: 'D' },
        }),
      );
    return s;
  }

  it('tells the pane, live, that the matrix and its people are gone', async () => {
    const { host, gateway } = await withPeople();
    const heard: ChangeSource[] = [];
    await gateway.subscribe((source) => heard.push(source));
    host.deleteSheet('Matrix');
    await host.flushEvents();
    expect(heard).toContain('Remote');
    const view = ok(await gateway.load());
    expect(view.parts).toMatchObject({ matrixGone: true, complete: false });
    expect(view.people).toEqual([]);
  });

  it('makes an empty matrix on update, and says no more that it is gone', async () => {
    const { host, gateway } = await withPeople();
    host.deleteSheet('Matrix');
    ok(await gateway.createOrUpdate('da'));
    const view = ok(await gateway.load());
    expect(view.parts).toMatchObject({ matrixGone: false, complete: true });
    // The update brings nobody back: that is why the pane asks first.
    expect(view.people).toEqual([]);
  });
});
