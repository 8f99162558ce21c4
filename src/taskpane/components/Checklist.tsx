import { FormEvent, KeyboardEvent, useEffect, useRef, useState } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ChecklistStep } from '../../excel/api';
import { formatDate, useLang, useText } from '../text';
import { VISUALLY_HIDDEN, usePartStyles } from './styles';

/** Narrower than Office's narrowest pane: 320 px at 150 % zoom or more. */
const NARROW = '@media (max-width: 239px)';

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column' },
  /**
   * Long words break only where they must: a step's words stay whole at 200 % zoom. In a pane
   * that narrow (Office's 320 px at 200 % is 160 CSS pixels), the box and its text give up
   * the spacing at their outer edges, so a word like "organisering." still fits on a line.
   */
  label: {
    overflowWrap: 'break-word',
    minWidth: 0,
    [NARROW]: { paddingRight: 0 },
  },
  indicator: { [NARROW]: { marginLeft: 0 } },
  done: { paddingLeft: tokens.spacingHorizontalXXL },
  ask: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginLeft: tokens.spacingHorizontalXXL,
    marginBottom: tokens.spacingVerticalS,
  },
  askActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  /** Heard by screen readers, not shown. */
  spoken: VISUALLY_HIDDEN,
});

export interface ChecklistProps {
  steps: ChecklistStep[];
  disabled: boolean;
  onToggle(step: ChecklistStep, done: boolean): void;
  /** The step that waits for a name before it is ticked, asked for right at its checkbox. */
  asking?: ChecklistStep | null;
  name?: string;
  onNameChange?(name: string): void;
  onNameGiven?(): void;
  onAskCancel?(): void;
}

/** The method's four steps from tblChecklist, in the workbook's words, with who did each. */
export function Checklist({
  steps,
  disabled,
  onToggle,
  asking = null,
  name = '',
  onNameChange,
  onNameGiven,
  onAskCancel,
}: ChecklistProps) {
  const text = useText();
  const lang = useLang();
  const part = usePartStyles();
  const styles = useStyles();
  const boxes = useRef(new Map<number, HTMLInputElement>());
  const askedAt = asking ? steps.findIndex((s) => s.index === asking.index) + 1 : 0;
  return (
    <>
      <ul className={part.plainList} data-testid="checklist">
        {steps.map((step, i) => (
          <li key={step.index} className={styles.step}>
            <Checkbox
              ref={(input) => {
                if (input) boxes.current.set(step.index, input);
                else boxes.current.delete(step.index);
              }}
              checked={step.done}
              disabled={disabled}
              label={{ children: step.text, className: styles.label }}
              indicator={{ className: styles.indicator }}
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
            {asking?.index === step.index && (
              <AskName
                step={i + 1}
                name={name}
                disabled={disabled}
                onChange={(value) => onNameChange?.(value)}
                onGiven={() => onNameGiven?.()}
                onCancel={() => {
                  onAskCancel?.();
                  boxes.current.get(step.index)?.focus();
                }}
              />
            )}
          </li>
        ))}
      </ul>
      <div
        className={styles.spoken}
        role="status"
        aria-live="polite"
        data-testid="checklist-announce"
      >
        {askedAt > 0 ? text('pane.status.askNameAnnounce', { step: askedAt }) : ''}
      </div>
    </>
  );
}

interface AskNameProps {
  step: number;
  name: string;
  disabled: boolean;
  onChange(name: string): void;
  onGiven(): void;
  onCancel(): void;
}

/** "Dit navn" right at the step being ticked: Enter ticks it, Escape lets it be. */
function AskName({ step, name, disabled, onChange, onGiven, onCancel }: AskNameProps) {
  const part = usePartStyles();
  const text = useText();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [empty, setEmpty] = useState(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setEmpty(true);
      input.current?.focus();
      return;
    }
    onGiven();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };

  return (
    <form className={styles.ask} onSubmit={submit} onKeyDown={onKeyDown} data-testid="ask-name">
      <Field
        label={text('pane.status.askName', { step })}
        hint={text('pane.status.nameMissing')}
        validationMessage={empty ? text('pane.status.askNameEmpty') : undefined}
      >
        <Input
          ref={input}
          className={part.input}
          value={name}
          autoComplete="name"
          onChange={(_, data) => {
            onChange(data.value);
            if (data.value.trim() !== '') setEmpty(false);
          }}
        />
      </Field>
      <div className={styles.askActions}>
        <Button type="submit" appearance="primary" disabled={disabled}>
          {text('pane.status.askNameTick')}
        </Button>
        <Button type="button" onClick={onCancel}>
          {text('pane.cancel')}
        </Button>
      </div>
    </form>
  );
}
