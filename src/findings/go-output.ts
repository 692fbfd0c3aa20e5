/**
 * Go's tools:
 *
 * `go test` (plain and -v), recognised by its package lines:
 *   --- FAIL: TestWords (0.00s)
 *       --- FAIL: TestWords/digits (0.00s)
 *           wordfreq_test.go:21: Words("route 66") = …
 *   FAIL	example.com/wordfreq	0.022s          ok  	example.com/wordfreq	0.011s
 *   ?   	example.com/wordfreq/cmd/wordfreq	[no test files]
 *
 * `go test -json`: one JSON event per line ({"Action":"fail","Package":…,"Test":…}).
 *
 * Compiler and `go vet` diagnostics under a package header (staticcheck's are read by staticcheck.ts):
 *   # example.com/wordfreq/cmd/wordfreq
 *   cmd/wordfreq/main.go:19:3: fmt.Printf format %d has arg count.Word of wrong type string
 *
 * Go prints no test totals: the counts are its "--- FAIL"/"--- PASS" lines (subtests included,
 * as gotestsum counts them) and its package lines.
 */
import { GoLocatedReader, GoModuleMap } from './go-modules.js'
import { LineReader } from './reader.js'
import { isStaticcheckLine } from './staticcheck.js'
import { FailureSet, type TestFailure } from './test-tally.js'
import { testFailureFinding } from './test-tally.js'
import { FindingList, relativeToCwd } from './parser-helpers.js'
import { plural } from '../wording.js'
import { numberField, parseJsonObject, stringField } from './json-capture.js'
import type { OutputReader, ToolSection } from './types.js'

const RESULT = /^(\s*)--- (FAIL|PASS|SKIP): (\S+) \([\d.]+s\)$/
const RUN = /^=== (?:RUN|CONT|PAUSE)\s+(\S+)$/
const LOG = /^\s+(\S+?\.go):(\d+): (.*)$/
const PACKAGE_OK = /^ok {2}\t(\S+)\t/
const PACKAGE_FAIL = /^FAIL\t(\S+)(?:\t| \[(build failed|setup failed)\])/
const PACKAGE_NO_TESTS = /^\? {3}\t(\S+)\t\[no test files\]$/

interface GoTest {
  failure: TestFailure
  /** Failed by its own log lines, not only through a failing subtest. */
  located: boolean
  /** Import path of its package, once known (plain output names it after the tests). */
  package?: string
}

/** What go test said, from its text or its JSON events. */
class GoTestTally {
  private tests = new Map<string, GoTest>()
  private failed = new Set<string>()
  /** Failing tests of packages whose result line was read. */
  private readonly sealed: { name: string; test: GoTest; failedNames: ReadonlySet<string> }[] = []
  private failedCount = 0
  passed = 0
  skipped = 0
  readonly packages = { ok: 0, failed: 0, noTests: 0, buildFailed: 0 }

  test(name: string, pkg?: string): GoTest {
    const key = pkg === undefined ? name : `${pkg}\u0000${name}`
    let test = this.tests.get(key)
    if (test === undefined) {
      test = { failure: { test: name, message: [] }, located: false }
      if (pkg !== undefined) test.package = pkg
      if (this.tests.size < 10_000) this.tests.set(key, test)
    }
    return test
  }

  log(
    name: string,
    file: string,
    line: number,
    message: string,
    cwd: string | undefined,
    pkg?: string
  ): void {
    const test = this.test(name, pkg)
    if (test.located) return
    test.located = true
    test.failure.file = relativeToCwd(file, cwd)
    test.failure.line = line
    test.failure.message.push(message)
  }

  result(name: string, outcome: string, pkg?: string): void {
    const key = pkg === undefined ? name : `${pkg}\u0000${name}`
    if (outcome === 'FAIL' || outcome === 'fail') {
      this.test(name, pkg)
      if (!this.failed.has(key)) this.failedCount++
      this.failed.add(key)
    } else if (outcome === 'PASS' || outcome === 'pass') this.passed++
    else this.skipped++
  }

  /** A package's result line: the tests read since the last one were its tests. */
  seal(pkg: string): void {
    for (const key of this.failed) {
      const test = this.tests.get(key)
      if (test === undefined) continue
      test.package ??= pkg
      this.sealed.push({ name: test.failure.test, test, failedNames: this.failedNames() })
    }
    this.tests = new Map()
    this.failed = new Set()
  }

  private failedNames(): Set<string> {
    return new Set([...this.failed].map((key) => key.slice(key.indexOf('\u0000') + 1)))
  }

  section(at: number, cwd: string | undefined): ToolSection {
    const pending = [...this.failed].flatMap((key) => {
      const test = this.tests.get(key)
      return test === undefined
        ? []
        : [{ name: test.failure.test, test, failedNames: this.failedNames() }]
    })
    const modules = new GoModuleMap(cwd)
    const failures = new FailureSet()
    for (const { name, test, failedNames } of [...this.sealed, ...pending]) {
      // A parent that failed only because a subtest did is named by the subtest's finding.
      const hasFailingChild = [...failedNames].some((other) => other.startsWith(`${name}/`))
      if (!test.located && hasFailingChild) continue
      const failure = { ...test.failure }
      if (failure.file !== undefined) failure.file = modules.testFile(failure.file, test.package)
      failures.add(failure)
    }
    const findings = new FindingList()
    for (const failure of failures.values()) findings.add(testFailureFinding(failure))
    const { packages } = this
    const total = packages.ok + packages.failed + packages.noTests
    const parts: string[] = []
    if (this.failedCount > 0) parts.push(`${this.failedCount} failed`)
    if (this.passed > 0) parts.push(`${this.passed} passed`)
    if (this.skipped > 0) parts.push(`${this.skipped} skipped`)
    if (packages.failed > 0) {
      const build = packages.buildFailed > 0 ? ` (${packages.buildFailed} did not build)` : ''
      parts.push(`${packages.failed} of ${plural(total, 'package')} failed${build}`)
    } else parts.push(`${plural(packages.ok, 'package')} ok`)
    return {
      tool: 'go test',
      at,
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: {
        failed: this.failedCount,
        passed: this.passed,
        skipped: this.skipped,
        packagesOk: packages.ok,
        packagesFailed: packages.failed
      },
      summary: `go test: ${parts.join(', ')}`
    }
  }
}

