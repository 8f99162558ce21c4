import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  CodeChange,
  CodeResult,
  OperationReport,
  Outcome,
  UserMessage,
  WorkbookGateway,
  WorkbookView,
} from '../../excel/api';
import { reportUnexpected } from '../guard';
import {
  PaneMessage,
  ReadTrigger,
  UNEXPECTED,
  codeResultMessage,
  errorMessage,
  failedReadSpeaks,
  isTransient,
  outcomeMessage,
} from '../model/messages';
import { Timers, coalesce, realTimers } from './coalesce';

/** The actions that show progress; one runs at a time, and the others wait disabled. */
export type ActionKind =
  'create' | 'refresh' | 'savePerson' | 'checklist' | 'complete' | 'suggestion';

export type SuccessText<T> = (value: T, report: OperationReport) => UserMessage | null;

export interface WorkbookState {
  view: WorkbookView | null;
  /** The first read has finished, well or not. */
  loaded: boolean;
  /** A read is in flight (the first one, a reload, or a live update). */
  loading: boolean;
  busy: ActionKind | null;
  /**
   * Why the last read failed, until one succeeds. Without a view, the parts say it instead of
   * guessing at the workbook: a busy Excel must never look like an empty workbook.
   */
  readFailure: UserMessage | null;
  message: PaneMessage | null;
  /** False when the host cannot report changes; the pane then offers a manual reload. */
  live: boolean;
}

export interface WorkbookActions {
  /** Reads the workbook again at the user's request; a failure is said. */
  reload(): Promise<void>;
  /** Runs an action with progress and a result message; resolves to whether it succeeded. */
  perform<T>(
    kind: ActionKind,
    operation: () => Promise<Outcome<T>>,
    success: SuccessText<T>,
  ): Promise<boolean>;
  /**
   * Selects an area's column in Matrix; resolves to whether it did. Only a failure is worth a
   * message; the pane says a success quietly to screen readers.
   */
  selectArea(areaId: string): Promise<boolean>;
  /** Applies suggestions of the plan to KLAR; the message offers to undo them. */
  applyCodes(changes: readonly CodeChange[]): Promise<void>;
  /** Shows a message that no workbook action produced, e.g. that a text was copied. */
  notify(message: PaneMessage): void;
  dismissMessage(): void;
}

/** How a read ended; `superseded`: a newer read started meanwhile, and its result wins. */
type ReadResult = 'ok' | 'transient' | 'failed' | 'superseded';

/**
 * The pane's one source of truth: the WorkbookView from the gateway, kept current by the
 * workbook's change events (debounced, so a burst costs one read), the running action and
 * the last result. Components render this and call the actions; none touches Excel.
 *
 * The first read is tried again with backoff while Excel is busy, and so is a failed live
 * update; neither speaks unasked (failedReadSpeaks). `timers` is for tests.
 *
 * `initialView` is the workbook as read before the pane rendered: the state starts with it,
 * and the first read is skipped; live updates follow as usual.
 */
