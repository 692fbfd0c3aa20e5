/**
 * tstyche (type tests), recognised by its totals block:
 *
 *   fail ./typetests/slug.tst.ts
 *     × formatDuration takes milliseconds
 *   Error: Type 'string' is not the same as type 'number'.
 *          at ./typetests/slug.tst.ts:10:39 ❭ formatDuration takes milliseconds
 *   Targets:    1 failed, 1 total
 *   Test files: 1 failed, 1 total
 *   Tests:      1 failed, 1 passed, 2 total
 *   Assertions: 1 failed, 2 passed, 3 total
 */
import { LineReader } from './reader.js'
import { namedCounts, TestRunReader, readTotals } from './test-tally.js'
import { relativeToCwd, trailingPosition } from './parser-helpers.js'
import type { OutputReader, ReaderContext, ToolSection } from './types.js'

// Not after a digit: a long run of digits would otherwise be read again from each of them.
const COUNT = /(?<!\d)(\d+) (failed|passed|skipped|todo|total)\b/g
const ERROR = /^(\w*Error): (.*)$/
const AT = 'at '
const TEST_MARK = ' ❭ '

function countsOf(text: string): Map<string, number> {
  return namedCounts(text, COUNT)
}

class TstycheReader extends TestRunReader {
  private message: string | null = null
  private sawTestFiles = false

  constructor(context: ReaderContext) {
    super(context)
    this.tally.suiteWord = 'test files'
  }

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const trimmed = text.trim()
    if (trimmed.startsWith('Test files:')) {
      const found = countsOf(trimmed)
      this.sawTestFiles = true
      this.tally.suitesTotal = found.get('total') ?? 0
      return
    }
    if (this.sawTestFiles && trimmed.startsWith('Tests:')) {
      const found = countsOf(trimmed)
      this.recognise()
      readTotals(this.tally, found)
      return
    }
    const error = ERROR.exec(trimmed)
    if (error !== null) {
      this.message = `${error[1]!}: ${error[2]!}`
      return
    }
    if (this.message !== null && trimmed.startsWith(AT)) this.failureAt(trimmed)
  }

  /** "at ./typetests/slug.tst.ts:10:39 ❭ formatDuration takes milliseconds" */
  private failureAt(trimmed: string): void {
    const mark = trimmed.indexOf(TEST_MARK)
    const location = mark < 0 ? trimmed.slice(AT.length) : trimmed.slice(AT.length, mark)
    const position = trailingPosition(location, '')
    if (position === null || position.index === 0) return
    const test = mark < 0 ? location : trimmed.slice(mark + TEST_MARK.length)
    this.failures.add({
      test,
      message: [this.message!],
      file: relativeToCwd(location.slice(0, position.index).replace(/^\.\//, ''), this.context.cwd),
      line: position.line,
      column: position.column
    })
    this.message = null
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    return this.toolSection('tstyche')
  }
}

export const tstycheReader: OutputReader = {
  id: 'tstyche',
  create: (context) => new TstycheReader(context)
}
