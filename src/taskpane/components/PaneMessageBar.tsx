import { ReactNode, useId, useState } from 'react';
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
  details: { alignSelf: 'flex-start' },
});

export interface PaneMessageBarProps {
  message: PaneMessage | null;
  onDismiss(): void;
}

/**
 * The last action's result or failure, in the pane's language, until the user dismisses it.
 * Excel's own words for a failure (in Excel's language) wait behind "Detaljer".
 */
export function PaneMessageBar({ message, onDismiss }: PaneMessageBarProps) {
  const text = useText();
  const styles = useStyles();
  if (!message) return null;
  const details = message.lines
    .map((line) => line.detail ?? '')
    .join(' ')
    .trim();
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
            {/* Screen readers hear the bar as one text: a space keeps the lines' words apart. */}
            {i < message.lines.length - 1 && ' '}
          </span>
        ))}
        {details && <Details details={details} />}
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

/** A disclosure: the button says "Detaljer" and whether it is open; the text shows below it. */
function Details({ details }: { details: string }) {
  const text = useText();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <Button
        className={styles.details}
        appearance="transparent"
        size="small"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {text('pane.details')}
      </Button>
      <span id={id} className={styles.line} hidden={!open} data-testid="message-details">
        {details}
      </span>
    </>
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
