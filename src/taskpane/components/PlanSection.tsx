import { useEffect, useId, useRef, useState } from 'react';
import { Button, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Analysis } from '../../core/engine';
import { CodeSuggestion, RecruitSuggestion, suggestionLabel } from '../../core/suggestions';
import { changeOf } from '../model/coverageCards';
import { useLang, useText } from '../text';
import { PlanHead, hasPlan } from './PlanHead';
import { usePartStyles } from './styles';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: { overflowWrap: 'break-word' },
  reason: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  subheading: { ...typographyStyles.body1Strong, margin: 0 },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface PlanSectionProps {
  analysis: Analysis;
  busy: boolean;
  onApplyAll(changes: ReturnType<typeof changeOf>[]): void;
}

/**
 * The plan to KLAR at the top of Dækning: "n ændringer og m nye personer gør jer KLAR",
 * the whole list on request, and "apply all" after a confirmation that lists every change.
 */
export function PlanSection({ analysis, busy, onApplyAll }: PlanSectionProps) {
  const text = useText();
  const lang = useLang();
  const part = usePartStyles();
  const styles = useStyles();
  const listId = useId();
  const confirmHeadingId = useId();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  const codes = analysis.suggestions.filter((s): s is CodeSuggestion => s.kind === 'code');
  const recruits = analysis.suggestions.filter((s): s is RecruitSuggestion => s.kind === 'recruit');

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  return (
    <section className={part.section} aria-labelledby="plan-heading" data-testid="plan">
      <PlanHead
        analysis={analysis}
        controls={{
          open,
          listId,
          onToggle: () => setOpen(!open),
          applyDisabled: busy || confirming,
          onApplyAll: () => setConfirming(true),
        }}
      />
      {hasPlan(analysis) && (
        <>
          {confirming && (
            <div className={styles.confirm} role="group" aria-labelledby={confirmHeadingId}>
              <h3
                id={confirmHeadingId}
                ref={confirmHeading}
                tabIndex={-1}
                className={styles.subheading}
              >
                {text('pane.plan.confirmHeading', { count: codes.length })}
              </h3>
              <ul className={styles.list}>
                {codes.map((s) => (
                  <li key={s.cell} className={styles.item}>
                    {text('pane.plan.change', { label: suggestionLabel(lang, s), area: s.area })}
                  </li>
                ))}
              </ul>
              <Text className={part.caption}>{text('pane.plan.confirmHint')}</Text>
              <div className={part.actions}>
                <Button
                  appearance="primary"
                  disabled={busy}
                  onClick={() => {
                    setConfirming(false);
                    onApplyAll(codes.map(changeOf));
                  }}
                >
                  {text('pane.plan.confirm')}
                </Button>
                <Button onClick={() => setConfirming(false)}>{text('pane.plan.cancel')}</Button>
              </div>
            </div>
          )}
          <div id={listId} hidden={!open}>
            {codes.length > 0 && (
              <>
                <h3 className={styles.subheading}>{text('pane.plan.changesHeading')}</h3>
                <ul className={styles.list}>
                  {codes.map((s) => (
                    <li key={s.cell} className={styles.item}>
                      {text('pane.plan.change', { label: suggestionLabel(lang, s), area: s.area })}
                      <br />
                      <span className={styles.reason}>{s.reason}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {recruits.length > 0 && (
              <>
                <h3 className={styles.subheading}>{text('pane.plan.recruitsHeading')}</h3>
                <ul className={styles.list} data-testid="plan-recruits">
                  {recruits.map((s, i) => (
                    <li key={i} className={styles.item}>
                      {s.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </>
      )}
    </section>
  );
}
