/**
 * A small, strict XML parser for the add-in manifest: elements, attributes, text, comments,
 * CDATA, the XML declaration and the five predefined entities plus numeric character
 * references. No DTDs, no external entities. Good enough for a well-formed manifest, and it
 * throws, with a line number, on anything that is not well-formed.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. `bt:Image`. */
  name: string;
  /** Name without its prefix, e.g. `Image`. */
  local: string;
  /** Prefix, or '' when there is none. */
  prefix: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text directly inside this element (not in child elements), decoded. */
  text: string;
  line: number;
  parent: XmlElement | null;
}

export class XmlError extends Error {
  constructor(message: string, line: number) {
    super(`XML line ${line}: ${message}`);
  }
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

export function decodeEntities(s: string, line = 0): string {
  return s.replace(/&([^;&\s]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new XmlError(`unterminated entity "${m}"`, line);
    switch (body) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (num) {
      const code = num[1] ? parseInt(num[1], 16) : parseInt(num[2], 10);
      if (code > 0x10ffff) throw new XmlError(`bad character reference "${m}"`, line);
      return String.fromCodePoint(code);
    }
    throw new XmlError(`unknown entity "${m}"`, line);
  });
}

function makeElement(name: string, line: number, parent: XmlElement | null): XmlElement {
  const i = name.indexOf(':');
  return {
    name,
    local: i >= 0 ? name.slice(i + 1) : name,
    prefix: i >= 0 ? name.slice(0, i) : '',
    attrs: {},
    children: [],
    text: '',
    line,
    parent,
  };
}

function parseAttributes(src: string, el: XmlElement, line: number): void {
  const re = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) return;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) throw new XmlError(`malformed attributes in <${el.name}>: "${src.trim()}"`, line);
    const [, name, , dq, sq] = m;
    if (!NAME.test(name)) throw new XmlError(`bad attribute name "${name}"`, line);
    if (name in el.attrs) throw new XmlError(`duplicate attribute "${name}" on <${el.name}>`, line);
    const raw = dq ?? sq ?? '';
    if (raw.includes('<')) throw new XmlError(`"<" in attribute "${name}"`, line);
    el.attrs[name] = decodeEntities(raw, line);
    pos = re.lastIndex;
  }
}

/** Parses a document and returns its root element. */
export function parseXml(source: string): XmlElement {
  let src = source;
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  let pos = 0;
  let line = 1;
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];

  const advance = (to: number) => {
    for (let i = pos; i < to; i++) if (src.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const expectEnd = (marker: string, what: string): number => {
    const end = src.indexOf(marker, pos);
    if (end < 0) throw new XmlError(`unterminated ${what}`, line);
    return end;
  };

  while (pos < src.length) {
    const lt = src.indexOf('<', pos);
    const textEnd = lt < 0 ? src.length : lt;
    if (textEnd > pos) {
      const raw = src.slice(pos, textEnd);
      const top = stack[stack.length - 1];
      if (raw.includes(']]>')) throw new XmlError('"]]>" in text', line);
      if (top) top.text += decodeEntities(raw, line);
      else if (raw.trim()) throw new XmlError('text outside the root element', line);
      advance(textEnd);
      continue;
    }
    if (src.startsWith('<?', pos)) {
      const end = expectEnd('?>', 'processing instruction');
      if (pos !== 0 && src.startsWith('<?xml ', pos)) {
        throw new XmlError('XML declaration not at the start', line);
      }
      advance(end + 2);
    } else if (src.startsWith('<!--', pos)) {
      const end = expectEnd('-->', 'comment');
      if (src.slice(pos + 4, end).includes('--')) throw new XmlError('"--" inside a comment', line);
      advance(end + 3);
    } else if (src.startsWith('<![CDATA[', pos)) {
      const end = expectEnd(']]>', 'CDATA section');
      const top = stack[stack.length - 1];
      if (!top) throw new XmlError('CDATA outside the root element', line);
      top.text += src.slice(pos + 9, end);
      advance(end + 3);
    } else if (src.startsWith('<!', pos)) {
      throw new XmlError('DTDs and declarations are not supported', line);
    } else if (src.startsWith('</', pos)) {
      const end = expectEnd('>', 'end tag');
      const name = src.slice(pos + 2, end).trim();
      const top = stack.pop();
      if (!top) throw new XmlError(`end tag </${name}> without a start tag`, line);
      if (top.name !== name) {
        throw new XmlError(`</${name}> closes <${top.name}> (opened on line ${top.line})`, line);
      }
      advance(end + 1);
    } else {
      // Start tag: find its '>' outside quoted attribute values.
      let i = pos + 1;
      let quote = '';
      for (; i < src.length; i++) {
        const c = src[i];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") {
          quote = c;
        } else if (c === '>') {
          break;
        } else if (c === '<') {
          throw new XmlError('"<" inside a tag', line);
        }
      }
      if (i >= src.length) throw new XmlError('unterminated start tag', line);
      const selfClosing = src[i - 1] === '/';
      const body = src.slice(pos + 1, selfClosing ? i - 1 : i);
      const m = /^([^\s/>]+)([\s\S]*)$/.exec(body);
      if (!m || !NAME.test(m[1])) throw new XmlError(`bad tag "<${body}>"`, line);
      if (m[2] && !/^\s/.test(m[2])) throw new XmlError(`bad tag "<${body}>"`, line);
      const parent = stack[stack.length - 1] ?? null;
      if (!parent && root) throw new XmlError(`second root element <${m[1]}>`, line);
      const el = makeElement(m[1], line, parent);
      parseAttributes(m[2], el, line);
      if (parent) parent.children.push(el);
      else root = el;
      if (!selfClosing) stack.push(el);
      advance(i + 1);
    }
  }
  if (stack.length) {
    const open = stack[stack.length - 1];
    throw new XmlError(`<${open.name}> (line ${open.line}) is never closed`, line);
  }
  if (!root) throw new XmlError('no root element', line);
  return root;
}

/** Child elements with the given local name (the prefix is ignored). */
export function children(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

/** The one child element with the given local name; throws if there is not exactly one. */
export function child(el: XmlElement, local: string): XmlElement {
  const found = children(el, local);
  if (found.length !== 1) {
    throw new Error(`<${el.name}> (line ${el.line}) has ${found.length} <${local}> children`);
  }
  return found[0];
}

/** Follows a path of local names from `el`, each step exactly one child. */
export function path(el: XmlElement, ...locals: string[]): XmlElement {
  return locals.reduce((cur, local) => child(cur, local), el);
}

/** Every element below `el` (depth first, document order), optionally filtered. */
export function descendants(el: XmlElement, pred?: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (!pred || pred(c)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** Ancestors' local names from the root down, for messages: `OfficeApp/DisplayName`. */
export function where(el: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | null = el; e; e = e.parent) names.unshift(e.name);
  return `${names.join('/')} (line ${el.line})`;
}
