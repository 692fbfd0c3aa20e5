/**
 * Mocha's spec reporter (the default), recognised by its totals:
 *
 *     2 passing (7ms)
 *     1 pending
 *     1 failing
 *
 *     1) range
 *          takes a step:
 *
 *         AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:
 *         …
 *         at Context.<anonymous> (file:///abs/legacy-test/range.spec.js:10:12)
 *
 * A failure's place is its first stack frame outside node_modules and Node's own modules.
 */
import { LineReader } from './reader.js'
import { type TestFailure, TestRunReader } from './test-tally.js'
import { relativeToCwd, trailingPosition } from './parser-helpers.js'
import type { OutputReader, ReaderContext, ToolSection } from './types.js'

const TOTAL = /^\s+(\d+) (passing|pending|failing)(?: \(\d+(?:\.\d+)?m?s\))?$/
const FAILURE_START = /^\s+(\d+)\) (.*)$/
const FRAME = /^\s+at (?:.*? \()?(\S+?)\)?$/

class MochaReader extends TestRunReader {
  private inFailures = false
  private current: TestFailure | null = null
  private title: string[] = []
  /** After the title (which ends with ":"), the first non-empty line is the message. */
  private state: 'title' | 'message' | 'stack' = 'title'

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const total = TOTAL.exec(text)
    if (total !== null) {
      this.recognise()
      this.tally.sawTotals = true
      const count = Number(total[1])
      if (total[2] === 'passing') this.tally.passed = count
      else if (total[2] === 'pending') this.tally.skipped = count
      else {
        this.tally.failed = count
        this.inFailures = true
      }
      return
    }
    if (!this.inFailures) return
    const start = FAILURE_START.exec(text)
    if (start !== null) {
      this.current = null
      this.title = [start[2]!.trim()]
      this.state = 'title'
      if (this.title[0]!.endsWith(':')) this.startFailure()
      return
    }
    this.failureLine(text)
  }

  private failureLine(text: string): void {
    const trimmed = text.trim()
    if (this.state === 'title') {
      if (trimmed === '' || this.title.length === 0) return
      this.title.push(trimmed)
      if (trimmed.endsWith(':')) this.startFailure()
      return
    }
    const failure = this.current
    if (failure === null) return
    if (this.state === 'message') {
      if (trimmed === '') return
      failure.message.push(trimmed)
      this.state = 'stack'
      return
    }
    if (failure.line !== undefined) return
    const frame = FRAME.exec(text)
    if (frame === null) return
    const location = frame[1]!
    if (location.startsWith('node:') || location.includes('/node_modules/')) return
    const position = trailingPosition(location, '')
    if (position === null || position.index === 0) return
    failure.file = relativeToCwd(location.slice(0, position.index), this.context.cwd)
    failure.line = position.line
    failure.column = position.column
  }

  /** The title lines name the suites and the test: "range", "takes a step:". */
  private startFailure(): void {
    const parts = this.title.map((part, index) =>
      index === this.title.length - 1 ? part.slice(0, -1) : part
    )
    const failure: TestFailure = { test: parts.join(' › '), message: [] }
    this.failures.add(failure)
    this.current = failure
    this.title = []
    this.state = 'message'
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    return this.toolSection('mocha')
  }
}

export const mochaReader: OutputReader = {
  id: 'mocha',
  create: (context: ReaderContext) => new MochaReader(context)
}
