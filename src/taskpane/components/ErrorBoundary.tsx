import { Component, ContextType, ErrorInfo, ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { t } from '../../core/i18n';
import { LangContext } from '../text';

interface Props {
  children: ReactNode;
  /** Changing it (e.g. switching tabs) clears a caught error. */
  resetKey?: string;
}

interface State {
  failed: boolean;
  resetKey?: string;
}

/**
 * A render error in one part becomes a message bar with a retry button, instead of
 * unmounting the whole pane into a blank page.
 */
export class ErrorBoundary extends Component<Props, State> {
  static override contextType = LangContext;
  declare context: ContextType<typeof LangContext>;
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { failed: false, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[organisering] render failed', error, info.componentStack);
  }

  private readonly retry = () => this.setState({ failed: false });

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const lang = this.context;
    return (
      <MessageBar intent="error" politeness="assertive" layout="multiline">
        <MessageBarBody>{t(lang, 'pane.error.render')}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.retry}>{t(lang, 'pane.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
