import { useMemo, useState } from 'react';
import { PersonRow, WorkbookView } from '../../excel/api';
import { PersonDraft, draftFromPerson, emptyDraft, namedPeople } from '../model/person';

export interface PeoplePart {
  people: PersonRow[];
  /** The person being added or edited; null while the list shows. */
  editing: PersonDraft | null;
  add(): void;
  edit(person: PersonRow): void;
  close(): void;
}

/** Personer: the list of people, and which one the form is open for. */
export function usePeoplePart(view: WorkbookView | null): PeoplePart {
  const [editing, setEditing] = useState<PersonDraft | null>(null);
  const people = useMemo(() => namedPeople(view?.people ?? []), [view]);
  return {
    people,
    editing,
    add: () => setEditing(emptyDraft()),
    edit: (person) => setEditing(draftFromPerson(person)),
    close: () => setEditing(null),
  };
}
