import { Button, Text, makeStyles } from '@fluentui/react-components';
import type { Analysis } from '../../core/engine';
import { planSummary, planSummaryText } from '../../core/planSummary';
import { useLang, useText } from '../text';
import { usePartStyles } from './styles';

export interface PlanControls {
  /** The plan's list is open. */
  open: boolean;
  listId: string;
  onToggle(): void;
  applyDisabled: boolean;
  onApplyAll(): void;
}

export interface PlanHeadProps {
  analysis: Analysis;
  /**
   * What the buttons under the headline do. Without them (the plan's stand-in while it
   * loads) the buttons hold their room unseen, unheard and out of the tab order.
   */
  controls?: PlanControls;
}

const useStyles = makeStyles({
  unseen: { visibility: 'hidden' },
});

/** Whether there is a plan to show: not KLAR yet, and something found that would help. */
export function hasPlan(analysis: Analysis): boolean {
  return !analysis.coverage.ready && analysis.suggestions.length > 0;
}

/**
 * The top of the plan to KLAR: its heading and what the plan comes to, then its buttons. The
 * plan (PlanSection) and its stand-in on the first screen and while it loads (CoveragePart)
 * both start with it, so the list below does not move when the plan arrives.
 */
export function PlanHead({ analysis, controls }: PlanHeadProps) {
  const text = useText();
  const lang = useLang();
  const part = usePartStyles();
  const styles = useStyles();
  const unseen = controls ? undefined : styles.unseen;
  const codes = analysis.suggestions.some((s) => s.kind === 'code');
  let line;
  if (analysis.coverage.ready) line = <Text>{text('pane.plan.ready')}</Text>;
  else if (!hasPlan(analysis)) line = <Text>{text('pane.plan.stuck')}</Text>;
  else
    line = (
      <>
        <Text weight="semibold" data-testid="plan-summary">
          {planSummaryText(lang, planSummary(analysis.suggestions))}
        </Text>
        <div className={part.actions}>
          <Button
            size="small"
            className={unseen}
            aria-expanded={controls?.open ?? false}
            aria-controls={controls?.listId}
            onClick={controls?.onToggle}
          >
            {text(controls?.open ? 'pane.plan.hide' : 'pane.plan.show')}
          </Button>
          {codes && (
            <Button
              size="small"
              appearance="primary"
              className={unseen}
              disabled={controls?.applyDisabled}
              onClick={controls?.onApplyAll}
            >
              {text('pane.plan.applyAll')}
            </Button>
          )}
        </div>
      </>
    );
  return (
    <>
      <h2 id="plan-heading" className={part.heading}>
        {text('pane.plan.heading')}
      </h2>
      {line}
    </>
  );
}
