import { Theme, webLightTheme } from '@fluentui/react-components';

/**
 * Fluent's web theme matching Office's: dark when Office paints the pane's background dark
 * (Office's Dark Grey, Black and high-contrast themes). Where Office does not report a theme
 * (Excel on the web), the light theme. Fluent computes a theme's tokens when its module runs,
 * so the dark one is a chunk of its own, run only in a dark Office.
 */
export function officeTheme(office: typeof Office | undefined): Theme | Promise<Theme> {
  const background = office?.context?.officeTheme?.bodyBackgroundColor;
  if (!background || !isDark(background)) return webLightTheme;
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
