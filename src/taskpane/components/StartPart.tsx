import { useEffect, useId, useRef } from 'react';
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
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleRegular } from '@fluentui/react-icons';
import { Lang, MessageKey } from '../../core/i18n';
import { TABLE, TableKey } from '../../core/tables';
import { useStartPart } from '../hooks/useStartPart';
import { useText } from '../text';
import { PartProps } from './partProps';
import { usePartStyles } from './styles';

const TABLE_TEXT: Record<TableKey, MessageKey> = {
  areas: 'pane.table.areas',
  levels: 'pane.table.levels',
  phases: 'pane.table.phases',
  roles: 'pane.table.roles',
  matrix: 'pane.table.matrix',
  status: 'pane.table.status',
  roleStatus: 'pane.table.roleStatus',
  findings: 'pane.table.findings',
  checklist: 'pane.table.checklist',
  history: 'pane.table.history',
  participants: 'pane.table.participants',
  legend: 'pane.table.legend',
};

const LANG_TEXT: Record<Lang, MessageKey> = { da: 'pane.lang.da', en: 'pane.lang.en' };

const useStyles = makeStyles({
  table: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
  },
  present: {
    color: tokens.colorPaletteGreenForeground1,
    fontSize: tokens.fontSizeBase400,
    marginTop: tokens.spacingVerticalXXS,
  },
  missing: {
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase400,
    marginTop: tokens.spacingVerticalXXS,
  },
  tableName: { color: tokens.colorNeutralForeground3 },
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

/** Kom i gang: which parts of the workbook exist; create or update them. */
export function StartPart({ gateway, state, actions }: PartProps) {
  const text = useText();
  const part = usePartStyles();
  const styles = useStyles();
  const start = useStartPart(gateway, state, actions);
  const running = state.busy === 'create';
  const confirmHeadingId = useId();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const primary = useRef<HTMLButtonElement>(null);

  const cancelled = useRef(false);

  useEffect(() => {
    if (start.confirming) confirmHeading.current?.focus();
    else if (cancelled.current) primary.current?.focus();
    cancelled.current = false;
  }, [start.confirming]);

  // Back to the button that opened the confirmation, once it is enabled again.
  const cancel = () => {
    cancelled.current = true;
    start.cancel();
  };

  return (
    <div className={part.part}>
      <div className={part.section}>
        <Text>{text('pane.start.intro')}</Text>
      </div>

      {start.tables && (
        <section className={part.section} aria-labelledby="start-parts-heading">
          <h2 id="start-parts-heading" className={part.heading}>
            {text('pane.start.partsHeading')}
          </h2>
          <Text className={part.caption}>
            {text('pane.start.partsCount', {
              present: start.presentCount,
              total: start.tables.length,
            })}
          </Text>
          <ul className={part.plainList}>
            {start.tables.map(([key, present]) => (
              <li key={key} className={styles.table}>
                {present ? (
                  <CheckmarkCircleFilled className={styles.present} aria-hidden />
                ) : (
                  <DismissCircleRegular className={styles.missing} aria-hidden />
                )}
                <span>
                  <Text>{text(TABLE_TEXT[key])}</Text>{' '}
                  <Text className={styles.tableName}>
                    {text(present ? 'pane.start.present' : 'pane.start.missing', {
                      table: TABLE[key],
                    })}
                  </Text>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className={part.section} aria-labelledby="start-create-heading">
        <h2 id="start-create-heading" className={part.heading}>
          {text(start.fresh ? 'pane.start.createHeading' : 'pane.start.updateHeading')}
        </h2>
        {start.fresh && (
          <Field
            label={text('pane.start.municipalityLabel')}
            hint={text('pane.start.municipalityHint')}
          >
            <Input
              value={start.municipality}
              onChange={(_, data) => start.setMunicipality(data.value)}
              disabled={running}
              autoComplete="organization"
            />
          </Field>
        )}
        {start.workbookLang === null ? (
          <Field label={text('pane.start.langLabel')}>
            <RadioGroup
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
        {start.matrixGone ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{text('pane.start.matrixGoneTitle')}</MessageBarTitle>
              {text('pane.start.matrixGone')}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <Text className={part.caption}>{text('pane.start.safe')}</Text>
        )}
        <div className={part.actions}>
          <Button
            ref={primary}
            appearance="primary"
            disabled={state.busy !== null || start.confirming}
            icon={running ? <Spinner size="tiny" appearance="inverted" /> : undefined}
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
      </section>
    </div>
  );
}
