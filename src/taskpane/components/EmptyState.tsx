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
  const anyPart = Object.values(state.view.parts.tables).some(Boolean);
  return (
    <div className={styles.section}>
      <Text>{text(anyPart ? 'pane.empty.incomplete' : 'pane.empty.notCreated')}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => goTo('start')}>
          {text('pane.empty.goToStart')}
        </Button>
      </div>
    </div>
  );
}
