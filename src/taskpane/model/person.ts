import { displayText } from '../../core/cells';
import { MessageKey } from '../../core/i18n';
import { PersonEdit, PersonRow } from '../../excel/api';

/**
 * The person form's fields as the user types them (the gateway's PersonEdit: codes by area
 * ID, '' for not involved), and the rules for saving them.
 */
export type PersonDraft = PersonEdit;

export type PersonField = 'name' | 'email';

export type PersonErrors = Partial<Record<PersonField, MessageKey>>;

/** One @, something before it, and a dotted domain after it; no spaces. Blank is allowed. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function emptyDraft(): PersonDraft {
  return { row: null, name: '', role: '', department: '', email: '', fromPhase: '', codes: {} };
}

export function draftFromPerson(person: PersonRow): PersonDraft {
  const codes: Record<string, string> = {};
  // Numbers and dates where a code belongs show as text, so the user sees and can fix them.
  for (const [area, value] of Object.entries(person.codes)) codes[area] = displayText(value);
  return {
    row: person.row,
    name: person.name,
    role: person.role,
    department: person.department,
    email: person.email,
    fromPhase: person.fromPhase,
    codes,
  };
}

export function validateDraft(draft: PersonDraft): PersonErrors {
  const errors: PersonErrors = {};
  if (draft.name.trim() === '') errors.name = 'pane.person.nameRequired';
  const email = draft.email.trim();
  if (email !== '' && !EMAIL.test(email)) errors.email = 'pane.person.emailInvalid';
  return errors;
}

export function hasErrors(errors: PersonErrors): boolean {
  return Object.keys(errors).length > 0;
}

/**
 * What the gateway writes. Names and other text keep leading characters such as `=`: the
 * gateway stores them as text, never as formulas. Only surrounding spaces are trimmed.
 * Only the codes the user changed in the form are sent, so a code a co-author set in the
 * same row meanwhile is left alone ('' clears a code).
 */
export function draftToEdit(draft: PersonDraft, initial: PersonDraft): PersonEdit {
  const codes: Record<string, string> = {};
  for (const [id, code] of Object.entries(draft.codes)) {
    if (code !== (initial.codes[id] ?? '')) codes[id] = code;
  }
  return {
    row: draft.row,
    name: draft.name.trim(),
    role: draft.role.trim(),
    department: draft.department.trim(),
    email: draft.email.trim(),
    fromPhase: draft.fromPhase.trim(),
    codes,
    // What the form opened with: only fields changed since are written, and not over a
    // co-author's edit of the same cell.
    base:
      draft.row === null
        ? undefined
        : {
            name: initial.name,
            role: initial.role,
            department: initial.department,
            email: initial.email,
            fromPhase: initial.fromPhase,
            codes: initial.codes,
          },
  };
}

/** The people worth listing: rows with a name. */
export function namedPeople(people: readonly PersonRow[]): PersonRow[] {
  return people.filter((person) => person.name.trim() !== '');
}

/** How many areas a person holds any value in. */
export function areaCount(person: PersonRow): number {
  return Object.values(person.codes).filter((value) => displayText(value) !== '').length;
}

/** The options for a choice list: the workbook's list, plus the current value if it is not in it. */
export function withCurrent(options: readonly string[], current: string): string[] {
  if (current === '' || options.some((option) => option === current)) return [...options];
  return [...options, current];
}

/** The button that opened the person form: "Tilføj person", or one person's edit button. */
export type FormOpener = { kind: 'add' } | { kind: 'person'; row: number };

/** How the person form closed: cancelled, or saved (row null for a new person). */
export type FormClosed =
  { kind: 'cancelled' } | { kind: 'saved'; row: number | null; name: string };

/**
 * Where focus goes when the form closes, so a keyboard user goes on from where they were:
 * after a save, the saved person's edit button (a new person is found by the name saved,
 * the last such row, as the gateway appends); after cancel, the button that opened the
 * form. If that person is gone from the list meanwhile, "Tilføj person".
 */
export function focusAfterForm(
  opener: FormOpener,
  closed: FormClosed,
  people: readonly PersonRow[],
): FormOpener {
  const listed = (row: number): FormOpener =>
    people.some((person) => person.row === row) ? { kind: 'person', row } : { kind: 'add' };
  if (closed.kind === 'cancelled') return opener.kind === 'add' ? opener : listed(opener.row);
  if (closed.row !== null) return listed(closed.row);
  const name = closed.name.trim();
  const added = people.filter((person) => person.name.trim() === name).pop();
  return added ? { kind: 'person', row: added.row } : { kind: 'add' };
}
