/** Range.conditionalFormats: add(type), custom/cellValue/textComparison rules and their format. */
import { ErrorCodes, excelError } from '../errors';
import { addCondFormat, checkCondRule, clearCondFormats, condFormatsOn } from '../model/regions';
import { CondFormat, CondFormatStyle, SheetModel } from '../model/sheet';
import { FakeClientObject, PropSpec, installProps } from '../runtime/clientObject';
import type { FakeRequestContext } from '../runtime/context';
import { FakeCollection } from './collection';
import { RangeProxy } from './range';
import { RangeRef } from './rangeRef';

export interface CfRef {
  sheet: SheetModel;
  cf: CondFormat;
}

const KIND_TYPES: Record<string, string> = {
  custom: 'Custom',
  cellValue: 'CellValue',
  textComparison: 'ContainsText',
};

function styleProp(key: keyof CondFormatStyle): PropSpec<CfRef> {
  return {
    read: (b) => b.cf.format[key] ?? null,
    write: (b, v) => {
      b.cf.format[key] = v as never;
    },
  };
}

export class CfFontProxy extends FakeClientObject<CfRef> {
  get _typeName(): string {
    return 'ConditionalRangeFont';
  }
}
installProps<CfRef>(CfFontProxy, {
  color: styleProp('fontColor'),
  bold: styleProp('bold'),
  italic: styleProp('italic'),
});

export class CfFillProxy extends FakeClientObject<CfRef> {
  get _typeName(): string {
    return 'ConditionalRangeFill';
  }

  clear(): void {
    this._call('clear', [], (b) => {
      b.cf.format.fillColor = null;
    });
  }
}
installProps<CfRef>(CfFillProxy, { color: styleProp('fillColor') });

export class CfFormatProxy extends FakeClientObject<CfRef> {
  get _typeName(): string {
    return 'ConditionalRangeFormat';
  }

  get font(): CfFontProxy {
    return this._child(
      'font',
      () => new CfFontProxy(this._ctx, `${this._path}.font`, () => this._bind()),
    );
  }

  get fill(): CfFillProxy {
    return this._child(
      'fill',
      () => new CfFillProxy(this._ctx, `${this._path}.fill`, () => this._bind()),
    );
  }

  override _nav(name: string): FakeClientObject<unknown> | undefined {
    return name === 'font' ? this.font : name === 'fill' ? this.fill : undefined;
  }
}

/** The rule object of a custom format: `rule.formula`. */
export class CfCustomRuleProxy extends FakeClientObject<CfRef> {
  get _typeName(): string {
    return 'ConditionalFormatRule';
  }
}
const formulaSpec: PropSpec<CfRef> = {
  read: (b) => b.cf.rule.formula ?? '',
  write: (b, v, self) => {
    b.cf.rule = checkCondRule(b.cf.type, { formula: v }, self._ctx._host.wb);
  },
};
installProps<CfRef>(CfCustomRuleProxy, { formula: formulaSpec, formulaLocal: formulaSpec });

/** custom, cellValue or textComparison: a rule plus a format. */
export class CfKindProxy extends FakeClientObject<CfRef> {
  _kind = '';

  get _typeName(): string {
    return this._kind === 'custom'
      ? 'CustomConditionalFormat'
      : this._kind === 'cellValue'
        ? 'CellValueConditionalFormat'
        : 'TextConditionalFormat';
  }

  override get _props(): Record<string, PropSpec<CfRef>> {
    return this._kind === 'custom' ? {} : { rule: { read: (b) => ({ ...b.cf.rule }) } };
  }

  get format(): CfFormatProxy {
    return this._child(
      'format',
      () => new CfFormatProxy(this._ctx, `${this._path}.format`, () => this._bind()),
    );
  }

  override _nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'format') return this.format;
    if (name === 'rule' && this._kind === 'custom') return this._customRule();
    return undefined;
  }

  _customRule(): CfCustomRuleProxy {
    return this._child(
      'rule',
      () => new CfCustomRuleProxy(this._ctx, `${this._path}.rule`, () => this._bind()),
    );
  }

  get rule(): unknown {
    if (this._kind === 'custom') return this._customRule();
    return this._get('rule');
  }

  set rule(v: unknown) {
    if (this._kind === 'custom')
      throw new TypeError('CustomConditionalFormat.rule is read-only; set rule.formula');
    this._set('rule', v, (b) => {
      b.cf.rule = checkCondRule(b.cf.type, { ...(v as object) }, this._ctx._host.wb);
    });
  }
}

