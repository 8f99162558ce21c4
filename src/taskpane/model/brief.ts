import { Brief, allBriefsText, briefMail } from '../../core/brief';
import { MessageKey } from '../../core/i18n';
import { PaneMessage, paneMessage } from './messages';

/**
 * "Send opgaver" and "Kopiér alle": what to do with a brief, and what the pane says after.
 * The browser's side (opening a link, the clipboard) comes in as effects, so the rules are
 * tested without one.
 */

export interface BriefEffects {
  /** Opens a mailto: link; false (or a throw) when the host would not. */
  open(url: string): boolean;
  /** Puts a text on the clipboard; resolves to whether it worked. */
  copy(text: string): Promise<boolean>;
  notify(message: PaneMessage): void;
}

const COPY_FAILED = (): PaneMessage => paneMessage('error', [{ key: 'pane.people.copyFailed' }]);

async function copyBrief(brief: Brief, effects: BriefEffects, said: MessageKey): Promise<void> {
  const copied = await effects.copy(brief.text);
  const name = brief.content.person;
  effects.notify(copied ? paneMessage('info', [{ key: said, params: { name } }]) : COPY_FAILED());
}

function tryOpen(effects: BriefEffects, url: string): boolean {
  try {
    return effects.open(url);
  } catch {
    return false;
  }
}

/**
 * Opens an e-mail draft to the person with their brief. Without an address, or when the
 * link cannot be made short enough or cannot be opened, the brief is copied instead. When
 * the draft has no room for every area, the whole brief is copied as well.
 */
export async function sendBrief(brief: Brief, effects: BriefEffects): Promise<void> {
  const name = brief.content.person;
  if (brief.email === null || brief.email.trim() === '')
    return copyBrief(brief, effects, 'pane.people.copiedNoEmail');
  const draft = briefMail(brief);
  if (draft === null) return copyBrief(brief, effects, 'pane.people.copiedTooLong');
  if (!tryOpen(effects, draft.url)) return copyBrief(brief, effects, 'pane.people.copiedNotOpened');
  if (!draft.complete) {
    const copied = await effects.copy(brief.text);
    effects.notify(
      paneMessage(copied ? 'info' : 'warning', [
        {
          key: copied ? 'pane.people.mailShortened' : 'pane.people.mailShortenedNotCopied',
          params: { name },
        },
      ]),
    );
    return;
  }
  effects.notify(
    paneMessage('success', [{ key: 'pane.people.mailOpened', params: { name } }], {
      label: 'pane.people.copyInstead',
      run: () => void copyBrief(brief, effects, 'pane.people.copied'),
    }),
  );
}

/** Copies every brief as one text, e.g. for a meeting invitation. */
export async function copyAllBriefs(
  briefs: readonly Brief[],
  effects: BriefEffects,
): Promise<void> {
  const copied = await effects.copy(allBriefsText(briefs));
  const count = briefs.length;
  effects.notify(
    copied
      ? paneMessage('success', [
          count === 1
            ? { key: 'pane.people.copiedAll.one' }
            : { key: 'pane.people.copiedAll.other', params: { count } },
        ])
      : COPY_FAILED(),
  );
}
