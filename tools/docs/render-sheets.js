#!/usr/bin/env node
'use strict';
/**
 * Renders the demo workbook's Status and Matrix sheets to docs/status.png and docs/matrix.png
 * for the README, through LibreOffice (with formulas recalculated) and pdftoppm.
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
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}',
      '--outdir',
      work,
      xlsx,
    ],
    { stdio: 'ignore', timeout: 120000 },
  );
  const pdf = path.join(work, 'demo.pdf');
  // Sheet order: Status, Matrix, Deltagere, Områder, Lister.
  for (const [page, name] of [
    [1, 'status'],
    [2, 'matrix'],
  ]) {
    execFileSync('pdftoppm', ['-png', '-r', '72', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(root, 'docs', name)]);
    console.log(`docs/${name}.png`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
