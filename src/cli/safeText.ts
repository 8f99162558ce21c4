/**
 * Text from a workbook is printed to a terminal, which obeys what it is sent: ESC starts a
 * command (retitle the window, clear the screen), a newline could forge a line of output,
 * and bidirectional controls reorder what the reader sees. So every printed value shows
 * those characters escaped, as `\x1b` or `\u202e`, and a long value is shortened.
 */

/** C0 and C1 controls, DEL, the line and paragraph separators, and the bidi controls. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same, except the C0 controls, which JSON.stringify escapes itself. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The longest value printed whole; longer ones end in "…". */
export const MAX_SHOWN = 80;

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}

function escapeOne(char: string): string {
  const code = char.charCodeAt(0);
  return SHORT_ESCAPES[char] ?? (code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}

/** The text with every control and bidi character written as an escape. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** The text cut to `max` characters (code points, never half of one), the last being "…". */
export function shorten(text: string, max = MAX_SHOWN): string {
  if (text.length <= max) return text;
  let end = 0;
  let cut = 0;
  for (let count = 0; count < max; count += 1) {
    if (end >= text.length) return text;
    if (count === max - 1) cut = end;
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  return end >= text.length ? text : `${text.slice(0, cut)}…`;
}

/** A value from a workbook as the text output prints it: shortened, then escaped. */
export function shown(text: string): string {
  return escapeControls(shorten(text));
}

/**
 * One line of JSON: exactly what JSON.stringify makes, with the C1, separator and bidi
 * characters escaped as `\u009b` too. They can only occur inside strings, where an escape
 * means the same character, so the value a program parses is unchanged.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_JSON,
    (char) => `\\u${hex(char.charCodeAt(0), 4)}`,
  );
}
