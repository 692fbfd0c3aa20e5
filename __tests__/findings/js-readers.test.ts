/**
 * The JavaScript/TypeScript tools' output, as the real tools printed it on examples/node-ts-app
 * (scripts/regen-tool-fixtures.sh node-ts-app): counts equal the tools' own totals, every place a
 * tool prints is a finding with that file and line, and the reader is chosen by the output, so
 * the same output gives the same report under the tool's command or an npm script running it.
 */
import type { Finding } from '../../src/validations/model.js'
import { toolFor } from '../../src/findings/index.js'
import { fixtureText, runFixture, runParser } from './fixtures.js'

const APP = '/tmp/readiness-gate-fixtures/node-ts-app'
const run = (command: string, name: string) =>
  runFixture(toolFor(command), command, name, { cwd: APP })
const places = (findings: Finding[]) =>
  findings.map(
    (f) => `${f.file ?? '-'}:${f.line ?? '-'}:${f.column ?? '-'}${f.code ? ` ${f.code}` : ''}`
  )

const typeErrors = ['src/duration.ts:10:7 TS2322', 'src/duration.ts:11:9 TS6133']

describe('Vitest', () => {
  it('reads a failing run: "Tests  1 failed | 4 passed | 1 skipped (6)", the failure at its line', () => {
    expect(fixtureText('vitest/failing.txt')).toContain(
      'Tests  1 failed | 4 passed | 1 skipped (6)'
    )
    const report = run('npm test', 'vitest/failing')
    expect(report.summary).toBe('vitest: 1 failed, 4 passed, 1 skipped')
    expect(report.counts).toMatchObject({ failed: 1, passed: 4, skipped: 1 })
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message:
          "slugify > drops accents: AssertionError: expected 'creme-brulee' to be 'crème-brûlée' // Object.is equality",
        test: 'slugify > drops accents',
        file: 'test/slug.test.ts',
        line: 10,
        column: 37
      }
    ])
  })

  it('reads a passing run, and the same under `npx vitest run`', () => {
    for (const command of ['npm test', 'npx vitest run', 'make check']) {
      const report = run(command, 'vitest/passing')
      expect(report.summary).toBe('vitest: 5 passed, 1 skipped')
      expect(report.findings).toEqual([])
    }
  })

  it('reads a file that could not run as a failed suite, with its place', () => {
    const output = [
      ' ❯ legacy-test/range.spec.js (0 test)',
      '⎯⎯⎯⎯⎯⎯ Failed Suites 1 ⎯⎯⎯⎯⎯⎯⎯',
      '',
      ' FAIL  legacy-test/range.spec.js [ legacy-test/range.spec.js ]',
      'ReferenceError: describe is not defined',
      ' ❯ legacy-test/range.spec.js:4:1',
      '',
      ' Test Files  1 failed | 2 passed (3)',
      '      Tests  5 passed | 1 skipped (6)'
    ].join('\n')
    const report = runParser(toolFor('npx vitest run'), 'npx vitest run', output, 1)
    expect(report.summary).toBe('vitest: 0 failed, 5 passed, 1 skipped, 1 of 3 files failed')
    expect(report.findings).toEqual([
      expect.objectContaining({
        test: 'legacy-test/range.spec.js (suite failed to run)',
        file: 'legacy-test/range.spec.js',
        line: 4,
        column: 1
      })
    ])
  })
})

