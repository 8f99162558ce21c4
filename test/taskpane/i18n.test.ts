/**
 * Every string the pane shows comes from src/i18n: both languages have the same keys and no
 * empty value, every pane key is used, and no component renders literal text of its own.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import da from '../../src/i18n/da.json';
import en from '../../src/i18n/en.json';

const PANE_DIR = path.join(__dirname, '../../src/taskpane');

function sources(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full, ext);
    return ext.test(entry.name) ? [full] : [];
  });
}

const paneKeys = (catalogue: Record<string, string>) =>
  Object.keys(catalogue).filter((key) => key.startsWith('pane.'));

describe("the pane's strings", () => {
  it('exist in Danish and English with the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
    expect(paneKeys(da).length).toBeGreaterThan(50);
  });

  it('have no empty value in either language', () => {
    for (const catalogue of [da, en] as Record<string, string>[]) {
      const empty = paneKeys(catalogue).filter((key) => catalogue[key].trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('are all used by the pane, and the pane uses no key that is missing', () => {
    const code = sources(PANE_DIR, /\.tsx?$/)
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const used = new Set([...code.matchAll(/'(pane\.[\w.]+)'/g)].map((match) => match[1]));
    expect(paneKeys(da).filter((key) => !used.has(key))).toEqual([]);
    expect([...used].filter((key) => !(key in da))).toEqual([]);
  });
});

/** Props whose string value a user sees or hears. */
const TEXT_PROPS = new Set([
  'label',
  'title',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'alt',
  'hint',
  'validationMessage',
  'content',
]);

const LETTERS = /\p{L}/u;

interface Literal {
  file: string;
  line: number;
  text: string;
}

/** Literal user-facing text in a .tsx file: JSX text, and string literals in text props. */
function literalTexts(file: string): Literal[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({
      file: path.relative(PANE_DIR, file),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text,
    });
  const isLiteral = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) report(node, node.text.trim());
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      // {'text'} as a child
      if (isLiteral(node.expression) && LETTERS.test(node.expression.text))
        report(node, node.expression.text);
    }
    if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const value = ts.isJsxExpression(init) ? init.expression : init;
      if (value && isLiteral(value) && LETTERS.test(value.text)) report(node, value.text);
      // label={{ children: 'text' }}
      if (value && ts.isObjectLiteralExpression(value)) {
        for (const property of value.properties) {
          if (
            ts.isPropertyAssignment(property) &&
            property.name.getText(source) === 'children' &&
            isLiteral(property.initializer) &&
            LETTERS.test(property.initializer.text)
          )
            report(property, property.initializer.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the components', () => {
  const files = sources(PANE_DIR, /\.tsx$/);

  it('are found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('render no literal user-facing text: every word comes from the language files', () => {
    expect(files.flatMap(literalTexts)).toEqual([]);
  });

  it('are checked by a scanner that does catch literal text', () => {
    const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pane-i18n-')), 'probe.tsx');
    fs.writeFileSync(
      probe,
      [
        'export const A = () => <div title="Hej">Tekst<b>{"mere"}</b></div>;',
        'export const B = () => <Field label={{ children: "Navn" }} aria-label={`Luk`} />;',
        'export const C = () => <i aria-hidden title={x}> · {y} 42 </i>;',
      ].join('\n'),
    );
    try {
      expect(literalTexts(probe).map((l) => l.text)).toEqual([
        'Hej',
        'Tekst',
        'mere',
        'Navn',
        'Luk',
      ]);
    } finally {
      fs.unlinkSync(probe);
    }
  });
});
