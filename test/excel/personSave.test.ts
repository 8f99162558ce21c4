import fc from 'fast-check';
import { a1 } from '../../src/core/cells';
import { PersonEdit } from '../../src/excel/api';
import { tableAt, tableRows } from './helpers';
import { propertyRuns } from '../support/properties';
import { ok, setUp } from './support';

const FIELDS = {
  name: 'Navn',
  role: 'Rolle',
  department: 'Afdeling',
  email: 'E-mail',
  fromPhase: 'Inddrages fra',
} as const;
type Field = keyof typeof FIELDS | 'PSRM' | 'KOMM';
const HEADER = (field: Field) => (field === 'PSRM' || field === 'KOMM' ? field : FIELDS[field]);

const BASE = {
  name: 'Ane',
  role: 'Projektleder',
  department: 'Bibliotek',
  email: 'ane@kommune.dk',
  fromPhase: '',
  codes: { PSRM: 'D', KOMM: 'I' } as Record<string, string>,
};

function withField(fields: typeof BASE, field: Field, value: string): typeof BASE {
  if (field === 'PSRM' || field === 'KOMM')
    return { ...fields, codes: { ...fields.codes, [field]: value } };
  return { ...fields, [field]: value };
}

function valueOf(fields: typeof BASE, field: Field): string {
  return field === 'PSRM' || field === 'KOMM' ? (fields.codes[field] ?? '') : fields[field];
}

describe('a person save while a co-author edits the same row', () => {
  it('never loses the co-author’s edit, at any sync of the save', async () => {
    const field = fc.constantFrom<Field>('name', 'role', 'department', 'email', 'PSRM', 'KOMM');
    await fc.assert(
      fc.asyncProperty(
        field,
        fc.constantFrom('Bo', 'Økonomi', 'A', 'x', 'bo@kommune.dk'),
        field,
        fc.constantFrom('Cai', 'Leder', 'I', 'y'),
        fc.integer({ min: 0, max: 3 }),
        async (mine, myValue, theirs, theirValue, atSync) => {
          // A co-author who types what the cell already holds has changed nothing.
          fc.pre(theirValue !== valueOf(BASE, theirs));
          const { host, gateway } = setUp();
          ok(await gateway.createOrUpdate('da'));
          const { row } = ok(await gateway.savePerson({ ...BASE, row: null }));
          const m = tableAt(host, 'tblMatrix');
          const address = a1(m.firstRow + row, m.colOf(HEADER(theirs)));
          const coAuthor = () => host.remoteEdit(m.sheet, address, [[theirValue]]);
          // 0: after the form opened, before the save reads; 1–3: between the save's syncs.
          if (atSync === 0) coAuthor();
          else {
            const base = host.syncCount;
            host.beforeSync((i) => (i === base + atSync ? coAuthor() : undefined));
          }
          const edit: PersonEdit = { ...withField(BASE, mine, myValue), row, base: BASE };
          const saved = await gateway.savePerson(edit);
          if (!saved.ok) throw new Error(saved.error.key);
          const after = tableRows(host, 'tblMatrix')[row];
          // The co-author's value stands, whenever it came: before the read, or between the
          // read and the check. Sync 3 is the write itself; an edit of the same cell that
          // reaches Excel in the same instant is a true race, which Excel settles as the last
          // write. Even then only the field the user changed is written.
          const race = atSync === 3 && mine === theirs;
          if (!race) expect(after[HEADER(theirs)]).toBe(theirValue);
          // The user's change lands wherever the co-author did not write.
          if (mine !== theirs || race) expect(after[HEADER(mine)]).toBe(myValue);
        },
      ),
      propertyRuns(25),
    );
  });
});
