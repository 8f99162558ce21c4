import { child, children, decodeEntities, descendants, parseXml, path } from './xml';

describe('the manifest tests’ XML parser', () => {
  it('reads elements, attributes, prefixes, text and entities', () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment with <tags> -->\n` +
        `<a xmlns:bt="urn:x" k='v "q"' n="1 &amp; 2 &lt;3&gt; &#229;&#xE6;">` +
        `<bt:b id="x"/><c>tekst &quot;her&quot;<![CDATA[<raw>&amp;]]></c></a>`,
    );
    expect(root.name).toBe('a');
    expect(root.attrs).toEqual({ 'xmlns:bt': 'urn:x', k: 'v "q"', n: '1 & 2 <3> åæ' });
    const b = child(root, 'b');
    expect([b.name, b.prefix, b.local, b.attrs.id, b.parent]).toEqual([
      'bt:b',
      'bt',
      'b',
      'x',
      root,
    ]);
    expect(path(root, 'c').text).toBe('tekst "her"<raw>&amp;');
    expect(descendants(root).map((e) => e.name)).toEqual(['bt:b', 'c']);
    expect(children(root, 'missing')).toEqual([]);
  });

  it('keeps line numbers', () => {
    const root = parseXml('<a>\n\n  <b/>\n</a>');
    expect(child(root, 'b').line).toBe(3);
  });

  it.each([
    ['<a><b></a>', /closes <b>/],
    ['<a>', /never closed/],
    ['</a>', /without a start tag/],
    ['<a/><b/>', /second root/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ['<a x=1/>', /malformed attributes/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a>& b</a>', /unterminated entity/],
    ['<!DOCTYPE a><a/>', /DTD/],
    ['<a><!-- x -- y --></a>', /inside a comment/],
    ['text<a/>', /outside the root/],
    ['', /no root/],
  ])('rejects %j', (src, message) => {
    expect(() => parseXml(src)).toThrow(message);
  });

  it('decodes numeric references beyond the BMP', () => {
    expect(decodeEntities('&#x1F600;')).toBe('😀');
  });
});
