/**
 * Worksheet.pageLayout (ExcelApi 1.9): orientation, paper, zoom, print titles, print area and
 * the footer, recorded on the sheet for tests to read. Nothing is printed.
 */
import { ErrorCodes, excelError } from '../errors';
import { SheetModel } from '../model/sheet';
import { FakeClientObject, installProps } from '../runtime/clientObject';
import { formatAddress, isWholeColumns, isWholeRows, parseAddress } from '../address';
import { rangeArg } from './rangeRef';

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPERS = ['A3', 'A4', 'A5', 'Letter', 'Legal'];

function check(value: unknown, allowed: string[], what: string): string {
  if (typeof value !== 'string' || !allowed.includes(value))
    throw excelError(ErrorCodes.invalidArgument, `${what} must be one of ${allowed.join(', ')}`);
  return value;
}

/** "$1:$2" or "$A:$A": whole rows, or whole columns, of this sheet. */
function titles(text: unknown, rows: boolean): string {
  const address = typeof text === 'string' ? text.replace(/\$/g, '') : '';
  const parsed = address ? parseAddress(address) : null;
  if (!parsed || (rows ? !isWholeRows(parsed.rect) : !isWholeColumns(parsed.rect)))
    throw excelError(
      ErrorCodes.invalidArgument,
      `print titles must be whole ${rows ? 'rows' : 'columns'}`,
    );
  return text as string;
}

export class PageLayoutProxy extends FakeClientObject<SheetModel> {
  get _typeName(): string {
    return 'PageLayout';
  }

  get headersFooters(): HeaderFooterGroupProxy {
    this._ctx._host.reqs.check('PageLayout.headersFooters');
    return this._child(
      'headersFooters',
      () =>
        new HeaderFooterGroupProxy(this._ctx, `${this._path}.headersFooters`, () => this._bind()),
    );
  }

  setPrintTitleRows(rows: string): void {
    this._call('setPrintTitleRows', [rows], (b) => {
      b.pageLayout.printTitleRows = titles(rows, true);
    });
  }

  setPrintTitleColumns(columns: string): void {
    this._call('setPrintTitleColumns', [columns], (b) => {
      b.pageLayout.printTitleColumns = titles(columns, false);
    });
  }

  setPrintArea(area: unknown): void {
    const ref = rangeArg(this._ctx, area, () => this._bind());
    this._call('setPrintArea', [area], (b) => {
      const r = ref();
      if (r.sheet !== b)
        throw excelError(ErrorCodes.invalidArgument, 'the range is on another worksheet');
      b.pageLayout.printArea = formatAddress(b.name, r.rect, true);
    });
  }
}

installProps<SheetModel>(PageLayoutProxy, {
  orientation: {
    read: (b) => b.pageLayout.orientation,
    write: (b, v) => {
      b.pageLayout.orientation = check(v, ORIENTATIONS, 'orientation');
    },
  },
  paperSize: {
    read: (b) => b.pageLayout.paperSize,
    write: (b, v) => {
      b.pageLayout.paperSize = check(v, PAPERS, 'paperSize');
    },
  },
  zoom: {
    read: (b) => ({ ...b.pageLayout.zoom }),
    write: (b, v) => {
      const zoom = (v ?? {}) as {
        horizontalFitToPages?: number;
        verticalFitToPages?: number;
        scale?: number;
      };
      for (const n of [zoom.horizontalFitToPages, zoom.verticalFitToPages])
        if (n !== undefined && (!Number.isInteger(n) || n < 0))
          throw excelError(ErrorCodes.invalidArgument, 'fit-to-pages must be a whole number');
      b.pageLayout.zoom = { ...zoom };
    },
  },
});

export class HeaderFooterGroupProxy extends FakeClientObject<SheetModel> {
  get _typeName(): string {
    return 'HeaderFooterGroup';
  }

  get defaultForAllPages(): HeaderFooterProxy {
    this._ctx._host.reqs.check('HeaderFooterGroup.defaultForAllPages');
    return this._child(
      'defaultForAllPages',
      () =>
        new HeaderFooterProxy(this._ctx, `${this._path}.defaultForAllPages`, () => this._bind()),
    );
  }
}

export class HeaderFooterProxy extends FakeClientObject<SheetModel> {
  get _typeName(): string {
    return 'HeaderFooter';
  }
}

installProps<SheetModel>(HeaderFooterProxy, {
  centerFooter: {
    read: (b) => b.pageLayout.centerFooter,
    write: (b, v) => {
      b.pageLayout.centerFooter = String(v ?? '');
    },
  },
});
