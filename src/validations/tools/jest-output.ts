/**
 * Jest's default reporter:
 *
 *   FAIL src/__tests__/mock-data.test.js
 *     ● mock data › has timestamps
 *       expect(received).toHaveProperty(path)
 *       …
 *         at Object.toHaveProperty (src/__tests__/mock-data.test.js:5:18)
 *     ● Test suite failed to run
 *   Test Suites: 2 failed, 1 passed, 3 total
 *   Tests:       1 failed, 2 passed, 3 total
 *
 * Jest repeats failures under "Summary of all failing tests"; the FailureSet reports each once.
 */
import { relativeToCwd, stripAnsi } from './text.js'
import type { FailureSet, TestFailure, TestTally } from './test-tally.js'

const FILE_RESULT = /^(PASS|FAIL) (\S.*?)(?: \([\d.]+ m?s(?:, [^)]*)?\))?$/
const FAILURE_TITLE = /^\s+● (.+)$/
const SUITE_FAILED_TO_RUN = 'Test suite failed to run'
const STACK_FRAME = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/
const TESTS_TOTALS = /^Tests:\s+(.*\btotal)$/
const SUITES_TOTALS = /^Test Suites:\s+(.*\btotal)$/
const COUNT = /(\d+) (failed|passed|skipped|pending|todo|total)/g

function counts(text: string): Map<string, number> {
  const found = new Map<string, number>()
  for (const match of text.matchAll(COUNT)) found.set(match[2]!, Number(match[1]))
  return found
}

export class JestOutput {
  private currentFile: string | null = null
  private current: TestFailure | null = null
  private awaitingMessage = false

  constructor(
    private readonly tally: TestTally,
    private readonly failures: FailureSet,
    private readonly cwd: string | undefined
  ) {}

  line(raw: string): void {
    const text = stripAnsi(raw)
    const fileResult = FILE_RESULT.exec(text)
    if (fileResult !== null) {
      this.currentFile = fileResult[2]!
      this.current = null
      return
    }
    if (this.totals(text)) return
    const title = FAILURE_TITLE.exec(text)
    if (title !== null && this.currentFile !== null) {
      this.startFailure(title[1]!.trim(), this.currentFile)
      return
    }
    this.failureDetail(text)
  }

  private totals(text: string): boolean {
    const tests = TESTS_TOTALS.exec(text)
    if (tests !== null) {
      const found = counts(tests[1]!)
      this.tally.sawTotals = true
      this.tally.passed += found.get('passed') ?? 0
      this.tally.failed += found.get('failed') ?? 0
      this.tally.skipped += (found.get('skipped') ?? 0) + (found.get('pending') ?? 0)
      this.tally.todo += found.get('todo') ?? 0
      this.current = null
      return true
    }
    const suites = SUITES_TOTALS.exec(text)
    if (suites !== null) {
      const found = counts(suites[1]!)
      this.tally.sawTotals = true
      this.tally.suitesFailed += found.get('failed') ?? 0
      this.tally.suitesTotal += found.get('total') ?? 0
      this.current = null
      return true
    }
    return false
  }

  private startFailure(title: string, file: string): void {
    if (title === 'Console') {
      this.current = null
      return
    }
    // A suite that failed to run (a syntax error, a missing module) has no test: name the file.
    const test =
      title === SUITE_FAILED_TO_RUN ? `${file} (${SUITE_FAILED_TO_RUN.toLowerCase()})` : title
    const failure: TestFailure = { test, message: [], file: relativeToCwd(file, this.cwd) }
    this.failures.add(failure)
    this.current = failure
    this.awaitingMessage = true
  }

  private failureDetail(text: string): void {
    const failure = this.current
    if (failure === null) return
    const trimmed = text.trim()
    if (this.awaitingMessage && trimmed !== '') {
      failure.message.push(trimmed)
      this.awaitingMessage = false
      return
    }
    const frame = STACK_FRAME.exec(text)
    if (frame === null || failure.line !== undefined || this.currentFile === null) return
    const frameFile = frame[1]!
    // The first frame in the failing test file is where the test failed.
    if (frameFile === this.currentFile || frameFile.endsWith(`/${this.currentFile}`)) {
      failure.line = Number(frame[2])
      failure.column = Number(frame[3])
    }
  }
}
