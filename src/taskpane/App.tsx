import { useLayoutEffect } from 'react';
import { FluentProvider, Theme, makeStyles, tokens } from '@fluentui/react-components';
import { Lang } from '../core/i18n';
import { WorkbookGateway, WorkbookView } from '../excel/api';
import { Announcer } from './Announcer';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Pane } from './Pane';
import { LangContext } from './text';
import { markStart } from './timeline';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

/**
 * What FluentProvider gets in place of a theme when the page declares it: no tokens to write,
 * and no warning in development that the theme is missing.
 */
const PAGE_THEME: Partial<Theme> = {};

export interface AppProps {
  lang: Lang;
  /**
   * Fluent's theme for the pane. Without one, the pane uses the light theme taskpane.html
   * declares (tools/webpack/light-theme.js): FluentProvider then has no theme to turn into
   * CSS while the pane renders.
   */
  theme?: Theme;
  gateway: WorkbookGateway;
  /** The workbook as read before the pane rendered; without it the pane reads it first. */
  initialView?: WorkbookView | null;
}

/**
 * The pane's root: language, theme, Fluent's announcer that lets screen readers hear results,
 * errors and coverage changes (Fluent's MessageBar speaks through it), and a boundary so a
 * render error never blanks it.
 */
export function App({ lang, theme, gateway, initialView = null }: AppProps) {
  const styles = useStyles();
  useLayoutEffect(() => markStart('render'), []);
  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={theme ?? PAGE_THEME} className={styles.root} lang={lang}>
        <Announcer>
          <ErrorBoundary>
            <Pane gateway={gateway} initialView={initialView} />
          </ErrorBoundary>
        </Announcer>
      </FluentProvider>
    </LangContext.Provider>
  );
}
