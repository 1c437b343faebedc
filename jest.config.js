// Jest runs every test: domain units (node), UI components (jsdom via a docblock),
// emulator-backed integration tests and browser tests. SWC transforms TS and the
// ESM-only packages (@pnp/*, jose) so that one fast transform serves them all.
const fs = require('fs');
const path = require('path');
const { transformSync } = require('esbuild');

// V8 coverage reports a file that only declares types (erased at compile time, so never
// loaded) as 0% covered. Such files have no runtime code to cover: list the domain files
// that do compile to code, and measure those.
function domainFilesWithRuntimeCode(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return domainFilesWithRuntimeCode(file);
    if (!/\.ts$/.test(entry.name) || /\.test\.ts$/.test(entry.name)) return [];
    const code = transformSync(fs.readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' }).code;
    const runtime = code
      .replace(/^export \{\s*\};?\s*$/gm, '')
      .replace(/^export \* from .*$/gm, '')
      .trim();
    return runtime ? [path.relative(__dirname, file).split(path.sep).join('/')] : [];
  });
}

// What every project shares: one transform (SWC), the same module mapping.
const shared = {
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'classic' } },
          target: 'es2022'
        },
        module: { type: 'commonjs' }
      }
    ]
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|jose|@microsoft/teams\\.|strip-bom)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/test/support/styleStub.js'
  },
  testEnvironment: 'node'
};

// Three projects, so that `npm test` can measure coverage where it is asserted (the domain,
// by its own unit tests) without paying V8 coverage on the slow suites, and so that a person
// can run one kind alone (`npx jest --selectProjects domain`).
//  - domain: the rules, pure functions (src/domain).
//  - components: React screens over the in-memory store (jsdom by docblock) and small checks.
//  - integration: real HTTP to the emulator and the case service, and headless Chromium.
/** @type {import('jest').Config} */
module.exports = {
  // Jest's default on a 2-core machine is ONE worker (cores - 1): most suites wait on HTTP or a
  // browser rather than the CPU, so both cores are used (measured: see README, "Tests").
  maxWorkers: '100%',
  // A worker whose heap is over 512 MB after a file is replaced before the next one. Jest gives a
  // worker 500 ms to exit at the end and a Node process's exit takes longer the bigger its heap: at
  // about 1 GB, mostly garbage from the screen tests, it took 550-650 ms and Jest printed "A worker
  // process has failed to exit gracefully" although nothing was left open. Costs the screen tests
  // about 20 s (each new worker compiles React and Fluent UI again); the integration files about none.
  workerIdleMemoryLimit: '512MB',
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/support/slowestSuitesReporter.js'],
  // Longest files first from recorded durations, so both workers end together (see the file).
  testSequencer: '<rootDir>/test/support/longestFirstSequencer.js',
  // V8 coverage works with any transform (SWC here) and needs no instrumentation step.
  coverageProvider: 'v8',
  collectCoverageFrom: domainFilesWithRuntimeCode(path.join(__dirname, 'src', 'domain')),
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: {
    'src/domain/': { lines: 95, branches: 95 }
  },
  projects: [
    { ...shared, displayName: 'domain', roots: ['<rootDir>/src'], testMatch: ['**/*.test.ts', '**/*.test.tsx'] },
    {
      ...shared,
      displayName: 'components',
      roots: ['<rootDir>/test'],
      testMatch: ['<rootDir>/test/{ui,foundation}/**/*.test.{ts,tsx}'],
      // jsdom keeps only the style rules that can hide an element: see the file for why (after the
      // test framework, as it puts cssom's insertRule back in an afterAll).
      setupFilesAfterEnv: ['<rootDir>/test/support/onlyVisibilityStyleRules.js']
    },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test', '<rootDir>/local'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/ui/', '<rootDir>/test/foundation/', '<rootDir>/test/shipped/']
    },
    // The release bundle read out of the .sppkg (issue 19): needs `npm run build` first, so it is
    // run after the build (`npm run test:shipped`, and by .ci/run), not by `npm test`.
    { ...shared, displayName: 'shipped', roots: ['<rootDir>/test/shipped'], testMatch: ['**/*.test.ts'] }
  ]
};
