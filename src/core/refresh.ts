import { CellValue, displayText, foldCase, isBlank } from './cells';
import { Coverage, personParty } from './coverage';
import { CellTarget, Finding, cellAddress, findingTopicText } from './findings';
import { Lang, t } from './i18n';
import { Model } from './model';
import { partyWord } from './template';

/** What a refresh writes: the findings, the participants, the history row and the time. */
export interface RefreshOutput {
  time: Date;
  findings: FindingRow[];
  participants: CellValue[][];
  historyRow: CellValue[];
}

export interface FindingRow {
  severity: string;
  topic: string;
  message: string;
  cell: string | null;
  target: CellTarget | null;
}

/** One area per line, so each person's lists read as lists in the cell. */
export const LIST_SEPARATOR = '\n';

/**
 * One row per named person: what they lead, cover, and gather information on. Sorted by
 * name, so the sheet reads as a list and does not change when someone sorts the matrix.
 */
export function participantRows(model: Model): CellValue[][] {
  const { lang } = model;
  const levels = new Map(model.levels.map((level) => [foldCase(level.code), level]));
  const collator = new Intl.Collator(lang === 'da' ? 'da-DK' : 'en-GB', {
    sensitivity: 'base',
    numeric: true,
  });
  return model.matrix.people
    .filter((person) => !isBlank(person.name))
    .sort((a, b) => collator.compare(displayText(a.name), displayText(b.name)) || a.row - b.row)
    .map((person) => {
      const leadOn: string[] = [];
      const covers: string[] = [];
      const gathers: string[] = [];
      for (const area of model.areas) {
        const col = model.matrix.areaColumns.get(area.id);
        const value = col === undefined ? null : person.cells[col];
        const level = typeof value === 'string' ? levels.get(foldCase(value)) : undefined;
        if (!level) continue;
        if (level.lead) leadOn.push(area.name);
        else if (level.covers) covers.push(area.name);
        else gathers.push(area.name);
      }
      const party = personParty(model, person);
      return [
        person.name,
        isBlank(person.role) ? null : person.role,
        partyWord(lang, party) || null,
        leadOn.join(LIST_SEPARATOR) || null,
        covers.join(LIST_SEPARATOR) || null,
        gathers.join(LIST_SEPARATOR) || null,
        isBlank(person.fromPhase) ? null : displayText(person.fromPhase),
      ];
    });
}

export function findingRows(lang: Lang, findings: readonly Finding[]): FindingRow[] {
  return findings.map((finding) => ({
    severity: t(lang, `severity.${finding.severity}`),
    topic: findingTopicText(lang, finding.topic),
    message: finding.message,
    cell: finding.target ? cellAddress(finding.target) : null,
    target: finding.target,
  }));
}

export function historyRow(coverage: Coverage, time: Date): CellValue[] {
  const count = (status: string) => coverage.areas.filter((a) => a.status === status).length;
  return [
    time,
    coverage.coveredCount,
    coverage.areas.length,
    count('not_covered'),
    count('fragile'),
    coverage.areas.reduce((sum, a) => sum + a.invalid, 0),
  ];
}

export function buildRefresh(
  model: Model,
  coverage: Coverage,
  findings: readonly Finding[],
  time: Date,
): RefreshOutput {
  return {
    time,
    findings: findingRows(model.lang, findings),
    participants: participantRows(model),
    historyRow: historyRow(coverage, time),
  };
}
