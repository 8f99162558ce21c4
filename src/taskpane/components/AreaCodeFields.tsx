import { Field, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { foldCase } from '../../core/cells';
import { WorkbookView } from '../../excel/api';
import { useText } from '../text';
import { usePartStyles } from './styles';

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  label: { overflowWrap: 'anywhere' },
});

export interface AreaCodeFieldsProps {
  view: WorkbookView;
  codes: Record<string, string>;
  onChange(areaId: string, code: string): void;
}

/**
 * The person's level per area. Native selects (Fluent's Select) rather than Dropdowns: the
 * template has 13 areas, and 13 popups would be slow to render and to key through.
 */
export function AreaCodeFields({ view, codes, onChange }: AreaCodeFieldsProps) {
  const text = useText();
  const part = usePartStyles();
  const styles = useStyles();
  // Codes match as Excel's COUNTIF does, ignoring case: a typed "a" is the code "A".
  const byFolded = new Map(
    view.choices.codes.map((choice) => [foldCase(choice.code), choice.code]),
  );
  return (
    <fieldset className={styles.fieldset}>
      <legend className={mergeClasses(part.heading, styles.legend)}>
        {text('pane.person.codes')}
      </legend>
      <span className={part.caption}>{text('pane.person.codesHint')}</span>
      {view.choices.areas.map((area) => {
        const raw = codes[area.id] ?? '';
        const value = byFolded.get(foldCase(raw)) ?? raw;
        // A value that is not a code (a typo, a number) stays selectable, so saving keeps it.
        const unknown = value !== '' && !byFolded.has(foldCase(value));
        return (
          <Field
            key={area.id}
            label={{ children: area.name, className: styles.label }}
            hint={area.id}
          >
            <Select
              value={value}
              onChange={(_, data) => onChange(area.id, data.value)}
              data-area={area.id}
            >
              <option value="">{text('pane.person.notInvolved')}</option>
              {view.choices.codes.map((choice) => (
                <option key={choice.code} value={choice.code}>
                  {text('pane.person.codeOption', { code: choice.code, name: choice.name })}
                </option>
              ))}
              {unknown && (
                <option value={value}>{text('pane.person.invalidCode', { value })}</option>
              )}
            </Select>
          </Field>
        );
      })}
    </fieldset>
  );
}
