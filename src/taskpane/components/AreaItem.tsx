import {
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { AreaCoverage } from '../../core/coverage';
import { useText } from '../text';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    rowGap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    textAlign: 'start',
    fontFamily: 'inherit',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
  selected: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  top: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  id: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  name: {
    ...typographyStyles.body1Strong,
    overflowWrap: 'break-word',
    hyphens: 'auto',
  },
  counts: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  invalid: {
    ...typographyStyles.caption1Strong,
    color: tokens.colorPaletteRedForeground1,
  },
});

export interface AreaItemProps {
  area: AreaCoverage;
  selected: boolean;
  onSelect(areaId: string): void;
}

/** One area: its status and counts; activating it selects the area's column in Matrix. */
export function AreaItem({ area, selected, onSelect }: AreaItemProps) {
  const text = useText();
  const styles = useStyles();
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.item, selected && styles.selected)}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(area.id)}
        data-area={area.id}
        data-status={area.status}
      >
        <span className={styles.top}>
          <StatusBadge status={area.status} />
          <span className={styles.id}>{area.id}</span>
        </span>
        <span className={styles.name}>{area.name}</span>
        <span className={styles.counts}>
          {text('pane.coverage.counts', {
            leads: area.leads,
            covers: area.covers,
            gatherers: area.gatherers,
          })}
        </span>
        {area.invalid > 0 && (
          <span className={styles.invalid}>
            {text('pane.coverage.invalid', { count: area.invalid })}
          </span>
        )}
      </button>
    </li>
  );
}
