import { Suspense, useEffect, useMemo, useRef } from 'react';
import {
  AnnounceContextValue,
  AnnounceProvider,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ArrowSyncRegular, CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useStatusPart } from '../hooks/useStatusPart';
import { lazyPart } from '../lazyPart';
import { isReady, openGaps } from '../model/completion';
import { formatDate, useLang, useText } from '../text';
import { Checklist } from './Checklist';
import { EmptyState } from './EmptyState';
import { PartProps } from './partProps';
import { VerdictLine } from './StatusBadge';
import { usePartStyles } from './styles';

/**
 * For the completed state: a MessageBar announces itself whenever it mounts, but this one is
 * a standing fact of the Status part, shown each time the part opens. A screen reader reads
 * it when focus reaches it (as it does right after completing); the completion itself is
 * announced once, by the pane's message.
 */
const STANDING: AnnounceContextValue = { announce: () => undefined };

/** The confirmation is needed only when the task is marked complete while not ready. */
const CompleteDialog = lazyPart(() =>
  import(/* webpackChunkName: "complete-dialog" */ './CompleteDialog').then(
    (m) => m.CompleteDialog,
  ),
);

/** Status: refresh the owner's sheet, tick the method, and mark the task complete. */
export function StatusPart(props: PartProps) {
  const { gateway, state, actions, reporter } = props;
  const text = useText();
  const lang = useLang();
  const part = usePartStyles();
  const status = useStatusPart(gateway, state, actions, reporter);
  const { view, busy } = state;
  const ready = isReady(view);
  const gaps = useMemo(() => openGaps(view), [view]);

  // Focus goes back where the user asked to complete (the button or the checklist's last
  // step) when the dialog closes or the completion ends; if that is gone because the task is
  // now complete, to the message that says so.
  const opener = useRef<HTMLElement | null>(null);
  const completedRef = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);
  const wasCompleting = useRef(false);
  const rememberOpener = () => {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement ? active : null;
  };
  useEffect(() => {
    const closed = wasConfirming.current && !status.confirming;
    const ended = wasCompleting.current && busy !== 'complete' && !status.confirming;
    wasConfirming.current = status.confirming;
    wasCompleting.current = busy === 'complete';
    if (!closed && !ended) return;
    const target = opener.current?.isConnected ? opener.current : completedRef.current;
    target?.focus();
    opener.current = null;
  }, [status.confirming, busy]);

  // Load the dialog's code ahead while the user reads, if they are likely to need it.
  useEffect(() => {
    if (view?.analysis && !ready && !view.completed) CompleteDialog.preload();
  }, [view, ready]);

  if (!view?.analysis) return <EmptyState {...props} />;
  const { coverage, findings } = view.analysis;

  return (
    <div className={part.part}>
      <section className={part.section} aria-labelledby="status-sheet-heading">
        <h2 id="status-sheet-heading" className={part.heading}>
          {text('pane.status.sheetHeading')}
        </h2>
        <VerdictLine ready={ready} covered={coverage.coveredCount} total={coverage.areas.length} />
        <Text className={part.caption}>
          {text('pane.status.findings', { count: findings.length })}
        </Text>
        <Text className={part.caption}>{text('pane.status.refreshHint')}</Text>
        <div className={part.actions}>
          <Button
            icon={busy === 'refresh' ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
            disabled={busy !== null}
            onClick={() => void status.refresh()}
          >
            {text(busy === 'refresh' ? 'pane.status.refreshing' : 'pane.status.refresh')}
          </Button>
        </div>
      </section>

      <section className={part.section} aria-labelledby="status-method-heading">
        <h2 id="status-method-heading" className={part.heading}>
          {text('pane.status.methodHeading')}
        </h2>
        <Field label={text('pane.status.name')} hint={text('pane.status.nameHint')}>
          <Input
            className={part.input}
            value={status.name}
            onChange={(_, data) => status.setName(data.value)}
          />
        </Field>
        <Checklist
          steps={view.checklist}
          disabled={busy !== null}
          onToggle={(step, done) => {
            rememberOpener();
            void status.toggleStep(step, done);
          }}
          asking={status.asking}
          name={status.name}
          onNameChange={status.setName}
          onNameGiven={() => void status.giveName()}
          onAskCancel={status.cancelAsking}
        />
      </section>

      <section className={part.section} aria-labelledby="status-complete-heading">
        <h2 id="status-complete-heading" className={part.heading}>
          {text('pane.status.completeHeading')}
        </h2>
        {view.completed ? (
          <AnnounceProvider value={STANDING}>
            <MessageBar intent="success" layout="multiline" ref={completedRef} tabIndex={-1}>
              <MessageBarBody>
                {text(view.completed.by ? 'pane.status.completedBy' : 'pane.status.completedOn', {
                  date: formatDate(lang, view.completed.date),
                  by: view.completed.by,
                })}
              </MessageBarBody>
            </MessageBar>
          </AnnounceProvider>
        ) : (
          <>
            <Text className={part.caption}>
              {text(ready ? 'pane.status.completeReady' : 'pane.status.completeNotReady')}
            </Text>
            <div className={part.actions}>
              <Button
                appearance="primary"
                icon={
                  busy === 'complete' ? (
                    <Spinner size="tiny" appearance="inverted" />
                  ) : (
                    <CheckmarkCircleRegular />
                  )
                }
                disabled={busy !== null}
                onClick={() => {
                  rememberOpener();
                  void status.requestComplete();
                }}
              >
                {text('pane.status.complete')}
              </Button>
            </div>
          </>
        )}
      </section>

      {status.confirming && (
        <Suspense fallback={<Spinner size="small" label={text('pane.loading')} />}>
          <CompleteDialog
            open
            gaps={gaps}
            busy={busy === 'complete'}
            onConfirm={() => void status.confirmComplete()}
            onCancel={status.cancelComplete}
          />
        </Suspense>
      )}
    </div>
  );
}
