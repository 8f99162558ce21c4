import { coalesce } from '../../src/taskpane/hooks/coalesce';

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
