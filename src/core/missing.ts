import { CellValue, displayText, excelSerial, isBlank } from './cells';
import { decideStatus, scanMatrix } from './coverage';
import { Lang, t } from './i18n';
import { Model } from './model';
import { DEFAULT_MIN_PEOPLE, PartyKey, partyWord } from './template';

/**
 * What is missing for an area: every unmet requirement, not only the first one the status
 * names. One definition, from the same counts as the status, so an area is Dækket exactly
 * when nothing is missing.
 */

export type Requirement = 'lead' | 'covers' | 'onTime' | 'library' | 'finance';

export interface Missing {
  /** Kræver ansvarlig = Ja and nobody leads. */
  lead: boolean;
  /** How many more covering people the area needs. */
  covers: number;
  /** Somebody covers, but nobody covering is involved in time. */
  onTime: boolean;
  /** For Begge parter = Ja: each party with nobody holding a valid code, library first. */
  parties: PartyKey[];
}

/** The counts and rules of one area, as decideStatus takes them. */
export type MissingInput = Parameters<typeof decideStatus>[0];

export const PARTIES: readonly PartyKey[] = ['library', 'finance'];

/**
 * The number of covering people an area's Min. antal asks for: blank means 2, a date is its
 * serial number. Null for a text or a logical value, which no count ever reaches, because
 * Excel sorts every number below them (see numberLessThan).
 */
export function minimumCovers(minPeople: CellValue): number | null {
  if (isBlank(minPeople)) return DEFAULT_MIN_PEOPLE;
  if (typeof minPeople === 'number') return minPeople;
  if (minPeople instanceof Date) return excelSerial(minPeople);
  return null;
}

/**
 * `max(0, max(1, Min. antal) − covers)`, rounded up, since a fractional minimum is only met
 * by the next whole person. A minimum that is not a number is never met (the status stays
 * Sårbar), so it always asks for one more.
 */
export function coversMissing(covers: number, minPeople: CellValue): number {
  const min = minimumCovers(minPeople);
  if (min === null) return 1;
  return Math.max(0, Math.ceil(Math.max(1, min) - covers));
}

export function missingFor(input: MissingInput): Missing {
  const parties: PartyKey[] = [];
  if (input.bothParties) {
    if (input.library === 0) parties.push('library');
    if (input.finance === 0) parties.push('finance');
  }
  return {
    lead: input.needsLead && input.leads === 0,
    covers: coversMissing(input.covers, input.minPeople),
    // The same count the status uses: an area needed from a blank or unknown phase has no
    // deadline, so everyone covering it counts as on time and this is never missing.
    onTime: input.covers > 0 && input.onTime === 0,
    parties,
  };
}

export function nothingMissing(missing: Missing): boolean {
  return !missing.lead && missing.covers === 0 && !missing.onTime && missing.parties.length === 0;
}

/** How many unmet requirements: each covering person counts as one. */
export function unmetCount(missing: Missing): number {
  return (
    (missing.lead ? 1 : 0) + missing.covers + (missing.onTime ? 1 : 0) + missing.parties.length
  );
}

/** What is missing for every area of the model, in tblAreas order. */
export function missingByArea(model: Model): Missing[] {
  const scan = scanMatrix(model);
  return model.areas.map((area, a) =>
    missingFor({
      covers: scan.covers[a],
      leads: scan.leads[a],
      onTime: scan.onTime[a],
      library: scan.library[a],
      finance: scan.finance[a],
      needsLead: area.needsLead,
      bothParties: area.bothParties,
      minPeople: area.minPeople,
    }),
  );
}

/** The text pieces, in the order the Status sheet shows them. */
export function missingPieces(lang: Lang, missing: Missing, neededFrom: CellValue): string[] {
  const pieces: string[] = [];
  if (missing.lead) pieces.push(t(lang, 'missing.lead'));
  if (missing.covers > 0) pieces.push(t(lang, 'missing.covers', { n: missing.covers }));
  if (missing.onTime) pieces.push(t(lang, 'missing.onTime', { phase: displayText(neededFrom) }));
  for (const party of missing.parties)
    pieces.push(t(lang, 'missing.party', { party: partyWord(lang, party) }));
  return pieces;
}

export const MISSING_SEPARATOR = ' · ';

/** "Hvad mangler": blank when nothing is missing, e.g. "ansvarlig · 1 der dækker · en fra Økonomi". */
export function missingText(lang: Lang, missing: Missing, neededFrom: CellValue): string {
  return missingPieces(lang, missing, neededFrom).join(MISSING_SEPARATOR);
}

/** The one lead's name per area, in tblAreas order; null when none or several lead. */
export function leadNames(model: Model): (string | null)[] {
  const scan = scanMatrix(model);
  return model.areas.map((_area, a) =>
    scan.leads[a] === 1 && scan.leadRows[a].length === 1
      ? displayText(model.matrix.people[scan.leadRows[a][0]].name)
      : null,
  );
}

/**
 * "Hvem er ansvarlig": the lead's name when the area has exactly one, "{n} ansvarlige" when
 * it has several, blank when none. `leads` is the area's count, as tblStatus shows it.
 */
export function whoLeadsText(lang: Lang, leads: number, name: string | null): string {
  if (leads > 1) return t(lang, 'lead.several', { n: leads });
  if (leads === 1) return name ?? '';
  return '';
}
