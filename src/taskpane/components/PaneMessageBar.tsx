import { ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { dismissUnexpected, useUnexpectedError } from '../guard';
import { PaneMessage } from '../model/messages';
import { useText } from '../text';

const useStyles = makeStyles({
  bar: { flexShrink: 0 },
  line: { overflowWrap: 'anywhere' },
  lines: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export interface PaneMessageBarProps {
  message: PaneMessage | null;
  onDismiss(): void;
}

/** The last action's result or failure, in the pane's language, until the user dismisses it. */
export function PaneMessageBar({ message, onDismiss }: PaneMessageBarProps) {
  const text = useText();
  const styles = useStyles();
  if (!message) return null;
  return (
    <MessageBar
      key={message.id}
      className={styles.bar}
      intent={message.intent}
      politeness={message.intent === 'error' ? 'assertive' : 'polite'}
      data-testid="pane-message"
      data-intent={message.intent}
    >
      <MessageBarBody className={styles.lines}>
        {message.lines.map((line, i) => (
          <span key={i} className={styles.line}>
            {text(line.key, line.params)}
          </span>
        ))}
      </MessageBarBody>
      <DismissAction
        onDismiss={onDismiss}
        action={
          message.action && (
            <Button size="small" onClick={message.action.run}>
              {text(message.action.label)}
            </Button>
          )
        }
      />
    </MessageBar>
  );
}

/** Failures nobody caught (see guard.ts): said plainly, and the pane stays usable. */
export function UnexpectedErrorBar() {
  const count = useUnexpectedError();
  const text = useText();
  const styles = useStyles();
  if (count === 0) return null;
  return (
    <MessageBar className={styles.bar} intent="error" politeness="assertive">
      <MessageBarBody className={styles.line}>{text('pane.error.unexpected')}</MessageBarBody>
      <DismissAction onDismiss={dismissUnexpected} />
    </MessageBar>
  );
}

/** The close button every message bar has, and the message's own action if it has one. */
function DismissAction({ onDismiss, action }: { onDismiss: () => void; action?: ReactNode }) {
  const text = useText();
  return (
    <MessageBarActions
      {...(action ? { children: action } : {})}
      containerAction={
        <Button
          appearance="transparent"
          icon={<DismissRegular />}
          aria-label={text('pane.dismiss')}
          onClick={onDismiss}
        />
      }
    />
  );
}
