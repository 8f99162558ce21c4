#!/usr/bin/env node
/**
 * `npm run soak`: every property that takes its case count from test/support/properties.ts
 * (the no-loss properties of reconcile and co-authoring), with FC_NUM_RUNS cases each –
 * 10,000 unless set. Each property prints its case count and seed; a failure prints its
 * counterexample, shrunk. Extra arguments go to jest, e.g. `npm run soak -- --maxWorkers=2`.
 * `npm test` is unaffected and keeps each property's short count.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const runs = process.env.FC_NUM_RUNS || '10000';

/** The test files whose properties read FC_NUM_RUNS. */
function propertyFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'e2e' ? [] : propertyFiles(file);
    return /\.test\.tsx?$/.test(entry.name) &&
      fs.readFileSync(file, 'utf8').includes('propertyRuns(')
      ? [path.relative(ROOT, file)]
      : [];
  });
}

const files = propertyFiles(path.join(ROOT, 'test'));
console.log(`soak: ${runs} cases per property in ${files.join(', ')}`);
const started = Date.now();
const result = spawnSync(
  process.execPath,
  [
    require.resolve('jest/bin/jest'),
    // A soak takes as long as its case count makes it; the limit only has to outlast it.
    '--testTimeout=86400000',
    '--verbose',
    ...process.argv.slice(2),
    ...files,
  ],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FC_NUM_RUNS: runs } },
);
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`soak: ${result.status === 0 ? 'passed' : 'FAILED'} in ${minutes} min`);
process.exit(result.status ?? 1);
