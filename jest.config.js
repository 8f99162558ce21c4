/** Unit, adapter and xlsx tests. The slow, real-engine suites live in jest.e2e.config.js. */
const shared = {
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': 'ts-jest',
  },
  // office-addin-manifest is ESM-only deep down; nothing under jest needs its code.
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
  },
};

module.exports = {
  // CI may run on a busy two-core machine (ARCHITECTURE.md, "Tests that do not race the
  // clock"). A test waits for state, never for time, so a generous limit costs nothing when
  // the machine is idle; it only has to catch a test that hangs.
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'node', testEnvironment: 'node', testMatch: ['**/*.test.ts'] },
    {
      // The pane's React tests, in jsdom, with Testing Library's waits set to match.
      ...shared,
      displayName: 'pane',
      testEnvironment: 'jsdom',
      testMatch: ['**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/taskpane/setup.ts'],
    },
  ],
};
