/**
 * The light theme taskpane.html declares (tools/webpack/light-theme.js): Fluent's own tokens
 * and values, as FluentProvider would write them, in the page before any script.
 */
import { readFileSync } from 'fs';
import { createRequire } from 'module';
import { join, resolve } from 'path';
import { createCSSRuleFromTheme, webLightTheme } from '@fluentui/react-components';

const ROOT = resolve(__dirname, '..', '..');
const nodeRequire = createRequire(__filename);
const { fluentLightTheme, lightThemeRule, themeRule } = nodeRequire(
  join(ROOT, 'tools/webpack/light-theme.js'),
) as {
  fluentLightTheme(): Record<string, string | number>;
  lightThemeRule(): string;
  themeRule(theme: Record<string, unknown>, selector?: string): string;
};

/** The custom properties a `selector { --a: b; … }` rule declares, by name. */
function declarations(rule: string): Map<string, string> {
  const body = /\{(.*)\}\s*$/s.exec(rule)![1];
  const found = new Map<string, string>();
  for (const part of body.split(';')) {
    const at = part.indexOf(':');
    if (at < 0) continue;
    found.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return found;
}

describe("the page's light theme", () => {
  it("is the webLightTheme the pane's Fluent components come with", () => {
    expect(fluentLightTheme()).toEqual(webLightTheme);
  });

  it('declares every token with the value FluentProvider would give it', () => {
    const ours = declarations(lightThemeRule());
    const fluents = declarations(createCSSRuleFromTheme(':root', webLightTheme));
    expect(ours.size).toBe(Object.keys(webLightTheme).length);
    expect(ours).toEqual(fluents);
    expect(lightThemeRule().startsWith(':root{--')).toBe(true);
  });

  it('refuses a token that would break out of its rule, naming it', () => {
    expect(() => themeRule({ colorBrandBackground: 'red}body{display:none' })).toThrow(
      /colorBrandBackground/,
    );
    expect(() => themeRule({ 'bad name': 'red' })).toThrow(/bad name/);
  });

  it('goes into the head of taskpane.html, before the pane can render', () => {
    const page = readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
    const theme = page.indexOf('<%= lightTheme %>');
    expect(theme).toBeGreaterThan(page.indexOf('<head>'));
    expect(theme).toBeLessThan(page.indexOf('</head>'));
    expect(theme).toBeLessThan(page.indexOf('<script'));
  });
});
