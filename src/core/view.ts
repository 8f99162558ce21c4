import { CellValue, displayText, isBlank } from './cells';
import { Analysis, analyseTables } from './engine';
import { planSuggestions } from './suggestions';
import { UserError } from './errors';
import { Lang } from './i18n';
import { TableSet, detectLang, findTable, isYes } from './model';
import { TABLE, TableKey, columnIndex } from './tables';

/**
 * What the task pane shows, derived from the workbook's tables: which parts exist, the
 * analysis, the people, the checklist and the choices the lists offer.
 */

export interface PersonView {
  row: number;
  name: string;
  role: string;
  department: string;
  email: string;
  fromPhase: string;
  codes: Record<string, CellValue>;
}

export interface ChecklistView {
  index: number;
  text: string;
  done: boolean;
  date: Date | null;
  by: string;
}

export interface WorkbookViewData {
  parts: {
    tables: Record<TableKey, boolean>;
    complete: boolean;
    lang: Lang | null;
    /**
     * The matrix is missing while other parts exist: its sheet or table was deleted, and the
     * people in it with it. Updating the sheets makes an empty matrix; it brings nobody back.
     */
    matrixGone: boolean;
  };
  analysis: Analysis | null;
  people: PersonView[];
  checklist: ChecklistView[];
  choices: {
    roles: string[];
    phases: string[];
    codes: { code: string; name: string }[];
    areas: { id: string; name: string }[];
  };
  completed: { date: Date; by: string } | null;
}

/** Excel hands dates to Office.js as serial numbers. */
export function dateOf(value: CellValue): Date | null {
  if (value instanceof Date) return value;
  if (typeof value === 'number' && value > 0)
    return new Date(Math.round((value - 25_569) * 86_400_000));
  return null;
}

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : displayText(value);
}

function column(tables: TableSet, key: TableKey, column: string, lang: Lang): CellValue[] {
  const table = findTable(tables, TABLE[key]);
  if (!table) return [];
  const at = columnIndex(table.headers, key, column as never, lang);
  return at < 0 ? [] : table.rows.map((row) => row[at] ?? null);
}

export function workbookView(tables: TableSet): WorkbookViewData {
  const present = Object.fromEntries(
    (Object.keys(TABLE) as TableKey[]).map((key) => [
      key,
      findTable(tables, TABLE[key]) !== undefined,
    ]),
  ) as Record<TableKey, boolean>;
  const complete = Object.values(present).every(Boolean);
  const any = Object.values(present).some(Boolean);
  const matrixGone = !present.matrix && any;
  const lang = any ? detectLang(tables) : null;
  const l: Lang = lang ?? 'da';

  let analysis: Analysis | null = null;
  try {
    analysis = present.areas && present.matrix ? analyseTables(tables, planSuggestions) : null;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
  }

  const people: PersonView[] = analysis
    ? analysis.model.matrix.people
        .filter((person) => !isBlank(person.name))
        .map((person) => ({
          row: person.row,
          name: text(person.name),
          role: text(person.role),
          department: text(person.department),
          email: text(person.email),
          fromPhase: text(person.fromPhase),
          codes: Object.fromEntries(
            analysis!.model.areas.map((area) => {
              const col = analysis!.model.matrix.areaColumns.get(area.id);
              return [area.id, col === undefined ? null : (person.cells[col] ?? null)];
            }),
          ),
        }))
    : [];

  const steps = column(tables, 'checklist', 'step', l);
  const done = column(tables, 'checklist', 'done', l);
  const dates = column(tables, 'checklist', 'date', l);
  const by = column(tables, 'checklist', 'by', l);
  const checklist: ChecklistView[] = steps.map((step, index) => ({
    index,
    text: text(step),
    done: isYes(done[index] ?? null, l),
    date: dateOf(dates[index] ?? null),
    by: text(by[index]),
  }));
  const last = checklist[checklist.length - 1];

  const model = analysis?.model;
  return {
    parts: { tables: present, complete, lang, matrixGone },
    analysis,
    people,
    checklist,
    choices: {
      roles: model ? model.roles.map((r) => text(r.name)) : [],
      phases: model ? model.phases.filter((p) => !isBlank(p)).map(text) : [],
      codes: model ? model.levels.map((level) => ({ code: level.code, name: level.name })) : [],
      areas: model ? model.areas.map((area) => ({ id: area.id, name: area.name })) : [],
    },
    completed: last && last.done ? { date: last.date ?? new Date(0), by: last.by } : null,
  };
}
