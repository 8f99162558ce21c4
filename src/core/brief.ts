import { CellValue, displayText, isBlank, sameText } from './cells';
import { namedPeople, personParty, scanMatrix } from './coverage';
import { Analysis } from './engine';
import { Lang, t } from './i18n';
import { whoLeadsText } from './missing';
import { Level } from './model';
import { AreaHolding, personAreas } from './refresh';
import { PartyKey, partyWord } from './template';

/**
 * The participants' brief: the text that tells one participant which areas they lead, cover
 * and gather information on, from when, who leads each, what the codes mean and whom to
 * ask. One brief per matrix row with a name, in the workbook's language. The pane mails or
 * copies it, and the CLI prints it; both take it from here.
 */

export interface BriefOptions {
  /** The municipality's name; left out of the text when absent or blank. */
  municipality?: string;
}

/** One area as the brief lists it, every text already on one line. */
export interface BriefEntry {
  id: string;
  name: string;
  /** The person's code as tblLevels writes it, and their level, e.g. "D – Dækker". */
  code: string;
  level: string;
  /** Who leads the area: a name, "2 ansvarlige", or "Ingen ansvarlig endnu". */
  whoLeads: string;
  /** Exactly one person leads the area, so whoLeads is their name. */
  oneLead: boolean;
  /** That one lead is the person the brief is for. */
  ownLead: boolean;
  neededFrom: string;
  description: string;
}

/** What a brief's text is made of, so that a shorter text (an e-mail) can be made from it. */
export interface BriefContent {
  lang: Lang;
  person: string;
  municipality: string | null;
  role: string | null;
  party: PartyKey | null;
  fromPhase: string | null;
  /** The person's areas by how they hold them: lead, then covers, then gathers; none empty. */
  groups: { holding: AreaHolding; entries: BriefEntry[] }[];
  /** tblLevels in order: "A – Ansvarlig" and its meaning. */
  levels: { label: string; meaning: string }[];
  /** The other people with the Projektleder role, by name, each once. */
  leaders: string[];
  /** The person is a project leader themself. */
  isLeader: boolean;
}

export interface Brief {
  /** Zero-based data row in tblMatrix. */
  row: number;
  person: string;
  email: string | null;
  role: string | null;
  party: PartyKey | null;
  fromPhase: string | null;
  /** Area IDs where the person's code has Ansvar = Ja, in tblAreas order. */
  lead: string[];
  /** Area IDs where it has Dækker = Ja and Ansvar = Nej. */
  covers: string[];
  /** Area IDs with any other valid code. */
  gathers: string[];
  subject: string;
  text: string;
  content: BriefContent;
}

/** Line breaks in a cell would break the brief's layout (and forge lines in a terminal). */
function oneLine(value: CellValue | undefined): string {
  return displayText(value).replace(/[ \t]*[\r\n\u2028\u2029\v\f]+[ \t]*/g, ' ');
}

function orNull(value: CellValue): string | null {
  return isBlank(value) ? null : displayText(value);
}

function levelLabel(lang: Lang, level: Level): string {
  const name = oneLine(level.name);
  const code = oneLine(level.code);
  return name === '' ? code : t(lang, 'brief.level', { code, name });
}

/** Every named person's brief, in matrix order: a duplicate name gives two briefs. */
export function buildBriefs(analysis: Analysis, options: BriefOptions = {}): Brief[] {
  const { model, coverage, lead } = analysis;
  const { lang } = model;
  const municipality = options.municipality?.trim() ? oneLine(options.municipality.trim()) : null;
  const areasOf = personAreas(model);
  const { leadRows } = scanMatrix(model);
  const people = namedPeople(model);
  const leaderRole = t(lang, 'role.leader');
  const leaderRows = people.filter((person) => sameText(person.role, leaderRole));
  const levels = model.levels.map((level) => ({
    label: levelLabel(lang, level),
    meaning: oneLine(level.meaning),
  }));
  const subject = municipality
    ? t(lang, 'brief.subject.municipality', { task: t(lang, 'task.title'), municipality })
    : t(lang, 'brief.subject', { task: t(lang, 'task.title') });

  return people.map((person): Brief => {
    const held = areasOf(person);
    const groups = (['lead', 'covers', 'gathers'] as const)
      .map((holding) => ({
        holding,
        entries: held
          .filter((h) => h.holding === holding)
          .map(({ index, area, level }): BriefEntry => {
            const who = whoLeadsText(lang, coverage.areas[index].leads, lead[index]);
            const oneLead = coverage.areas[index].leads === 1 && lead[index] !== null;
            return {
              id: area.id,
              name: oneLine(area.name),
              code: oneLine(level.code),
              level: levelLabel(lang, level),
              whoLeads: who ? oneLine(who) : t(lang, 'brief.noLead'),
              oneLead,
              ownLead: oneLead && leadRows[index][0] === person.row,
              neededFrom: oneLine(area.neededFrom),
              description: oneLine(area.description),
            };
          }),
      }))
      .filter((group) => group.entries.length > 0);
    const party = personParty(model, person);
    const content: BriefContent = {
      lang,
      person: oneLine(person.name),
      municipality,
      role: isBlank(person.role) ? null : oneLine(person.role),
      party,
      fromPhase: isBlank(person.fromPhase) ? null : oneLine(person.fromPhase),
      groups,
      levels,
      leaders: [
        ...new Set(leaderRows.filter((p) => p.row !== person.row).map((p) => oneLine(p.name))),
      ],
      isLeader: sameText(person.role, leaderRole),
    };
    const ids = (holding: AreaHolding) =>
      held.filter((h) => h.holding === holding).map((h) => h.area.id);
    return {
      row: person.row,
      person: displayText(person.name),
      email: orNull(person.email),
      role: orNull(person.role),
      party,
      fromPhase: orNull(person.fromPhase),
      lead: ids('lead'),
      covers: ids('covers'),
      gathers: ids('gathers'),
      subject,
      text: renderBrief(content, WHOLE),
      content,
    };
  });
}

