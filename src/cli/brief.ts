import { Brief, allBriefsText } from '../core/brief';
import { foldCase } from '../core/cells';
import { Lang, t } from '../core/i18n';
import { escapeControls, shown } from './safeText';

/**
 * What `brief` prints: the briefs as text for people, one JSON object for programs. The
 * text keeps each brief's lines whole (they are the message) with control characters
 * escaped; the JSON is exact.
 */

export interface BriefsJson {
  /** Each brief as the core gives it, without the pane's row and the text's parts. */
  briefs: Omit<Brief, 'row' | 'content'>[];
}

/** The briefs for `person` (trimmed, ignoring case), all for null; null when nobody matches. */
export function selectBriefs(briefs: readonly Brief[], person: string | null): Brief[] | null {
  if (person === null) return [...briefs];
  const wanted = foldCase(person.trim());
  const chosen = briefs.filter((brief) => foldCase(brief.person.trim()) === wanted);
  return chosen.length > 0 ? chosen : null;
}

export function briefsJson(briefs: readonly Brief[]): BriefsJson {
  return {
    briefs: briefs.map((b) => ({
      person: b.person,
      email: b.email,
      role: b.role,
      party: b.party,
      fromPhase: b.fromPhase,
      lead: b.lead,
      covers: b.covers,
      gathers: b.gathers,
      subject: b.subject,
      text: b.text,
    })),
  };
}

/** Every brief, one after the other, each line escaped but never shortened. */
export function briefsText(briefs: readonly Brief[], lang: Lang): string {
  if (briefs.length === 0) return t(lang, 'cli.noPeople');
  return allBriefsText(briefs).split('\n').map(escapeControls).join('\n');
}

/**
 * Nobody is called `person`: the message lists the names there are, each once, in matrix
 * order. For a terminal, each name is shortened and escaped (the name typed is only
 * escaped); for JSON it is exact.
 */
export function unknownPersonMessage(
  lang: Lang,
  person: string,
  briefs: readonly Brief[],
  terminal: boolean,
): string {
  const names = [...new Set(briefs.map((brief) => brief.person))];
  const exact = (value: string) => value;
  const typed = terminal ? escapeControls(person) : person;
  if (names.length === 0) return t(lang, 'cli.unknownPerson.none', { person: typed });
  return t(lang, 'cli.unknownPerson', {
    person: typed,
    names: names.map(terminal ? shown : exact).join(', '),
  });
}
