// Mutation testing (StrykerJS): how well the tests catch changes to the code they cover.
// `npm run mutate` runs every target below, one after another; one target:
// `MUTATE_TARGET=readiness npx stryker run`, narrowed with `--mutate <files>` if need be. Each
// target mutates one area and runs only the test files that exercise it, and each mutant only
// the tests that cover it (coverageAnalysis perTest). Even so a whole target takes hours on two
// busy cores: it is a command, not a CI gate. Reports: reports/mutation/<target>.html and .json;
// the scores are recorded in docs/mutation-testing.md.

/** Each target: the source files it mutates and the test files run against them. */
export const TARGETS = {
  // The verdict: readiness/ and the mapping of an assessment to outputs and exit code.
  readiness: {
    mutate: ['src/readiness/**/*.ts', 'src/verdict-outputs.ts'],
    tests: [
      '__tests__/readiness/**/*.test.ts',
      '__tests__/verdict-outputs.test.ts',
      '__tests__/report/tree-and-assess-statuses.test.ts',
      // readiness/github-evidence.ts end to end: the gate with GitHub's answers from the local server.
      '__tests__/github/evidence.test.ts'
    ]
  },
  report: {
    mutate: ['src/report/**/*.ts'],
    tests: ['__tests__/report/**/*.test.ts']
  },
  // The planner: the plan's modules, the effect policy and its rules.
  planner: {
    mutate: ['src/plan/plan*.ts', 'src/plan/effects.ts', 'src/plan/effect-rules/**/*.ts'],
    tests: [
      '__tests__/plan/plan.test.ts',
      '__tests__/plan/effects.test.ts',
      '__tests__/plan/claims.test.ts',
      '__tests__/plan/package-scripts.test.ts',
      '__tests__/plan/config.test.ts',
      '__tests__/plan/effect-rules.test.ts',
      // Written from the planner-plan survivors (session 16).
      '__tests__/plan/config-entries.test.ts',
      '__tests__/plan/config-verifies.test.ts',
      '__tests__/plan/config-without-lines.test.ts',
      '__tests__/plan/claim-coverage.test.ts',
      '__tests__/plan/verify-item-planning.test.ts',
      '__tests__/plan/script-step-directories.test.ts',
      // Every effect rule with its exact refusal and its check-only twin (session 17).
      '__tests__/plan/effect-rules-*.test.ts'
    ]
  }
}

const name = process.env.MUTATE_TARGET ?? 'readiness'
// A part of a target (run with `--mutate` on some of its files) gets its own report:
// MUTATE_PART=annotations → reports/mutation/report-annotations.json.
const report = process.env.MUTATE_PART ? `${name}-${process.env.MUTATE_PART}` : name
// A part may run fewer test files (MUTATE_TESTS, comma-separated globs): a static mutant (in a
// module-level table or regex) runs every test file of the run, which for the whole report
// target is ~40 s a mutant. A mutant only another file's tests would kill counts as survived,
// so a part's score can only be lower than the whole target's.
const target = TARGETS[name]
if (target === undefined) {
  throw new Error(
    `MUTATE_TARGET=${name} is not a target; use one of: ${Object.keys(TARGETS).join(', ')}`
  )
}
const tests = process.env.MUTATE_TESTS?.split(',') ?? target.tests

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // Jest runs the TypeScript sources as native ESM (see jest.config.js and the npm test script).
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings'],
  coverageAnalysis: 'perTest',
  mutate: target.mutate,
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    config: {
      testMatch: tests.map((test) => `<rootDir>/${test}`),
      collectCoverage: false
    },
    enableFindRelatedTests: false
  },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['dist', 'coverage', 'reports', 'bench/.tmp', '.stryker-tmp'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${report}.html` },
  jsonReporter: { fileName: `reports/mutation/${report}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 80, low: 60, break: null }
}
