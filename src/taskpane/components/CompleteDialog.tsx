import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  createCustomFocusIndicatorStyle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { OpenGaps } from '../model/completion';
import { STATUS_TEXT } from '../model/statusText';
import { useText } from '../text';
import { usePartStyles } from './styles';

const useStyles = makeStyles({
  /**
   * The scrolling text's own outline, inside its edge. Fluent's ::after ring would be drawn
   * around the nearest positioned box (the whole dialog), and inside a scrolling box it would
   * scroll away with the text.
   */
  content: createCustomFocusIndicatorStyle({
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    borderRadius: tokens.borderRadiusMedium,
    '@media (forced-colors: active)': { outlineColor: 'Highlight' },
  }),
  /** A word longer than a 160 px pane (200 % zoom) is broken rather than cut off. */
  title: { overflowWrap: 'break-word' },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  item: { overflowWrap: 'break-word' },
});

export interface CompleteDialogProps {
  open: boolean;
  gaps: OpenGaps;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Marking an unready task complete is allowed, but only after seeing what is still open. */
export function CompleteDialog({ open, gaps, busy, onConfirm, onCancel }: CompleteDialogProps) {
  const text = useText();
  const part = usePartStyles();
  const styles = useStyles();
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open && !busy) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle className={styles.title}>{text('pane.complete.title')}</DialogTitle>
          {/* Focusable, so a keyboard user can scroll a long list of gaps at 320 px. */}
          <DialogContent tabIndex={0} className={styles.content}>
            <p>{text('pane.complete.intro')}</p>
            {gaps.areas.length > 0 && (
              <>
                <h3 className={part.heading}>
                  {text('pane.complete.areas', { count: gaps.areas.length })}
                </h3>
                <ul className={styles.list} data-testid="open-areas">
                  {gaps.areas.map((area) => (
                    <li key={area.id} className={styles.item}>
                      {text('pane.complete.area', {
                        name: area.name,
                        status: text(STATUS_TEXT[area.status]),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {gaps.roles.length > 0 && (
              <>
                <h3 className={part.heading}>
                  {text('pane.complete.roles', { count: gaps.roles.length })}
                </h3>
                <ul className={styles.list} data-testid="open-roles">
                  {gaps.roles.map((role) => (
                    <li key={role.role} className={styles.item}>
                      {role.role}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={onConfirm}
              disabled={busy}
              icon={busy ? <Spinner size="tiny" appearance="inverted" /> : undefined}
            >
              {text('pane.complete.confirm')}
            </Button>
            <Button onClick={onCancel} disabled={busy}>
              {text('pane.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
