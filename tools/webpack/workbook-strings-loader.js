'use strict';
/**
 * For the ribbon's function file only: a language file without the task pane's and the
 * command line's strings (keys `pane.*` and `cli.*`), nor the plan to KLAR's and the
 * participants' brief's (`plan.*`, `brief.*`), which a refresh never writes, nor messages
 * (`error.*`, `notice.*`): the ribbon command shows none; it only ends its event. Nor the
 * demo's and the pane's own names (`demo.*`, `app.*`), nor the template's areas (`area.*`):
 * those fill a new tblAreas only, and the ribbon refreshes only a workbook that has one
 * (test/excel/ribbonStrings.test.ts holds it to that).
 * The source stays one file per language, src/i18n/{da,en}.json.
 */
module.exports = function workbookStrings(source) {
  const strings = JSON.parse(source);
  for (const key of Object.keys(strings)) {
    if (/^(pane|cli|plan|brief|error|notice|demo|app|area)\./.test(key)) delete strings[key];
  }
  return JSON.stringify(strings);
};
