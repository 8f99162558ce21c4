/**
 * @jest-environment jsdom
 *
 * The first run over a stub gateway: Kom i gang in plain words, focus after creating the
 * sheets, a busy Excel at open (retried with backoff, never taken for an empty workbook), and
 * failures in the pane's language, quiet when nobody asked. The browser e2e
 * (taskpane-firstrun) runs the same over the real gateway.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { MessageKey, MessageParams, t } from '../../src/core/i18n';
import { Outcome, UserMessage, WorkbookView } from '../../src/excel/api';
import { App } from '../../src/taskpane/App';
import { dismissUnexpected } from '../../src/taskpane/guard';
import { LIVE_RELOAD_DELAY_MS } from '../../src/taskpane/hooks/coalesce';
import { Styles } from './scriptReadStyles';
import { StubGateway } from './stubGateway';

const text = (key: MessageKey, params?: MessageParams) => t('da', key, params);

const BUSY: UserMessage = {
  key: 'error.excelBusy',
  detail: 'The operation could not be completed. (InvalidOperationInCellEditMode)',
};

function renderPane(gateway: StubGateway) {
  return render(<App lang="da" theme={webLightTheme} gateway={gateway} />, { wrapper: Styles });
}

/** Makes the next `count` reads fail with `error`; the reads after them work again. */
function failReads(gateway: StubGateway, count: number, error: UserMessage = BUSY): void {
  const load = gateway.load.bind(gateway);
  let left = count;
  gateway.load = async (): Promise<Outcome<WorkbookView>> => {
    const outcome = await load();
    if (left <= 0) return outcome;
    left -= 1;
    return { ok: false, error };
  };
}

/** Advances the fake clock and lets the reads it starts settle. */
async function tick(ms = 0): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(ms);
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
  });
}

const tab = (key: MessageKey) => screen.getByRole('tab', { name: text(key) });
const selected = (key: MessageKey) => tab(key).getAttribute('aria-selected') === 'true';
const button = (key: MessageKey, params?: MessageParams) =>
  screen.queryByRole('button', { name: text(key, params) });