export function useWorkbook(
  gateway: WorkbookGateway,
  timers: Timers = realTimers,
  initialView: WorkbookView | null = null,
): [WorkbookState, WorkbookActions] {
  const [view, setView] = useState<WorkbookView | null>(initialView);
  const [loaded, setLoaded] = useState(initialView !== null);
  const [loading, setLoading] = useState(initialView === null);
  const [busy, setBusy] = useState<ActionKind | null>(null);
  const [readFailure, setReadFailure] = useState<UserMessage | null>(null);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const [live, setLive] = useState(true);
  const loadSeq = useRef(0);
  const mounted = useRef(true);
  /** The message a failed read put up, so the next good read can take it down. */
  const loadErrorId = useRef<number | null>(null);
  /** A read has succeeded: from then on, automatic reads are live updates. */
  const seen = useRef(initialView !== null);
  /** The view the pane started with stands for the first read, once. */
  const startedWithView = useRef(initialView !== null);
  /** Set while change events are being delivered; retried after a good read if it failed. */
  const subscription = useRef<{ state: 'pending' | 'active' | 'failed'; retry?: () => void }>({
    state: 'pending',
  });

  const read = useCallback(
    async (trigger: ReadTrigger): Promise<ReadResult> => {
      const seq = ++loadSeq.current;
      setLoading(true);
      let outcome: Outcome<WorkbookView>;
      try {
        outcome = await gateway.load();
      } catch (error) {
        console.error('[organisering] load failed', error);
        outcome = { ok: false, error: UNEXPECTED };
      }
      // A newer read started meanwhile: its result wins.
      if (!mounted.current || seq !== loadSeq.current) return 'superseded';
      setLoading(false);
      setLoaded(true);
      if (outcome.ok) {
        seen.current = true;
        setView(outcome.value);
        setReadFailure(null);
        setMessage((current) => (current && current.id === loadErrorId.current ? null : current));
        if (subscription.current.state === 'failed') subscription.current.retry?.();
        return 'ok';
      }
      setReadFailure(outcome.error);
      if (failedReadSpeaks(trigger, outcome.error)) {
        const failure = errorMessage(outcome.error);
        loadErrorId.current = failure.id;
        setMessage(failure);
      } else {
        console.warn('[organisering] read failed, trying again', trigger, outcome.error.key);
      }
      return isTransient(outcome.error) ? 'transient' : 'failed';
    },
    [gateway],
  );

  const reload = useCallback(async () => {
    await read('user');
  }, [read]);

  const perform = useCallback(
    async <T>(
      kind: ActionKind,
      operation: () => Promise<Outcome<T>>,
      success: SuccessText<T>,
    ): Promise<boolean> => {
      setBusy(kind);
      setMessage(null);
      let outcome: Outcome<T>;
      try {
        outcome = await operation();
      } catch (error) {
        console.error('[organisering] action failed', kind, error);
        outcome = { ok: false, error: UNEXPECTED };
      }
      if (outcome.ok) await reload();
      if (!mounted.current) return outcome.ok;
      setBusy(null);
      const result = outcomeMessage(outcome, success);
      if (result) setMessage(result);
      return outcome.ok;
    },
    [reload],
  );

  const applyCodes = useCallback(
    async (changes: readonly CodeChange[], undoing = false): Promise<void> => {
      setBusy('suggestion');
      setMessage(null);
      let outcome: Outcome<CodeResult>;
      try {
        outcome = await gateway.applyCodes(changes);
      } catch (error) {
        console.error('[organisering] applying suggestions failed', error);
        outcome = { ok: false, error: UNEXPECTED };
      }
      // A refused change means the workbook moved on: read it again either way.
      await reload();
      if (!mounted.current) return;
      setBusy(null);
      setMessage(
        outcome.ok
          ? codeResultMessage(outcome.value, undoing, (reverse) => void applyCodes(reverse, true))
          : errorMessage(outcome.error),
      );
    },
    [gateway, reload],
  );

  const selectArea = useCallback(
    async (areaId: string) => {
      try {
        const outcome = await gateway.selectArea(areaId);
        if (!outcome.ok && mounted.current) setMessage(errorMessage(outcome.error));
        return outcome.ok;
      } catch (error) {
        reportUnexpected(error);
        return false;
      }
    },
    [gateway],
  );

  // The first read, then live updates from the workbook's change events, with one more read
  // once listening starts, for what changed in between. A read that fails
  // because Excel is busy is tried again quietly, with coalesce's backoff; so is one a newer
  // read overtook, in case that one failed. If listening fails (an older Excel, or the
  // adapter's code not loaded yet), it is tried again after a good read.
  useEffect(() => {
    mounted.current = true;
    const auto = coalesce(
      async () => {
        const result = await read(seen.current ? 'background' : 'open');
        return result === 'ok' || result === 'failed';
      },
      undefined,
      timers,
    );
    let stop: (() => Promise<void>) | null = null;
    let disposed = false;
    const listen = () => {
      subscription.current = { state: 'pending', retry: listen };
      gateway
        .subscribe(() => auto.request())
        .then((unsubscribe) => {
          if (disposed) return void unsubscribe().catch(() => undefined);
          stop = unsubscribe;
          subscription.current = { state: 'active' };
          setLive(true);
          // An edit made after the last read and before Excel took the subscription raised
          // no event here: one more read catches it up. From now on, events say it.
          auto.request();
        })
        .catch((error: unknown) => {
          console.warn('[organisering] no change events', error);
          subscription.current = { state: 'failed', retry: listen };
          if (!disposed) setLive(false);
        });
    };
    if (startedWithView.current) startedWithView.current = false;
    else auto.now();
    listen();
    return () => {
      disposed = true;
      mounted.current = false;
      auto.cancel();
      if (stop) void stop().catch(() => undefined);
    };
  }, [gateway, read, timers]);

  const actions = useMemo<WorkbookActions>(
    () => ({
      reload,
      perform,
      selectArea,
      applyCodes: (changes) => applyCodes(changes),
      notify: (next) => {
        if (mounted.current) setMessage(next);
      },
      dismissMessage: () => setMessage(null),
    }),
    [reload, perform, selectArea, applyCodes],
  );

  return [{ view, loaded, loading, busy, readFailure, message, live }, actions];
}
