/**
 * @jest-environment jsdom
 *
 * Issue 11, point 8: who ticks a step of the method. The name comes from the matrix's
 * Projektleder, else from the last name used in this document; without one, ticking asks for
 * it right at the checkbox, and ticks once it is given.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { t } from '../../src/core/i18n';
import { App } from '../../src/taskpane/App';
import { dismissUnexpected } from '../../src/taskpane/guard';
import { Styles } from './scriptReadStyles';
import { StubGateway } from './stubGateway';

const text = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) =>
  t('da', key, params);

async function openStatus(gateway: StubGateway) {
  render(<App lang="da" theme={webLightTheme} gateway={gateway} />, { wrapper: Styles });
  fireEvent.click(await screen.findByRole('tab', { name: text('pane.tab.status') }));
  return screen.findAllByRole('checkbox');
}

const tickCalls = (gateway: StubGateway) =>
  gateway.calls.filter((c) => c.method === 'setChecklistStep').map((c) => c.args.slice(0, 3));

beforeAll(async () => {
  await import('../../src/taskpane/components/StatusPart');
});

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  act(() => dismissUnexpected());
  jest.restoreAllMocks();
});

describe('8. the checklist’s name', () => {
  it('asks for the name at the checkbox, moves focus there, announces it, and ticks once it is given', async () => {
    const gateway = StubGateway.created();
    const boxes = await openStatus(gateway);
    fireEvent.click(boxes[1]);

    const ask = await screen.findByTestId('ask-name');
    // Right at the step: inside the step's own list item, after its checkbox.
    expect(boxes[1].closest('li')!.contains(ask)).toBe(true);
    const field = within(ask).getByLabelText(text('pane.status.askName', { step: 2 }));
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.getByTestId('checklist-announce').textContent).toBe(
      text('pane.status.askNameAnnounce', { step: 2 }),
    );
    expect(gateway.count('setChecklistStep')).toBe(0);

    fireEvent.change(field, { target: { value: 'Ane Holm' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(tickCalls(gateway)).toEqual([[1, true, 'Ane Holm']]));
    await waitFor(() => expect(screen.queryByTestId('ask-name')).toBeNull());
    // The name is now known for the session: the next tick asks nothing.
    expect((screen.getByLabelText(text('pane.status.name')) as HTMLInputElement).value).toBe(
      'Ane Holm',
    );
    fireEvent.click((await screen.findAllByRole('checkbox'))[0]);
    await waitFor(() => expect(tickCalls(gateway)).toHaveLength(2));
    expect(screen.queryByTestId('ask-name')).toBeNull();
  });

  it('keeps asking while the name is empty, and Escape lets the step be, focus back on it', async () => {
    const gateway = StubGateway.created();
    const boxes = await openStatus(gateway);
    fireEvent.click(boxes[0]);
    const field = await screen.findByLabelText(text('pane.status.askName', { step: 1 }));
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: text('pane.status.askNameTick') }));
    await screen.findByText(text('pane.status.askNameEmpty'));
    expect(gateway.count('setChecklistStep')).toBe(0);

    fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('ask-name')).toBeNull());
    expect(document.activeElement).toBe(boxes[0]);
    expect((boxes[0] as HTMLInputElement).checked).toBe(false);
    expect(gateway.count('setChecklistStep')).toBe(0);
  });

  it('asks at the last step when the task is marked complete without a name', async () => {
    const gateway = StubGateway.created();
    await openStatus(gateway);
    fireEvent.click(screen.getByRole('button', { name: text('pane.status.complete') }));
    const field = await screen.findByLabelText(text('pane.status.askName', { step: 4 }));
    fireEvent.change(field, { target: { value: 'Bo' } });
    fireEvent.submit(field.closest('form')!);
    // Not ready: the confirmation comes next, and the name goes with the tick.
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: text('pane.complete.confirm') }));
    await waitFor(() => expect(tickCalls(gateway)).toEqual([[3, true, 'Bo']]));
  });

  it('takes the last name used in this document when no one in the matrix is Projektleder', async () => {
    const gateway = StubGateway.created();
    gateway.lastReporter = 'Carl Dahl';
    const boxes = await openStatus(gateway);
    expect((screen.getByLabelText(text('pane.status.name')) as HTMLInputElement).value).toBe(
      'Carl Dahl',
    );
    fireEvent.click(boxes[0]);
    await waitFor(() => expect(tickCalls(gateway)).toEqual([[0, true, 'Carl Dahl']]));
    expect(screen.queryByTestId('ask-name')).toBeNull();
  });

  it('prefers the matrix’s Projektleder to the last name used', async () => {
    const gateway = StubGateway.created();
    gateway.lastReporter = 'Carl Dahl';
    await gateway.savePerson({
      row: null,
      name: 'Dorte Eg',
      role: 'Projektleder',
      department: '',
      email: '',
      fromPhase: '',
      codes: {},
    });
    await openStatus(gateway);
    expect((screen.getByLabelText(text('pane.status.name')) as HTMLInputElement).value).toBe(
      'Dorte Eg',
    );
  });
});
