/**
 * The add-in's settings in the document, as Office.js stores them: a value is serialised to
 * JSON when it is written, with a Date as the string "Date(ms)", and parsed back when it is
 * read, so what comes back is a copy, never the object written. Keys are case-sensitive
 * strings (as Office.Settings documents its names).
 */
import { ErrorCodes, excelError } from '../errors';
import { WorkbookModel } from './workbook';

const DATE_PREFIX = 'Date(';
const DATE_SUFFIX = ')';

/** The JSON text Office.js sends for `value`; undefined (and functions) cannot be stored. */
export function serialiseSetting(value: unknown): string {
  const text = JSON.stringify(value, function replacer(this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? `${DATE_PREFIX}${raw.getTime()}${DATE_SUFFIX}` : (v as unknown);
  });
  if (text === undefined)
    throw excelError(ErrorCodes.invalidArgument, 'a setting needs a value that JSON can hold');
  return text;
}

function reviveDate(_key: string, v: unknown): unknown {
  if (typeof v === 'string' && v.startsWith(DATE_PREFIX) && v.endsWith(DATE_SUFFIX)) {
    const ms = Number(v.slice(DATE_PREFIX.length, -DATE_SUFFIX.length));
    if (Number.isFinite(ms)) return new Date(ms);
  }
  return v;
}

/** A fresh copy of a stored value, with "Date(ms)" strings turned back into Dates. */
export function parseSetting(text: string): unknown {
  return JSON.parse(text, reviveDate);
}

/** What the client library does with a value as it arrives: Dates revived, in a copy. */
export function reviveSetting(value: unknown): unknown {
  return value === undefined ? undefined : parseSetting(JSON.stringify(value));
}

export function assertSettingKey(key: unknown): string {
  if (typeof key !== 'string' || key === '')
    throw excelError(ErrorCodes.invalidArgument, 'a setting needs a non-empty string key');
  return key;
}

/** `add`: sets or adds the setting. */
export function putSetting(wb: WorkbookModel, key: unknown, text: string): string {
  const k = assertSettingKey(key);
  wb.settings.set(k, text);
  return k;
}