export class ConditionalFormatProxy extends FakeClientObject<CfRef> {
  get _typeName(): string {
    return 'ConditionalFormat';
  }

  override _alive(b: CfRef): boolean {
    return b.sheet.condFormats.includes(b.cf);
  }

  _kindProxy(kind: string): CfKindProxy {
    return this._child(kind, () => {
      const p = new CfKindProxy(this._ctx, `${this._path}.${kind}`, () => {
        const b = this._bind();
        if (b.cf.type !== KIND_TYPES[kind]) {
          throw excelError(
            ErrorCodes.invalidOperation,
            `a ${b.cf.type} conditional format has no ${kind} part`,
          );
        }
        return b;
      });
      p._kind = kind;
      return p;
    });
  }

  get custom(): CfKindProxy {
    return this._kindProxy('custom');
  }

  get cellValue(): CfKindProxy {
    return this._kindProxy('cellValue');
  }

  get textComparison(): CfKindProxy {
    return this._kindProxy('textComparison');
  }

  override _nav(name: string): FakeClientObject<unknown> | undefined {
    return KIND_TYPES[name] ? this._kindProxy(name) : undefined;
  }

  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getRange()`, () => {
      const b = this._bind();
      return { sheet: b.sheet, rect: b.cf.rects[0] };
    });
  }

  delete(): void {
    this._call('delete', [], (b) => {
      b.sheet.condFormats = b.sheet.condFormats.filter((x) => x !== b.cf);
    });
  }
}

installProps<CfRef>(ConditionalFormatProxy, {
  id: { read: (b) => b.cf.id },
  type: { read: (b) => b.cf.type },
  priority: {
    read: (b) => b.sheet.condFormats.indexOf(b.cf),
    write: (b, v) => {
      const list = b.sheet.condFormats.filter((x) => x !== b.cf);
      list.splice(Math.max(0, Math.min(Number(v), list.length)), 0, b.cf);
      b.sheet.condFormats = list;
    },
  },
  stopIfTrue: {
    read: (b) => b.cf.stopIfTrue,
    write: (b, v) => {
      b.cf.stopIfTrue = Boolean(v);
    },
  },
});

export class ConditionalFormatCollectionProxy extends FakeCollection<
  ConditionalFormatProxy,
  CfRef,
  RangeRef
> {
  constructor(ctx: FakeRequestContext, path: string, resolver: () => RangeRef | null) {
    super(ctx, path, resolver);
  }

  get _typeName(): string {
    return 'ConditionalFormatCollection';
  }

  _list(b: RangeRef): CfRef[] {
    return condFormatsOn(b.sheet, b.rect).map((cf) => ({ sheet: b.sheet, cf }));
  }

  _wrap(m: CfRef, i: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, `${this._path}.items[${i}]`, () => m);
  }

  add(type: string): ConditionalFormatProxy {
    const holder: { ref?: CfRef } = {};
    this._call('add', [type], (b) => {
      holder.ref = { sheet: b.sheet, cf: addCondFormat(this._ctx._host.wb, b.sheet, b.rect, type) };
    });
    return new ConditionalFormatProxy(
      this._ctx,
      `${this._path}.add(${JSON.stringify(type)})`,
      () => holder.ref ?? null,
    );
  }

  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this._ctx,
      `${this._path}.getItem(${JSON.stringify(id)})`,
      () => {
        const hit = this._list(this._bind()).find((m) => m.cf.id === id);
        if (!hit) throw excelError(ErrorCodes.itemNotFound, `no conditional format ${id}`);
        return hit;
      },
    );
  }

  getItemAt(index: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, `${this._path}.getItemAt(${index})`, () => {
      const hit = this._list(this._bind())[index];
      if (!hit) throw excelError(ErrorCodes.itemNotFound, `no conditional format at ${index}`);
      return hit;
    });
  }

  clearAll(): void {
    this._call('clearAll', [], (b) => clearCondFormats(b.sheet, b.rect));
  }
}
