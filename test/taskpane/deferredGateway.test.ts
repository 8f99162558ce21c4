import { deferredGateway } from '../../src/taskpane/deferredGateway';
import { unavailableGateway } from '../../src/taskpane/unavailableGateway';
import { StubGateway } from './stubGateway';

describe('the Excel adapter loaded in its own chunk', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('passes every call through once it has arrived, loading it once', async () => {
    const stub = StubGateway.created();
    const load = jest.fn(() => Promise.resolve(stub));
    const gateway = deferredGateway(load);
    gateway.preload();
    expect((await gateway.load()).ok).toBe(true);
    expect((await gateway.selectArea('PSRM')).ok).toBe(true);
    const stop = await gateway.subscribe(() => undefined);
    expect(stub.listenerCount).toBe(1);
    await stop();
    expect(load).toHaveBeenCalledTimes(1);
    expect(stub.calls.map((call) => call.method)).toEqual(['load', 'selectArea']);
  });

  it('says the files could not be fetched, and tries again on the next call', async () => {
    const stub = StubGateway.created();
    const load = jest
      .fn<Promise<StubGateway>, []>()
      .mockRejectedValueOnce(new Error('ChunkLoadError'))
      .mockResolvedValue(stub);
    const gateway = deferredGateway(load);
    expect(await gateway.load()).toEqual({ ok: false, error: { key: 'pane.error.loadFailed' } });
    expect((await gateway.load()).ok).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('the pane outside Excel', () => {
  it('answers every call with the reason, so the pane can say it', async () => {
    const gateway = unavailableGateway('pane.error.officeMissing');
    const error = { ok: false, error: { key: 'pane.error.officeMissing' } };
    expect(await gateway.load()).toEqual(error);
    expect(await gateway.createOrUpdate('da')).toEqual(error);
    await expect(gateway.subscribe(() => undefined)).rejects.toThrow();
  });
});

describe('the first read, started before the pane renders', () => {
  it("is the pane's first load, and every later load reads again", async () => {
    const stub = StubGateway.created();
    const gateway = deferredGateway(() => Promise.resolve(stub));
    const reads = () => stub.calls.filter((call) => call.method === 'load').length;
    gateway.startFirstRead();
    gateway.startFirstRead();
    await new Promise((done) => setImmediate(done));
    // Read before the pane asked, once.
    expect(reads()).toBe(1);
    expect((await gateway.load()).ok).toBe(true);
    expect(reads()).toBe(1);
    expect((await gateway.load()).ok).toBe(true);
    expect(reads()).toBe(2);
  });

  it('leaves load() reading as before when no read was started', async () => {
    const stub = StubGateway.created();
    const gateway = deferredGateway(() => Promise.resolve(stub));
    expect((await gateway.load()).ok).toBe(true);
    expect(stub.calls.map((call) => call.method)).toEqual(['load']);
  });

  it("hands the first read's view over when it comes in time, and the next load reads afresh", async () => {
    const stub = StubGateway.created();
    const gateway = deferredGateway(() => Promise.resolve(stub));
    gateway.startFirstRead();
    const view = await gateway.firstView(60_000);
    expect(view?.parts.complete).toBe(true);
    expect(stub.count('load')).toBe(1);
    expect((await gateway.load()).ok).toBe(true);
    expect(stub.count('load')).toBe(2);
  });

  it('has no view to hand over when no read was started', async () => {
    const stub = StubGateway.created();
    const gateway = deferredGateway(() => Promise.resolve(stub));
    expect(await gateway.firstView(60_000)).toBeNull();
    expect(stub.count('load')).toBe(0);
  });

  it("leaves a failed first read to the pane's first load, which reports it without reading again", async () => {
    const stub = StubGateway.created();
    stub.failNext('load', { key: 'error.excelBusy' });
    const gateway = deferredGateway(() => Promise.resolve(stub));
    gateway.startFirstRead();
    expect(await gateway.firstView(60_000)).toBeNull();
    expect(await gateway.load()).toEqual({ ok: false, error: { key: 'error.excelBusy' } });
    expect(stub.count('load')).toBe(1);
  });

  it("stops waiting after the given time, and the read goes on for the pane's first load", async () => {
    jest.useFakeTimers();
    try {
      const stub = StubGateway.created();
      let arrive: (gateway: StubGateway) => void = () => undefined;
      const gateway = deferredGateway(() => new Promise<StubGateway>((done) => (arrive = done)));
      gateway.startFirstRead();
      const waited = gateway.firstView(1500);
      jest.advanceTimersByTime(1499);
      let settled = false;
      void waited.then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      jest.advanceTimersByTime(1);
      expect(await waited).toBeNull();
      // The adapter arrives late; the pane's first load gets that read, not a second one.
      arrive(stub);
      expect((await gateway.load()).ok).toBe(true);
      expect(stub.count('load')).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
