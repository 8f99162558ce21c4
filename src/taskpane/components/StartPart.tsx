import { useEffect, useId, useRef, useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  ChevronDownRegular,
  ChevronRightRegular,
  DismissCircleRegular,
  ErrorCircleRegular,
} from '@fluentui/react-icons';
import { Lang, MessageKey, t } from '../../core/i18n';
import { useStartPart } from '../hooks/useStartPart';
import { SHEET_NAME, SheetState, StartState } from '../model/startParts';
import { useText } from '../text';
import { UnreadState } from './EmptyState';
import { PartId, PartProps } from './partProps';
import { usePartStyles } from './styles';

const LANG_TEXT: Record<Lang, MessageKey> = { da: 'pane.lang.da', en: 'pane.lang.en' };

const SHEET_STATE_TEXT: Record<SheetState, MessageKey> = {
  present: 'pane.start.sheetPresent',
  partial: 'pane.start.sheetPartial',
  missing: 'pane.start.sheetMissing',
};

/** The one sentence on where the workbook stands; matrixGone has its own warning instead. */
const STATE_TEXT: Record<Exclude<StartState, 'unread' | 'matrixGone'>, MessageKey> = {
  fresh: 'pane.start.state.fresh',
  incomplete: 'pane.start.state.incomplete',
  complete: 'pane.start.state.complete',
};

const NEXT_TEXT: Partial<Record<PartId, MessageKey>> = {
  people: 'pane.start.next.people',
  coverage: 'pane.start.next.coverage',
};

const useStyles = makeStyles({
  sheet: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
  },
  icon: { fontSize: tokens.fontSizeBase400, marginTop: tokens.spacingVerticalXXS },
  present: { color: tokens.colorPaletteGreenForeground1 },
  partial: { color: tokens.colorPaletteDarkOrangeForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  disclosure: { alignSelf: 'flex-start', paddingLeft: 0, paddingRight: 0, minWidth: 0 },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  confirmHeading: { ...typographyStyles.body1Strong, margin: 0 },
});

function buttonText(fresh: boolean, running: boolean): MessageKey {
  if (fresh) return running ? 'pane.start.creating' : 'pane.start.create';
  return running ? 'pane.start.updating' : 'pane.start.update';
}

/**
 * Kom i gang: one sentence on where the workbook stands and one primary button, within the
 * first screen at 320 × 600; the sheets, in the names Excel shows, behind a disclosure.
 */
