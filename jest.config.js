// Jest runs every test: domain units (node), UI components (jsdom via a docblock),
// emulator-backed integration tests and browser tests. SWC transforms TS and the
// ESM-only packages (@pnp/*, jose) so that one fast transform serves them all.
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
  collectCoverageFrom: ['src/domain/**/*.ts', '!src/domain/**/*.test.ts', '!src/domain/**/index.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: {
    'src/domain/': { lines: 95, branches: 95 }
  },
  testTimeout: 30000
};