beforeAll(async () => {
  await import('../../src/taskpane/components/StartPart');
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

describe('4. Kom i gang in plain words', () => {
  it('says where the workbook stands in one sentence, with one action to take', async () => {
    renderPane(new StubGateway());
    await screen.findByText(text('pane.start.state.fresh'));
    expect(button('pane.start.create')).toBeTruthy();
    expect(screen.queryByText(/tbl[A-Z]/)).toBeNull();
  });

  it('lists the sheets by the names Excel shows, behind a disclosure', async () => {
    renderPane(new StubGateway());
    const toggle = await screen.findByRole('button', {
      name: text('pane.start.sheets', { present: 0, total: 5 }),
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const items = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(
      ['sheet.areas', 'sheet.lists', 'sheet.matrix', 'sheet.status', 'sheet.participants'].map(
        (sheet) => `${text(sheet as MessageKey)}: ${text('pane.start.sheetMissing')}`,
      ),
    );
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('3. focus after creating the sheets', () => {
  it('moves to the next step once the sheets are created', async () => {
    const gateway = new StubGateway();
    renderPane(gateway);
    fireEvent.click(await screen.findByRole('button', { name: text('pane.start.create') }));
    const next = await screen.findByRole('button', { name: text('pane.start.next.people') });
    await waitFor(() => expect(document.activeElement).toBe(next));
    // The next step is the one primary action now; the next step leads to Personer.
    fireEvent.click(next);
    expect(selected('pane.tab.people')).toBe(true);
    expect(document.activeElement).toBe(tab('pane.tab.people'));
  });

  it('goes back to the button when creating failed, and says why', async () => {
    const gateway = new StubGateway();
    gateway.failNext('createOrUpdate', BUSY);
    renderPane(gateway);
    fireEvent.click(await screen.findByRole('button', { name: text('pane.start.create') }));
    await screen.findByText(text('error.excelBusy'));
    await waitFor(() =>
      expect(document.activeElement).toBe(button('pane.start.create') as HTMLElement),
    );
  });
});

describe('5. a busy Excel at open', () => {
  it('retries the read with backoff, and opens on Dækning when Excel recovers', async () => {
    jest.useFakeTimers();
    const gateway = StubGateway.created();
    failReads(gateway, 3);
    renderPane(gateway);
    await tick();
    expect(gateway.count('load')).toBe(1);
    expect(screen.getByText(text('pane.empty.busy'))).toBeTruthy();
    for (const [delay, reads] of [
      [500, 2],
      [1000, 3],
      [2000, 4],
    ] as const) {
      await tick(delay - 1);
      expect(gateway.count('load')).toBe(reads - 1);
      await tick(1);
      expect(gateway.count('load')).toBe(reads);
    }
    // The fourth read worked: the pane opens where it would have, with nothing to say.
    await tick();
    expect(selected('pane.tab.coverage')).toBe(true);
    expect(screen.queryByTestId('pane-message')).toBeNull();
    await tick(60_000);
    expect(gateway.count('load')).toBe(4);
  });

  it('says Excel is busy and offers Prøv igen, never Opret arkene', async () => {
    jest.useFakeTimers();
    const gateway = StubGateway.created();
    failReads(gateway, 1000);
    renderPane(gateway);
    await tick();
    for (const delay of [0, 500, 1000, 2000]) {
      await tick(delay);
      expect(screen.getByText(text('pane.empty.busy'))).toBeTruthy();
      expect(button('pane.retry')).toBeTruthy();
      expect(button('pane.start.create')).toBeNull();
      expect(button('pane.start.update')).toBeNull();
      expect(screen.queryByTestId('pane-message')).toBeNull();
    }
    expect(selected('pane.tab.start')).toBe(true);
  });

  it('speaks when the user asks: Prøv igen that fails says so, in the pane language', async () => {
    jest.useFakeTimers();
    const gateway = StubGateway.created();
    failReads(gateway, 2);
    renderPane(gateway);
    await tick();
    expect(screen.queryByTestId('pane-message')).toBeNull();
    fireEvent.click(button('pane.retry')!);
    await tick();
    const bar = screen.getByTestId('pane-message');
    expect(bar.getAttribute('data-intent')).toBe('error');
    expect(bar.textContent).toContain(text('error.excelBusy'));
    // The next automatic try works: the message goes, and the pane opens on Dækning.
    await tick(500);
    await tick();
    expect(screen.queryByTestId('pane-message')).toBeNull();
    expect(selected('pane.tab.coverage')).toBe(true);
  });

  it('stays where the user went while Excel was busy', async () => {
    jest.useFakeTimers();
    const gateway = StubGateway.created();
    failReads(gateway, 1);
    renderPane(gateway);
    await tick();
    fireEvent.click(tab('pane.tab.status'));
    await tick(500);
    await tick();
    expect(gateway.count('load')).toBe(2);
    expect(selected('pane.tab.status')).toBe(true);
  });
});

describe('7. errors in the pane language', () => {
  it("keeps Excel's own text behind Detaljer, a button that says whether it is open", async () => {
    const gateway = new StubGateway();
    gateway.failNext('createOrUpdate', BUSY);
    renderPane(gateway);
    fireEvent.click(await screen.findByRole('button', { name: text('pane.start.create') }));
    const bar = await screen.findByTestId('pane-message');
    expect(bar.textContent).toContain(text('error.excelBusy'));
    const details = within(bar).getByRole('button', { name: text('pane.details') });
    const shown = document.getElementById(details.getAttribute('aria-controls')!)!;
    expect(details.getAttribute('aria-expanded')).toBe('false');
    expect(shown.hidden).toBe(true);
    fireEvent.click(details);
    expect(details.getAttribute('aria-expanded')).toBe('true');
    expect(shown.hidden).toBe(false);
    expect(shown.textContent).toBe(BUSY.detail);
  });

  it('shows no Detaljer for a message without Excel text', async () => {
    const gateway = new StubGateway();
    gateway.failNext('createOrUpdate', { key: 'error.payloadTooLarge' });
    renderPane(gateway);
    fireEvent.click(await screen.findByRole('button', { name: text('pane.start.create') }));
    const bar = await screen.findByTestId('pane-message');
    expect(within(bar).queryByRole('button', { name: text('pane.details') })).toBeNull();
  });

  it('keeps a failed background refresh quiet, and tries it again', async () => {
    jest.useFakeTimers();
    const gateway = StubGateway.created();
    renderPane(gateway);
    await tick();
    await tick();
    expect(selected('pane.tab.coverage')).toBe(true);
    failReads(gateway, 2);
    act(() => gateway.emit('Local'));
    await tick(LIVE_RELOAD_DELAY_MS);
    expect(gateway.count('load')).toBe(2);
    expect(screen.queryByTestId('pane-message')).toBeNull();
    await tick(500);
    expect(gateway.count('load')).toBe(3);
    expect(screen.queryByTestId('pane-message')).toBeNull();
    await tick(1000);
    expect(gateway.count('load')).toBe(4);
    await tick(60_000);
    expect(gateway.count('load')).toBe(4);
    expect(screen.queryByTestId('pane-message')).toBeNull();
    // The pane kept showing what it had all along.
    expect(selected('pane.tab.coverage')).toBe(true);
  });
});