export function StartPart({ gateway, state, actions, goTo }: PartProps) {
  const text = useText();
  const part = usePartStyles();
  const styles = useStyles();
  const start = useStartPart(gateway, state, actions);
  const running = state.busy === 'create';
  const confirmHeadingId = useId();
  const sheetsId = useId();
  const [showSheets, setShowSheets] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  const nextStep = useRef<HTMLButtonElement>(null);

  const cancelled = useRef(false);

  useEffect(() => {
    if (start.confirming) confirmHeading.current?.focus();
    else if (cancelled.current) primary.current?.focus();
    cancelled.current = false;
  }, [start.confirming]);

  // After creating or updating, focus goes to the next step (or back to the button, which lost
  // it while disabled), in view: unless the user has moved on elsewhere meanwhile.
  useEffect(() => {
    if (!start.finished) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || root.current?.contains(active);
    const target = start.finished.ok ? (nextStep.current ?? primary.current) : primary.current;
    if (!lost || !target) return;
    target.focus();
    target.scrollIntoView?.({ block: 'nearest' });
  }, [start.finished]);

  if (start.state === 'unread') return <UnreadState state={state} actions={actions} />;

  // Back to the button that opened the confirmation, once it is enabled again.
  const cancel = () => {
    cancelled.current = true;
    start.cancel();
  };

  const next = start.next;
  const goNext = () => {
    if (!next) return;
    goTo(next);
    // The part under the tab is new: the tab itself keeps the focus, one Tab from its content.
    document.getElementById(`tab-${next}`)?.focus();
  };
  const sheetLang = start.workbookLang ?? start.chosenLang;

  return (
    <div className={part.part} ref={root}>
      <section className={part.section}>
        {start.matrixGone ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{text('pane.start.matrixGoneTitle')}</MessageBarTitle>
              {text('pane.start.matrixGone')}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <Text block data-testid="start-state">
            {text(STATE_TEXT[start.state as keyof typeof STATE_TEXT])}
          </Text>
        )}
        {start.fresh && (
          <Field
            label={text('pane.start.municipalityLabel')}
            hint={text('pane.start.municipalityHint')}
          >
            <Input
              value={start.municipality}
              onChange={(_, data) => start.setMunicipality(data.value)}
              onKeyDown={(event) => {
                // Enter after the name creates the sheets, as the primary button does.
                if (event.key === 'Enter' && state.busy === null && !start.confirming) {
                  event.preventDefault();
                  void start.createOrUpdate();
                }
              }}
              disabled={running}
              autoComplete="organization"
            />
          </Field>
        )}
        {start.workbookLang === null ? (
          <Field label={text('pane.start.langLabel')}>
            <RadioGroup
              layout="horizontal"
              value={start.chosenLang}
              onChange={(_, data) => start.chooseLang(data.value as Lang)}
              disabled={running}
            >
              {(['da', 'en'] as const).map((lang) => (
                <Radio key={lang} value={lang} label={text(LANG_TEXT[lang])} />
              ))}
            </RadioGroup>
          </Field>
        ) : (
          <Text>
            {text('pane.start.workbookLang', { lang: text(LANG_TEXT[start.workbookLang]) })}
          </Text>
        )}
        <div className={part.actions}>
          {next && (
            <Button ref={nextStep} appearance="primary" onClick={goNext}>
              {text(NEXT_TEXT[next]!)}
            </Button>
          )}
          <Button
            ref={primary}
            appearance={next ? 'secondary' : 'primary'}
            disabled={state.busy !== null || start.confirming}
            icon={
              running ? (
                <Spinner size="tiny" appearance={next ? undefined : 'inverted'} />
              ) : undefined
            }
            onClick={() => void start.createOrUpdate()}
          >
            {text(buttonText(start.fresh, running))}
          </Button>
        </div>
        {start.confirming && (
          <div
            className={styles.confirm}
            role="group"
            aria-labelledby={confirmHeadingId}
            onKeyDown={(event) => {
              if (event.key === 'Escape') cancel();
            }}
          >
            <h3
              id={confirmHeadingId}
              ref={confirmHeading}
              tabIndex={-1}
              className={styles.confirmHeading}
            >
              {text('pane.start.matrixConfirmHeading')}
            </h3>
            <Text>{text('pane.start.matrixConfirmHint')}</Text>
            <div className={part.actions}>
              <Button
                appearance="primary"
                disabled={state.busy !== null}
                onClick={() => void start.confirm()}
              >
                {text('pane.start.matrixConfirm')}
              </Button>
              <Button onClick={cancel}>{text('pane.cancel')}</Button>
            </div>
          </div>
        )}
        {!start.matrixGone && <Text className={part.caption}>{text('pane.start.safe')}</Text>}
      </section>

      {start.sheets && (
        <section className={part.section}>
          <h2 className={part.heading}>
            <Button
              appearance="transparent"
              className={styles.disclosure}
              icon={showSheets ? <ChevronDownRegular /> : <ChevronRightRegular />}
              aria-expanded={showSheets}
              aria-controls={sheetsId}
              onClick={() => setShowSheets((shown) => !shown)}
            >
              {text('pane.start.sheets', {
                present: start.presentCount,
                total: start.sheets.length,
              })}
            </Button>
          </h2>
          <div id={sheetsId} hidden={!showSheets}>
            {showSheets && (
              <ul className={part.plainList}>
                {start.sheets.map(({ sheet, state: sheetState }) => (
                  <li key={sheet} className={styles.sheet} data-sheet={sheet}>
                    <SheetIcon state={sheetState} />
                    <Text>
                      <Text weight="semibold">{t(sheetLang, SHEET_NAME[sheet])}</Text>:{' '}
                      {text(SHEET_STATE_TEXT[sheetState])}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <Text className={part.caption}>{text('pane.start.intro')}</Text>
        </section>
      )}
    </div>
  );
}

function SheetIcon({ state }: { state: SheetState }) {
  const styles = useStyles();
  switch (state) {
    case 'present':
      return (
        <CheckmarkCircleFilled className={mergeClasses(styles.icon, styles.present)} aria-hidden />
      );
    case 'partial':
      return (
        <ErrorCircleRegular className={mergeClasses(styles.icon, styles.partial)} aria-hidden />
      );
    case 'missing':
      return (
        <DismissCircleRegular className={mergeClasses(styles.icon, styles.missing)} aria-hidden />
      );
  }
}
