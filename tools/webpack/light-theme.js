'use strict';
/**
 * Fluent's light web theme as one CSS rule of custom properties on :root, for taskpane.html's
 * <head>. The pane's light theme is then in the page before any script runs: FluentProvider
 * gets no theme in a light Office and neither builds nor inserts that rule while the pane
 * renders. A dark Office still gets its theme through FluentProvider, whose rule on the
 * provider's element overrides these for everything inside it, portals included.
 *
 * The values are Fluent's own webLightTheme, read from the copy of @fluentui/react-theme that
 * @fluentui/react-components uses, so the pane's components and the page always agree.
 */
const path = require('path');

function fluentLightTheme() {
  const components = path.dirname(require.resolve('@fluentui/react-components/package.json'));
  const theme = require.resolve('@fluentui/react-theme', { paths: [components] });
  return require(theme).webLightTheme;
}

/** `:root{--name:value;…}` for every token of the theme, in the theme's order. */
function themeRule(theme, selector = ':root') {
  const declarations = Object.entries(theme).map(([name, value]) => {
    const text = String(value);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name) || /[<>{};]/.test(text))
      throw new Error(`light-theme: the token ${name} cannot go into a stylesheet as it is`);
    return `--${name}:${text};`;
  });
  return `${selector}{${declarations.join('')}}`;
}

module.exports = { fluentLightTheme, themeRule, lightThemeRule: () => themeRule(fluentLightTheme()) };
