// Jest runs the TypeScript sources as native ESM (NODE_OPTIONS=--experimental-vm-modules).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151001] } }
    ]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // <rootDir>/.stryker-tmp/: not the tests of Stryker's sandboxes — but inside a sandbox (its own
  // rootDir) the tests are found as usual.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/examples/', '<rootDir>/.stryker-tmp/'],
  modulePathIgnorePatterns: ['<rootDir>/examples/', '<rootDir>/dist/', '<rootDir>/.stryker-tmp/'],
  collectCoverage: true,
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageDirectory: 'coverage',
  // A test that needs longer (a real cargo build, the action on the example project) says so with
  // its own timeout argument and a comment why; anything else that hangs fails within 30 s.
  testTimeout: 30_000,
  verbose: false
}