describe('tsc, wherever it runs', () => {
  it.each([
    ['npm run typecheck', 'tsc/npm-typecheck'],
    ['npx tsc --noEmit', 'tsc/plain'],
    ['npx tsc --noEmit --pretty', 'tsc/pretty'],
    // The same output under any command: the reader is chosen by what the output is.
    ['npm run check', 'tsc/plain'],
    ['make types', 'tsc/npm-typecheck']
  ])('%s (%s): "tsc: 2 errors" at their places', (command, name) => {
    const report = run(command, name)
    expect(report.summary).toBe('tsc: 2 errors')
    expect(report.counts).toEqual({ errors: 2, warnings: 0 })
    expect(places(report.findings)).toEqual(typeErrors)
  })

  it("counts rollup-plugin-typescript2's diagnostics once, though rollup prints them twice", () => {
    const text = fixtureText('rollup/rpt2-semantic-error.txt')
    expect(text.split('TS2322').length - 1).toBe(2)
    const report = run('npm run build', 'rollup/rpt2-semantic-error')
    expect(report.summary).toBe('tsc: 2 errors')
    expect(places(report.findings)).toEqual(typeErrors)
  })

  it("reads rpt2's unpretty form, @rollup/plugin-typescript's and webpack ts-loader's", () => {
    const output = [
      "[!] (plugin rpt2) RollupError: src/index.ts(3,7): semantic error TS2322: Type 'string' is not assignable to type 'number'.",
      "(!) [plugin typescript] src/a.ts (4:2): @rollup/plugin-typescript TS2304: Cannot find name 'x'.",
      '[tsl] ERROR in /tmp/readiness-gate-fixtures/node-ts-app/src/b.ts(5,9)',
      "      TS2551: Property 'lenght' does not exist on type 'string'."
    ].join('\n')
    const report = runParser(toolFor('npm run build'), 'npm run build', output, 1, { cwd: APP })
    expect(report.summary).toBe('tsc: 3 errors')
    expect(places(report.findings)).toEqual([
      'src/index.ts:3:7 TS2322',
      'src/a.ts:4:2 TS2304',
      'src/b.ts:5:9 TS2551'
    ])
  })

  it('a clean type check is "tsc: no errors" when the step runs tsc, never "build: ok"', () => {
    expect(run('npm run typecheck', 'tsc/clean').summary).toBe('tsc: no errors')
    expect(runParser(toolFor('npx tsc --noEmit'), 'npx tsc --noEmit', '', 0).summary).toBe(
      'tsc: no errors'
    )
    // Without a hint that tsc ran, silence proves nothing about types.
    expect(runParser(toolFor('npm run build'), 'npm run build', '', 0).summary).toBe('build: ok')
  })

  it('reads tests and type errors from one step (`vitest run; tsc --noEmit`)', () => {
    const report = run('npx vitest run; npx tsc --noEmit', 'vitest/and-tsc')
    expect(report.summary).toBe('vitest: 1 failed, 4 passed, 1 skipped; tsc: 2 errors')
    expect(report.counts).toMatchObject({ 'vitest.failed': 1, 'vitest.passed': 4, 'tsc.errors': 2 })
    expect(places(report.findings)).toEqual(['test/slug.test.ts:10:37', ...typeErrors])
  })
})

describe('ESLint', () => {
  const lintErrors = [
    'src/slug.ts:3:7 prefer-const',
    'src/slug.ts:3:7 @typescript-eslint/no-unused-vars',
    'src/slug.ts:3:15 @typescript-eslint/no-explicit-any'
  ]

  it.each([
    ['npx eslint .', 'eslint/stylish'],
    ['npm run lint', 'eslint/npm-lint'],
    ['npx eslint -f compact .', 'eslint/compact']
  ])('%s (%s): "✖ 3 problems (3 errors, 0 warnings)"', (command, name) => {
    const report = run(command, name)
    expect(report.summary).toBe('eslint: 3 errors')
    expect(report.counts).toEqual({ errors: 3, warnings: 0 })
    expect(places(report.findings)).toEqual(lintErrors)
  })

  it('a clean run prints nothing: "no problems" only when the step runs eslint', () => {
    expect(run('npx eslint .', 'eslint/clean').summary).toBe('eslint: no problems')
    expect(
      runParser(toolFor('npm run lint'), 'npm run lint', '\n> x@1.0.0 lint\n> eslint .\n', 0)
        .summary
    ).toBe('eslint: no problems')
    expect(runParser(toolFor('make lint'), 'make lint', '', 0).summary).toBe('exit 0')
  })
})

