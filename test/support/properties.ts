import fc from 'fast-check';

/**
 * How hard the no-loss properties are tried. `npm test` runs each with its own short count,
 * so CI stays quick. `npm run soak` (tools/soak.js) sets FC_NUM_RUNS, the one setting for all
 * of them, and then every property prints its case count and seed whether it holds or not,
 * so a run can be repeated exactly (`fc.assert(property, { seed, path })`); a failure also
 * prints the counterexample, shrunk.
 */
const SOAK_RUNS_ENV = 'FC_NUM_RUNS';

function soakRuns(): number | null {
  const raw = process.env[SOAK_RUNS_ENV];
  if (raw === undefined || raw === '') return null;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`${SOAK_RUNS_ENV} must be a whole number above 0, not "${raw}"`);
  }
  return runs;
}

/** fast-check's parameters for a property: `defaultForCi` cases, or FC_NUM_RUNS in a soak. */
export function propertyRuns<Ts>(defaultForCi: number): fc.Parameters<Ts> {
  const runs = soakRuns();
  if (runs === null) return { numRuns: defaultForCi };
  const name = expect.getState().currentTestName ?? 'a property';
  const started = Date.now();
  return {
    numRuns: runs,
    reporter: (out) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const lines = [`[soak] ${name}`];
      if (out.failed) {
        lines.push(
          `  FAILED at case ${out.numRuns} of ${runs}: seed ${out.seed}, path "${out.counterexamplePath}", ${seconds} s`,
          `  counterexample, shrunk ${out.numShrinks} times: ${fc.stringify(out.counterexample)}`,
        );
      } else {
        lines.push(`  held for ${out.numRuns} cases: seed ${out.seed}, ${seconds} s`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
      // A reporter replaces fast-check's own, so the failure is thrown here as fast-check would.
      if (out.failed) {
        throw Object.assign(new Error(fc.defaultReportMessage(out)), { cause: out.errorInstance });
      }
    },
  };
}
