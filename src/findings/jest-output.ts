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
import { hasLineBreak, relativeToCwd, trailingPosition } from './parser-helpers.js'
import { stripAnsi } from '../ansi-escapes.js'
import { FailureSet, type TestFailure, type TestTally, TestRunReader } from './test-tally.js'
import type { OutputReader, ReaderContext, ToolSection } from './types.js'

// "PASS a.test.js (5.2 s, 120 MB heap size)". The timing's extra part stops at a parenthesis: with
// `[^)]*` every " (1 s, " of a long line was scanned to its end (quadratic).
const FILE_RESULT = /^(PASS|FAIL) (\S.*?)(?: \([\d.]+ m?s(?:, [^()]*)?\))?$/
const FAILURE_TITLE = /^\s+● (.+)$/
const SUITE_FAILED_TO_RUN = 'Test suite failed to run'
const FRAME_START = /^\s*at /
// `(?=(\s+))\1` takes the whole run of spaces and never gives it back (an atomic group): `\s+`
// retrying shorter runs, each followed by a `.*` to the end, was quadratic on a long run.
const TESTS_TOTALS = /^Tests:(?=(\s+))\1(.*\btotal)$/
const SUITES_TOTALS = /^Test Suites:(?=(\s+))\1(.*\btotal)$/
// Not after a digit: a long run of digits would otherwise be read again from each of them.
const COUNT = /(?<!\d)(\d+) (failed|passed|skipped|pending|todo|total)/g

interface StackFrame {
  file: string
  line: number
  column: number
}

/**
 * "at fn (file:1:2)" or "at file:1:2", as `/^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/` reads it:
 * the file starts after the first " (" that leaves it non-empty. That regex searched from every
 * " (" of a line to its end (quadratic); the position is read from the end once here.
 */
function stackFrame(text: string): StackFrame | null {
  const start = FRAME_START.exec(text)
  if (start === null) return null
  const rest = text.slice(start[0].length)
  if (hasLineBreak(rest)) return null
  const end = trailingPosition(rest, ')')
  if (end === null) return null
  const open = rest.indexOf(' (')
  const fileStart = open !== -1 && open + 2 < end.index ? open + 2 : 0
  if (fileStart === end.index) return null
  return { file: rest.slice(fileStart, end.index), line: end.line, column: end.column }
}

// Where a suite that failed to run points in its message: ts-jest's "src/x.ts:5:14 - error TS2322:
// …", tsc's "src/x.ts(5,14): error …", Babel's "SyntaxError: /abs/src/x.js: Unexpected token (5:14)".
const MESSAGE_PRETTY_LOCATION = /^(\S+?):(\d+):(\d+) - /
const MESSAGE_PLAIN_LOCATION = /^(\S+?)\((\d+),(\d+)\): /
const MESSAGE_BABEL_LOCATION = /^\w*Error: (\S+?): .* \((\d+):(\d+)\)$/

/** Sets a failure's place from the first line of its message, when that line names one. */
function locateFromMessage(failure: TestFailure, message: string, cwd: string | undefined): void {
  if (message.length > 4096 || hasLineBreak(message)) return
  const found =
    MESSAGE_PRETTY_LOCATION.exec(message) ??
    MESSAGE_PLAIN_LOCATION.exec(message) ??
    MESSAGE_BABEL_LOCATION.exec(message)
  if (found === null) return
  failure.file = relativeToCwd(found[1]!, cwd)
  failure.line = Number(found[2])
  failure.column = Number(found[3])
}

function counts(text: string): Map<string, number> {
  const found = new Map<string, number>()
  for (const match of text.matchAll(COUNT)) found.set(match[2]!, Number(match[1]))
  return found
}

export class JestOutput {
  private currentFile: string | null = null
  private current: TestFailure | null = null
  private awaitingMessage = false
  /** Jest prints "Test Suites:" before "Tests:"; tstyche prints a "Tests:" line too, without it. */
  private sawSuites = false

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
    const tests = this.sawSuites ? TESTS_TOTALS.exec(text) : null
    if (tests !== null) {
      const found = counts(tests[2]!)
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
      const found = counts(suites[2]!)
      this.sawSuites = true
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
      if (failure.test.endsWith(`(${SUITE_FAILED_TO_RUN.toLowerCase()})`)) {
        locateFromMessage(failure, trimmed, this.cwd)
      }
      return
    }
    if (failure.line !== undefined || this.currentFile === null) return
    const frame = stackFrame(text)
    if (frame === null) return
    // The first frame in the failing test file is where the test failed.
    if (frame.file === this.currentFile || frame.file.endsWith(`/${this.currentFile}`)) {
      failure.line = frame.line
      failure.column = frame.column
    }
  }
}

class JestReader extends TestRunReader {
  private readonly output: JestOutput

  constructor(context: ReaderContext) {
    super(context)
    this.output = new JestOutput(this.tally, this.failures, context.cwd)
  }

  protected read(text: string): void {
    if (text.startsWith('PASS ') || text.startsWith('FAIL ')) this.mayBegin()
    this.output.line(text)
    if (this.tally.sawTotals) this.recognise()
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    return this.toolSection('jest')
  }
}

/** Jest's default reporter, recognised by its "Test Suites:" totals. */
export const jestReader: OutputReader = {
  id: 'jest',
  create: (context) => new JestReader(context)
}
