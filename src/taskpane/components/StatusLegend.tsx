import { useId, useState } from 'react';
import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { STATUS_ORDER } from '../../core/coverage';
import { useText } from '../text';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: '2px' },
  text: { ...typographyStyles.caption1, overflowWrap: 'break-word' },
});

/** "Hvad betyder det?": the six statuses, each with what it means and what closes the gap. */
export function StatusLegend() {
  const text = useText();
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div>
      <Button
        size="small"
        appearance="subtle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {text('pane.legend.toggle')}
      </Button>
      <ul id={id} className={styles.list} hidden={!open}>
        {STATUS_ORDER.map((status) => (
          <li key={status} className={styles.item}>
            <StatusBadge status={status} />
            <span className={styles.text}>{text(`status.${status}.meaning`)}</span>
            <span className={styles.text}>
              {text('pane.legend.fix', { fix: text(`status.${status}.fix`) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
