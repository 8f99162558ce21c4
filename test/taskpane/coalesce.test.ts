import { RETRY_DELAYS_MS, coalesce, retryDelay } from '../../src/taskpane/hooks/coalesce';

/** Live updates: a burst of workbook changes costs one read, and none is ever missed. */
describe('coalesce', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const flush = async () => {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };

  it('runs once for a burst of requests, after the burst goes quiet', async () => {
    const run = jest.fn(() => Promise.resolve());
    const live = coalesce(run, 300);
    for (let i = 0; i < 20; i += 1) {
      live.request();
      jest.advanceTimersByTime(50);
    }
    expect(run).not.toHaveBeenCalled();
    jest.advanceTimersByTime(300);
    await flush();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs again after a run that a request arrived during, never two at once', async () => {
    let finish: () => void = () => undefined;
    let running = 0;
    let most = 0;
    const run = jest.fn(
      () =>
        new Promise<void>((resolve) => {
          running += 1;
          most = Math.max(most, running);
          finish = () => {
            running -= 1;
            resolve();
          };
        }),
    );
    const live = coalesce(run, 300);
    live.request();
    jest.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
    live.request();
    jest.advanceTimersByTime(300); // fires while the first run is in flight
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await flush();
    jest.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(2);
    finish();
    await flush();
    expect(most).toBe(1);
  });

  it('keeps going after a run fails', async () => {
    const run = jest
      .fn()
      .mockRejectedValueOnce(new Error('read failed'))
      .mockResolvedValue(undefined);
    const live = coalesce(run, 300);
    live.request();
    jest.advanceTimersByTime(300);
    await flush();
    live.request();
    jest.advanceTimersByTime(300);
    await flush();
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs nothing after cancel', async () => {
    const run = jest.fn(() => Promise.resolve());
    const live = coalesce(run, 300);
    live.request();
    live.cancel();
    jest.advanceTimersByTime(1000);
    await flush();
    expect(run).not.toHaveBeenCalled();
  });
});

/**
 * A read that fails because Excel is busy (the user is typing in a cell) is tried again,
 * quietly, with backoff: 0.5 s, 1 s, 2 s, 4 s, then every 8 s.
 */
describe('coalesce, when a run fails', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const flush = async () => {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  };

  /** Advances the clock by `ms` and lets the run that fires settle. */
  const wait = async (ms: number) => {
    jest.advanceTimersByTime(ms);
    await flush();
  };

  it('waits 0.5 s, 1 s, 2 s, 4 s, then every 8 s between tries', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map((attempt) => retryDelay(attempt))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1]).toBe(8000);
  });

  it('tries again after each backoff delay until a run succeeds, then stops', async () => {
    let failuresLeft = 4;
    const run = jest.fn(async () => failuresLeft-- <= 0);
    const live = coalesce(run, 300);
    live.request();
    await wait(300);
    expect(run).toHaveBeenCalledTimes(1);
    for (const [delay, calls] of [
      [500, 2],
      [1000, 3],
      [2000, 4],
      [4000, 5],
    ] as const) {
      await wait(delay - 1);
      expect(run).toHaveBeenCalledTimes(calls - 1);
      await wait(1);
      expect(run).toHaveBeenCalledTimes(calls);
    }
    // The fifth run succeeded: nothing more, however long the workbook stays quiet.
    await wait(60_000);
    expect(run).toHaveBeenCalledTimes(5);
  });

  it('keeps trying every 8 s while the runs keep failing', async () => {
    const run = jest.fn(async () => false);
    const live = coalesce(run, 300);
    live.request();
    await wait(300);
    for (const delay of [500, 1000, 2000, 4000]) await wait(delay);
    expect(run).toHaveBeenCalledTimes(5);
    await wait(8000);
    await wait(8000);
    expect(run).toHaveBeenCalledTimes(7);
  });

  it('starts the backoff over after a run succeeds', async () => {
    const results = [false, false, true, false];
    const run = jest.fn(async () => results.shift() ?? true);
    const live = coalesce(run, 300);
    live.request();
    await wait(300); // fails
    await wait(500); // fails
    await wait(1000); // succeeds
    expect(run).toHaveBeenCalledTimes(3);
    live.request();
    await wait(300); // fails: the next try is 0.5 s away again, not 2 s
    await wait(500);
    expect(run).toHaveBeenCalledTimes(5);
  });

  it('treats a rejected run as a failed one', async () => {
    const run = jest.fn().mockRejectedValueOnce(new Error('read failed')).mockResolvedValue(true);
    const live = coalesce(run, 300);
    live.request();
    await wait(300);
    await wait(500);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('lets a new request replace a pending retry with its own quiet period', async () => {
    const run = jest.fn().mockResolvedValueOnce(false).mockResolvedValue(true);
    const live = coalesce(run, 300);
    live.request();
    await wait(300);
    await wait(400); // the retry is 100 ms away…
    live.request(); // …and a change comes: one read, 300 ms after it
    await wait(299);
    expect(run).toHaveBeenCalledTimes(1);
    await wait(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs at once on now(), and retries that run as well', async () => {
    const run = jest.fn().mockResolvedValueOnce(false).mockResolvedValue(true);
    const live = coalesce(run, 300);
    live.now();
    await flush();
    expect(run).toHaveBeenCalledTimes(1);
    await wait(499);
    expect(run).toHaveBeenCalledTimes(1);
    await wait(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('tries nothing more after cancel', async () => {
    const run = jest.fn(async () => false);
    const live = coalesce(run, 300);
    live.now();
    await flush();
    live.cancel();
    await wait(60_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
