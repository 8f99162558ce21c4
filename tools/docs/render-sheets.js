#!/usr/bin/env node
'use strict';
/**
 * Renders the demo workbook for the README through LibreOffice (formulas recalculated) and
 * pdftoppm: docs/status.png is the Status sheet's first printed page, the owner's page as it
 * prints on A4; docs/matrix.png is the whole Matrix sheet.
 *
 *   npm run build:cli && node tools/docs/render-sheets.js
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'organisering-docs-'));
try {
  const xlsx = path.join(work, 'demo.xlsx');
  execFileSync(process.execPath, [path.join(root, 'dist/src/cli/main.js'), 'demo', xlsx], { stdio: 'ignore' });

  // A fresh profile that recalculates every formula on load (the file carries no cached values).
  const profile = path.join(work, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" ' +
      'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">' +
      '<value>0</value></prop></item>\n</oor:items>\n',
  );
  const convert = (filter, outdir) =>
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, xlsx],
      { stdio: 'ignore', timeout: 120000 },
    );
  const printed = path.join(work, 'printed');
  convert('pdf:calc_pdf_Export', printed);
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', path.join(printed, 'demo.pdf'), path.join(root, 'docs', 'status')]);
  console.log('docs/status.png');
  // Sheet order: Status, Matrix, Deltagere, Områder, Lister; one page per sheet here.
  convert('pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}', work);
  execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '2', '-l', '2', '-singlefile', path.join(work, 'demo.pdf'), path.join(root, 'docs', 'matrix')]);
  console.log('docs/matrix.png');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
