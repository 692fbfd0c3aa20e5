/**
 * Go 1.19's `go test` (plain, -v, -json), `go vet` and compiler output, and ShellCheck 0.9 (tty
 * and gcc formats), as Debian's golang-go and shellcheck printed them on examples/go-module
 * (scripts/regen-tool-fixtures.sh go).
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Finding } from '../../src/validations/model.js'
import { toolFor } from '../../src/findings/index.js'
import { runFixture, runParser } from './fixtures.js'

const MODULE = '/tmp/readiness-gate-fixtures/go-module'
const run = (command: string, name: string) =>
  runFixture(toolFor(command), command, name, { cwd: MODULE })
const places = (findings: Finding[]) =>
  findings.map(
    (f) =>
      `${f.test ?? f.code ?? '-'} ${f.file ?? '-'}:${f.line ?? '-'}${f.column ? `:${f.column}` : ''}`
  )

describe('go test', () => {
  const failures = ['TestWords/digits wordfreq_test.go:21', 'TestTop wordfreq_test.go:31']

  it('plain: three "--- FAIL" lines (a subtest, its parent, a test), one failing package', () => {
    const report = run('go test ./...', 'go-test/failing')
    expect(report.summary).toBe('go test: 3 failed, 1 of 2 packages failed')
    // The parent that failed only through its subtest is named by the subtest's finding.
    expect(places(report.findings)).toEqual(failures)
  })

  it.each([
    ['go test -v ./...', 'go-test/failing-verbose'],
    ['go test -json ./...', 'go-test/failing-json']
  ])('%s: the same failures, and the passing tests counted', (command, name) => {
    const report = run(command, name)
    expect(report.summary).toBe('go test: 3 failed, 3 passed, 1 of 2 packages failed')
    expect(report.counts).toMatchObject({ failed: 3, passed: 3, packagesFailed: 1 })
    expect(places(report.findings)).toEqual(failures)
  })

  it('passing runs', () => {
    expect(run('go test ./...', 'go-test/passing').summary).toBe('go test: 1 package ok')
    expect(run('go test -json ./...', 'go-test/passing-json').summary).toBe(
      'go test: 6 passed, 1 package ok'
    )
  })

  it('a test file that does not compile: the compiler error at its place', () => {
    const report = run('go test ./...', 'go-test/build-failed')
    expect(report.summary).toBe('go: 1 error; go test: 1 of 2 packages failed (1 did not build)')
    expect(places(report.findings)).toEqual(['- wordfreq_test.go:28:28'])
  })
})

describe('go test in a module with several packages', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-go-module-'))
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/wordfreq\n\ngo 1.19\n')
  })
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it("places a subpackage's failure in its directory (go prints the file relative to it)", () => {
    const plain = [
      '--- FAIL: TestParse (0.00s)',
      '    parse_test.go:9: Parse("") = 1, want 0',
      'FAIL',
      'FAIL\texample.com/wordfreq/internal/parse\t0.004s',
      '--- FAIL: TestParse (0.00s)',
      '    wordfreq_test.go:12: other',
      'FAIL',
      'FAIL\texample.com/wordfreq\t0.004s'
    ].join('\n')
    const json = [
      '{"Action":"output","Package":"example.com/wordfreq/internal/parse","Test":"TestParse","Output":"    parse_test.go:9: Parse(\\"\\") = 1, want 0\\n"}',
      '{"Action":"fail","Package":"example.com/wordfreq/internal/parse","Test":"TestParse","Elapsed":0}',
      '{"Action":"fail","Package":"example.com/wordfreq/internal/parse","Elapsed":0.004}'
    ].join('\n')
    const fromPlain = runParser(toolFor('go test ./...'), 'go test ./...', plain, 1, { cwd: dir })
    expect(places(fromPlain.findings)).toEqual([
      'TestParse internal/parse/parse_test.go:9',
      'TestParse wordfreq_test.go:12'
    ])
    expect(fromPlain.summary).toBe('go test: 2 failed, 2 of 2 packages failed')
    const fromJson = runParser(toolFor('go test -json ./...'), 'go test -json ./...', json, 1, {
      cwd: dir
    })
    expect(places(fromJson.findings)).toEqual(['TestParse internal/parse/parse_test.go:9'])
  })
})

describe('go vet and staticcheck', () => {
  it('go vet: the printf mistake at its place; a clean vet', () => {
    const report = run('go vet ./...', 'go-vet/printf')
    expect(report.summary).toBe('go vet: 1 problem')
    expect(places(report.findings)).toEqual(['- cmd/wordfreq/main.go:19:3'])
    expect(run('go vet ./...', 'go-vet/clean').summary).toBe('go vet: no problems')
  })

  const staticcheckPlaces = [
    'SA4006 cmd/wordfreq/main.go:13:2',
    'SA4006 cmd/wordfreq/main.go:13:2',
    'SA4018 wordfreq.go:26:2',
    'U1000 wordfreq.go:46:6',
    'S1003 wordfreq.go:47:9'
  ]

  it.each([
    ['go-staticcheck ./...', 'staticcheck/text'],
    ['go-staticcheck -f stylish ./...', 'staticcheck/stylish'],
    ['staticcheck ./...', 'staticcheck/text']
  ])('staticcheck (%s, real output): its five problems at their places', (command, name) => {
    const report = run(command, name)
    // The stylish format's own total: " ✖ 5 problems (5 errors, 0 warnings, 0 ignored)".
    expect(report.summary).toBe('staticcheck: 5 problems')
    expect(places(report.findings)).toEqual(staticcheckPlaces)
    expect(report.findings[0]!.message).toBe('this value of err is never used')
  })

  it('staticcheck -f json: the same problems, absolute paths made relative', () => {
    const output = fs.readFileSync(
      path.join(import.meta.dirname, '..', 'fixtures', 'tools', 'staticcheck', 'report.json'),
      'utf8'
    )
    const report = runParser(toolFor('staticcheck -f json ./...'), 'staticcheck', output, 1, {
      cwd: MODULE
    })
    expect(report.summary).toBe('staticcheck: 5 problems')
    expect(places(report.findings)).toEqual(staticcheckPlaces)
  })

  it('a clean staticcheck run says so; its line is not read as a go vet problem too', () => {
    expect(run('go-staticcheck ./...', 'staticcheck/clean').summary).toBe(
      'staticcheck: no problems'
    )
    const both = runParser(
      toolFor('go vet ./... && staticcheck ./...'),
      'go vet ./... && staticcheck ./...',
      'wordfreq.go:26:2: self-assignment of n to n (SA4018)',
      1
    )
    expect(both.summary).toBe('staticcheck: 1 problem')
    expect(both.findings).toHaveLength(1)
  })
})

describe('golangci-lint (hand-written in its documented text format: not installable here)', () => {
  it('each issue at its place, with its linter; the count is its own "4 issues:"', () => {
    const report = run('golangci-lint run ./...', 'golangci-lint/issues')
    expect(report.summary).toBe('golangci-lint: 4 issues')
    expect(places(report.findings)).toEqual([
      'ineffassign cmd/wordfreq/main.go:13:2',
      'staticcheck/SA4018 wordfreq.go:26:2',
      'staticcheck/S1003 wordfreq.go:47:9',
      'unused wordfreq.go:46:6'
    ])
    expect(report.findings[1]!.message).toBe('self-assignment of n to n')
  })

  it('is recognised by its totals when run through a script, and clean runs say so', () => {
    expect(run('make lint', 'golangci-lint/issues').summary).toBe('golangci-lint: 4 issues')
    expect(run('golangci-lint run', 'golangci-lint/clean').summary).toBe('golangci-lint: no issues')
  })

  it("v1's output (no totals) in a golangci-lint step; an issue without a column", () => {
    const output = [
      'main.go:12: File is not `gofmt`-ed with `-s` (gofmt)',
      'main.go:9:2: Error return value of `f.Close` is not checked (errcheck)',
      '\tf.Close()',
      '\t^'
    ].join('\n')
    const report = runParser(toolFor('golangci-lint run'), 'golangci-lint run', output, 1)
    expect(report.summary).toBe('golangci-lint: 2 issues')
    expect(places(report.findings)).toEqual(['gofmt main.go:12', 'errcheck main.go:9:2'])
  })

  it('without its totals or its command, a line ending in "(word)" is no issue', () => {
    const line = 'main.go:3:1: expected declaration (parse)'
    expect(runParser(toolFor('make'), 'make', line, 1).summary).not.toContain('golangci-lint')
  })
})

describe('ShellCheck', () => {
  it.each([
    ['shellcheck scripts/release.sh', 'shellcheck/tty'],
    ['shellcheck -f gcc scripts/release.sh', 'shellcheck/gcc']
  ])('%s: each finding at its line and column', (command, name) => {
    const report = run(command, name)
    expect(report.summary).toBe('shellcheck: 2 warnings, 1 notice')
    expect(places(report.findings)).toEqual([
      'SC2034 scripts/release.sh:7:1',
      'SC2046 scripts/release.sh:8:4',
      'SC2086 scripts/release.sh:9:15'
    ])
  })

  it('a clean run', () => {
    expect(run('shellcheck scripts/release.sh', 'shellcheck/clean').summary).toBe(
      'shellcheck: no problems'
    )
  })
})
