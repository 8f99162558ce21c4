/** The workbook's state: sheets in order, tables, defined names, selection, change feed. */
import { Rect, rect } from '../address';
import { CellValue } from '../cellInput';
import { ErrorCodes, excelError } from '../errors';
import { renameSheetInFormula } from '../formulaRefs';
import { assertSheetName } from '../nameRules';
import { SheetModel } from './sheet';

export type ChangeSource = 'Local' | 'Remote';

export type ModelChange =
  | { kind: 'cells'; sheet: SheetModel; rect: Rect; source: ChangeSource; changeType: string }
  | {
      kind: 'sheetAdded' | 'sheetDeleted' | 'sheetActivated';
      sheet: SheetModel;
      source: ChangeSource;
    }
  | { kind: 'selection'; sheet: SheetModel; rect: Rect; source: ChangeSource };

export interface TableColumnModel {
  id: number;
  name: string;
  filter: unknown;
  /** The formula of a calculated column: Excel fills it into every row, new rows included. */
  calculated?: string;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Header row (when shown), body and totals row (when shown). */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  columns: TableColumnModel[];
  nextColumnId: number;
  sortFields: unknown[] | null;
  deleted: boolean;
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export type FormulaEvaluator = (
  sheet: string,
  address: string,
  formula: string,
) => CellValue | undefined;

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  /**
   * The add-in's document settings (workbook.settings), key → the value as JSON text. They
   * belong to the file, so they outlive any one runtime of the add-in.
   */
  readonly settings = new Map<string, string>();
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; rect: Rect } | null = null;
  evaluator: FormulaEvaluator | null = null;
  private readonly listeners: ((c: ModelChange) => void)[] = [];
  private counters: Record<string, number> = {};

  constructor(readonly locale: { sheet: string; table: string; chart: string }) {}

  nextNumber(kind: string): number {
    this.counters[kind] = (this.counters[kind] ?? 0) + 1;
    return this.counters[kind];
  }

  onChange(listener: (c: ModelChange) => void): void {
    this.listeners.push(listener);
  }

  emit(change: ModelChange): void {
    for (const l of this.listeners) l(change);
  }

  // ---- sheets -------------------------------------------------------------------------
  findSheet(nameOrId: string): SheetModel | undefined {
    const key = nameOrId.toUpperCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toUpperCase() === key);
  }

  sheetOrThrow(nameOrId: string): SheetModel {
    const s = this.findSheet(nameOrId);
    if (!s) throw excelError(ErrorCodes.itemNotFound, `no worksheet named "${nameOrId}"`);
    return s;
  }

  addSheet(name: string | undefined, source: ChangeSource): SheetModel {
    const taken = this.sheets.map((s) => s.name);
    let finalName = name;
    if (finalName === undefined || finalName === null) {
      do finalName = `${this.locale.sheet}${this.nextNumber('sheet')}`;
      while (taken.some((t) => t.toUpperCase() === finalName!.toUpperCase()));
    }
    assertSheetName(finalName, taken);
    const n = this.nextNumber('sheetId');
    const id = `{${n.toString(16).toUpperCase().padStart(8, '0')}-0001-0000-0000-000000000000}`;
    const sheet = new SheetModel(id, finalName);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activate(sheet, source, false);
    this.emit({ kind: 'sheetAdded', sheet, source });
    return sheet;
  }

  renameSheet(sheet: SheetModel, newName: unknown): void {
    if (newName === sheet.name) return;
    const taken = this.sheets.filter((s) => s !== sheet).map((s) => s.name);
    const name = assertSheetName(newName, taken);
    const old = sheet.name;
    sheet.name = name;
    this.rewriteFormulas((f) => renameSheetInFormula(f, old, name));
  }

  deleteSheet(sheet: SheetModel, source: ChangeSource): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible' && !s.deleted);
    if (visible.length === 1 && visible[0] === sheet) {
      throw excelError(
        ErrorCodes.invalidOperation,
        'a workbook must contain at least one visible worksheet',
      );
    }
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    this.tables = this.tables.filter((t) => !t.deleted);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    this.rewriteFormulas((f) => renameSheetInFormula(f, sheet.name, null));
    if (this.activeSheet === sheet)
      this.activate(
        this.sheets.find((s) => s.visibility === 'Visible')!,
        source,
        false,
      );
    this.emit({ kind: 'sheetDeleted', sheet, source });
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw excelError(
        ErrorCodes.invalidArgument,
        `position ${position} is outside the sheet list`,
      );
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: unknown): void {
    if (visibility !== 'Visible' && visibility !== 'Hidden' && visibility !== 'VeryHidden') {
      throw excelError(ErrorCodes.invalidArgument, `unknown visibility ${String(visibility)}`);
    }
    if (visibility !== 'Visible') {
      const others = this.sheets.filter((s) => s !== sheet && s.visibility === 'Visible');
      if (others.length === 0) {
        throw excelError(
          ErrorCodes.invalidOperation,
          'a workbook must contain at least one visible worksheet',
        );
      }
    }
    sheet.visibility = visibility;
    if (visibility !== 'Visible' && this.activeSheet === sheet) {
      this.activate(
        this.sheets.find((s) => s.visibility === 'Visible')!,
        'Local',
        false,
      );
    }
  }

  activate(sheet: SheetModel, source: ChangeSource, emit = true): void {
    if (sheet.visibility !== 'Visible') {
      throw excelError(ErrorCodes.invalidOperation, 'a hidden worksheet cannot be activated');
    }
    const changed = this.activeSheet !== sheet;
    this.activeSheet = sheet;
    if (!this.selection || this.selection.sheet !== sheet)
      this.selection = { sheet, rect: rect(0, 0) };
    if (changed && emit) this.emit({ kind: 'sheetActivated', sheet, source });
  }

  /**
   * Range.select() on a sheet that is not active does not switch to it (office-js #5118):
   * the selection stays where it was. Activate the sheet first.
   */
  select(sheet: SheetModel, r: Rect, source: ChangeSource): void {
    if (this.activeSheet && this.activeSheet !== sheet) return;
    this.activate(sheet, source);
    this.selection = { sheet, rect: r };
    this.emit({ kind: 'selection', sheet, rect: r, source });
  }

  // ---- tables and names ---------------------------------------------------------------
  findTable(nameOrId: string): TableModel | undefined {
    const key = nameOrId.toUpperCase();
    return this.tables.find((t) => t.id === nameOrId || t.name.toUpperCase() === key);
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  findName(name: string): NameModel | undefined {
    const key = name.toUpperCase();
    return this.names.find((n) => n.name.toUpperCase() === key);
  }

  /** Every table name and defined name, for the shared-namespace checks. */
  takenNames(except?: string): string[] {
    return [...this.tables.map((t) => t.name), ...this.names.map((n) => n.name)].filter(
      (n) => n !== except,
    );
  }

  /** Applies `fn` to every formula text in the workbook: cells, names, validation, formats. */
  rewriteFormulas(fn: (formula: string) => string): void {
    for (const s of this.sheets) {
      for (const cell of s.cells.values()) if (cell.formula) cell.formula = fn(cell.formula);
      for (const v of s.validations) rewriteRule(v.rule, fn);
      for (const cf of s.condFormats) rewriteRule(cf.rule, fn);
    }
    for (const n of this.names) n.formula = fn(n.formula);
  }
}

function rewriteRule(rule: Record<string, unknown> | null, fn: (f: string) => string): void {
  if (!rule) return;
  for (const [k, v] of Object.entries(rule)) {
    if (typeof v === 'string' && v.startsWith('=')) rule[k] = fn(v);
    else if (v && typeof v === 'object' && !Array.isArray(v))
      rewriteRule(v as Record<string, unknown>, fn);
  }
}
