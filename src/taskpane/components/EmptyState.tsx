import { Button, Text } from '@fluentui/react-components';
import { isTransient } from '../model/messages';
import { PartProps } from './partProps';
import { usePartStyles } from './styles';
import { useText } from '../text';

/**
 * What a part shows when the workbook could not be read: that Excel is busy (the pane tries
 * again by itself) or that the read failed, and "Prøv igen". Never that the workbook is
 * empty: a failed read says nothing about what it holds.
 */
export function UnreadState({ state, actions }: Pick<PartProps, 'state' | 'actions'>) {
  const text = useText();
  const styles = usePartStyles();
  const busy = state.readFailure !== null && isTransient(state.readFailure);
  return (
    <div className={styles.section} data-testid="unread">
      <Text>{text(busy ? 'pane.empty.busy' : 'pane.empty.unreadable')}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void actions.reload()} disabled={state.loading}>
          {text('pane.retry')}
        </Button>
      </div>
    </div>
  );
}

/**
 * What a part shows when it has nothing to work on: the workbook could not be read (retry),
 * or it lacks Organisering's sheets, wholly or in part (go to Kom i gang).
 */
export function EmptyState({ state, actions, goTo }: PartProps) {
  const text = useText();
  const styles = usePartStyles();
  if (!state.view) return <UnreadState state={state} actions={actions} />;
  const { parts } = state.view;
  const anyPart = Object.values(parts.tables).some(Boolean);
  // "Nothing is lost" is untrue once the matrix, and the people in it, are gone.
  const key = parts.matrixGone
    ? 'pane.empty.matrixGone'
    : anyPart
      ? 'pane.empty.incomplete'
      : 'pane.empty.notCreated';
  return (
    <div className={styles.section}>
      <Text>{text(key)}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => goTo('start')}>
          {text('pane.empty.goToStart')}
        </Button>
      </div>
    </div>
  );
}
