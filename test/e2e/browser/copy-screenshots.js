#!/usr/bin/env node
/**
 * `npm run docs:screenshots`: copies the Danish 320 px screenshots of the four parts, which
 * `npm run test:e2e` leaves in test-results/, to docs/pane-<part>.png for the README.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../../..');
const parts = ['start', 'people', 'coverage', 'status'];
const missing = [];
for (const part of parts) {
  const from = path.join(root, 'test-results', `pane-da-${part}-320.png`);
  if (!fs.existsSync(from)) {
    missing.push(from);
    continue;
  }
  fs.copyFileSync(from, path.join(root, 'docs', `pane-${part}.png`));
}
if (missing.length > 0) {
  console.error(`Run npm run test:e2e first; missing:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`Copied ${parts.length} screenshots to docs/.`);
