import type { Theme } from '@fluentui/react-components';

/**
 * Fluent's web theme matching Office's: dark when Office paints the pane's background dark
 * (Office's Dark Grey, Black and high-contrast themes), loaded as a chunk of its own. Light
 * otherwise, and where Office does not report a theme (Excel on the web): then there is
 * nothing to load or give FluentProvider, because taskpane.html already declares Fluent's
 * light theme (tools/webpack/light-theme.js).
 */
export function officeTheme(office: typeof Office | undefined): Promise<Theme> | undefined {
  const background = office?.context?.officeTheme?.bodyBackgroundColor;
  if (!background || !isDark(background)) return undefined;
  return import(/* webpackChunkName: "dark-theme" */ './darkTheme').then((m) => m.darkTheme);
}

/** #rrggbb (or #rgb) with a relative luminance below the middle grey. */
export function isDark(colour: string): boolean {
  const hex = colour.trim().replace(/^#/, '');
  const full = hex.length === 3 ? hex.replace(/(.)/g, '$1$1') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
