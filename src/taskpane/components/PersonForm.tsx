import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PersonDraft, withCurrent } from '../model/person';
import { usePersonForm } from '../hooks/usePersonForm';
import { WorkbookGateway, WorkbookView } from '../../excel/api';
import { WorkbookActions, WorkbookState } from '../hooks/useWorkbook';
import { useText } from '../text';
import { AreaCodeFields } from './AreaCodeFields';
import { usePartStyles } from './styles';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export interface PersonFormProps {
  initial: PersonDraft;
  view: WorkbookView;
  gateway: WorkbookGateway;
  state: WorkbookState;
  actions: WorkbookActions;
  onDone(): void;
}

/**
 * Add or edit one person: validated fields, their codes per area, saved to tblMatrix. The
 * choice lists are Fluent's Select (the platform's own dropdown) rather than Dropdown: it is
 * what screen readers and touch keyboards handle best, and it keeps Floating UI (about 20 KB
 * gzip) out of the pane's bundle budget.
 */
export function PersonForm({ initial, view, gateway, state, actions, onDone }: PersonFormProps) {
  const text = useText();
  const part = usePartStyles();
  const styles = useStyles();
  const form = usePersonForm(initial, gateway, actions, onDone);
  const { draft, errors } = form;
  const saving = state.busy === 'savePerson';
  const roles = withCurrent(view.choices.roles, draft.role);
  const phases = withCurrent(view.choices.phases, draft.fromPhase);

  return (
    <form
      className={styles.form}
      aria-labelledby="person-form-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <h2 id="person-form-heading" className={part.heading}>
        {text(draft.row === null ? 'pane.person.addHeading' : 'pane.person.editHeading')}
      </h2>
      <Field
        label={text('pane.person.name')}
        required
        validationMessage={errors.name ? text(errors.name) : undefined}
        hint={text('pane.person.nameHint')}
      >
        <Input
          ref={form.fieldRefs.name}
          value={draft.name}
          onChange={(_, data) => form.setField('name', data.value)}
          autoComplete="off"
        />
      </Field>
      <Field label={text('pane.person.role')}>
        <Select value={draft.role} onChange={(_, data) => form.setField('role', data.value)}>
          <option value="">{text('pane.person.noRole')}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text('pane.person.department')}>
        <Input
          value={draft.department}
          onChange={(_, data) => form.setField('department', data.value)}
        />
      </Field>
      <Field
        label={text('pane.person.email')}
        validationMessage={errors.email ? text(errors.email) : undefined}
      >
        <Input
          ref={form.fieldRefs.email}
          type="email"
          value={draft.email}
          onChange={(_, data) => form.setField('email', data.value)}
          autoComplete="off"
        />
      </Field>
      <Field label={text('pane.person.fromPhase')}>
        <Select
          value={draft.fromPhase}
          onChange={(_, data) => form.setField('fromPhase', data.value)}
        >
          <option value="">{text('pane.person.fromStart')}</option>
          {phases.map((phase) => (
            <option key={phase} value={phase}>
              {phase}
            </option>
          ))}
        </Select>
      </Field>
      <AreaCodeFields view={view} codes={draft.codes} onChange={form.setCode} />
      <div className={part.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabled={state.busy !== null}
          icon={saving ? <Spinner size="tiny" appearance="inverted" /> : undefined}
        >
          {text(saving ? 'pane.person.saving' : 'pane.person.save')}
        </Button>
        <Button onClick={onDone} disabled={saving}>
          {text('pane.cancel')}
        </Button>
      </div>
    </form>
  );
}
