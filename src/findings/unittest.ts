/**
 * Python's unittest runner (`python -m unittest`, `manage.py test`), recognised by its closing
 * lines:
 *
 *   Ran 2 tests in 0.001s
 *
 *   FAILED (failures=1, errors=1, skipped=2)        or   OK (skipped=1)
 *
 * Each failure is headed "FAIL: test_name (module.Class.test_name)" or "ERROR: …"; its place is the
 * traceback's frame in that test function ('File "/abs/tests/test_x.py", line 10, in test_name'),
 * and its message the traceback's last line.
 */
import { LineReader } from './reader.js'
import { type TestFailure, TestRunReader, withErrors } from './test-tally.js'
import { relativeToCwd } from './parser-helpers.js'
import type { OutputReader, ToolSection } from './types.js'

const RAN = /^Ran (\d+) tests? in [\d.]+s$/
const OUTCOME = /^(OK|FAILED)(?: \((.*)\))?$/
const OUTCOME_PART = /^(failures|errors|skipped|expected failures|unexpected successes)=(\d+)$/
const HEADER = /^(FAIL|ERROR): (\S+) \((.*)\)$/
const FRAME = /^\s+File "(.+)", line (\d+), in (\S+)$/
const RULE = /^(?:-{20,}|={20,})$/

interface Pending {
  failure: TestFailure
  name: string
  lastLine: string | null
}

class UnittestReader extends TestRunReader {
  private ran: number | null = null
  private errors = 0
  private pending: Pending | null = null

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const header = HEADER.exec(text)
    if (header !== null) {
      this.endFailure()
      const [, , name, where] = header
      const failure: TestFailure = { test: `${name!} (${where!})`, message: [] }
      this.pending = { failure, name: name!, lastLine: null }
      return
    }
    const ran = RAN.exec(text)
    if (ran !== null) {
      this.endFailure()
      this.ran = Number(ran[1])
      return
    }
    if (this.ran !== null) {
      const outcome = OUTCOME.exec(text)
      if (outcome !== null) this.outcome(outcome[2] ?? '')
    }
    if (this.pending !== null) this.traceLine(this.pending, text)
  }

  private traceLine(pending: Pending, text: string): void {
    if (RULE.test(text)) {
      // The rule before the traceback opens it; the one after closes it.
      if (pending.lastLine !== null) this.endFailure()
      else pending.lastLine = ''
      return
    }
    const frame = FRAME.exec(text)
    if (frame !== null) {
      if (frame[3] === pending.name) {
        pending.failure.file = relativeToCwd(frame[1]!, this.context.cwd)
        pending.failure.line = Number(frame[2])
      }
      return
    }
    if (text.trim() !== '' && !text.startsWith(' ')) pending.lastLine = text.trim()
  }

  private endFailure(): void {
    const pending = this.pending
    if (pending === null) return
    this.pending = null
    if (pending.lastLine !== null && pending.lastLine !== '') {
      pending.failure.message.push(pending.lastLine)
    }
    this.failures.add(pending.failure)
  }

  /** "failures=1, errors=1, skipped=2" */
  private outcome(detail: string): void {
    const found = new Map<string, number>()
    for (const part of detail === '' ? [] : detail.split(', ')) {
      const count = OUTCOME_PART.exec(part)
      if (count !== null) found.set(count[1]!, Number(count[2]))
    }
    this.recognise()
    this.tally.sawTotals = true
    this.tally.failed = (found.get('failures') ?? 0) + (found.get('unexpected successes') ?? 0)
    this.errors = found.get('errors') ?? 0
    this.tally.skipped = found.get('skipped') ?? 0
    const notPassed =
      this.tally.failed + this.errors + this.tally.skipped + (found.get('expected failures') ?? 0)
    this.tally.passed = Math.max(0, (this.ran ?? 0) - notPassed)
  }

  finish(): ToolSection | null {
    this.endFailure()
    if (!this.recognised) return null
    return withErrors(this.toolSection('unittest'), this.errors)
  }
}

export const unittestReader: OutputReader = {
  id: 'unittest',
  create: (context) => new UnittestReader(context)
}
