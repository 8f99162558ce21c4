/**
 * A small, strict XML scanner for the parts of an .xlsx: it checks that tags nest and close,
 * refuses a DOCTYPE (so no entity can expand), and hands each tag and text to a handler
 * without building a tree, so a part of any size costs only the memory the handler keeps.
 */

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlHandler {
  /** A start tag; `name` without its namespace prefix, `attributes` as written. */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, still with its entity references (see `decodeText`); CDATA decoded. */
  text?(raw: string, cdata: boolean): void;
}

const START_TAG = /<([^\s<>/!?]+)((?:\s+[^\s=<>/]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([^\s<>/]+)\s*>/y;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function skipTo(xml: string, from: number, end: string, what: string): number {
  const at = xml.indexOf(end, from);
  if (at < 0) throw new XmlError(`${what} is not closed`);
  return at + end.length;
}

/** Decodes a byte buffer as XML text: UTF-8, or UTF-16 when it starts with a UTF-16 mark. */
export function xmlText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return bytes.subarray(2).toString('utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function scanXml(xml: string, handler: XmlHandler): void {
  const stack: string[] = [];
  let rootSeen = false;
  let pos = 0;
  const text = (raw: string, cdata: boolean) => {
    if (stack.length === 0) {
      if (cdata || raw.trim() !== '') throw new XmlError('there is text outside the root element');
    } else handler.text?.(raw, cdata);
  };
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      text(xml.slice(pos), false);
      break;
    }
    if (lt > pos) text(xml.slice(pos, lt), false);
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      pos = skipTo(xml, lt + 2, '?>', 'a processing instruction');
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) pos = skipTo(xml, lt + 4, '-->', 'a comment');
      else if (xml.startsWith('<![CDATA[', lt)) {
        if (stack.length === 0) throw new XmlError('there is CDATA outside the root element');
        const end = skipTo(xml, lt + 9, ']]>', 'a CDATA section');
        text(xml.slice(lt + 9, end - 3), true);
        pos = end;
      } else throw new XmlError('a DOCTYPE or other declaration is not allowed');
    } else if (next === 0x2f /* / */) {
      END_TAG.lastIndex = lt;
      const match = END_TAG.exec(xml);
      if (!match) throw new XmlError('an end tag is malformed');
      const open = stack.pop();
      if (open !== match[1]) throw new XmlError(`</${match[1]}> does not close <${open ?? ''}>`);
      handler.close(localName(match[1]));
      pos = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = lt;
      const match = START_TAG.exec(xml);
      if (!match) throw new XmlError('a tag is malformed');
      if (stack.length === 0) {
        if (rootSeen) throw new XmlError('there is more than one root element');
        rootSeen = true;
      }
      const selfClosing = match[3] === '/';
      handler.open(localName(match[1]), match[2], selfClosing);
      if (selfClosing) handler.close(localName(match[1]));
      else stack.push(match[1]);
      pos = START_TAG.lastIndex;
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]}> is not closed`);
  if (!rootSeen) throw new XmlError('there is no root element');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));|&/g;

/** Replaces entity and character references; a stray `&` is an error. */
export function decodeText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (match, hex?: string, dec?: string, named?: string) => {
    if (named) return NAMED[named];
    const code = hex ? parseInt(hex, 16) : dec ? parseInt(dec, 10) : -1;
    if (code < 0 || code > 0x10ffff) throw new XmlError(`"${match}" is not a valid reference`);
    return String.fromCodePoint(code);
  });
}

const attributePatterns = new Map<string, RegExp>();

/** The value of an attribute by its name without prefix, e.g. `id` for `r:id`. */
export function attribute(attributes: string, name: string): string | undefined {
  if (attributes === '') return undefined;
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[^\\s=:]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? decodeText(match[1] ?? match[2]) : undefined;
}
