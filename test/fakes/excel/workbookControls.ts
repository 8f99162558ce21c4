/**
 * What a test does to the workbook directly, outside any request context: seeding, edits as
 * a co-author or the user, structural changes, and synchronous inspection.
 */
import { parseLocal } from './address';
import { CellValue } from './cellInput';
import { ErrorCodes, excelError } from './errors';
import { EventArgs, EventBus } from './events';
import { SheetInspector, inspectSheet } from './inspect';
import { putNumberFormat } from './model/cells';
import { writeRange } from './model/edits';
import { addName } from './model/names';
import { SheetModel } from './model/sheet';
import { createTable, removeTable, renameTable } from './model/tables';
import { ChangeSource, FormulaEvaluator, WorkbookModel } from './model/workbook';
import { WorkbookSnapshot, snapshotWorkbook } from './snapshot';

export class WorkbookControls {
  constructor(
    readonly model: WorkbookModel,
    protected readonly bus: EventBus,
  ) {}

  // ---- edits from outside the add-in --------------------------------------------------
  protected sheetFor(name: string, create = false): SheetModel {
    return (
      this.model.findSheet(name) ??
      (create ? this.model.addSheet(name, 'Local') : this.model.sheetOrThrow(name))
    );
  }

  protected edit(
    sheetName: string,
    address: string,
    values: unknown,
    source: ChangeSource,
    create = false,
  ): void {
    const r = parseLocal(address);
    if (!r) throw excelError(ErrorCodes.invalidArgument, `bad address ${address}`);
    writeRange(this.model, this.sheetFor(sheetName, create), r, values, source);
  }

  /** A co-author's edit: typed-input semantics, table auto-expansion, onChanged with source Remote. */
  remoteEdit(sheetName: string, address: string, values: CellValue[][] | CellValue): void {
    this.edit(sheetName, address, values, 'Remote');
  }

  /** The user typing in this Excel: onChanged with source Local. */
  localEdit(sheetName: string, address: string, values: CellValue[][] | CellValue): void {
    this.edit(sheetName, address, values, 'Local');
  }

  protected quietly<R>(fn: () => R): R {
    this.bus.muted = true;
    try {
      return fn();
    } finally {
      this.bus.muted = false;
    }
  }

  /** Set-up: writes values as typed (creating the sheet if needed), raising no events. */
  seed(sheetName: string, address: string, values: CellValue[][] | CellValue): this {
    this.quietly(() => this.edit(sheetName, address, values, 'Local', true));
    return this;
  }

  seedNumberFormat(sheetName: string, address: string, format: string | string[][]): this {
    const r = parseLocal(address);
    if (!r) throw excelError(ErrorCodes.invalidArgument, `bad address ${address}`);
    putNumberFormat(this.sheetFor(sheetName, true), r, format);
    return this;
  }

  addSheet(name: string): this {
    this.quietly(() => this.sheetFor(name, true));
    return this;
  }

  /** Creates a table directly (headers from the first row unless hasHeaders is false). */
  addTable(
    sheetName: string,
    address: string,
    opts: { name?: string; hasHeaders?: boolean; style?: string } = {},
  ): string {
    const r = parseLocal(address);
    if (!r) throw excelError(ErrorCodes.invalidArgument, `bad address ${address}`);
    const t = this.quietly(() =>
      createTable(
        this.model,
        this.sheetFor(sheetName, true),
        r,
        opts.hasHeaders ?? true,
        opts.name,
      ),
    );
    if (opts.style) t.style = opts.style;
    return t.name;
  }

  addName(name: string, formula: string, comment = ''): this {
    addName(this.model, name, formula, comment);
    return this;
  }

  renameSheet(oldName: string, newName: string): this {
    this.model.renameSheet(this.model.sheetOrThrow(oldName), newName);
    return this;
  }

  deleteSheet(name: string): this {
    this.model.deleteSheet(this.model.sheetOrThrow(name), 'Remote');
    return this;
  }

  renameTable(oldName: string, newName: string): this {
    const t = this.model.findTable(oldName);
    if (!t) throw excelError(ErrorCodes.itemNotFound, `no table ${oldName}`);
    renameTable(this.model, t, newName);
    return this;
  }

  deleteTable(name: string, keepData = false): this {
    const t = this.model.findTable(name);
    if (!t) throw excelError(ErrorCodes.itemNotFound, `no table ${name}`);
    removeTable(this.model, t, keepData, 'Remote');
    return this;
  }

  /** Computes the value of formula cells when read; return undefined to keep the cached value. */
  setFormulaEvaluator(fn: FormulaEvaluator | null): this {
    this.model.evaluator = fn;
    return this;
  }

  // ---- inspection ---------------------------------------------------------------------
  sheet(name: string): SheetInspector {
    return inspectSheet(this.model, this.model.sheetOrThrow(name));
  }

  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this.model);
  }

  /** Events: everything raised (log), handler errors, registrations, and the enableEvents switch. */
  get events(): {
    log: EventArgs[];
    handlerErrors: unknown[];
    registrations: number;
    enabled: boolean;
  } {
    const bus = this.bus;
    return {
      log: bus.log,
      handlerErrors: bus.handlerErrors,
      registrations: bus.registrationCount,
      enabled: bus.enabled,
    };
  }

  /** Resolves once every event handler due so far has run. */
  flushEvents(): Promise<void> {
    return this.bus.flush();
  }
}
