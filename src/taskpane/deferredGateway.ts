import { MessageKey } from '../core/i18n';
import { Outcome, WorkbookGateway, WorkbookView } from '../excel/api';

export interface DeferredGateway extends WorkbookGateway {
  preload(): void;
  startFirstRead(): void;
  firstView(waitMs: number): Promise<WorkbookView | null>;
}

/**
 * A WorkbookGateway whose implementation arrives in its own chunk. The Excel adapter and the
 * engine behind it (plan, reconcile, formulas) are a fifth of the pane's code: in a chunk of
 * their own, the boot script can run them and start the first read while the pane's bundle
 * (React, Fluent) is still downloading and compiling. If the chunk cannot be fetched, every
 * call says so, and the next call tries again.
 */
export function deferredGateway(
  load: () => Promise<WorkbookGateway>,
  failureKey: MessageKey = 'pane.error.loadFailed',
): DeferredGateway {
  let pending: Promise<WorkbookGateway> | null = null;
  let firstRead: Promise<Outcome<WorkbookView>> | null = null;
  const get = () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
  const failed = (error: unknown): Outcome<never> => {
    console.error('[organisering] the Excel adapter did not load', error);
    return { ok: false, error: { key: failureKey } };
  };
  const call =
    <A extends unknown[], T>(
      pick: (gateway: WorkbookGateway) => (...args: A) => Promise<Outcome<T>>,
    ) =>
    (...args: A): Promise<Outcome<T>> =>
      get().then((gateway) => pick(gateway).apply(gateway, args), failed);

  const read = call((g) => g.load);

  return {
    preload: () => void get().catch(() => undefined),
    /**
     * Reads the workbook now, before React has rendered: the read (and the chunk it needs)
     * overlaps the pane's first render instead of following it. The pane's first load() gets
     * this read; every later load() reads afresh.
     */
    startFirstRead: () => {
      firstRead ??= read();
    },
    /**
     * The first read's view, if it succeeds within `waitMs`: the pane can then show the
     * workbook in its very first render, instead of rendering once to say it is reading and
     * again with the result. The view is handed over once; the next load() reads afresh. A
     * read that failed, or is still running, stays for the pane's first load(), which
     * handles it as before (a busy Excel is retried).
     */
    firstView: (waitMs) => {
      const started = firstRead;
      if (!started) return Promise.resolve(null);
      return new Promise<WorkbookView | null>((resolve) => {
        let waiting = true;
        const timer = setTimeout(() => {
          waiting = false;
          resolve(null);
        }, waitMs);
        void started.then((outcome) => {
          if (!waiting) return;
          clearTimeout(timer);
          if (!outcome.ok || firstRead !== started) return resolve(null);
          firstRead = null;
          resolve(outcome.value);
        });
      });
    },
    load: () => {
      const started = firstRead;
      firstRead = null;
      return started ?? read();
    },
    createOrUpdate: call((g) => g.createOrUpdate),
    refreshStatus: call((g) => g.refreshStatus),
    savePerson: call((g) => g.savePerson),
    setChecklistStep: call((g) => g.setChecklistStep),
    selectArea: call((g) => g.selectArea),
    applyCodes: call((g) => g.applyCodes),
    subscribe: (listener) => get().then((gateway) => gateway.subscribe(listener)),
  };
}
