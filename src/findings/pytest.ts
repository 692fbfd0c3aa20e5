/**
 * pytest, recognised by its closing line ("==== 3 failed, 4 passed, 1 skipped in 0.11s ====", or
 * without the rules under -q). Failures come from the short test summary,
 *
 *   FAILED tests/test_counting.py::test_counts_words - AssertionError: assert 3 == 4
 *   ERROR tests/test_db.py - ModuleNotFoundError: No module named 'db'
 *
 * and each one's place from its traceback section: the first "file:line: …" entry in the test's
 * own file (where the test failed), else the last entry (where it crashed).
 *
 *   ______________________________ test_counts_words _______________________________
 *   tests/test_counting.py:9: AssertionError
 */
import { LineReader } from './reader.js'
import { type TestFailure, TestRunReader, withErrors } from './test-tally.js'
import { relativeToCwd } from './parser-helpers.js'
import type { OutputReader, ToolSection } from './types.js'

const COUNT_PART =
  /^(\d+) (passed|failed|skipped|errors?|xfailed|xpassed|deselected|warnings?|rerun)$/
const TIMING = / in (\d+(?:\.\d+)?)s(?: \(\d+:\d+:\d+\))?$/
const SECTION_HEADER = /^_{3,} (\S.*?) _{3,}$/
const TRACE_ENTRY = /^(\S+?\.py):(\d+): (.*)$/
const SHORT_SUMMARY = /^(FAILED|ERROR) (\S+)(?: - (.*))?$/

interface Place {
  file: string
  line: number
}

/** The counts of a closing line, or null when the line is not one. */
function closingCounts(text: string): Map<string, number> | null {
  const inner = text.replace(/^=+ /, '').replace(/ =+$/, '')
  const timing = TIMING.exec(inner)
  if (timing === null) return null
  const body = inner.slice(0, timing.index)
  const found = new Map<string, number>()
  if (body === 'no tests ran') return found
  for (const part of body.split(', ')) {
    const count = COUNT_PART.exec(part)
    if (count === null) return null
    found.set(count[2]!.replace(/s$/, ''), Number(count[1]))
  }
  return found
}

class PytestReader extends TestRunReader {
  private readonly places = new Map<string, Place[]>()
  /** The first "E   …" line of each traceback section: the message when the summary has none. */
  private readonly explanations = new Map<string, string>()
  private section: string | null = null
  private errors = 0

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    if (text.startsWith('=') && text.includes(' test session starts ')) this.mayBegin()
    const header = SECTION_HEADER.exec(text)
    if (header !== null) {
      this.section = header[1]!
      return
    }
    if (text.startsWith('=')) this.section = null
    if (this.section !== null && text.startsWith('E  ') && !this.explanations.has(this.section)) {
      this.explanations.set(this.section, text.slice(1).trim())
      return
    }
    const entry = this.section === null ? null : TRACE_ENTRY.exec(text)
    if (entry !== null) {
      const list = this.places.get(this.section!) ?? []
      if (list.length < 100) list.push({ file: entry[1]!, line: Number(entry[2]) })
      this.places.set(this.section!, list)
      return
    }
    const short = SHORT_SUMMARY.exec(text)
    if (short !== null) {
      this.shortSummary(short[2]!, short[3])
      return
    }
    const counts = closingCounts(text.trim())
    if (counts !== null) this.closing(counts)
  }

  private shortSummary(nodeId: string, message: string | undefined): void {
    const separator = nodeId.indexOf('::')
    const file = separator < 0 ? nodeId : nodeId.slice(0, separator)
    const test = separator < 0 ? `${nodeId} (collection failed)` : nodeId.slice(separator + 2)
    const failure: TestFailure = {
      test,
      message: message === undefined ? [] : [message],
      file: relativeToCwd(file, this.context.cwd)
    }
    // The traceback's section is named "Class.test" for "Class::test".
    const name = separator < 0 ? nodeId : test.replaceAll('::', '.')
    const place = this.placeOf(name, file)
    if (place !== null) failure.line = place.line
    const explanation = this.explanations.get(name)
    if (failure.message.length === 0 && explanation !== undefined) failure.message.push(explanation)
    this.failures.add(failure)
  }

  private placeOf(section: string, file: string): Place | null {
    const entries = this.places.get(section) ?? this.places.get(`ERROR collecting ${file}`) ?? []
    return entries.find((entry) => entry.file === file) ?? entries.at(-1) ?? null
  }

  private closing(counts: Map<string, number>): void {
    this.recognise()
    this.tally.sawTotals = true
    this.tally.passed = counts.get('passed') ?? 0
    this.tally.failed = counts.get('failed') ?? 0
    this.tally.skipped = counts.get('skipped') ?? 0
    this.errors = counts.get('error') ?? 0
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    return withErrors(this.toolSection('pytest'), this.errors)
  }
}

export const pytestReader: OutputReader = {
  id: 'pytest',
  create: (context) => new PytestReader(context)
}
