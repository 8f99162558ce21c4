import {
  Badge,
  BadgeProps,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { AreaStatus } from '../../core/coverage';
import { STATUS_TEXT } from '../model/statusText';
import { useText } from '../text';
import { usePartStyles } from './styles';

/** Red for no coverage, orange for a missing lead or late people, yellow for thin coverage. */
const STATUS_COLOUR: Record<AreaStatus, BadgeProps['color']> = {
  not_covered: 'danger',
  no_lead: 'severe',
  late: 'severe',
  one_sided: 'warning',
  fragile: 'warning',
  covered: 'success',
};

/**
 * Fluent's Badge is one line of a fixed height: at 200 % zoom (a 160 px pane) "Ikke dækket"
 * would spill out of it. Here it grows a line instead, breaking between words.
 */
const useStyles = makeStyles({
  wraps: {
    height: 'auto',
    maxWidth: '100%',
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    textAlign: 'center',
    overflowWrap: 'break-word',
  },
  medium: { minHeight: '20px' },
  large: { minHeight: '24px' },
});

export function StatusBadge({ status }: { status: AreaStatus }) {
  const text = useText();
  const styles = useStyles();
  return (
    <Badge
      appearance="tint"
      shape="rounded"
      color={STATUS_COLOUR[status]}
      className={mergeClasses(styles.wraps, styles.medium)}
    >
      {text(STATUS_TEXT[status])}
    </Badge>
  );
}

/** KLAR or IKKE KLAR, as the Status sheet says it. */
export function VerdictBadge({ ready }: { ready: boolean }) {
  const text = useText();
  const styles = useStyles();
  return (
    <Badge
      appearance="filled"
      shape="rounded"
      size="large"
      color={ready ? 'success' : 'danger'}
      className={mergeClasses(styles.wraps, styles.large)}
    >
      {text(ready ? 'verdict.ready' : 'verdict.notReady')}
    </Badge>
  );
}

/** The verdict with "n af m områder dækket", as Dækning and Status both open with it. */
export function VerdictLine({
  ready,
  covered,
  total,
}: {
  ready: boolean;
  covered: number;
  total: number;
}) {
  const text = useText();
  const part = usePartStyles();
  return (
    <div className={part.row}>
      <VerdictBadge ready={ready} />
      <Text>{text('pane.coverage.summary', { covered, total })}</Text>
    </div>
  );
}
