import {
  Select,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
  useId,
} from '@fluentui/react-components';
import { foldCase } from '../../core/cells';
import { WorkbookView } from '../../excel/api';
import { useText } from '../text';
import { usePartStyles } from './styles';

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  /** One row per area: its name beside a small select, so 13 areas fit in one screenful. */
  list: { display: 'flex', flexDirection: 'column', marginTop: tokens.spacingVerticalXS },
  row: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  // The caption size: the template's area names run to 90 characters.
  label: { ...typographyStyles.caption1, flex: '1 1 0', minWidth: 0, overflowWrap: 'break-word' },
  id: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  select: { flex: '0 0 7.5rem', minWidth: 0 },
});

export interface AreaCodeFieldsProps {
  view: WorkbookView;
  codes: Record<string, string>;
  onChange(areaId: string, code: string): void;
}

/**
 * The person's level per area. Native selects (Fluent's Select) rather than Dropdowns: the
 * template has 13 areas, and 13 popups would be slow to render and to key through. Each
 * select is labelled by its area's name and ID, the ID being Matrix's column header.
 */
export function AreaCodeFields({ view, codes, onChange }: AreaCodeFieldsProps) {
  const text = useText();
  const part = usePartStyles();
  const styles = useStyles();
  const idBase = useId('area-code-');
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
      <div className={styles.list}>
        {view.choices.areas.map((area, index) => {
          const raw = codes[area.id] ?? '';
          const value = byFolded.get(foldCase(raw)) ?? raw;
          // A value that is not a code (a typo, a number) stays selectable, so saving keeps it.
          const unknown = value !== '' && !byFolded.has(foldCase(value));
          const id = `${idBase}${index}`;
          return (
            <div key={area.id} className={styles.row}>
              <label htmlFor={id} className={styles.label}>
                {area.name} <span className={styles.id}>({area.id})</span>
              </label>
              <Select
                id={id}
                size="small"
                className={styles.select}
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
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
