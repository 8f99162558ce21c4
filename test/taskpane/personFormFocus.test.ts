import { PersonRow } from '../../src/excel/api';
import { focusAfterForm } from '../../src/taskpane/model/person';

function person(row: number, name: string): PersonRow {
  return { row, name, role: '', department: '', email: '', fromPhase: '', codes: {} };
}

const people = [person(0, 'Ane'), person(1, 'Bo Jensen'), person(4, 'Ane')];

describe('where focus goes when the person form closes', () => {
  it('goes back to Tilføj person when an add is cancelled', () => {
    expect(focusAfterForm({ kind: 'add' }, { kind: 'cancelled' }, people)).toEqual({
      kind: 'add',
    });
  });

  it("goes back to the person's edit button when their edit is cancelled", () => {
    expect(focusAfterForm({ kind: 'person', row: 1 }, { kind: 'cancelled' }, people)).toEqual({
      kind: 'person',
      row: 1,
    });
  });

  it('goes to the edited person after a save', () => {
    expect(
      focusAfterForm({ kind: 'person', row: 1 }, { kind: 'saved', row: 1, name: 'Bo' }, people),
    ).toEqual({ kind: 'person', row: 1 });
  });

  it('goes to the new person after an add, the last row with the saved name', () => {
    expect(
      focusAfterForm({ kind: 'add' }, { kind: 'saved', row: null, name: ' Ane ' }, people),
    ).toEqual({ kind: 'person', row: 4 });
  });

  it('falls back to Tilføj person when the person is no longer listed', () => {
    expect(focusAfterForm({ kind: 'person', row: 9 }, { kind: 'cancelled' }, people)).toEqual({
      kind: 'add',
    });
    expect(
      focusAfterForm({ kind: 'person', row: 9 }, { kind: 'saved', row: 9, name: 'Cai' }, people),
    ).toEqual({ kind: 'add' });
    expect(
      focusAfterForm({ kind: 'add' }, { kind: 'saved', row: null, name: 'Cai' }, people),
    ).toEqual({ kind: 'add' });
  });
});