describe('Prettier and Biome', () => {
  it('prettier --check: the files it names, its own count', () => {
    for (const [command, name] of [
      ['npx prettier --check .', 'prettier/check'],
      ['npm run format:check', 'prettier/npm-format-check']
    ] as const) {
      const report = run(command, name)
      expect(report.summary).toBe('prettier: 2 files not formatted')
      expect(report.findings.map((f) => f.file)).toEqual(['legacy/range.js', 'src/slug.ts'])
    }
    expect(run('npx prettier --check .', 'prettier/clean').summary).toBe(
      'prettier: all files formatted'
    )
  })

  it.each([
    ['npx biome check src', 'biome/check'],
    ['npx biome check --reporter=concise src', 'biome/check-concise']
  ])('%s: "Found 2 errors." with the lint error at its place', (command, name) => {
    const report = run(command, name)
    expect(report.summary).toBe('biome: 2 errors')
    expect(places(report.findings)).toEqual([
      'src/duration.ts:10:10 lint/suspicious/noDoubleEquals',
      'src/slug.ts:-:- format'
    ])
  })

  it('a clean Biome run', () => {
    expect(run('npx biome check src', 'biome/clean').summary).toBe(
      'biome: no problems in 3 files checked'
    )
  })
})

describe('tstyche, Mocha and coverage thresholds', () => {
  it('tstyche: "Tests: 1 failed, 1 passed, 2 total", the failing assertion at its place', () => {
    const report = run('npm run test:types', 'tstyche/failing')
    expect(report.summary).toBe('tstyche: 1 failed, 1 passed')
    expect(places(report.findings)).toEqual(['typetests/slug.tst.ts:10:39'])
    expect(run('npx tstyche', 'tstyche/passing').summary).toBe('tstyche: 2 passed')
  })

  it('mocha (spec and TAP reporters): "2 passing, 1 failing", the failure at its test line', () => {
    for (const [command, name] of [
      ['npx mocha', 'mocha/failing'],
      ['npx mocha --reporter tap', 'mocha/tap']
    ] as const) {
      const report = run(command, name)
      expect(report.summary).toBe('mocha: 1 failed, 2 passed')
      expect(places(report.findings)).toEqual(['legacy-test/range.spec.js:10:12'])
    }
    expect(run('npx mocha', 'mocha/passing').summary).toBe('mocha: 3 passed')
  })

  it('c8 --100: the run fails on coverage alone, and the summary says why', () => {
    const report = run('npm run test:legacy', 'coverage/c8-threshold')
    expect(report.summary).toBe('c8: branches 92.85% < 100%; mocha: 3 passed')
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message: 'coverage for branches: 92.85% is below the threshold of 100%',
        code: 'coverage-threshold'
      }
    ])
    expect(run('npm run test:legacy', 'coverage/c8-passing').summary).toBe('mocha: 3 passed')
  })

  it.each([
    [
      'npx jest --coverage',
      'Jest: "global" coverage threshold for branches (100%) not met: 96.77%',
      'jest coverage: branches 96.77% < 100%'
    ],
    [
      'npx nyc mocha',
      'ERROR: Coverage for lines (50%) does not meet threshold (90%) for src/x.js',
      'nyc: lines 50% < 90% (src/x.js)'
    ]
  ])('%s', (command, line, summary) => {
    expect(runParser(toolFor(command), command, line, 1).summary).toBe(summary)
  })
})

describe('when nothing is recognised', () => {
  it('says "no totals found", never counts of zero', () => {
    const report = runParser(toolFor('npm test'), 'npm test', 'Error: Cannot find module vitest', 1)
    expect(report.summary).toBe('tests: no totals found (exit 1)')
    expect(report.counts).toEqual({})
  })
})
