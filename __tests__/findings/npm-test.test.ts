import { toolFor } from '../../src/findings/index.js'

const npmTestParser = toolFor('npm test')
import type { Finding } from '../../src/validations/model.js'
import { FIXTURE_PROJECT, runFixture, runParser } from './fixtures.js'

/** Test files run in parallel, so the order in which failures are printed may vary between runs. */
const byFile = (findings: Finding[]): Finding[] =>
  [...findings].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? ''))

const client = `${FIXTURE_PROJECT}/clients/typescript`
const failingTests = [
  {
    severity: 'error',
    message:
      'keeps the order of the path: AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:',
    test: 'keeps the order of the path',
    file: 'test/graph-suite.test.ts',
    line: 7,
    column: 5
  },
  {
    severity: 'error',
    message:
      'node ids and stats are parsed strictly: AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:',
    test: 'node ids and stats are parsed strictly',
    file: 'test/protocol.test.ts',
    line: 26,
    column: 1
  }
]

describe('npm test parser: node:test', () => {
  it('reads the spec reporter (Node 24, no terminal): counts and failing tests, not suites', () => {
    const report = runFixture(npmTestParser, 'npm test', 'npm-test/node-spec-failing', {
      cwd: client
    })
    expect(report.summary).toBe('node:test: 2 failed, 6 passed, 1 skipped')
    expect(report.counts).toEqual({
      passed: 6,
      failed: 2,
      skipped: 1,
      todo: 0,
      cancelled: 0,
      suitesFailed: 0
    })
    expect(byFile(report.findings)).toEqual(failingTests)
  })

  it('reads the TAP reporter the same way, with absolute locations made relative', () => {
    const command = "node --test --test-reporter=tap 'test/*.test.ts'"
    const report = runFixture(npmTestParser, command, 'npm-test/node-tap-failing', { cwd: client })
    expect(report.summary).toBe('node:test: 2 failed, 6 passed, 1 skipped')
    expect(byFile(report.findings)).toEqual(
      failingTests.map((failure) => ({
        ...failure,
        message: failure.message.replace('AssertionError [ERR_ASSERTION]: ', '')
      }))
    )
  })

  it('reports a passing run', () => {
    const report = runFixture(npmTestParser, 'npm test', 'npm-test/node-spec-passing', {
      cwd: client
    })
    expect(report.summary).toBe('node:test: 6 passed')
    expect(report.findings).toEqual([])
  })

  it("falls back to the listing's ✖ lines when there is no failing-tests section (older Node)", () => {
    const output = [
      '▶ graph',
      '  ✖ finds paths (1.2ms)',
      '    AssertionError [ERR_ASSERTION]: 1 !== 2',
      '  ✔ adds nodes (0.3ms)',
      '▶ graph (2.1ms)',
      '✖ graph (2.2ms)',
      'ℹ tests 2',
      'ℹ pass 1',
      'ℹ fail 1'
    ].join('\n')
    const report = runParser(npmTestParser, 'npm test', output, 1)
    expect(report.findings.map((finding) => finding.test)).toEqual(['finds paths'])
    expect(report.summary).toBe('node:test: 1 failed, 1 passed')
  })

  it('reads TAP with inline errors and escaped names, and ignores # TODO failures', () => {
    const output = [
      'TAP version 13',
      'not ok 1 - handles \\# in names',
      '  ---',
      "  location: '/w/test/a.test.js:3:1'",
      "  error: 'boom'",
      '  ...',
      'not ok 2 - later # TODO',
      '1..2',
      '# pass 0',
      '# fail 1',
      '# todo 1'
    ].join('\n')
    const report = runParser(npmTestParser, 'node --test', output, 1, { cwd: '/w' })
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message: 'handles # in names: boom',
        test: 'handles # in names',
        file: 'test/a.test.js',
        line: 3,
        column: 1
      }
    ])
    expect(report.counts).toMatchObject({ failed: 1, todo: 1 })
  })

  it('says when a run printed no totals', () => {
    expect(runParser(npmTestParser, 'npm test', 'sh: 1: jest: not found', 127).summary).toBe(
      'tests: no totals found (exit 127)'
    )
  })
})

describe('npm test parser: Jest', () => {
  it('reads totals, failing tests with their place, and suites that failed to run', () => {
    const report = runFixture(npmTestParser, 'npx jest --ci', 'npm-test/jest-failing', {
      cwd: '/tmp/readiness-gate-fixtures/jest-project'
    })
    expect(report.summary).toBe('jest: 1 failed, 2 passed, 1 skipped, 1 todo, 2 of 3 suites failed')
    expect(report.counts).toEqual({
      passed: 2,
      failed: 1,
      skipped: 1,
      todo: 1,
      cancelled: 0,
      suitesFailed: 2
    })
    expect(byFile(report.findings)).toEqual(
      byFile([
        {
          severity: 'error',
          message: 'mock data › has timestamps: expect(received).toHaveProperty(path)',
          test: 'mock data › has timestamps',
          file: 'src/__tests__/mock-data.test.js',
          line: 4,
          column: 18
        },
        {
          severity: 'error',
          message:
            "src/__tests__/broken.test.js (test suite failed to run): Cannot find module './does-not-exist' from 'src/__tests__/broken.test.js'",
          test: 'src/__tests__/broken.test.js (test suite failed to run)',
          file: 'src/__tests__/broken.test.js',
          line: 1,
          column: 17
        }
      ])
    )
  })

  it('reports a failure once when Jest repeats it in its summary', () => {
    const block = [
      'FAIL src/a.test.ts',
      '  ● suite › fails',
      '',
      '    boom',
      '',
      '      at Object.<anonymous> (src/a.test.ts:9:3)'
    ]
    const output = [
      ...block,
      'Summary of all failing tests',
      ...block,
      'Test Suites: 1 failed, 1 total',
      'Tests:       1 failed, 4 passed, 5 total'
    ].join('\n')
    const report = runParser(npmTestParser, 'npm test', output, 1)
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message: 'suite › fails: boom',
        test: 'suite › fails',
        file: 'src/a.test.ts',
        line: 9,
        column: 3
      }
    ])
    expect(report.summary).toBe('jest: 1 failed, 4 passed, 1 of 1 suites failed')
  })
})

describe('Jest: suites that failed to run', () => {
  it('take the location their message names (ts-jest, tsc, Babel), relative to the cwd', () => {
    const output = [
      'FAIL src/__tests__/is-matching.test.ts',
      '  ● Test suite failed to run',
      '',
      "    src/is-matching.ts:5:14 - error TS2322: Type 'string' is not assignable to type 'number'.",
      '',
      "    5   const x: number = 'a'",
      'FAIL src/__tests__/other.test.ts',
      '  ● Test suite failed to run',
      '',
      "    src/other.ts(7,3): error TS2304: Cannot find name 'y'.",
      'FAIL src/__tests__/syntax.test.js',
      '  ● Test suite failed to run',
      '',
      '    SyntaxError: /w/project/src/syntax.js: Unexpected token (3:9)',
      'Test Suites: 3 failed, 3 total',
      'Tests:       0 total'
    ].join('\n')
    const report = runParser(npmTestParser, 'npx jest', output, 1, { cwd: '/w/project' })
    expect(report.summary).toBe('jest: 0 failed, 0 passed, 3 of 3 suites failed; tsc: 2 errors')
    const jest = report.findings.filter((finding) => finding.test !== undefined)
    expect(jest.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual([
      'src/is-matching.ts:5:14',
      'src/other.ts:7:3',
      'src/syntax.js:3:9'
    ])
  })
})
