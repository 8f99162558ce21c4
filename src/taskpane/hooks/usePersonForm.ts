import { RefObject, useRef, useState } from 'react';
import { WorkbookGateway } from '../../excel/api';
import {
  PersonDraft,
  PersonErrors,
  PersonField,
  draftToEdit,
  hasErrors,
  validateDraft,
} from '../model/person';
import { WorkbookActions } from './useWorkbook';

type TextField = Exclude<keyof PersonDraft, 'row' | 'codes'>;

export interface PersonForm {
  draft: PersonDraft;
  errors: PersonErrors;
  setField(field: TextField, value: string): void;
  setCode(areaId: string, code: string): void;
  /** Validates, saves through the gateway, and closes the form when it worked. */
  submit(): Promise<void>;
  /** Where to move focus when the form is refused: the first field in error. */
  fieldRefs: Record<PersonField, RefObject<HTMLInputElement>>;
}

/** The add/edit person form: its fields, their validation, and the save. */
export function usePersonForm(
  initial: PersonDraft,
  gateway: WorkbookGateway,
  actions: WorkbookActions,
  onDone: () => void,
): PersonForm {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<PersonErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const fieldRefs = {
    name: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
  };

  const update = (next: PersonDraft) => {
    setDraft(next);
    // After the first attempt, errors follow the typing so the user sees them clear.
    if (submitted) setErrors(validateDraft(next));
  };

  const setField = (field: TextField, value: string) => update({ ...draft, [field]: value });
  const setCode = (areaId: string, code: string) =>
    update({ ...draft, codes: { ...draft.codes, [areaId]: code } });

  const submit = async () => {
    setSubmitted(true);
    const found = validateDraft(draft);
    setErrors(found);
    if (hasErrors(found)) {
      const first: PersonField = found.name ? 'name' : 'email';
      fieldRefs[first].current?.focus();
      return;
    }
    const edit = draftToEdit(draft, initial);
    const ok = await actions.perform(
      'savePerson',
      () => gateway.savePerson(edit),
      () => ({
        key: draft.row === null ? 'pane.person.added' : 'pane.person.saved',
        params: { name: edit.name },
      }),
    );
    if (ok) onDone();
  };

  return { draft, errors, setField, setCode, submit, fieldRefs };
}
