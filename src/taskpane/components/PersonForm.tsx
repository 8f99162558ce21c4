import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { ErrorCircleRegular } from '@fluentui/react-icons';
import { PersonDraft, FormClosed, withCurrent } from '../model/person';
import { usePersonForm } from '../hooks/usePersonForm';
import { WorkbookGateway, WorkbookView } from '../../excel/api';
import { WorkbookActions, WorkbookState } from '../hooks/useWorkbook';
import { useText } from '../text';
import { AreaCodeFields } from './AreaCodeFields';
import { usePartStyles } from './styles';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  /** Label beside the field: a narrow label column, and a field that never widens the pane. */
  field: { gridTemplateColumns: `7rem minmax(0, 1fr)` },
  control: { minWidth: 0, maxWidth: '100%' },
  /**
   * Gem and Annuller stay at the bottom of the pane while the form scrolls under them, with
   * the pane's own background so the fields do not show through.
   */
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  error: {
    ...typographyStyles.body1,
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
    color: tokens.colorPaletteRedForeground1,
    overflowWrap: 'anywhere',
  },
  errorIcon: { flexShrink: 0, fontSize: '20px' },
});

export interface PersonFormProps {
  initial: PersonDraft;
  view: WorkbookView;
  gateway: WorkbookGateway;
  state: WorkbookState;
  actions: WorkbookActions;
  onDone(closed: FormClosed): void;
}

/**
 * Add or edit one person: validated fields, their codes per area, saved to tblMatrix. The
 * choice lists are Fluent's Select (the platform's own dropdown) rather than Dropdown: it is
 * what screen readers and touch keyboards handle best, and it keeps Floating UI (about 20 KB
 * gzip) out of the pane's bundle budget. Labels sit beside the fields, so the form fits a
 * 320 px pane without a long scroll, and Gem stays in reach at the bottom.
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
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !saving) {
          event.preventDefault();
          form.cancel();
        }
        // Enter saves from a list as it does from a text field, so the codes need no trip to Gem.
        if (event.key === 'Enter' && event.target instanceof HTMLSelectElement && !saving) {
          event.preventDefault();
          event.currentTarget.requestSubmit();
        }
      }}
    >
      <h2 id="person-form-heading" className={part.heading}>
        {text(draft.row === null ? 'pane.person.addHeading' : 'pane.person.editHeading')}
      </h2>
      <div className={styles.fields}>
        <Field
          label={text('pane.person.name')}
          orientation="horizontal"
          className={styles.field}
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
        <Field label={text('pane.person.role')} orientation="horizontal" className={styles.field}>
          <Select
            className={styles.control}
            value={draft.role}
            onChange={(_, data) => form.setField('role', data.value)}
          >
            <option value="">{text('pane.person.noRole')}</option>
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={text('pane.person.department')}
          orientation="horizontal"
          className={styles.field}
        >
          <Input
            value={draft.department}
            onChange={(_, data) => form.setField('department', data.value)}
          />
        </Field>
        <Field
          label={text('pane.person.email')}
          orientation="horizontal"
          className={styles.field}
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
        <Field
          label={text('pane.person.fromPhase')}
          orientation="horizontal"
          className={styles.field}
        >
          <Select
            className={styles.control}
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
      </div>
      <AreaCodeFields view={view} codes={draft.codes} onChange={form.setCode} />
      <div className={styles.footer} data-testid="person-form-actions">
        {/* role=alert: heard as soon as it appears, without moving focus from Gem. */}
        <div role="alert">
          {form.saveError && (
            <p className={styles.error} data-testid="person-form-error">
              <ErrorCircleRegular className={styles.errorIcon} aria-hidden />
              <span>
                {text('pane.person.notSaved', { name: draft.name.trim() })}{' '}
                {text(form.saveError.key, form.saveError.params)}
              </span>
            </p>
          )}
        </div>
        <div className={part.actions}>
          <Button
            type="submit"
            appearance="primary"
            disabled={state.busy !== null}
            icon={saving ? <Spinner size="tiny" appearance="inverted" /> : undefined}
          >
            {text(saving ? 'pane.person.saving' : 'pane.person.save')}
          </Button>
          <Button onClick={form.cancel} disabled={saving}>
            {text('pane.cancel')}
          </Button>
        </div>
      </div>
    </form>
  );
}
