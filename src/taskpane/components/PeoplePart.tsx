import { Suspense, useEffect, useRef } from 'react';
import {
  Button,
  Spinner,
  Text,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { CopyRegular, EditRegular, MailRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useBriefs } from '../hooks/useBriefs';
import { usePeoplePart } from '../hooks/usePeoplePart';
import { lazyPart } from '../lazyPart';
import { areaCount } from '../model/person';
import { useText } from '../text';
import { EmptyState } from './EmptyState';
import { PartProps } from './partProps';
import { usePartStyles } from './styles';

/** The form is not on the first screen; it loads when first opened (or when idle). */
const PersonForm = lazyPart(() =>
  import(/* webpackChunkName: "person-form" */ './PersonForm').then((m) => m.PersonForm),
);

const useStyles = makeStyles({
  person: {
    display: 'flex',
    // At 200 % zoom the buttons go below the name rather than squeezing it.
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: 'flex', flexDirection: 'column', flex: '1 1 8rem', minWidth: 0 },
  send: { flexShrink: 0 },
  name: { ...typographyStyles.body1Strong, overflowWrap: 'break-word' },
  details: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'break-word',
  },
});

/**
 * A role such as "Økonomi-/debitormedarbejder" has no place a line may break (none is allowed
 * between "-" and "/"): a zero-width space after each slash gives it one, so that at 200 %
 * zoom it wraps there instead of mid-word.
 */
function breakableAfterSlashes(text: string): string {
  return text.replace(/\//g, '/\u200B');
}

/**
 * Personer: who is in the matrix; add or edit one person at a time, and send each their
 * brief ("Send opgaver") or copy all of them.
 */
export function PeoplePart(props: PartProps) {
  const { gateway, state, actions } = props;
  const text = useText();
  const part = usePartStyles();
  const styles = useStyles();
  const people = usePeoplePart(state.view);
  const briefs = useBriefs(state.view?.analysis ?? null, actions.notify);
  const addButton = useRef<HTMLButtonElement>(null);
  const editButtons = useRef(new Map<number, HTMLElement>());

  // Back from the form: focus returns to the saved person, or to the button that opened it,
  // never to the top of the page.
  const { focusTarget, focused } = people;
  useEffect(() => {
    if (!focusTarget) return;
    const target =
      focusTarget.kind === 'person' ? editButtons.current.get(focusTarget.row) : addButton.current;
    target?.focus();
    focused();
  }, [focusTarget, focused]);

  const view = state.view;
  if (!view?.analysis) return <EmptyState {...props} />;

  if (people.editing) {
    return (
      <Suspense fallback={<Spinner size="small" label={text('pane.loading')} />}>
        <PersonForm
          key={people.editing.row ?? 'new'}
          initial={people.editing}
          view={view}
          gateway={gateway}
          state={state}
          actions={actions}
          onDone={people.close}
        />
      </Suspense>
    );
  }

  return (
    <div className={part.part}>
      <div className={part.actions}>
        <Button
          ref={addButton}
          appearance="primary"
          icon={<PersonAddRegular />}
          onClick={people.add}
          disabled={state.busy !== null}
        >
          {text('pane.people.add')}
        </Button>
        <Button
          icon={<CopyRegular />}
          onClick={briefs.copyAll}
          disabled={people.people.length === 0}
          title={text('pane.people.copyAllHint')}
        >
          {text('pane.people.copyAll')}
        </Button>
      </div>
      <section className={part.section} aria-labelledby="people-heading">
        <h2 id="people-heading" className={part.heading}>
          {text('pane.people.heading', { count: people.people.length })}
        </h2>
        {people.people.length === 0 ? (
          <Text>{text('pane.people.none')}</Text>
        ) : (
          <>
            <Text className={part.caption}>{text('pane.people.briefHint')}</Text>
            <ul className={part.plainList} data-testid="people-list">
              {people.people.map((person) => (
                <li key={person.row} className={styles.person}>
                  <span className={styles.who}>
                    <span className={styles.name}>{person.name}</span>
                    <span className={styles.details}>
                      {text('pane.people.details', {
                        role: breakableAfterSlashes(person.role) || text('pane.people.noRole'),
                        areas: areaCount(person),
                      })}
                    </span>
                  </span>
                  {/* Named for the person and without a title: a title that repeats the
                      name is read twice by screen readers. */}
                  <Button
                    size="small"
                    className={styles.send}
                    icon={<MailRegular />}
                    aria-label={text('pane.people.sendNamed', { name: person.name })}
                    onClick={() => briefs.send(person.row)}
                  >
                    {text('pane.people.send')}
                  </Button>
                  <Button
                    ref={(button) => {
                      if (button) editButtons.current.set(person.row, button);
                      else editButtons.current.delete(person.row);
                    }}
                    appearance="subtle"
                    icon={<EditRegular />}
                    aria-label={text('pane.people.editNamed', { name: person.name })}
                    onClick={() => people.edit(person)}
                    disabled={state.busy !== null}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
