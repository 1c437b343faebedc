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

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/local'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
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
  // V8 coverage works with any transform (SWC here) and needs no instrumentation step.
  coverageProvider: 'v8',
  collectCoverageFrom: domainFilesWithRuntimeCode(path.join(__dirname, 'src', 'domain')),
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: {
    'src/domain/': { lines: 95, branches: 95 }
  },
  testTimeout: 30000
};
