/**
 * Turns a burst of requests into one run: each request restarts a quiet period, and the run
 * starts when the period ends. A request that arrives while a run is in flight schedules one
 * more run after it, so the last change is never missed and two runs never overlap.
 *
 * Excel raises one onChanged per edit, and a co-author's paste or a sort can raise dozens;
 * each run here is a full read of the workbook, so it must happen once per burst.
 *
 * A run that resolves to false failed (Excel was busy, say, because the user is typing in a
 * cell): it is run again after a backoff (RETRY_DELAYS_MS), quietly, until one succeeds or a
 * new request comes. Saying so is the caller's business: the pane's first read while Excel is
 * busy, and a background refresh, say nothing (see failedReadSpeaks).
 */
export interface Coalescer {
  request(): void;
  /** Runs now, without the quiet period: the pane's first read. */
  now(): void;
  /** Drops any pending run; a run in flight finishes but schedules nothing more. */
  cancel(): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const LIVE_RELOAD_DELAY_MS = 300;

/** Waits between tries of a failed read: 0.5 s, 1 s, 2 s, 4 s, then every 8 s. */
export const RETRY_DELAYS_MS: readonly number[] = [500, 1000, 2000, 4000, 8000];

/** The wait before try `attempt + 1` after `attempt` failed ones (0-based), capped. */
export function retryDelay(attempt: number, delays: readonly number[] = RETRY_DELAYS_MS): number {
  return delays[Math.min(Math.max(attempt, 0), delays.length - 1)];
}

export function coalesce(
  run: () => Promise<boolean | void>,
  delayMs: number = LIVE_RELOAD_DELAY_MS,
  timers: Timers = realTimers,
): Coalescer {
  let timer: unknown = null;
  let running = false;
  let again = false;
  let cancelled = false;
  /** Failed runs in a row; the next retry waits retryDelay(failures - 1). */
  let failures = 0;

  const schedule = (ms = delayMs) => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(fire, ms);
  };

  async function fire(): Promise<void> {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = true;
    let ok = true;
    try {
      ok = (await run()) !== false;
    } catch {
      // The run reports its own failures; a rejected run must not stop later ones.
      ok = false;
    } finally {
      running = false;
      failures = ok ? 0 : failures + 1;
      if (cancelled) {
        // Stopped: nothing more.
      } else if (again) {
        again = false;
        schedule();
      } else if (!ok) {
        schedule(retryDelay(failures - 1));
      }
    }
  }

  return {
    request() {
      cancelled = false;
      schedule();
    },
    now() {
      cancelled = false;
      if (timer !== null) timers.clearTimeout(timer);
      void fire();
    },
    cancel() {
      cancelled = true;
      again = false;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
