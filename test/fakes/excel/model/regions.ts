/** Data validation and conditional formats: rules that apply to rectangles of a sheet. */
import { Rect } from '../address';
import { ErrorCodes, excelError } from '../errors';
import { hasStructuredRef } from '../formulaRefs';
import { intersect, overlaps, subtractAll } from '../rects';
import { CondFormat, DvErrorAlert, DvPrompt, SheetModel, ValidationEntry } from './sheet';
import { checkReferencesExist } from './formulaCheck';
import { WorkbookModel } from './workbook';

export const DEFAULT_PROMPT: DvPrompt = { showPrompt: true, title: '', message: '' };
export const DEFAULT_ALERT: DvErrorAlert = {
  showAlert: true,
  style: 'Stop',
  title: '',
  message: '',
};

const RULE_TYPES: Record<string, string> = {
  list: 'List',
  custom: 'Custom',
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
};

function refuseStructured(text: unknown, where: string, wb?: WorkbookModel): void {
  if (typeof text === 'string' && text.startsWith('=') && hasStructuredRef(text)) {
    // Excel does not take structured references in validation or conditional-format formulas.
    throw excelError(
      ErrorCodes.invalidArgument,
      `${where} cannot hold a structured reference: ${text}`,
    );
  }
  // A source or rule formula must name only what exists (formulaCheck.ts).
  if (wb && typeof text === 'string' && text.startsWith('=')) checkReferencesExist(wb, text);
}

/** Checks a DataValidationRule as Excel does and returns a plain copy. */
export function checkRule(rule: unknown, wb?: WorkbookModel): Record<string, unknown> {
  if (!rule || typeof rule !== 'object')
    throw excelError(ErrorCodes.invalidArgument, 'a validation rule must be an object');
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !RULE_TYPES[keys[0]]) {
    throw excelError(
      ErrorCodes.invalidArgument,
      'a validation rule needs exactly one of list, custom, wholeNumber, decimal, date, time, textLength',
    );
  }
  const key = keys[0];
  const body = { ...((rule as Record<string, Record<string, unknown>>)[key] ?? {}) };
  if (key === 'list') {
    const source = body.source;
    if (typeof source !== 'string' || source === '')
      throw excelError(ErrorCodes.invalidArgument, 'a list rule needs a source');
    refuseStructured(source, 'a list source', wb);
    if (!source.startsWith('=') && source.length > 255) {
      throw excelError(
        ErrorCodes.invalidArgument,
        'a literal list source is limited to 255 characters',
      );
    }
    body.inCellDropDown = body.inCellDropDown !== false;
  } else if (key === 'custom') {
    if (typeof body.formula !== 'string' || body.formula === '') {
      throw excelError(ErrorCodes.invalidArgument, 'a custom rule needs a formula');
    }
    refuseStructured(body.formula, 'a validation formula', wb);
  } else {
    if (body.formula1 === undefined)
      throw excelError(ErrorCodes.invalidArgument, `a ${key} rule needs formula1`);
    refuseStructured(body.formula1, 'a validation formula', wb);
    refuseStructured(body.formula2, 'a validation formula', wb);
  }
  return { [key]: body };
}

export function ruleType(rule: Record<string, unknown> | null): string {
  if (!rule) return 'None';
  return RULE_TYPES[Object.keys(rule)[0]] ?? 'None';
}

type ValidationPatch = Partial<Omit<ValidationEntry, 'rect'>>;

/** Sets part of the validation over `r`, splitting entries that only partly overlap it. */
export function patchValidation(sheet: SheetModel, r: Rect, patch: ValidationPatch): void {
  const next: ValidationEntry[] = [];
  const covered: Rect[] = [];
  for (const v of sheet.validations) {
    const hit = intersect(v.rect, r);
    if (!hit) {
      next.push(v);
      continue;
    }
    for (const rest of subtractAll(v.rect, [hit])) next.push({ ...v, rect: rest });
    next.push({ ...v, ...patch, rect: hit });
    covered.push(hit);
  }
  for (const gap of subtractAll(r, covered)) {
    next.push({
      rect: gap,
      rule: null,
      prompt: { ...DEFAULT_PROMPT },
      errorAlert: { ...DEFAULT_ALERT },
      ignoreBlanks: true,
      ...patch,
    });
  }
  sheet.validations = next;
}

export function clearValidation(sheet: SheetModel, r: Rect): void {
  sheet.validations = sheet.validations.flatMap((v) =>
    subtractAll(v.rect, [r]).map((rest) => ({ ...v, rect: rest })),
  );
}

/** What DataValidation reports for `r`: one entry covering all of it, or Inconsistent. */
export function validationView(
  sheet: SheetModel,
  r: Rect,
): { type: string; entry: ValidationEntry | null } {
  const hits = sheet.validations.filter((v) => overlaps(v.rect, r));
  if (hits.length === 0) return { type: 'None', entry: null };
  const first = hits[0];
  const same = hits.every(
    (v) => JSON.stringify({ ...v, rect: 0 }) === JSON.stringify({ ...first, rect: 0 }),
  );
  const area = hits.reduce((n, v) => {
    const i = intersect(v.rect, r)!;
    return n + (i.r1 - i.r0 + 1) * (i.c1 - i.c0 + 1);
  }, 0);
  const full = area === (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
  if (!same || !full) return { type: 'Inconsistent', entry: null };
  return { type: ruleType(first.rule), entry: first };
}

export const CF_TYPES = [
  'Custom',
  'CellValue',
  'ContainsText',
  'TopBottom',
  'PresetCriteria',
  'DataBar',
  'ColorScale',
  'IconSet',
];

/** A new conditional format goes to the top of the sheet's priority list, as in Excel. */
export function addCondFormat(
  wb: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  type: unknown,
): CondFormat {
  if (typeof type !== 'string' || !CF_TYPES.includes(type)) {
    throw excelError(ErrorCodes.invalidArgument, `unknown conditional format type ${String(type)}`);
  }
  const cf: CondFormat = {
    id: `{CF${wb.nextNumber('cf')}}`,
    type,
    rects: [r],
    stopIfTrue: false,
    rule: {},
    format: {},
  };
  sheet.condFormats.unshift(cf);
  return cf;
}

export function checkCondRule(
  type: string,
  rule: Record<string, unknown>,
  wb?: WorkbookModel,
): Record<string, unknown> {
  for (const v of Object.values(rule))
    refuseStructured(v, `a ${type} conditional format formula`, wb);
  return { ...rule };
}

export function clearCondFormats(sheet: SheetModel, r: Rect): void {
  for (const cf of sheet.condFormats) cf.rects = cf.rects.flatMap((x) => subtractAll(x, [r]));
  sheet.condFormats = sheet.condFormats.filter((cf) => cf.rects.length > 0);
}

export function condFormatsOn(sheet: SheetModel, r: Rect): CondFormat[] {
  return sheet.condFormats.filter((cf) => cf.rects.some((x) => overlaps(x, r)));
}
