/**
 * @jest-environment jsdom
 *
 * Kom i gang when the Matrix sheet was deleted: the pane says the people in it are gone and
 * how to get them back, and makes an empty matrix only after the user confirms.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { newWorkbookPlan, planTables } from '../../src/core/engine';
import { t } from '../../src/core/i18n';
import { TABLE } from '../../src/core/tables';
import { App } from '../../src/taskpane/App';
import { dismissUnexpected } from '../../src/taskpane/guard';
import { StubGateway } from './stubGateway';

const text = (key: Parameters<typeof t>[1]) => t('da', key);

/** The machine may be busy: wait for the state, generously. */
const WAIT = { timeout: 10_000 };

/** A set-up workbook without tblMatrix; updating it brings back an empty matrix. */
function withoutMatrix(): StubGateway {
  const gateway = StubGateway.created();
  const whole = gateway.tables;
  gateway.tables = Object.fromEntries(
    Object.entries(whole).filter(([, table]) => table.name !== TABLE.matrix),
  );
  const update = gateway.createOrUpdate.bind(gateway);
  gateway.createOrUpdate = async (lang) => {
    const outcome = await update(lang);
    gateway.tables = planTables(newWorkbookPlan(lang, [], new Date(2025, 0, 1)).plan);
    return outcome;
  };
  return gateway;
}

afterEach(() => {
  act(() => dismissUnexpected());
});

describe('Kom i gang, when the matrix is gone', () => {
  it('says the people are gone and how to get them back, and never that nothing is lost', async () => {
    render(<App lang="da" theme={webLightTheme} gateway={withoutMatrix()} />);
    await screen.findByText(text('pane.start.matrixGoneTitle'), {}, WAIT);
    expect(screen.getByText(text('pane.start.matrixGone'))).toBeTruthy();
    expect(text('pane.start.matrixGone')).toMatch(/Ctrl\+Z/);
    expect(screen.queryByText(text('pane.start.safe'))).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: text('pane.tab.people') }));
    await screen.findByText(text('pane.empty.matrixGone'), {}, WAIT);
    expect(screen.queryByText(text('pane.empty.incomplete'))).toBeNull();
  }, 30_000);

  it('asks before making an empty matrix: cancel keeps it as it is, confirm makes it', async () => {
    const gateway = withoutMatrix();
    render(<App lang="da" theme={webLightTheme} gateway={gateway} />);
    const update = await screen.findByRole('button', { name: text('pane.start.update') }, WAIT);

    fireEvent.click(update);
    const heading = await screen.findByRole('heading', {
      name: text('pane.start.matrixConfirmHeading'),
    });
    const group = screen.getByRole('group', { name: text('pane.start.matrixConfirmHeading') });
    expect(document.activeElement).toBe(heading);
    expect(gateway.count('createOrUpdate')).toBe(0);

    fireEvent.keyDown(group, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: text('pane.start.matrixConfirmHeading') })).toBe(
      null,
    );
    expect(document.activeElement).toBe(update);
    fireEvent.click(update);
    fireEvent.click(await screen.findByRole('button', { name: text('pane.cancel') }));
    expect(document.activeElement).toBe(update);
    expect(gateway.count('createOrUpdate')).toBe(0);

    fireEvent.click(update);
    fireEvent.click(await screen.findByRole('button', { name: text('pane.start.matrixConfirm') }));
    await screen.findByText(text('pane.start.matrixRecreated'), {}, WAIT);
    expect(gateway.count('createOrUpdate')).toBe(1);
    await waitFor(
      () => expect(screen.queryByText(text('pane.start.matrixGoneTitle'))).toBeNull(),
      WAIT,
    );
  }, 30_000);
});
