import { RefObject, useEffect, useRef, useState } from 'react';
import { UserMessage, WorkbookGateway } from '../../excel/api';
import {
  FormClosed,
  PersonDraft,
  PersonErrors,
  PersonField,
  draftToEdit,
  hasErrors,
  validateDraft,
} from '../model/person';
import { UNEXPECTED } from '../model/messages';
import { WorkbookActions } from './useWorkbook';

type TextField = Exclude<keyof PersonDraft, 'row' | 'codes'>;

export interface PersonForm {
  draft: PersonDraft;
  errors: PersonErrors;
  /** Why the last save failed, shown beside Gem; null when it did not fail. */
  saveError: UserMessage | null;
  setField(field: TextField, value: string): void;
  setCode(areaId: string, code: string): void;
  /** Validates, saves through the gateway, and closes the form when it worked. */
  submit(): Promise<void>;
  cancel(): void;
  /** The first field, focused when the form opens; and the first field in error. */
  fieldRefs: Record<PersonField, RefObject<HTMLInputElement>>;
}

/** The add/edit person form: its fields, their validation, and the save. */
export function usePersonForm(
  initial: PersonDraft,
  gateway: WorkbookGateway,
  actions: WorkbookActions,
  onDone: (closed: FormClosed) => void,
): PersonForm {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<PersonErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<UserMessage | null>(null);
  const fieldRefs = {
    name: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
  };

  // The form replaces the list, so focus would be left on the page: it starts on the name.
  const nameField = fieldRefs.name;
  useEffect(() => {
    nameField.current?.focus();
  }, [nameField]);

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
    setSaveError(null);
    const edit = draftToEdit(draft, initial);
    let failure: UserMessage = UNEXPECTED;
    const ok = await actions.perform(
      'savePerson',
      async () => {
        const outcome = await gateway.savePerson(edit);
        if (!outcome.ok) failure = outcome.error;
        return outcome;
      },
      () => ({
        key: draft.row === null ? 'pane.person.added' : 'pane.person.saved',
        params: { name: edit.name },
      }),
    );
    if (ok) {
      onDone({ kind: 'saved', row: draft.row, name: edit.name });
      return;
    }
    // The failure is said beside Gem, where the user clicked, not in the bar at the top of
    // a form taller than the pane.
    setSaveError(failure);
    actions.dismissMessage();
  };

  const cancel = () => onDone({ kind: 'cancelled' });

  return { draft, errors, saveError, setField, setCode, submit, cancel, fieldRefs };
}
