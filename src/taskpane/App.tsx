import { FluentProvider, Theme, makeStyles, tokens } from '@fluentui/react-components';
import { Lang } from '../core/i18n';
import { WorkbookGateway } from '../excel/api';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Pane } from './Pane';
import { LangContext } from './text';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

export interface AppProps {
  lang: Lang;
  theme: Theme;
  gateway: WorkbookGateway;
}

/** The pane's root: language, theme, and a boundary so a render error never blanks it. */
export function App({ lang, theme, gateway }: AppProps) {
  const styles = useStyles();
  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={theme} className={styles.root} lang={lang}>
        <ErrorBoundary>
          <Pane gateway={gateway} />
        </ErrorBoundary>
      </FluentProvider>
    </LangContext.Provider>
  );
}
