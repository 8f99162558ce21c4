import { MessageKey } from '../../core/i18n';
import type { SheetKey } from '../../core/planTypes';
import { TableKey } from '../../core/tables';
import { WorkbookParts } from '../../excel/api';

/**
 * Kom i gang in the user's words: the sheets they see in Excel, not the tables the add-in
 * finds them by. Pure, so the rules are tested without a browser.
 */
export type { SheetKey };

/** Which tables each sheet holds, in the order the sheets stand in the workbook (core/plan*.ts). */
export const SHEET_TABLES: Record<SheetKey, readonly TableKey[]> = {
  areas: ['areas'],
  lists: ['levels', 'phases', 'roles'],
  matrix: ['matrix'],
  status: ['status', 'legend', 'roleStatus', 'checklist', 'findings', 'history'],
  participants: ['participants'],
};

/** The sheet's name as Excel shows it, in the workbook's language. */
export const SHEET_NAME: Record<SheetKey, MessageKey> = {
  areas: 'sheet.areas',
  lists: 'sheet.lists',
  matrix: 'sheet.matrix',
  status: 'sheet.status',
  participants: 'sheet.participants',
};

/** `partial`: some of the sheet's tables are there and some are not. */
export type SheetState = 'present' | 'partial' | 'missing';

export interface SheetPart {
  sheet: SheetKey;
  state: SheetState;
}

export function sheetParts(tables: Readonly<Record<TableKey, boolean>>): SheetPart[] {
  return (Object.keys(SHEET_TABLES) as SheetKey[]).map((sheet) => {
    const found = SHEET_TABLES[sheet].filter((key) => tables[key]).length;
    const state: SheetState =
      found === SHEET_TABLES[sheet].length ? 'present' : found === 0 ? 'missing' : 'partial';
    return { sheet, state };
  });
}

/**
 * Where the workbook stands, in one word:
 * - `unread`: the pane could not read it (Excel busy, or a failure), so it cannot know; it
 *   must never offer to create sheets on the strength of a failed read;
 * - `fresh`: none of Organisering's tables: creating the sheets is the one thing to do;
 * - `matrixGone`: the matrix and the people in it were deleted (core/view.ts);
 * - `incomplete`: some tables or sheets are missing: updating restores them;
 * - `complete`: every table is there.
 */
export type StartState = 'unread' | 'fresh' | 'matrixGone' | 'incomplete' | 'complete';

export function startState(parts: WorkbookParts | null): StartState {
  if (!parts) return 'unread';
  if (parts.matrixGone) return 'matrixGone';
  if (parts.complete) return 'complete';
  return Object.values(parts.tables).some(Boolean) ? 'incomplete' : 'fresh';
}
