/**
 * Vitest's default reporter (v1–v3), recognised by its totals:
 *
 *    Test Files  1 failed | 1 passed (2)
 *         Tests  1 failed | 4 passed | 1 skipped (6)
 *
 * Each failure is listed under "Failed Tests" (or "Failed Suites" for a file that could not run):
 *
 *    FAIL  test/slug.test.ts > slugify > drops accents
 *   AssertionError: expected 'creme-brulee' to be 'crème-brûlée' // Object.is equality
 *   …
 *    ❯ test/slug.test.ts:10:37
 *
 *    FAIL  legacy-test/range.spec.js [ legacy-test/range.spec.js ]
 *   ReferenceError: describe is not defined
 *    ❯ legacy-test/range.spec.js:4:1
 */
import { LineReader } from './reader.js'
import { namedCounts, type TestFailure, TestRunReader, readTotals } from './test-tally.js'
import { relativeToCwd, trailingPosition } from './parser-helpers.js'
import type { OutputReader, ReaderContext, ToolSection } from './types.js'

const FILES_TOTALS = 'Test Files  '
const TESTS_TOTALS = 'Tests  '
// Not after a digit: a long run of digits would otherwise be read again from each of them.
const COUNT = /(?<!\d)(\d+) (failed|passed|skipped|todo)\b/g
const FAIL_PREFIX = 'FAIL  '
const FRAME_MARK = '❯ '

function countsOf(text: string): Map<string, number> {
  return namedCounts(text, COUNT)
}

class VitestReader extends TestRunReader {
  private current: TestFailure | null = null
  private awaitingMessage = false
  /** Only FAIL lines after the per-file listing are failures ("Failed Tests" section). */
  private inFailures = false
  private suitesFailedToRun = 0

  constructor(context: ReaderContext) {
    super(context)
    this.tally.suiteWord = 'files'
  }

  protected read(text: string): void {
    const trimmed = text.trim()
    if (trimmed.startsWith('RUN  v')) this.mayBegin()
    if (trimmed.startsWith('⎯')) {
      this.inFailures = /Failed (?:Tests|Suites)/.test(trimmed) || this.inFailures
      this.current = null
      return
    }
    if (trimmed.startsWith(FILES_TOTALS) && trimmed.endsWith(')')) {
      this.tally.suitesTotal = Number(/\((\d+)\)$/.exec(trimmed)?.[1] ?? 0)
      this.recognise()
      this.current = null
      return
    }
    if (this.recognised && trimmed.startsWith(TESTS_TOTALS) && trimmed.endsWith(')')) {
      const found = countsOf(trimmed)
      readTotals(this.tally, found)
      return
    }
    if (this.inFailures && !this.recognised) this.failureLine(text, trimmed)
  }

  private failureLine(text: string, trimmed: string): void {
    if (trimmed.startsWith(FAIL_PREFIX) && LineReader.readable(trimmed)) {
      this.startFailure(trimmed.slice(FAIL_PREFIX.length).trim())
      return
    }
    const failure = this.current
    if (failure === null) return
    if (this.awaitingMessage) {
      if (trimmed !== '') {
        failure.message.push(trimmed)
        this.awaitingMessage = false
      }
      return
    }
    if (failure.line === undefined && trimmed.startsWith(FRAME_MARK) && text.length < 4096) {
      const position = trailingPosition(trimmed, '')
      if (position === null) return
      const file = trimmed.slice(FRAME_MARK.length, position.index)
      if (failure.file === undefined || relativeToCwd(file, this.context.cwd) === failure.file) {
        failure.file ??= relativeToCwd(file, this.context.cwd)
        failure.line = position.line
        failure.column = position.column
      }
    }
  }

  /** "test/slug.test.ts > slugify > drops accents" or "file [ file ]" (a suite that did not run). */
  private startFailure(title: string): void {
    const open = title.endsWith(' ]') ? title.indexOf(' [ ') : -1
    let failure: TestFailure
    if (open >= 0) {
      this.suitesFailedToRun++
      const file = title.slice(open + 3, -2)
      failure = {
        test: `${file} (suite failed to run)`,
        message: [],
        file: relativeToCwd(file, this.context.cwd)
      }
    } else {
      const separator = title.indexOf(' > ')
      const file = separator < 0 ? title : title.slice(0, separator)
      failure = {
        test: separator < 0 ? title : title.slice(separator + 3),
        message: [],
        file: relativeToCwd(file, this.context.cwd)
      }
    }
    this.failures.add(failure)
    this.current = failure
    this.awaitingMessage = true
  }

  finish(): ToolSection | null {
    if (!this.recognised || !this.tally.sawTotals) return null
    // Files with failing tests are in the failed count already; files that could not run are not.
    this.tally.suitesFailed = this.suitesFailedToRun
    return this.toolSection('vitest')
  }
}

export const vitestReader: OutputReader = {
  id: 'vitest',
  create: (context) => new VitestReader(context)
}
