import { Badge, BadgeProps, Text } from '@fluentui/react-components';
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

export function StatusBadge({ status }: { status: AreaStatus }) {
  const text = useText();
  return (
    <Badge appearance="tint" shape="rounded" color={STATUS_COLOUR[status]}>
      {text(STATUS_TEXT[status])}
    </Badge>
  );
}

/** KLAR or IKKE KLAR, as the Status sheet says it. */
export function VerdictBadge({ ready }: { ready: boolean }) {
  const text = useText();
  return (
    <Badge appearance="filled" shape="rounded" size="large" color={ready ? 'success' : 'danger'}>
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
