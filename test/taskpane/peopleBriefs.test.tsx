/**
 * @jest-environment jsdom
 *
 * Personer's "Send opgaver" and "Kopiér alle" in the rendered pane, over a stub gateway that
 * holds the demo workbook: each person's button has its own name, and what it does is said
 * in the message bar.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { allBriefsText, buildBriefs } from '../../src/core/brief';
import { demoPeople } from '../../src/core/demo';
import { analyseTables, newWorkbookPlan, planTables } from '../../src/core/engine';
import { t } from '../../src/core/i18n';
import { App } from '../../src/taskpane/App';
import { StubGateway } from './stubGateway';

const text = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) =>
  t('da', key, params);

const tables = planTables(
  newWorkbookPlan('da', demoPeople('da'), new Date(Date.UTC(2024, 0, 15))).plan,
);

afterEach(() => jest.restoreAllMocks());

/** Generous: the machine may be busy, and nothing here waits on a clock. */
const WAIT = { timeout: 15_000 };
const TEST_TIMEOUT = 60_000;

async function openPeople(): Promise<void> {
  const gateway = new StubGateway();
  gateway.tables = tables;
  render(<App lang="da" theme={webLightTheme} gateway={gateway} />);
  fireEvent.click(await screen.findByRole('tab', { name: text('pane.tab.people') }, WAIT));
  await screen.findByTestId('people-list', {}, WAIT);
}

it(
  'gives each person a Send opgaver button that opens an e-mail draft',
  async () => {
    const open = jest.spyOn(window, 'open').mockReturnValue({} as Window);
    await openPeople();
    const buttons = screen.getAllByRole('button', { name: /^Send opgaver til / });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(
      demoPeople('da').map((p) => text('pane.people.sendNamed', { name: String(p.name) })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Send opgaver til Peter Nielsen' }));
    expect(open).toHaveBeenCalledTimes(1);
    expect(String(open.mock.calls[0][0])).toMatch(/^mailto:peter\.nielsen@kommune\.dk\?subject=/);
    const bar = await screen.findByTestId('pane-message', {}, WAIT);
    expect(bar.textContent).toContain(text('pane.people.mailOpened', { name: 'Peter Nielsen' }));
  },
  TEST_TIMEOUT,
);

it(
  'copies all briefs as one text with Kopiér alle, and says so',
  async () => {
    const writeText = jest.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openPeople();
    fireEvent.click(screen.getByRole('button', { name: text('pane.people.copyAll') }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1), WAIT);
    expect(writeText.mock.calls[0][0]).toBe(allBriefsText(buildBriefs(analyseTables(tables))));
    const bar = await screen.findByTestId('pane-message', {}, WAIT);
    expect(bar.textContent).toContain(
      text('pane.people.copiedAll.other', { count: demoPeople('da').length }),
    );
  },
  TEST_TIMEOUT,
);
