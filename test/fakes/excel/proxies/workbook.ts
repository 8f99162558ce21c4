/** Workbook: the root proxy of a request context. */
import { rect } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import type { FakeRequestContext } from '../runtime/context';
import { ApplicationProxy } from './application';
import { NamedItemCollectionProxy } from './names';
import { RangeProxy } from './range';
import { SettingCollectionProxy } from './settings';
import { TableCollectionProxy } from './tables';
import { WorksheetCollectionProxy } from './worksheets';

export class WorkbookProxy extends FakeClientObject<true> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, 'workbook', () => true);
  }

  get _typeName(): string {
    return 'Workbook';
  }

  get worksheets(): WorksheetCollectionProxy {
    return this._child(
      'worksheets',
      () => new WorksheetCollectionProxy(this._ctx, 'workbook.worksheets'),
    );
  }

  get tables(): TableCollectionProxy {
    return this._child(
      'tables',
      () => new TableCollectionProxy(this._ctx, 'workbook.tables', null),
    );
  }

  get names(): NamedItemCollectionProxy {
    return this._child('names', () => new NamedItemCollectionProxy(this._ctx, 'workbook.names'));
  }

  get settings(): SettingCollectionProxy {
    this._ctx._host.reqs.check('Workbook.settings');
    return this._child(
      'settings',
      () => new SettingCollectionProxy(this._ctx, 'workbook.settings'),
    );
  }

  get application(): ApplicationProxy {
    return this._child('application', () => new ApplicationProxy(this._ctx));
  }

  override _nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'tables') return this.tables;
    if (name === 'names') return this.names;
    if (name === 'application') return this.application;
    if (name === 'settings') return this.settings;
    return undefined;
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this._ctx, 'workbook.getSelectedRange()', () => {
      const sel = this._ctx._host.wb.selection;
      if (!sel) throw excelError(ErrorCodes.invalidSelection, 'nothing is selected');
      return { sheet: sel.sheet, rect: sel.rect };
    });
  }

  getActiveCell(): RangeProxy {
    this._ctx._host.reqs.check('Workbook.getActiveCell');
    return new RangeProxy(this._ctx, 'workbook.getActiveCell()', () => {
      const sel = this._ctx._host.wb.selection;
      if (!sel) throw excelError(ErrorCodes.invalidSelection, 'nothing is selected');
      return { sheet: sel.sheet, rect: rect(sel.rect.r0, sel.rect.c0) };
    });
  }
}

installProps<true>(WorkbookProxy, {
  name: { read: () => 'Book1.xlsx' },
  readOnly: { read: () => false },
});
