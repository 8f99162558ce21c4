import { Suspense, useEffect } from 'react';
import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { MessageKey } from '../core/i18n';
import { WorkbookGateway, WorkbookView } from '../excel/api';
import { CoveragePart } from './components/CoveragePart';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PaneMessageBar, UnexpectedErrorBar } from './components/PaneMessageBar';
import { PART_ORDER, PartId, PartProps } from './components/partProps';
import { VISUALLY_HIDDEN } from './components/styles';
import { useCoverageAnnouncement } from './hooks/useCoverageAnnouncement';
import { usePaneTab } from './hooks/usePaneTab';
import { useReporterName } from './hooks/useReporterName';
import { realTimers } from './hooks/coalesce';
import { useWorkbook } from './hooks/useWorkbook';
import { LazyPart, lazyPart } from './lazyPart';
import { useText } from './text';

/**
 * Kom i gang, Personer and Status load on first use or when idle: a prepared workbook opens
 * on Dækning, and the first screen's script stays small.
 */
const StartPart = lazyPart(() =>
  import(/* webpackChunkName: "start" */ './components/StartPart').then((m) => m.StartPart),
);
const PeoplePart = lazyPart(() =>
  import(/* webpackChunkName: "people" */ './components/PeoplePart').then((m) => m.PeoplePart),
);
const StatusPart = lazyPart(() =>
  import(/* webpackChunkName: "status" */ './components/StatusPart').then((m) => m.StatusPart),
);

const PARTS: Record<PartId, { label: MessageKey; Part: (props: PartProps) => JSX.Element }> = {
  start: { label: 'pane.tab.start', Part: StartPart },
  people: { label: 'pane.tab.people', Part: PeoplePart },
  coverage: { label: 'pane.tab.coverage', Part: CoveragePart },
  status: { label: 'pane.tab.status', Part: StatusPart },
};

const LAZY: LazyPart<PartProps>[] = [StartPart, PeoplePart, StatusPart];

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    minWidth: 0,
  },
  tabs: {
    // Four tabs fit in one row at 320 px; with a wide fallback font they wrap, never clip.
    flexWrap: 'wrap',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    paddingLeft: tokens.spacingHorizontalSNudge,
    paddingRight: tokens.spacingHorizontalSNudge,
    // Office's narrowest pane: tighter tabs keep the four on one row.
    '@media (max-width: 360px)': {
      paddingLeft: tokens.spacingHorizontalXXS,
      paddingRight: tokens.spacingHorizontalXXS,
    },
  },
  panel: { minWidth: 0 },
  /** Heard by screen readers, not shown: Office's pane title already says the name. */
  title: VISUALLY_HIDDEN,
});

function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 1000);
  return () => window.clearTimeout(handle);
}

/** The pane: four parts as tabs over one shared workbook state, with the last result on top. */
export function Pane({
  gateway,
  initialView = null,
}: {
  gateway: WorkbookGateway;
  initialView?: WorkbookView | null;
}) {
  const text = useText();
  const styles = useStyles();
  const [state, actions] = useWorkbook(gateway, realTimers, initialView);
  const [tab, setTab] = usePaneTab(state);
  const reporter = useReporterName(state.view);
  useCoverageAnnouncement(state.view?.analysis?.coverage);

  // Once the first screen is up, fetch the other parts' code in the background.
  useEffect(() => {
    if (!state.loaded) return;
    return whenIdle(() => LAZY.forEach((part) => part.preload()));
  }, [state.loaded]);

  // A result belongs to the part it came from; an error stays until dismissed or resolved.
  const goTo = (part: PartId) => {
    if (part !== tab && state.message && state.message.intent !== 'error') actions.dismissMessage();
    setTab(part);
  };
  const props: PartProps = { gateway, state, actions, reporter, goTo };
  const { Part } = PARTS[tab];

  return (
    <main className={styles.pane}>
      <h1 className={styles.title}>{text('app.name')}</h1>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => goTo(data.value as PartId)}
        aria-label={text('pane.tabs')}
        size="small"
      >
        {PART_ORDER.map((id) => (
          <Tab
            key={id}
            className={styles.tab}
            id={`tab-${id}`}
            value={id}
            aria-controls={`panel-${id}`}
            // Tabs with automatic activation (WAI-ARIA): the arrow keys show the part they reach.
            onFocus={() => goTo(id)}
          >
            {text(PARTS[id].label)}
          </Tab>
        ))}
      </TabList>
      <UnexpectedErrorBar />
      <PaneMessageBar message={state.message} onDismiss={actions.dismissMessage} />
      <div
        className={styles.panel}
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        aria-busy={!state.loaded}
      >
        <ErrorBoundary resetKey={tab}>
          {state.loaded ? (
            <Suspense fallback={<Spinner size="small" label={text('pane.loading')} />}>
              <Part {...props} />
            </Suspense>
          ) : (
            <Spinner size="small" label={text('pane.reading')} />
          )}
        </ErrorBoundary>
      </div>
    </main>
  );
}