class GoTestReader extends LineReader {
  private readonly tally = new GoTestTally()
  private current: string | null = null

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    if (text.startsWith('{"')) {
      this.jsonEvent(text)
      return
    }
    const result = RESULT.exec(text)
    if (result !== null) {
      this.current = result[3]!
      this.tally.result(result[3]!, result[2]!)
      return
    }
    const run = RUN.exec(text)
    if (run !== null) {
      this.current = run[1]!
      return
    }
    const log = this.current === null ? null : LOG.exec(text)
    if (log !== null) {
      this.tally.log(this.current!, log[1]!, Number(log[2]), log[3]!, this.context.cwd)
      return
    }
    this.packageLine(text)
  }

  private packageLine(text: string): void {
    const { packages } = this.tally
    const ok = PACKAGE_OK.exec(text)
    const noTests = ok === null ? PACKAGE_NO_TESTS.exec(text) : null
    const failed = ok === null && noTests === null ? PACKAGE_FAIL.exec(text) : null
    const pkg = (ok ?? noTests ?? failed)?.[1]
    if (pkg === undefined) return
    if (ok !== null) packages.ok++
    else if (noTests !== null) packages.noTests++
    else {
      packages.failed++
      if (failed![2] !== undefined) packages.buildFailed++
    }
    this.tally.seal(pkg)
    this.recognise()
    this.current = null
  }

  /** One `go test -json` event. */
  private jsonEvent(text: string): void {
    const event = parseJsonObject(text)
    if (event === null) return
    const action = stringField(event, 'Action')
    const test = stringField(event, 'Test')
    const pkg = stringField(event, 'Package')
    if (action === undefined || pkg === undefined) return
    if (numberField(event, 'Elapsed') === undefined && action !== 'output') return
    this.recognise()
    if (action === 'output') {
      const log =
        test === undefined ? null : LOG.exec((stringField(event, 'Output') ?? '').trimEnd())
      if (log !== null) {
        this.tally.log(test!, log[1]!, Number(log[2]), log[3]!, this.context.cwd, pkg)
      }
      return
    }
    if (test !== undefined) {
      this.tally.result(test, action, pkg)
      return
    }
    if (action === 'pass') this.tally.packages.ok++
    else if (action === 'fail') this.tally.packages.failed++
    else if (action === 'skip') this.tally.packages.noTests++
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    return this.tally.section(this.at, this.context.cwd)
  }
}

export const goTestReader: OutputReader = {
  id: 'go test',
  create: (context) => new GoTestReader(context)
}

const PACKAGE_HEADER = /^# (\S+)(?: \[\S+\])?$/
const GO_DIAGNOSTIC = /^(\S+?\.go):(\d+):(\d+): (.*)$/

/**
 * Diagnostics about Go source: the compiler's and `go vet`'s (after a "# package" header, or in
 * a step that runs go vet or go build). A clean `go vet` prints nothing: "no problems" only when
 * the step runs it and exited 0. Paths are placed by the modules below the step's directory.
 */
class GoDiagnosticsReader extends GoLocatedReader {
  /** The package of the "# package" header the lines are under, or null. */
  private header: string | null = null

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const header = PACKAGE_HEADER.exec(text)
    if (header !== null) {
      this.header = header[1]!
      return
    }
    const found = GO_DIAGNOSTIC.exec(text)
    if (found === null) {
      if (!text.startsWith('\t') && !text.startsWith(' ')) this.header = null
      return
    }
    if (isStaticcheckLine(text)) return
    if (this.header === null && !this.hinted('go vet', 'go build')) return
    const [, file, line, column, message] = found
    this.recognise()
    this.diagnostics.add({
      severity: 'error',
      message: message!,
      file: this.modules.sourceFile(file!.replace(/^\.\//, ''), this.header ?? undefined),
      line: Number(line),
      column: Number(column)
    })
  }

  private tool(): string {
    // Compiler errors and the vet checks go test runs look alike: plain "go" names both.
    return this.hinted('go vet') ? 'go vet' : 'go'
  }

  finish(exitCode: number | null): ToolSection | null {
    const { diagnostics } = this
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted('go vet')) return null
      return diagnostics.section(this.tool(), Number.MAX_SAFE_INTEGER, 'no problems')
    }
    const tool = this.tool()
    const word = tool === 'go' ? 'error' : 'problem'
    return diagnostics.section(tool, this.at, plural(diagnostics.errors, word), {
      errors: diagnostics.errors
    })
  }
}

export const goDiagnosticsReader: OutputReader = {
  id: 'go diagnostics',
  create: (context) => new GoDiagnosticsReader(context)
}
