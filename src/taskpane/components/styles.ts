import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Heard by screen readers, not shown. */
export const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** Layout shared by the parts: a column that fits 320 px, with Fluent's spacing. */
export const usePartStyles = makeStyles({
  part: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  /** A text field as wide as its column and never wider: Input's own width would overflow 160 px. */
  input: { width: '100%', minWidth: 0, boxSizing: 'border-box' },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  caption: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  plainList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  breakable: {
    overflowWrap: 'anywhere',
  },
});
