/**
 * @jest-environment jsdom
 *
 * The message bar as a screen reader hears it: one text, each line's words kept apart.
 */
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { t } from '../../src/core/i18n';
import { PaneMessageBar } from '../../src/taskpane/components/PaneMessageBar';
import { paneMessage } from '../../src/taskpane/model/messages';

it('reads a message of two lines with a space between them', () => {
  const message = paneMessage('warning', [
    { key: 'pane.plan.applied.one' },
    { key: 'pane.plan.refused.one' },
  ]);
  const { getByTestId } = render(
    <FluentProvider theme={webLightTheme}>
      <PaneMessageBar message={message} onDismiss={() => undefined} />
    </FluentProvider>,
  );
  const said = getByTestId('pane-message').textContent ?? '';
  expect(said).toContain(`${t('da', 'pane.plan.applied.one')} ${t('da', 'pane.plan.refused.one')}`);
});
