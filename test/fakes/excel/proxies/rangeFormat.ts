/** Range.format (widths, alignment, font, fill) and Range.dataValidation. */
import { formatAddress } from '../address';
import { displayText } from '../displayText';
import { ErrorCodes, excelError } from '../errors';
import { cellValue } from '../model/cells';
import { FormatProp } from '../model/formatStore';
import {
  DEFAULT_ALERT,
  DEFAULT_PROMPT,
  checkRule,
  clearValidation,
  patchValidation,
  validationView,
} from '../model/regions';
import { STANDARD_HEIGHT } from '../model/sheet';
import { keyCol, keyRow, keysInRect } from '../rects';
import { FakeClientObject, PropSpec, installProps } from '../runtime/clientObject';
import { RangeRef } from './rangeRef';

function formatProp(prop: FormatProp, check?: (v: unknown) => void): PropSpec<RangeRef> {
  return {
    read: (b) => b.sheet.formats.uniform(b.rect, prop),
    write: (b, v) => {
      check?.(v);
      b.sheet.formats.set(b.rect, prop, v as string | number | boolean);
    },
  };
}

function uniformOf(values: number[]): number | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

function checkSize(max: number, what: string) {
  return (v: unknown): void => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max) {
      throw excelError(ErrorCodes.invalidArgument, `${what} must be a number from 0 to ${max}`);
    }
  };
}

export class RangeFontProxy extends FakeClientObject<RangeRef> {
  get _typeName(): string {
    return 'RangeFont';
  }
}

installProps<RangeRef>(RangeFontProxy, {
  bold: formatProp('bold'),
  italic: formatProp('italic'),
  underline: formatProp('underline'),
  color: formatProp('fontColor'),
  size: formatProp('fontSize', checkSize(409, 'a font size')),
  name: formatProp('fontName'),
});

export class RangeFillProxy extends FakeClientObject<RangeRef> {
  get _typeName(): string {
    return 'RangeFill';
  }

  clear(): void {
    this._call('clear', [], (b) => b.sheet.formats.set(b.rect, 'fillColor', undefined));
  }
}

installProps<RangeRef>(RangeFillProxy, { color: formatProp('fillColor') });

export class RangeFormatProxy extends FakeClientObject<RangeRef> {
  get _typeName(): string {
    return 'RangeFormat';
  }

  get font(): RangeFontProxy {
    return this._child(
      'font',
      () => new RangeFontProxy(this._ctx, `${this._path}.font`, () => this._bind()),
    );
  }

  get fill(): RangeFillProxy {
    return this._child(
      'fill',
      () => new RangeFillProxy(this._ctx, `${this._path}.fill`, () => this._bind()),
    );
  }

  override _nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'font') return this.font;
    if (name === 'fill') return this.fill;
    return undefined;
  }

  autofitColumns(): void {
    this._call('autofitColumns', [], (b) => {
      const wb = this._ctx._host.wb;
      const longest = new Map<number, number>();
      for (const k of keysInRect(b.sheet.cells, b.rect)) {
        const [row, col] = [keyRow(k), keyCol(k)];
        const text = displayText(
          cellValue(wb, b.sheet, row, col),
          String(b.sheet.formats.get(row, col, 'numberFormat')),
        );
        longest.set(col, Math.max(longest.get(col) ?? 0, text.length));
      }
      // About 5.25 points per character of Calibri 11, plus the cell margins.
      for (const [col, chars] of longest)
        b.sheet.columnWidths.set(col, Math.ceil(chars * 5.25 + 5.25));
    });
  }

  autofitRows(): void {
    this._call('autofitRows', [], (b) => {
      for (let r = b.rect.r0; r <= b.rect.r1 && r - b.rect.r0 < 100000; r++)
        b.sheet.rowHeights.delete(r);
    });
  }
}

installProps<RangeRef>(RangeFormatProxy, {
  columnWidth: {
    read: (b) =>
      uniformOf(
        [...Array(b.rect.c1 - b.rect.c0 + 1).keys()].map((i) => b.sheet.columnWidth(b.rect.c0 + i)),
      ),
    write: (b, v) => {
      checkSize(1789, 'a column width (points)')(v);
      for (let c = b.rect.c0; c <= b.rect.c1; c++) b.sheet.columnWidths.set(c, v as number);
    },
  },
  rowHeight: {
    read: (b) => {
      if (b.rect.r1 - b.rect.r0 > 100000)
        return b.sheet.rowHeights.size === 0 ? STANDARD_HEIGHT : null;
      return uniformOf(
        [...Array(b.rect.r1 - b.rect.r0 + 1).keys()].map((i) => b.sheet.rowHeight(b.rect.r0 + i)),
      );
    },
    write: (b, v) => {
      checkSize(409, 'a row height (points)')(v);
      for (let r = b.rect.r0; r <= b.rect.r1; r++) b.sheet.rowHeights.set(r, v as number);
    },
  },
  wrapText: formatProp('wrapText'),
  horizontalAlignment: formatProp('horizontalAlignment'),
  verticalAlignment: formatProp('verticalAlignment'),
});

/** A list source given as a Range becomes its absolute address formula, as Excel stores it. */
function plainRule(rule: unknown, self: FakeClientObject<RangeRef>): unknown {
  if (!rule || typeof rule !== 'object') return rule;
  const list = (rule as { list?: { source?: unknown } }).list;
  if (list && list.source instanceof FakeClientObject) {
    const ref = list.source._bind() as RangeRef;
    if (list.source._ctx !== self._ctx)
      throw excelError(ErrorCodes.invalidArgument, 'the list source belongs to another context');
    return {
      ...rule,
      list: { ...list, source: `=${formatAddress(ref.sheet.name, ref.rect, true)}` },
    };
  }
  return rule;
}

export class DataValidationProxy extends FakeClientObject<RangeRef> {
  get _typeName(): string {
    return 'DataValidation';
  }

  clear(): void {
    this._call('clear', [], (b) => clearValidation(b.sheet, b.rect));
  }
}

installProps<RangeRef>(DataValidationProxy, {
  type: { read: (b) => validationView(b.sheet, b.rect).type },
  rule: {
    read: (b) => validationView(b.sheet, b.rect).entry?.rule ?? {},
    write: (b, v, self) =>
      patchValidation(b.sheet, b.rect, {
        rule: checkRule(plainRule(v, self), self._ctx._host.wb),
      }),
  },
  prompt: {
    read: (b) => validationView(b.sheet, b.rect).entry?.prompt ?? { ...DEFAULT_PROMPT },
    write: (b, v) =>
      patchValidation(b.sheet, b.rect, { prompt: { ...DEFAULT_PROMPT, ...(v as object) } }),
  },
  errorAlert: {
    read: (b) => validationView(b.sheet, b.rect).entry?.errorAlert ?? { ...DEFAULT_ALERT },
    write: (b, v) =>
      patchValidation(b.sheet, b.rect, { errorAlert: { ...DEFAULT_ALERT, ...(v as object) } }),
  },
  ignoreBlanks: {
    read: (b) => validationView(b.sheet, b.rect).entry?.ignoreBlanks ?? true,
    write: (b, v) => patchValidation(b.sheet, b.rect, { ignoreBlanks: Boolean(v) }),
  },
  valid: { read: () => true },
});
