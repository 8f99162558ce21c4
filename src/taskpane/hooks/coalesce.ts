/**
 * Turns a burst of requests into one run: each request restarts a quiet period, and the run
 * starts when the period ends. A request that arrives while a run is in flight schedules one
 * more run after it, so the last change is never missed and two runs never overlap.
 *
 * Excel raises one onChanged per edit, and a co-author's paste or a sort can raise dozens;
 * each run here is a full read of the workbook, so it must happen once per burst.
 */
export interface Coalescer {
  request(): void;
  /** Drops any pending run; a run in flight finishes but schedules nothing more. */
  cancel(): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const LIVE_RELOAD_DELAY_MS = 300;

export function coalesce(
  run: () => Promise<void>,
  delayMs: number = LIVE_RELOAD_DELAY_MS,
  timers: Timers = realTimers,
): Coalescer {
  let timer: unknown = null;
  let running = false;
  let again = false;
  let cancelled = false;

  const schedule = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(fire, delayMs);
  };

  async function fire(): Promise<void> {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await run();
    } catch {
      // The run reports its own failures; a rejected run must not stop later ones.
    } finally {
      running = false;
      if (again && !cancelled) {
        again = false;
        schedule();
      }
    }
  }

  return {
    request() {
      cancelled = false;
      schedule();
    },
    cancel() {
      cancelled = true;
      again = false;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
