import { Checkbox, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChecklistStep } from '../../excel/api';
import { formatDate, useLang, useText } from '../text';
import { usePartStyles } from './styles';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column' },
  label: { overflowWrap: 'anywhere' },
  done: { paddingLeft: tokens.spacingHorizontalXXL },
});

export interface ChecklistProps {
  steps: ChecklistStep[];
  disabled: boolean;
  onToggle(step: ChecklistStep, done: boolean): void;
}

/** The method's four steps from tblChecklist, in the workbook's words, with who did each. */
export function Checklist({ steps, disabled, onToggle }: ChecklistProps) {
  const text = useText();
  const lang = useLang();
  const part = usePartStyles();
  const styles = useStyles();
  return (
    <ul className={part.plainList} data-testid="checklist">
      {steps.map((step) => (
        <li key={step.index} className={styles.step}>
          <Checkbox
            checked={step.done}
            disabled={disabled}
            label={{ children: step.text, className: styles.label }}
            onChange={(_, data) => onToggle(step, data.checked === true)}
          />
          {step.done && (
            <span className={mergeClasses(part.caption, styles.done)}>
              {text(step.by ? 'pane.status.doneBy' : 'pane.status.doneOn', {
                date: step.date ? formatDate(lang, step.date) : '',
                by: step.by,
              })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