/** How much of the brief a text holds: all of it, or less to fit an e-mail link. */
interface Fit {
  /** The longest description shown, in characters: Infinity shows each whole, 0 none. */
  description: number;
  /** Each area's Behov fra fase. */
  neededFrom: boolean;
  /** Each area on one line: its name, code and lead. */
  oneLineAreas: boolean;
  /** The codes' names only, on one line, without their meanings. */
  compactCodes: boolean;
  /** The task by its title, not its whole identity. */
  shortTask: boolean;
  /** How many areas are listed; the rest are counted. */
  areas: number;
}

const WHOLE: Fit = {
  description: Number.POSITIVE_INFINITY,
  neededFrom: true,
  oneLineAreas: false,
  compactCodes: false,
  shortTask: false,
  areas: Number.POSITIVE_INFINITY,
};

/** A text cut to `max` characters (whole code points), the last being "…". */
function clip(text: string, max: number): string {
  if (max === Number.POSITIVE_INFINITY) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  if (max <= 0) return '';
  return `${points
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

function names(lang: Lang, list: readonly string[]): string {
  if (list.length <= 1) return list.join('');
  return t(lang, 'brief.or', { names: list.slice(0, -1).join(', '), last: list[list.length - 1] });
}

function askLine(content: BriefContent, noAreas: boolean): string {
  const { lang, leaders } = content;
  if (leaders.length > 0)
    return t(lang, noAreas ? 'brief.askAreas.named' : 'brief.ask.named', {
      names: names(lang, leaders),
    });
  if (content.isLeader) return t(lang, 'brief.ask.self');
  return t(lang, noAreas ? 'brief.askAreas.unnamed' : 'brief.ask.unnamed');
}

function entryCount(content: BriefContent): number {
  return content.groups.reduce((sum, group) => sum + group.entries.length, 0);
}

const FACT_SEPARATOR = ' · ';

function renderBrief(content: BriefContent, fit: Fit): string {
  const { lang } = content;
  const lines = [t(lang, 'brief.title', { person: content.person }), ''];
  lines.push(
    t(lang, 'brief.task', { task: t(lang, fit.shortTask ? 'task.title' : 'task.identity') }),
  );
  if (content.municipality)
    lines.push(t(lang, 'brief.municipality', { municipality: content.municipality }));
  if (content.role)
    lines.push(
      content.party
        ? t(lang, 'brief.role.party', {
            role: content.role,
            party: partyWord(lang, content.party),
          })
        : t(lang, 'brief.role', { role: content.role }),
    );
  lines.push(
    content.fromPhase
      ? t(lang, 'brief.fromPhase', { phase: content.fromPhase })
      : t(lang, 'brief.fromPhase.blank'),
    '',
  );

  const total = entryCount(content);
  if (total === 0) {
    lines.push(t(lang, 'brief.none'), '', askLine(content, true));
    return lines.join('\n');
  }
  let shown = 0;
  for (const group of content.groups) {
    if (shown >= fit.areas) break;
    lines.push(t(lang, `brief.${group.holding}.heading`));
    for (const entry of group.entries) {
      if (shown >= fit.areas) break;
      shown += 1;
      const facts: string[] = [];
      if (!entry.ownLead)
        facts.push(
          entry.oneLead ? t(lang, 'brief.area.whoLeads', { who: entry.whoLeads }) : entry.whoLeads,
        );
      if (fit.neededFrom && entry.neededFrom)
        facts.push(t(lang, 'brief.area.neededFrom', { phase: entry.neededFrom }));
      const level = fit.oneLineAreas ? entry.code : entry.level;
      const heading = t(lang, 'brief.area', { area: entry.name, level });
      if (fit.oneLineAreas) {
        lines.push([heading, ...facts].join(FACT_SEPARATOR));
        continue;
      }
      lines.push(heading);
      if (facts.length > 0) lines.push(`  ${facts.join(FACT_SEPARATOR)}`);
      const description = clip(entry.description, fit.description);
      if (description) lines.push(`  ${description}`);
    }
    lines.push('');
  }
  if (shown < total) {
    const sheet = t(lang, 'sheet.participants');
    const rest = total - shown;
    lines.push(
      rest === 1
        ? t(lang, 'brief.more.one', { sheet })
        : t(lang, 'brief.more.other', { n: rest, sheet }),
      '',
    );
  }
  if (content.levels.length > 0) {
    if (fit.compactCodes) {
      lines.push(
        t(lang, 'brief.codes.compact', {
          codes: content.levels.map((level) => level.label).join(', '),
        }),
      );
    } else {
      lines.push(t(lang, 'brief.codes.heading'));
      for (const level of content.levels)
        lines.push(
          level.meaning
            ? `  ${t(lang, 'brief.codes.meaning', { level: level.label, meaning: level.meaning })}`
            : `  ${level.label}`,
        );
    }
    lines.push('');
  }
  lines.push(askLine(content, false));
  return lines.join('\n');
}

/** Every brief as one text, e.g. for a meeting invitation. */
export function allBriefsText(briefs: readonly Brief[]): string {
  return briefs.map((brief) => brief.text).join(`\n\n${BRIEF_SEPARATOR}\n\n`);
}

export const BRIEF_SEPARATOR = '─'.repeat(40);

/** The longest mailto: link the pane opens; longer ones fail in some mail programs. */
export const MAILTO_MAX = 2000;

/** Descriptions are not cut shorter than this; below it they are left out instead. */
const MIN_DESCRIPTION = 24;

/** Lone surrogates (from a damaged cell) would make encodeURIComponent throw. */
function wellFormed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i += 1;
      } else out += '\ufffd';
    } else if (code >= 0xdc00 && code <= 0xdfff) out += '\ufffd';
    else out += text[i];
  }
  return out;
}

function encode(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/** A mailto: link; the body's line breaks are CRLF, as RFC 6068 asks. */
export function mailtoUrl(email: string, subject: string, body: string): string {
  const to = encode(email.trim()).replace(/%40/g, '@');
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body.replace(/\n/g, '\r\n'))}`;
}

