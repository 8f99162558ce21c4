'use strict';
/**
 * For the ribbon's function file only: a language file without the task pane's and the
 * command line's strings (keys `pane.*` and `cli.*`), which the function file never shows.
 * The source stays one file per language, src/i18n/{da,en}.json.
 */
module.exports = function workbookStrings(source) {
  const strings = JSON.parse(source);
  for (const key of Object.keys(strings)) {
    if (/^(pane|cli)\./.test(key)) delete strings[key];
  }
  return JSON.stringify(strings);
};
