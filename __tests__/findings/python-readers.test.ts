/**
 * Python tools' output, as Debian's pytest 7.2, unittest (Python 3.11), mypy 1.0, flake8 5.0,
 * pylint 2.16 and coverage.py printed it on examples/python-app (scripts/regen-tool-fixtures.sh
 * python): the tools' own counts, every place they print as a finding.
 */
import type { Finding } from '../../src/validations/model.js'
import { toolFor } from '../../src/findings/index.js'
import { fixtureText, runFixture, runParser } from './fixtures.js'

const APP = '/tmp/readiness-gate-fixtures/python-app'
const run = (command: string, name: string) =>
  runFixture(toolFor(command), command, name, { cwd: APP })
const places = (findings: Finding[]) =>
  findings.map(
    (f) =>
      `${f.file ?? '-'}:${f.line ?? '-'}${f.column ? `:${f.column}` : ''}${f.code ? ` ${f.code}` : ''}`
  )

describe('pytest', () => {
  it.each([
    ['python3 -m pytest', 'pytest/failing'],
    ['python3 -m pytest -q', 'pytest/failing-quiet'],
    ['make test', 'pytest/failing']
  ])('%s (%s): "3 failed, 4 passed, 1 skipped", each failure in its test file', (command, name) => {
    expect(fixtureText(`${name}.txt`)).toContain('3 failed, 4 passed, 1 skipped in ')
    const report = run(command, name)
    expect(report.summary).toBe('pytest: 3 failed, 4 passed, 1 skipped')
    expect(report.counts).toMatchObject({ failed: 3, passed: 4, skipped: 1 })
    expect(report.findings).toEqual([
      expect.objectContaining({
        test: 'test_counts_words',
        file: 'tests/test_counting.py',
        line: 9,
        message: 'test_counts_words: AssertionError: assert 3 == 4'
      }),
      // The test's own line, not the library line where the TypeError was raised.
      expect.objectContaining({
        test: 'test_empty_text_takes_no_time',
        file: 'tests/test_counting.py',
        line: 21
      }),
      expect.objectContaining({
        test: 'WordCountTest::test_ignores_punctuation',
        file: 'tests/test_unittest_style.py',
        line: 10,
        message: 'WordCountTest::test_ignores_punctuation: AssertionError: 2 != 3'
      })
    ])
  })

  it('a passing run, and a collection error', () => {
    expect(run('pytest', 'pytest/passing').summary).toBe('pytest: 7 passed, 1 skipped')
    const output = [
      '==================================== ERRORS ====================================',
      '____________________ ERROR collecting tests/test_db.py _____________________',
      'tests/test_db.py:1: in <module>',
      '    import db',
      "E   ModuleNotFoundError: No module named 'db'",
      '=========================== short test summary info ============================',
      "ERROR tests/test_db.py - ModuleNotFoundError: No module named 'db'",
      '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!!',
      '=============================== 1 error in 0.05s ==============================='
    ].join('\n')
    const report = runParser(toolFor('pytest'), 'pytest', output, 2)
    expect(report.summary).toBe('pytest: 0 passed, 1 error')
    expect(places(report.findings)).toEqual(['tests/test_db.py:1'])
  })
})

describe('unittest', () => {
  it('"Ran 2 tests … FAILED (failures=1)": the failure at its line in the test', () => {
    const report = run('python3 -m unittest', 'unittest/failing')
    expect(report.summary).toBe('unittest: 1 failed, 1 passed')
    expect(report.findings).toEqual([
      expect.objectContaining({
        file: 'tests/test_unittest_style.py',
        line: 10,
        message: expect.stringContaining('AssertionError: 2 != 3')
      })
    ])
    expect(run('python3 -m unittest -v', 'unittest/passing').summary).toBe('unittest: 2 passed')
  })

  it('reads errors and skips from the outcome line', () => {
    const output = ['Ran 5 tests in 0.002s', '', 'FAILED (failures=1, errors=1, skipped=2)'].join(
      '\n'
    )
    const report = runParser(toolFor('python -m unittest'), 'python -m unittest', output, 1)
    expect(report.summary).toBe('unittest: 1 failed, 1 passed, 2 skipped, 1 error')
  })
})

describe('mypy, flake8, pylint', () => {
  it('mypy: "Found 5 errors in 2 files", every error at its line', () => {
    const report = run('mypy', 'mypy/errors')
    expect(report.summary).toBe('mypy: 5 errors in 2 files')
    expect(places(report.findings)).toEqual([
      'textstats/counting.py:12 assignment',
      'textstats/counting.py:13 return-value',
      'textstats/counting.py:21 name-defined',
      'textstats/__init__.py:8 no-untyped-def',
      'textstats/__init__.py:9 operator'
    ])
    expect(run('mypy', 'mypy/clean').summary).toBe('mypy: no issues')
  })

  it('pyright 1.1.414 (npm): "4 errors, 0 warnings, 0 informations", each with its rule', () => {
    const report = run('npx pyright textstats', 'pyright/errors')
    expect(report.summary).toBe('pyright: 4 errors')
    expect(places(report.findings)).toEqual([
      'textstats/__init__.py:9:12 reportOperatorIssue',
      'textstats/counting.py:12:18 reportAssignmentType',
      'textstats/counting.py:13:12 reportReturnType',
      'textstats/counting.py:21:23 reportUndefinedVariable'
    ])
    expect(report.findings[1]!.message).toBe('Type "int" is not assignable to declared type "str"')
    expect(run('npx pyright', 'pyright/clean').summary).toBe('pyright: no errors')
  })

  it('flake8: each problem at its line and column', () => {
    const report = run('flake8', 'flake8/errors')
    expect(report.summary).toBe('flake8: 3 problems')
    expect(places(report.findings)).toEqual([
      'textstats/counting.py:4:1 F401',
      'textstats/counting.py:21:23 F821',
      'textstats/counting.py:21:101 E501'
    ])
    expect(run('flake8', 'flake8/clean').summary).toBe('flake8: no problems')
    expect(runParser(toolFor('make lint'), 'make lint', '', 0).summary).toBe('exit 0')
  })

  it('pylint: messages by category, with the rating', () => {
    const report = run('pylint textstats tests', 'pylint/errors')
    expect(report.summary).toBe('pylint: 1 error, 1 warning, 2 notices (rated 8.10/10)')
    expect(places(report.findings)).toEqual([
      'textstats/__init__.py:9:12 C0209 consider-using-f-string',
      'textstats/counting.py:21:1 C0301 line-too-long',
      'textstats/counting.py:21:23 E0602 undefined-variable',
      'textstats/counting.py:4:1 W0611 unused-import'
    ])
    expect(run('pylint textstats tests', 'pylint/clean').summary).toBe(
      'pylint: no problems (rated 10.00/10)'
    )
  })
})

describe('coverage thresholds', () => {
  it('pytest-cov and coverage.py say which total missed which threshold', () => {
    const command = 'python3 -m pytest -q --cov=textstats --cov-fail-under=100'
    expect(run(command, 'coverage/pytest-cov-fail').summary).toBe(
      'pytest-cov: total 90.91% < 100%; pytest: 7 passed, 1 skipped'
    )
    expect(run(command, 'coverage/pytest-cov-met').summary).toBe(
      'pytest: 7 passed, 1 skipped; pytest-cov: total 100.00% ≥ 100%'
    )
    expect(run('python3-coverage report', 'coverage/coverage-py-fail').summary).toBe(
      'coverage.py: total 91% < 100%'
    )
  })
})
