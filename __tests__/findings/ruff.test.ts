/**
 * ruff 0.17.4's `ruff check` (concise and full output formats) and `ruff format --check`, from
 * real ruff diagnostics on examples/python-app (scripts/regen-tool-fixtures.sh ruff: Astral's
 * WebAssembly build, laid out as the ruff CLI prints them; see the fixtures' README): ruff's own
 * "Found N errors.", and every place it prints as a finding — the same places flake8 prints for the
 * same faults.
 */
import type { Finding } from '../../src/validations/model.js'
import { toolFor } from '../../src/findings/index.js'
import { fixtureText, runFixture, runParser } from './fixtures.js'

const APP = '/tmp/readiness-gate-fixtures/python-app'
const run = (command: string, name: string) =>
  runFixture(toolFor(command), command, name, { cwd: APP })
const places = (findings: Finding[]) =>
  findings.map((f) => `${f.file ?? '-'}:${f.line ?? '-'}:${f.column ?? '-'} ${f.code ?? '-'}`)

const FAULTS = [
  'textstats/counting.py:4:8 F401',
  'textstats/counting.py:20:23 F821',
  'textstats/counting.py:20:101 E501'
]

describe('ruff check', () => {
  it.each([
    ['ruff check', 'ruff/concise'],
    ['ruff check --output-format=full', 'ruff/full'],
    // Through a script, with no hint from the command: ruff's closing line names it.
    ['make lint', 'ruff/concise'],
    ['npm run lint', 'ruff/full']
  ])('%s (%s): "Found 3 errors.", each at its place', (command, name) => {
    expect(fixtureText(`${name}.txt`)).toContain('Found 3 errors.')
    const report = run(command, name)
    expect(report.summary).toBe('ruff: 3 errors (1 fixable)')
    expect(report.counts).toEqual({ errors: 3, fixable: 1 })
    expect(places(report.findings)).toEqual(FAULTS)
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      message: '`os` imported but unused'
    })
  })

  it('a clean run', () => {
    expect(run('ruff check .', 'ruff/clean').summary).toBe('ruff: no problems')
    expect(run('make lint', 'ruff/clean').summary).toBe('ruff: no problems')
  })

  it("concise lines without the closing line are ruff's only when the step runs ruff", () => {
    const lines = fixtureText('ruff/concise.txt').split('\n').slice(0, 3).join('\n')
    expect(runParser(toolFor('ruff check -q'), 'ruff check -q', lines, 1).summary).toBe(
      'ruff: 3 errors (1 fixable)'
    )
    // The same lines from flake8 are flake8's.
    expect(runParser(toolFor('flake8'), 'flake8', lines, 1).summary).toBe('flake8: 3 problems')
  })

  it('after --fix, the count is what remains', () => {
    const output = 'a.py:1:1: F821 Undefined name `x`\nFound 3 errors (2 fixed, 1 remaining).'
    const report = runParser(toolFor('ruff check --fix'), 'ruff check --fix', output, 1)
    expect(report.summary).toBe('ruff: 1 error')
  })
})

describe('ruff format --check', () => {
  it('each file it would reformat, and its totals', () => {
    const report = run('ruff format --check', 'ruff/format-check')
    expect(report.summary).toBe('ruff format: 2 files would be reformatted')
    expect(report.counts).toEqual({ reformat: 2, formatted: 3 })
    expect(report.findings.map((f) => f.file)).toEqual([
      'tests/test_counting.py',
      'textstats/__init__.py'
    ])
  })

  it('a clean check, and both ruff commands in one step', () => {
    expect(run('ruff format --check', 'ruff/format-clean').summary).toBe(
      'ruff format: 5 files already formatted'
    )
    const both = `${fixtureText('ruff/concise.txt')}${fixtureText('ruff/format-check.txt')}`
    const command = 'ruff check && ruff format --check'
    expect(runParser(toolFor(command), command, both, 1, { cwd: APP }).summary).toBe(
      'ruff: 3 errors (1 fixable); ruff format: 2 files would be reformatted'
    )
  })
})

describe("ruff's closing line is not Biome's", () => {
  it('"Found 2 errors." after Biome\'s diagnostics is Biome\'s alone', () => {
    const command = 'npx biome check src'
    const report = runFixture(toolFor(command), command, 'biome/check', {
      cwd: '/tmp/readiness-gate-fixtures/node-ts-app'
    })
    expect(fixtureText('biome/check.txt')).toContain('Found 2 errors.')
    expect(report.summary).not.toContain('ruff')
  })
})
