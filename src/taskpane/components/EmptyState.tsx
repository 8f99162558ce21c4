import { Button, Text } from '@fluentui/react-components';
import { PartProps } from './partProps';
import { usePartStyles } from './styles';
import { useText } from '../text';

/**
 * What a part shows when it has nothing to work on: the workbook could not be read (retry),
 * or it lacks Organisering's sheets, wholly or in part (go to Kom i gang).
 */
export function EmptyState({ state, actions, goTo }: PartProps) {
  const text = useText();
  const styles = usePartStyles();
  if (!state.view) {
    return (
      <div className={styles.section}>
        <Text>{text('pane.empty.unreadable')}</Text>
        <div className={styles.actions}>
          <Button onClick={() => void actions.reload()} disabled={state.loading}>
            {text('pane.retry')}
          </Button>
        </div>
      </div>
    );
  }
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
