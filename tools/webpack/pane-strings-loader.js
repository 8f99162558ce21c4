'use strict';
/**
 * For the task pane: a language file without the command line's strings (keys `cli.*`),
 * which the pane never shows. The source stays one file per language, src/i18n/{da,en}.json.
 */
module.exports = function paneStrings(source) {
  const strings = JSON.parse(source);
  for (const key of Object.keys(strings)) {
    if (/^cli\./.test(key)) delete strings[key];
  }
  return JSON.stringify(strings);
};
