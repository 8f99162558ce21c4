import { ReactNode } from 'react';
import { Text } from '@fluentui/react-components';
import type { Analysis } from '../../core/engine';
import { planSummary, planSummaryText } from '../../core/planSummary';
import { useLang, useText } from '../text';
import { usePartStyles } from './styles';

export interface PlanHeadProps {
  analysis: Analysis;
  /** The buttons under the headline, when the plan has suggestions. */
  actions: ReactNode;
}

/** Whether there is a plan to show: not KLAR yet, and something found that would help. */
export function hasPlan(analysis: Analysis): boolean {
  return !analysis.coverage.ready && analysis.suggestions.length > 0;
}

/**
 * The top of the plan to KLAR: its heading and what the plan comes to, then its buttons. The
 * plan (PlanSection) and its stand-in on the first screen (PlanPlaceholder) both start with
 * it, so the list below does not move when the plan arrives.
 */
export function PlanHead({ analysis, actions }: PlanHeadProps) {
  const text = useText();
  const lang = useLang();
  const part = usePartStyles();
  let line;
  if (analysis.coverage.ready) line = <Text>{text('pane.plan.ready')}</Text>;
  else if (!hasPlan(analysis)) line = <Text>{text('pane.plan.stuck')}</Text>;
  else
    line = (
      <>
        <Text weight="semibold" data-testid="plan-summary">
          {planSummaryText(lang, planSummary(analysis.suggestions))}
        </Text>
        <div className={part.actions}>{actions}</div>
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
