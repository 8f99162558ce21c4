import { CellValue, a1, displayText, foldCase, isBlank } from './cells';
import { codeClassifier, lists, namedPeople, scanMatrix } from './coverage';
import { Lang, MessageKey, MessageParams, t } from './i18n';
import { Model } from './model';
import { AREA_ID_PATTERN } from './tables';
import { quoteSheetName } from './formulas';

/** What formulas cannot express: the add-in and the CLI add these to tblFindings. */

export type Severity = 'error' | 'warning' | 'info';

export type FindingTopic =
  | 'invalid'
  | 'duplicateName'
  | 'codesWithoutName'
  | 'personWithoutArea'
  | 'unknownRole'
  | 'unknownPhase'
  | 'multipleLeads'
  | 'archivedColumn'
  | 'duplicateAreaId'
  | 'malformedAreaId'
  | 'noAreas'
  | 'missingColumn'
  | 'invalidMinPeople';

export interface CellTarget {
  sheet: string;
  row: number;
  col: number;
}

export interface Finding {
  severity: Severity;
  topic: FindingTopic;
  message: string;
  /** The cell it is about, where it has one. */
  target: CellTarget | null;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `Matrix!F7`, quoted where the sheet name needs it. */
export function cellAddress(target: CellTarget): string {
  return `${quoteSheetName(target.sheet)}!${a1(target.row, target.col)}`;
}

/** The sheet cell of a matrix row (index into the model's people) and table column. */
export function matrixCellTarget(model: Model, row: number, col: number): CellTarget {
  const table = model.matrix.table;
  return { sheet: table.sheet, row: table.origin.row + 1 + row, col: table.origin.col + col };
}

export function findingTopicText(lang: Lang, topic: FindingTopic): string {
  return t(lang, `finding.topic.${topic}` as MessageKey);
}

/**
 * The findings of the model. `quote` shows a text from a cell inside a message; a host that
 * prints to a terminal passes one that shortens it (the CLI), the others keep it whole.
 */
export function collectFindings(
  model: Model,
  quote: (text: string) => string = (text) => text,
): Finding[] {
  const { lang, matrix } = model;
  const findings: Finding[] = [];
  const add = (
    severity: Severity,
    topic: FindingTopic,
    key: MessageKey,
    params: MessageParams,
    target: CellTarget | null = null,
  ) => findings.push({ severity, topic, message: t(lang, key, params), target });

  const table = matrix.table;
  const sheetPrefix = `${quoteSheetName(table.sheet)}!`;
  const matrixAddress = (target: CellTarget) => `${sheetPrefix}${a1(target.row, target.col)}`;
  const matrixCell = (row: number, col: number): CellTarget => ({
    sheet: table.sheet,
    row: table.origin.row + 1 + row,
    col: table.origin.col + col,
  });

  const areasTable = model.areasTable.table;
  const areaIdCell = (row: number): CellTarget => ({
    sheet: areasTable.sheet,
    row: areasTable.origin.row + 1 + row,
    col: areasTable.origin.col + model.areasTable.idCol,
  });

  // tblAreas: empty, malformed or repeated IDs, and minimums that are not numbers.
  if (model.areaIdRows.length === 0 || model.areas.length === 0) {
    add('error', 'noAreas', 'finding.noAreas', {});
  }
  const firstRowOfId = new Map<string, number[]>();
  for (const { id, row } of model.areaIdRows) {
    if (isBlank(id)) continue;
    const text = displayText(id);
    if (typeof id !== 'string' || !AREA_ID_PATTERN.test(id)) {
      add(
        'error',
        'malformedAreaId',
        'finding.malformedAreaId',
        { id: quote(text) },
        areaIdCell(row),
      );
      continue;
    }
    firstRowOfId.set(id, [...(firstRowOfId.get(id) ?? []), row]);
  }
  for (const [id, rows] of firstRowOfId) {
    if (rows.length > 1) {
      add(
        'error',
        'duplicateAreaId',
        'finding.duplicateAreaId',
        { id: quote(id), rows: rows.map((r) => areaIdCell(r).row + 1).join(', ') },
        areaIdCell(rows[1]),
      );
    }
  }
  for (const area of model.areas) {
    if (!isBlank(area.minPeople) && typeof area.minPeople !== 'number') {
      add('warning', 'invalidMinPeople', 'finding.invalidMinPeople', {
        id: quote(area.id),
        value: quote(displayText(area.minPeople)),
      });
    }
    if (!isBlank(area.neededFrom) && lists(model).phases.position(area.neededFrom) === 0) {
      add('warning', 'unknownPhase', 'finding.unknownNeededPhase', {
        id: quote(area.id),
        phase: quote(displayText(area.neededFrom)),
      });
    }
    if (!matrix.areaColumns.has(area.id)) {
      add('error', 'missingColumn', 'finding.missingColumn', { id: quote(area.id) });
    }
  }

  // Matrix columns whose area left tblAreas are archived, never deleted.
  const areaIds = new Set(model.areas.map((a) => a.id));
  for (const [id, col] of matrix.areaColumns) {
    if (!areaIds.has(id)) {
      add(
        'info',
        'archivedColumn',
        'finding.archivedColumn',
        { id: quote(id) },
        matrixCell(-1, col),
      );
    }
  }

  // Cells that are not codes, and rows with codes but no name.
  const weightOf = codeClassifier(model);
  const isCode = (value: CellValue) => weightOf(value) !== undefined;
  const codes = [...new Set(model.levels.map((l) => quote(l.code)))];
  const hints = new Map<string, string>();
  const hintFor = (value: CellValue) => {
    const key = typeof value === 'string' ? `s:${value}` : typeof value;
    let hint = hints.get(key);
    if (hint === undefined) {
      hint = invalidHint(lang, value, isCode, codes);
      hints.set(key, hint);
    }
    return hint;
  };
  const nameCol = matrix.base.name ?? 0;

  // From the one pass over the matrix: invalid cells, and rows with codes but no name.
  const scan = scanMatrix(model);
  for (const [row, a] of scan.invalidCells) {
    const col = matrix.areaColumns.get(model.areas[a].id) ?? 0;
    const value = matrix.people[row].cells[col] ?? null;
    const target = matrixCell(row, col);
    add(
      'error',
      'invalid',
      'finding.invalid',
      { cell: matrixAddress(target), value: quote(displayText(value)), hint: hintFor(value) },
      target,
    );
  }
  for (const row of scan.unnamedWithCells) {
    const target = matrixCell(row, nameCol);
    add(
      'warning',
      'codesWithoutName',
      'finding.codesWithoutName',
      { row: target.row + 1, cell: cellAddress(target) },
      target,
    );
  }
  const withoutArea = new Set(scan.withoutArea);

  // People: duplicates, no area, unknown role or phase.
  const people = namedPeople(model);
  const byName = new Map<string, number[]>();
  for (const person of people) {
    const key = foldCase(displayText(person.name).trim());
    byName.set(key, [...(byName.get(key) ?? []), person.row]);
  }
  for (const rows of byName.values()) {
    if (rows.length < 2) continue;
    const first = matrix.people[rows[0]];
    add(
      'warning',
      'duplicateName',
      'finding.duplicateName',
      {
        name: quote(displayText(first.name)),
        count: rows.length,
        rows: rows.map((r) => matrixCell(r, nameCol).row + 1).join(', '),
      },
      matrixCell(rows[1], nameCol),
    );
  }
  const roleCol = matrix.base.role ?? nameCol;
  const phaseCol = matrix.base.fromPhase ?? nameCol;
  for (const person of people) {
    const name = quote(displayText(person.name));
    if (withoutArea.has(person.row)) {
      add(
        'info',
        'personWithoutArea',
        'finding.personWithoutArea',
        { name },
        matrixCell(person.row, nameCol),
      );
    }
    if (!isBlank(person.role) && lists(model).roles.position(person.role) === 0) {
      add(
        'warning',
        'unknownRole',
        'finding.unknownRole',
        { name, role: quote(displayText(person.role)) },
        matrixCell(person.row, roleCol),
      );
    }
    if (!isBlank(person.fromPhase) && lists(model).phases.position(person.fromPhase) === 0) {
      add(
        'warning',
        'unknownPhase',
        'finding.unknownPhase',
        { name, phase: quote(displayText(person.fromPhase)) },
        matrixCell(person.row, phaseCol),
      );
    }
  }

  // More than one lead on an area is allowed, but worth a second look. Names in name order,
  // so sorting the matrix does not change the message.
  model.areas.forEach(({ id }, a) => {
    const col = matrix.areaColumns.get(id);
    const rows = scan.leadRows[a];
    if (col === undefined || rows.length < 2) return;
    const names = firstInOrder(
      rows.map((r) => displayText(matrix.people[r].name)),
      LEADS_NAMED,
    ).map(quote);
    add(
      'warning',
      'multipleLeads',
      'finding.multipleLeads',
      {
        id: quote(id),
        count: rows.length,
        names: rows.length > LEADS_NAMED ? `${names.join(', ')}, …` : names.join(', '),
      },
      matrixCell(-1, col),
    );
  });

  // Errors, then warnings, then information; each in the order found.
  const bySeverity: Finding[][] = [[], [], []];
  for (const finding of findings) bySeverity[SEVERITY_ORDER[finding.severity]].push(finding);
  return bySeverity.flat();
}

/** How many leads a "several leads" message names. */
const LEADS_NAMED = 5;

/**
 * The first `k` texts in plain text order, in one pass: the message names the same people
 * however the matrix is sorted, and an area with hundreds of leads costs no full sort.
 */
export function firstInOrder(texts: readonly string[], k: number): string[] {
  const kept: string[] = [];
  for (const text of texts) {
    if (kept.length === k && text >= kept[k - 1]) continue;
    let at = kept.length;
    while (at > 0 && kept[at - 1] > text) at -= 1;
    kept.splice(at, 0, text);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

function invalidHint(
  lang: Lang,
  value: CellValue,
  isCode: (value: CellValue) => boolean,
  codes: string[],
): string {
  if (typeof value === 'string' && value.trim() !== value && isCode(value.trim())) {
    return t(lang, 'finding.invalid.hintSpace');
  }
  if (typeof value === 'number' || value instanceof Date || typeof value === 'boolean') {
    return t(lang, 'finding.invalid.hintNumber');
  }
  return t(lang, 'finding.invalid.hintUnknown', { codes: codes.join(', ') });
}