export interface MailDraft {
  url: string;
  /** Every area is in the body (descriptions may be shortened or left out). */
  complete: boolean;
}

/** The largest k in [low, high] that passes, for a test that passes up to some k; or null. */
function largest(low: number, high: number, passes: (k: number) => boolean): number | null {
  if (high < low || !passes(low)) return null;
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (passes(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * An e-mail draft of the brief whose whole link is at most `maxLength` characters. To fit,
 * it first shortens the areas' descriptions (with "…"), then leaves them out, then leaves
 * out each area's phase, gives the codes without their meanings and the task by its title,
 * puts each area on one line, and last lists fewer areas and counts the rest. Names (areas, leads, the project leader) are never cut. Null when not even
 * that fits, e.g. for an absurdly long address.
 */
export function briefMail(brief: Brief, maxLength = MAILTO_MAX): MailDraft | null {
  const url = (fit: Fit) =>
    mailtoUrl(brief.email ?? '', brief.subject, renderBrief(brief.content, fit));
  const fits = (fit: Fit) => url(fit).length <= maxLength;
  const draft = (fit: Fit, complete = true): MailDraft => ({ url: url(fit), complete });
  if (fits(WHOLE)) return draft(WHOLE);

  const longest = Math.max(
    0,
    ...brief.content.groups.flatMap((g) => g.entries.map((e) => Array.from(e.description).length)),
  );
  const cut = largest(MIN_DESCRIPTION, longest - 1, (k) => fits({ ...WHOLE, description: k }));
  if (cut !== null) return draft({ ...WHOLE, description: cut });

  const steps: Partial<Fit>[] = [
    { description: 0 },
    { neededFrom: false },
    { compactCodes: true },
    { shortTask: true },
    { oneLineAreas: true },
  ];
  let last = WHOLE;
  for (const step of steps) {
    last = { ...last, ...step };
    if (fits(last)) return draft(last);
  }
  const shown = largest(0, entryCount(brief.content) - 1, (k) => fits({ ...last, areas: k }));
  return shown === null ? null : draft({ ...last, areas: shown }, false);
}

/** The brief as a `mailto:` link of at most `maxLength` characters, or null (see briefMail). */
export function briefMailto(brief: Brief, maxLength = MAILTO_MAX): string | null {
  return briefMail(brief, maxLength)?.url ?? null;
}
