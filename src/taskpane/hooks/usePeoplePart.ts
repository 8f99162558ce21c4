import { useMemo, useState } from 'react';
import { PersonRow, WorkbookView } from '../../excel/api';
import {
  FormClosed,
  FormOpener,
  PersonDraft,
  draftFromPerson,
  emptyDraft,
  focusAfterForm,
  namedPeople,
} from '../model/person';

export interface PeoplePart {
  people: PersonRow[];
  /** The person being added or edited; null while the list shows. */
  editing: PersonDraft | null;
  add(): void;
  edit(person: PersonRow): void;
  close(closed: FormClosed): void;
  /** The button to focus, now that the form has closed; null once it has been focused. */
  focusTarget: FormOpener | null;
  focused(): void;
}

interface Closing {
  opener: FormOpener;
  closed: FormClosed;
}

/** Personer: the list of people, which one the form is open for, and where focus returns. */
export function usePeoplePart(view: WorkbookView | null): PeoplePart {
  const [editing, setEditing] = useState<PersonDraft | null>(null);
  const [opener, setOpener] = useState<FormOpener>({ kind: 'add' });
  const [closing, setClosing] = useState<Closing | null>(null);
  const people = useMemo(() => namedPeople(view?.people ?? []), [view]);
  const focusTarget =
    closing && !editing ? focusAfterForm(closing.opener, closing.closed, people) : null;
  return {
    people,
    editing,
    add: () => {
      setOpener({ kind: 'add' });
      setClosing(null);
      setEditing(emptyDraft());
    },
    edit: (person) => {
      setOpener({ kind: 'person', row: person.row });
      setClosing(null);
      setEditing(draftFromPerson(person));
    },
    close: (closed) => {
      setClosing({ opener, closed });
      setEditing(null);
    },
    focusTarget,
    focused: () => setClosing(null),
  };
}
