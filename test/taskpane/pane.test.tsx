/**
 * @jest-environment jsdom
 *
 * The pane's behaviour over a stub gateway: language, live updates, errors as message bars,
 * and the confirmation before marking an unready task complete. The browser e2e runs the same
 * workflow over the real gateway; these pin the rules fast and without a browser.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { Lang, t } from '../../src/core/i18n';
import { App } from '../../src/taskpane/App';
import { dismissUnexpected, installGuards } from '../../src/taskpane/guard';
import { LIVE_RELOAD_DELAY_MS } from '../../src/taskpane/hooks/coalesce';
import { Styles } from './scriptReadStyles';
import { StubGateway } from './stubGateway';

function renderPane(gateway: StubGateway, lang: Lang = 'da') {
  const text = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) =>
    t(lang, key, params);
  const view = render(<App lang={lang} theme={webLightTheme} gateway={gateway} />, {
    wrapper: Styles,
  });
  return { ...view, text };
}

const message = () => screen.findByTestId('pane-message');

beforeAll(async () => {
  // Personer and Status load lazily, through import(). Under jest that import compiles and
  // runs their modules on first use, inside whichever test first opens the tab; load them once
  // here, so that each test's time is its own.
  await Promise.all([
    import('../../src/taskpane/components/PeoplePart'),
    import('../../src/taskpane/components/StatusPart'),
  ]);
});

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  act(() => dismissUnexpected());
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe('the pane', () => {
  it('speaks the language it is given, and opens on Kom i gang for a new workbook', async () => {
    const gateway = new StubGateway();
    const { text } = renderPane(gateway, 'en');
    const start = await screen.findByRole('tab', { name: text('pane.tab.start') });
    expect(start.getAttribute('aria-selected')).toBe('true');
    await screen.findByText(text('pane.start.state.fresh'));
    expect(screen.getByRole('tab', { name: 'Coverage' })).toBeTruthy();
  });

  it('opens on Dækning for a workbook that has the sheets', async () => {
    const { text } = renderPane(StubGateway.created());
    await waitFor(() =>
      expect(
        screen.getByRole('tab', { name: text('pane.tab.coverage') }).getAttribute('aria-selected'),
      ).toBe('true'),
    );
    expect(await screen.findAllByRole('button', { name: /INDR_BIB/ })).toHaveLength(1);
  });

  it('shows the workbook read before it rendered at once, on Dækning, without reading it first', async () => {
    const gateway = StubGateway.created();
    const first = await gateway.load();
    if (!first.ok) throw new Error('the stub read failed');
    const text = (key: Parameters<typeof t>[1]) => t('da', key);
    render(<App lang="da" theme={webLightTheme} gateway={gateway} initialView={first.value} />, {
      wrapper: Styles,
    });
    // The first render has the list: no reading spinner, and the opening tab chosen.
    expect(screen.queryByText(text('pane.reading'))).toBeNull();
    expect(
      screen.getByRole('tab', { name: text('pane.tab.coverage') }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(screen.getAllByRole('button', { name: /INDR_BIB/ })).toHaveLength(1);
    // The only read so far is the test's own, made before rendering.
    expect(gateway.count('load')).toBe(1);
    // Listening starts, and reads once more by itself, a quiet period later, for edits made
    // before it listened. Then live updates follow as usual.
    await waitFor(() => expect(gateway.listenerCount).toBe(1));
    await waitFor(() => expect(gateway.count('load')).toBe(2));
    gateway.emit('Remote');
    await waitFor(() => expect(gateway.count('load')).toBe(3));
  });

  it('shows an edit made between the read before it rendered and listening to changes', async () => {
    const gateway = StubGateway.created();
    const first = await gateway.load();
    if (!first.ok) throw new Error('the stub read failed');
    // A co-author leads INDR_BIB before the pane listens: no change event ever says so.
    await gateway.savePerson({
      row: null,
      name: 'Ida Holm',
      role: '',
      department: '',
      email: '',
      fromPhase: '',
      codes: { INDR_BIB: 'A' },
    });
    render(<App lang="da" theme={webLightTheme} gateway={gateway} initialView={first.value} />, {
      wrapper: Styles,
    });
    const card = () => screen.getByRole('button', { name: /INDR_BIB/ }).textContent ?? '';
    const counts = (n: number) =>
      t('da', 'pane.coverage.counts', { leads: n, covers: n, gatherers: 0 });
    expect(card()).toContain(counts(0));
    await waitFor(() => expect(card()).toContain(counts(1)), { timeout: 5000 });
    expect(gateway.count('load')).toBe(2);
  });

  it('reads the workbook once for a burst of change events', async () => {
    jest.useFakeTimers();
    const gateway = StubGateway.created();
    renderPane(gateway);
    await waitFor(() => expect(gateway.listenerCount).toBe(1));
    await waitFor(() => expect(gateway.count('load')).toBe(1));
    act(() => {
      for (let i = 0; i < 10; i += 1) gateway.emit('Remote');
    });
    // Nothing is read until the burst has been quiet for the whole delay…
    await act(async () => jest.advanceTimersByTime(LIVE_RELOAD_DELAY_MS - 1));
    expect(gateway.count('load')).toBe(1);
    // …then one read, and no more however long the workbook stays quiet.
    await act(async () => jest.advanceTimersByTime(1));
    expect(gateway.count('load')).toBe(2);
    await act(async () => jest.advanceTimersByTime(10 * LIVE_RELOAD_DELAY_MS));
    expect(gateway.count('load')).toBe(2);
  });

  it('shows a failed read as an error message bar and stays usable', async () => {
    const gateway = new StubGateway();
    gateway.failNext('load', { key: 'error.excelApiMissing' });
    // An Excel that cannot be read cannot be listened to either, so no read catches up by
    // itself (useWorkbook reads once more when listening starts): the user's retry is the next.
    const subscribe = gateway.subscribe.bind(gateway);
    let attempts = 0;
    gateway.subscribe = (listener) => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('no events')) : subscribe(listener);
    };
    const { text } = renderPane(gateway);
    const bar = await message();
    expect(bar.textContent).toContain(text('error.excelApiMissing'));
    expect(bar.getAttribute('data-intent')).toBe('error');
    fireEvent.click(screen.getByRole('tab', { name: text('pane.tab.people') }));
    const retry = await screen.findByRole('button', { name: text('pane.retry') });
    expect(gateway.count('load')).toBe(1);
    fireEvent.click(retry);
    // The retry reads; once that read is good, listening starts and reads once more.
    await waitFor(() => expect(gateway.count('load')).toBeGreaterThanOrEqual(2));
    // The read worked this time: the error goes, and the part has something to show.
    await waitFor(() => expect(screen.queryByTestId('pane-message')).toBeNull());
  });

  it('listens for changes again once the workbook can be read, if listening failed', async () => {
    const gateway = StubGateway.created();
    const subscribe = gateway.subscribe.bind(gateway);
    let attempts = 0;
    gateway.subscribe = (listener) => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('not yet')) : subscribe(listener);
    };
    const { text } = renderPane(gateway);
    fireEvent.click(await screen.findByRole('button', { name: text('pane.reload') }));
    await waitFor(() => expect(gateway.listenerCount).toBe(1));
    await waitFor(() => expect(screen.queryByText(text('pane.coverage.live'))).toBeTruthy());
  });

  it('turns an exception thrown by an action into a message bar, not a blank pane', async () => {
    const gateway = new StubGateway();
    const { text } = renderPane(gateway);
    const create = await screen.findByRole('button', { name: text('pane.start.create') });
    gateway.throwNext('createOrUpdate');
    fireEvent.click(create);
    expect((await message()).textContent).toContain(text('pane.error.unexpected'));
    expect(screen.getByRole('button', { name: text('pane.start.create') })).toBeTruthy();
  });

  it('shows progress while an action runs, then its result', async () => {
    const gateway = new StubGateway();
    const { text } = renderPane(gateway);
    fireEvent.click(await screen.findByRole('button', { name: text('pane.start.create') }));
    expect(screen.getByRole('button', { name: text('pane.start.creating') })).toHaveProperty(
      'disabled',
      true,
    );
    expect((await message()).textContent).toContain(text('pane.start.created'));
    expect(gateway.calls.find((call) => call.method === 'createOrUpdate')?.args).toEqual(['da']);
  });

  it('catches an unhandled rejection and says so plainly', async () => {
    const uninstall = installGuards(window);
    try {
      const { text } = renderPane(StubGateway.created());
      await screen.findAllByRole('tab');
      const event = new Event('unhandledrejection', { cancelable: true });
      Object.assign(event, { reason: new Error('lost promise') });
      act(() => {
        window.dispatchEvent(event);
      });
      expect(event.defaultPrevented).toBe(true);
      await screen.findByText(text('pane.error.unexpected'));
    } finally {
      uninstall();
    }
  });

  it('keeps a render failure inside its part, with a way to try again', async () => {
    const gateway = StubGateway.created();
    const load = gateway.load.bind(gateway);
    gateway.load = async () => {
      const outcome = await load();
      // A view the coverage list cannot render.
      if (outcome.ok) outcome.value.analysis!.coverage.areas = null as never;
      return outcome;
    };
    const { text } = renderPane(gateway);
    await screen.findByText(text('pane.error.render'));
    expect(screen.getByRole('tab', { name: text('pane.tab.start') })).toBeTruthy();
    expect(screen.getByRole('button', { name: text('pane.retry') })).toBeTruthy();
  });
});

describe('marking the task complete', () => {
  it('asks for confirmation listing the open gaps when not ready, then ticks the last step', async () => {
    const gateway = StubGateway.created();
    const { text } = renderPane(gateway);
    fireEvent.click(await screen.findByRole('tab', { name: text('pane.tab.status') }));
    const name = await screen.findByLabelText(text('pane.status.name'));
    fireEvent.change(name, { target: { value: 'Ane' } });
    fireEvent.click(screen.getByRole('button', { name: text('pane.status.complete') }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getAllByRole('listitem').length).toBeGreaterThanOrEqual(13);
    expect(gateway.count('setChecklistStep')).toBe(0);
    fireEvent.click(within(dialog).getByRole('button', { name: text('pane.complete.confirm') }));
    await screen.findByText(text('pane.status.completed'));
    const [index, done, by] = gateway.calls.find((c) => c.method === 'setChecklistStep')!.args;
    expect([index, done, by]).toEqual([3, true, 'Ane']);
  });

  it('needs a name before a step is ticked', async () => {
    const gateway = StubGateway.created();
    const { text } = renderPane(gateway);
    fireEvent.click(await screen.findByRole('tab', { name: text('pane.tab.status') }));
    const boxes = await screen.findAllByRole('checkbox');
    fireEvent.click(boxes[0]);
    await screen.findByText(text('pane.status.nameMissing'));
    expect(gateway.count('setChecklistStep')).toBe(0);
  });
});
