import { useId, useState } from 'react';
import {
  Button,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { CodeSuggestion } from '../../core/suggestions';
import { CoverageCard } from '../model/coverageCards';
import { STATUS_TEXT } from '../model/statusText';
import { useText } from '../text';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  selected: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    // Forced colours would paint every border alike; the selected card keeps the system's mark.
    '@media (forced-colors: active)': { ...shorthands.borderColor('Highlight') },
  },
  select: {
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
    backgroundColor: 'transparent',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    // Fluent draws the focus ring as an ::after around the nearest positioned box: this one.
    // It sits 2 px inside the card, so the selected card's brand border stays in sight.
    position: 'relative',
    ...createFocusOutlineStyle({
      style: { outlineOffset: `calc(-2 * ${tokens.strokeWidthThick})` },
    }),
  },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
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
  details: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
  },
  head: { position: 'relative' },
  /**
   * Over the card's details, as a tooltip is: opening it moves nothing, so a focused button
   * never slides away under a keyboard user, off-screen, when a card is hovered or focused.
   */
  explanation: {
    ...typographyStyles.caption1,
    position: 'absolute',
    top: '100%',
    left: 0,
    right: 0,
    zIndex: 2,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow8,
  },
  missing: {
    ...typographyStyles.body1,
    margin: 0,
    overflowWrap: 'break-word',
  },
  suggestions: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  suggestion: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
  },
  reason: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'break-word',
  },
  recruit: {
    ...typographyStyles.caption1Strong,
    margin: 0,
    overflowWrap: 'break-word',
  },
});

export interface AreaItemProps {
  card: CoverageCard;
  selected: boolean;
  /** An action is running: suggestion buttons wait. */
  busy: boolean;
  onSelect(areaId: string): void;
  onApply(suggestion: CodeSuggestion): void;
}

/**
 * One area: its status, what is missing in words, and the suggestions that close the gap,
 * one click each. Activating the area selects its column in Matrix; the status explains
 * itself while the area is hovered or focused (Escape closes it).
 */
export function AreaItem({ card, selected, busy, onSelect, onApply }: AreaItemProps) {
  const text = useText();
  const styles = useStyles();
  const explanationId = useId();
  const [explaining, setExplaining] = useState(false);
  const { area } = card;
  const gap = area.status !== 'covered';
  const explain = {
    onMouseEnter: () => setExplaining(true),
    onMouseLeave: () => setExplaining(false),
    onFocus: () => setExplaining(true),
    onBlur: () => setExplaining(false),
  };
  return (
    <li
      className={mergeClasses(styles.card, selected && styles.selected)}
      data-card={area.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setExplaining(false);
      }}
    >
      <div className={styles.head} {...explain}>
        <button
          type="button"
          className={styles.select}
          aria-current={selected ? 'true' : undefined}
          aria-describedby={explanationId}
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
        <p id={explanationId} className={styles.explanation} hidden={!explaining}>
          {`${text(STATUS_TEXT[area.status])}: ${text(`status.${area.status}.meaning`)} ${text(
            'pane.legend.fix',
            { fix: text(`status.${area.status}.fix`) },
          )}`}
        </p>
      </div>
      {(gap || card.whoLeads) && (
        // Focus in the details closes the explanation that lies over them.
        <div className={styles.details} onFocus={() => setExplaining(false)}>
          {card.whoLeads && (
            <p className={styles.missing}>
              {text('pane.coverage.whoLeads', { name: card.whoLeads })}
            </p>
          )}
          {card.missingText && (
            <p className={styles.missing} data-testid="area-missing">
              {text('pane.coverage.missing', { what: card.missingText })}
            </p>
          )}
          {card.codes.length > 0 && (
            <ul
              className={styles.suggestions}
              aria-label={text('pane.coverage.suggestions', { area: area.name })}
            >
              {card.codes.map((suggestion) => (
                <li key={suggestion.cell} className={styles.suggestion}>
                  <Button
                    size="small"
                    appearance="primary"
                    disabled={busy}
                    onClick={() => onApply(suggestion)}
                    data-suggestion={suggestion.cell}
                  >
                    {/* core/suggestions' suggestionLabel, without the planner in the first script */}
                    {text('plan.give', { person: suggestion.person, code: suggestion.to })}
                  </Button>
                  <span className={styles.reason}>{suggestion.reason}</span>
                </li>
              ))}
            </ul>
          )}
          {card.recruits.map((recruit, i) => (
            <p key={i} className={styles.recruit} data-testid="area-recruit">
              {recruit.reason}
            </p>
          ))}
        </div>
      )}
    </li>
  );
}
