import { Suspense, lazy, useMemo, useState } from 'react';
import { Button, Spinner, Text, useAnnounce } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { Analysis } from '../../core/engine';
import { openGaps } from '../model/completion';
import { changeOf, coverageCards } from '../model/coverageCards';
import { useAfterFirstScreen } from '../hooks/useFirstScreen';
import { useLang, useText } from '../text';
import { AreaItem } from './AreaItem';

import { EmptyState } from './EmptyState';
import { PlanHead } from './PlanHead';
import { PartProps } from './partProps';
import { VerdictLine } from './StatusBadge';
import { usePartStyles } from './styles';

/** The plan below the verdict, the legend below the list: loaded once the first screen is in. */
const PlanSection = lazy(() =>
  import(/* webpackChunkName: "plan" */ './PlanSection').then((m) => ({ default: m.PlanSection })),
);
const StatusLegend = lazy(() =>
  import(/* webpackChunkName: "plan" */ './StatusLegend').then((m) => ({
    default: m.StatusLegend,
  })),
);

/**
 * Cards that fill the first screen of a tall pane (900 px at 320 px wide; a card with its
 * suggestions is 220–260 px tall); the rest follow once it is committed.
 */
const FIRST_SCREEN_CARDS = 3;

/**
 * The plan's place on the first screen, and while its chunk loads: the plan's own head, its
 * buttons holding their room unseen (wrapped as the real ones will be), so the list below
 * stays where it is when the plan arrives.
 */
function PlanPlaceholder({ analysis }: { analysis: Analysis }) {
  const part = usePartStyles();
  return (
    <section className={part.section} aria-labelledby="plan-heading">
      <PlanHead analysis={analysis} />
    </section>
  );
}

/** Dækning: every area with its status, gaps first, live while anyone edits. */
export function CoveragePart(props: PartProps) {
  const { state, actions } = props;
  const text = useText();
  const lang = useLang();
  const part = usePartStyles();
  const analysis = state.view?.analysis ?? null;
  const coverage = analysis?.coverage ?? null;
  const cards = useMemo(() => (analysis ? coverageCards(analysis, lang) : []), [analysis, lang]);
  const missingRoles = useMemo(() => openGaps(state.view).roles, [state.view]);
  const [selected, setSelected] = useState<string | null>(null);
  const afterFirstScreen = useAfterFirstScreen();
  const { announce } = useAnnounce();

  if (!analysis || !coverage) return <EmptyState {...props} />;
  const busy = state.busy !== null;

  // Excel's selection moves in the grid, out of a screen reader's hearing: the pane says it.
  const select = (areaId: string) => {
    setSelected(areaId);
    void actions.selectArea(areaId).then((selectedInMatrix) => {
      if (selectedInMatrix)
        announce(text('pane.coverage.selected', { id: areaId }), {
          polite: true,
          batchId: 'selected-area',
        });
    });
  };

  return (
    <div className={part.part}>
      <section className={part.section} aria-labelledby="coverage-summary-heading">
        <h2 id="coverage-summary-heading" className={part.heading}>
          {text('pane.coverage.summaryHeading')}
        </h2>
        <VerdictLine
          ready={coverage.ready}
          covered={coverage.coveredCount}
          total={coverage.areas.length}
        />
        {missingRoles.length > 0 && (
          <Text className={part.breakable}>
            {text('pane.coverage.missingRoles', {
              roles: missingRoles.map((role) => role.role).join(', '),
            })}
          </Text>
        )}
        <div className={part.row}>
          {state.live ? (
            <Text className={part.caption}>{text('pane.coverage.live')}</Text>
          ) : (
            <>
              <Text className={part.caption}>{text('pane.coverage.notLive')}</Text>
              <Button
                size="small"
                icon={<ArrowSyncRegular />}
                onClick={() => void actions.reload()}
                disabled={state.loading}
              >
                {text('pane.reload')}
              </Button>
            </>
          )}
          {state.loading && <Spinner size="extra-tiny" aria-label={text('pane.loading')} />}
        </div>
      </section>

      {afterFirstScreen ? (
        <Suspense fallback={<PlanPlaceholder analysis={analysis} />}>
          <PlanSection
            analysis={analysis}
            busy={busy}
            onApplyAll={(changes) => void actions.applyCodes(changes)}
          />
        </Suspense>
      ) : (
        <PlanPlaceholder analysis={analysis} />
      )}

      <section className={part.section} aria-labelledby="coverage-areas-heading">
        <h2 id="coverage-areas-heading" className={part.heading}>
          {text('pane.coverage.areasHeading')}
        </h2>
        <Text className={part.caption}>{text('pane.coverage.hint')}</Text>
        <ul className={part.plainList} data-testid="coverage-list">
          {(afterFirstScreen ? cards : cards.slice(0, FIRST_SCREEN_CARDS)).map((card) => (
            <AreaItem
              key={card.area.id}
              card={card}
              selected={selected === card.area.id}
              busy={busy}
              onSelect={select}
              onApply={(suggestion) => void actions.applyCodes([changeOf(suggestion)])}
            />
          ))}
        </ul>
        {/* Each card explains its own status; the whole legend follows the list, for reference. */}
        {afterFirstScreen && (
          <Suspense fallback={null}>
            <StatusLegend />
          </Suspense>
        )}
      </section>
    </div>
  );
}
