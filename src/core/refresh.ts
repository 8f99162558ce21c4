import { CellValue, displayText, foldCase, isBlank } from './cells';
import { Coverage, codeClassifier, personParty } from './coverage';
import { CellTarget, Finding, cellAddress, findingTopicText } from './findings';
import { Lang, t } from './i18n';
import { Area, Level, Model, Person } from './model';
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

/** How a person holds an area: the three lists of the Deltagere sheet and the brief. */
export type AreaHolding = 'lead' | 'covers' | 'gathers';

export interface PersonArea {
  /** Index in model.areas (and coverage.areas). */
  index: number;
  area: Area;
  /** The first tblLevels row with the person's code, which matched ignoring case. */
  level: Level;
  holding: AreaHolding;
}

/**
 * The areas each person holds a valid code in, in tblAreas order. A code is matched as the
 * coverage counts it (ignoring case, as COUNTIF): a lead when the code has Ansvar = Ja,
 * covers when it has Dækker = Ja, and gathers information otherwise. Invalid values and
 * blank cells are left out. Made once per model, then asked per person.
 */
export function personAreas(model: Model): (person: Person) => PersonArea[] {
  const classify = codeClassifier(model);
  const firstLevel = new Map<string, Level>();
  for (const level of model.levels) {
    const key = foldCase(level.code);
    if (!firstLevel.has(key)) firstLevel.set(key, level);
  }
  const columns = model.areas.map((area) => model.matrix.areaColumns.get(area.id));
  return (person) => {
    const held: PersonArea[] = [];
    model.areas.forEach((area, index) => {
      const col = columns[index];
      const value = col === undefined ? null : person.cells[col];
      const weight = classify(value);
      const level = typeof value === 'string' ? firstLevel.get(foldCase(value)) : undefined;
      if (!weight || !level) return;
      const holding: AreaHolding =
        weight.leads > 0 ? 'lead' : weight.covers > 0 ? 'covers' : 'gathers';
      held.push({ index, area, level, holding });
    });
    return held;
  };
}

/**
 * One row per named person: what they lead, cover, and gather information on. Sorted by
 * name, so the sheet reads as a list and does not change when someone sorts the matrix.
 */
export function participantRows(model: Model): CellValue[][] {
  const { lang } = model;
  const collator = new Intl.Collator(lang === 'da' ? 'da-DK' : 'en-GB', {
    sensitivity: 'base',
    numeric: true,
  });
  const areasOf = personAreas(model);
  return model.matrix.people
    .filter((person) => !isBlank(person.name))
    .sort((a, b) => collator.compare(displayText(a.name), displayText(b.name)) || a.row - b.row)
    .map((person) => {
      const held = areasOf(person);
      const names = (holding: AreaHolding) =>
        held
          .filter((h) => h.holding === holding)
          .map((h) => h.area.name)
          .join(LIST_SEPARATOR) || null;
      const party = personParty(model, person);
      return [
        person.name,
        isBlank(person.role) ? null : person.role,
        partyWord(lang, party) || null,
        names('lead'),
        names('covers'),
        names('gathers'),
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
