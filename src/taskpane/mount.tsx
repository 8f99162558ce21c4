import { createRoot } from 'react-dom/client';
import type { Theme } from '@fluentui/react-components';
import { langFromLocale } from '../core/i18n';
import { WorkbookGateway, WorkbookView } from '../excel/api';
import { App } from './App';
import { installGuards } from './guard';
import { officeTheme } from './theme';
import { unavailableGateway } from './unavailableGateway';

/**
 * Renders the pane into `element`. The pane's language follows Office's display language
 * (da-* Danish, en-* English, anything else Danish), whatever the workbook's language is.
 * `view` is the workbook as read before the pane rendered, if the read was quick.
 */
export function mountPane(
  element: HTMLElement,
  office: typeof Office | undefined,
  makeGateway: () => WorkbookGateway,
  view: WorkbookView | null = null,
): void {
  installGuards(window);
  const lang = langFromLocale(office?.context?.displayLanguage);
  document.documentElement.lang = lang;
  let gateway: WorkbookGateway;
  try {
    gateway = makeGateway();
  } catch (error) {
    console.error('[organisering] no gateway', error);
    gateway = unavailableGateway('pane.error.unexpected');
  }
  const render = (theme?: Theme) =>
    createRoot(element).render(
      <App lang={lang} theme={theme} gateway={gateway} initialView={view} />,
    );
  const dark = officeTheme(office);
  // Without its chunk, the dark pane is shown in the page's light theme.
  if (dark) void dark.then(render, () => render());
  else render();
}
