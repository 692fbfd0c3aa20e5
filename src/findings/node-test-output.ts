/**
 * node:test output, in both of its reporters:
 *
 * spec (the default of Node ≥ 23, and of Node 20 on a terminal):
 *   ✖ node ids and stats are parsed strictly (1.6ms)
 *   ℹ pass 5
 *   ℹ fail 1
 *   ✖ failing tests:
 *   test at test/protocol.test.ts:26:1
 *   ✖ node ids and stats are parsed strictly (1.6ms)
 *     AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:
 *
 * TAP (`--test-reporter=tap`, and Node 20's default without a terminal):
 *   not ok 5 - node ids and stats are parsed strictly
 *     ---
 *     type: 'test'
 *     location: '/abs/test/protocol.test.ts:26:1'
 *     error: |-
 *       Expected values to be strictly deep-equal:
 *     ...
 *   # pass 5
 *   # fail 1
 *
 * Suites (describe) also fail when a test inside them fails; they are not counted as tests by
 * node (its "suites" total is separate), so they are not reported as failing tests here either.
 */
import { hasLineBreak, relativeToCwd } from './parser-helpers.js'
import { stripAnsi } from '../ansi-escapes.js'
import { FailureSet, type TestFailure, type TestTally, TestRunReader } from './test-tally.js'
import type { OutputReader, ReaderContext, ToolSection } from './types.js'

const TOTAL = /^(?:ℹ|#) (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/
const SPEC_FAILING_SECTION = /^✖ failing tests:$/
const SPEC_LOCATION = /^test at (.+):(\d+):(\d+)$/
// This and TAP_NOT_OK can only match a line without a line break after its indent (`.` stops
// there): lines holding one are not searched, since each " # " of them was read to its end.
const SPEC_FAILED = /^(\s*)✖ (.+?)(?: \([\d.]+m?s\))?(?: # .*)?$/
const SPEC_SUITE_START = /^\s*▶ (.+)$/
// Node and most producers write "not ok 2 - name"; Mocha's TAP reporter "not ok 2 name".
const TAP_NOT_OK = /^(\s*)not ok \d+(?: -)?(?: (.*?))?(?: # (TODO|SKIP)\b.*)?$/i
// A stack frame in a TAP diagnostic that is not YAML (Mocha): "at Context.<anonymous> (file:1:2)".
const TAP_FRAME = /^at (?:.*? \()?(\S+?)\)?$/
const TAP_LOCATION = /^\s*location: '(.+):(\d+):(\d+)'$/
const TAP_ERROR_BLOCK = /^\s*error: [|>]-?$/
const TAP_ERROR_INLINE = /^\s*error: (['"]?)(.*)\1$/
const MAX_MESSAGE_LINES = 2

/**
 * Which lines of an assertion error make a one-line message: its first line and a short
 * second one ("1 !== 2"), but not the diff, object dump or stack that follow.
 */
function messageLine(trimmed: string): 'take' | 'skip' | 'stop' {
  if (trimmed === '' || trimmed === '+ actual - expected') return 'skip'
  if (/^(?:at |[[{}\]]|\+ |- |\.\.\.)/.test(trimmed) || trimmed.endsWith(' {')) return 'stop'
  return 'take'
}

interface TapPending {
  failure: TestFailure
  indent: number
  isSuite: boolean
  inYaml: boolean
  collectingError: boolean
  /** The error block goes on, but what follows is a diff or dump, not message. */
  errorDone: boolean
  errorIndent: number
  /** Indented diagnostic lines that are not YAML were seen (Mocha's TAP reporter). */
  plain: boolean
}

function unescapeTap(name: string): string {
  return name.replace(/\\([#\\])/g, '$1')
}

export class NodeTestOutput {
  private inFailingSection = false
  private pendingLocation: { file: string; line: number; column: number } | null = null
  private collecting: TestFailure | null = null
  private readonly suiteNames = new Set<string>()
  /** ✖ lines seen before any "failing tests" section: used only when Node prints no such section. */
  private readonly listedFailures: TestFailure[] = []
  private tap: TapPending | null = null

  constructor(
    private readonly tally: TestTally,
    private readonly failures: FailureSet,
    private readonly cwd: string | undefined
  ) {}

  line(raw: string): void {
    const text = stripAnsi(raw)
    if (this.tap !== null && this.tapLine(this.tap, text)) return
    const total = TOTAL.exec(text)
    if (total !== null) {
      this.addTotal(total[1]!, Number(total[2]))
      return
    }
    const breaks = hasLineBreak(text.trimStart())
    const notOk = breaks ? null : TAP_NOT_OK.exec(text)
    if (notOk !== null) {
      if (notOk[3] === undefined) this.startTap(notOk[1]!.length, unescapeTap(notOk[2] ?? ''))
      return
    }
    this.specLine(text, breaks)
  }

  finish(): void {
    if (this.tap !== null) this.endTap(this.tap)
    if (!this.inFailingSection) {
      for (const failure of this.listedFailures) {
        if (!this.suiteNames.has(failure.test)) this.failures.add(failure)
      }
    }
  }

  private addTotal(name: string, count: number): void {
    this.tally.sawTotals = true
    if (name === 'pass') this.tally.passed += count
    else if (name === 'fail') this.tally.failed += count
    else if (name === 'skipped') this.tally.skipped += count
    else if (name === 'todo') this.tally.todo += count
    else if (name === 'cancelled') this.tally.cancelled += count
  }

  private specLine(text: string, breaks: boolean): void {
    if (SPEC_FAILING_SECTION.test(text)) {
      this.inFailingSection = true
      this.collecting = null
      return
    }
    const suite = SPEC_SUITE_START.exec(text)
    if (suite !== null) {
      this.suiteNames.add(suite[1]!)
      return
    }
    const location = SPEC_LOCATION.exec(text)
    if (location !== null && this.inFailingSection) {
      this.pendingLocation = {
        file: relativeToCwd(location[1]!, this.cwd),
        line: Number(location[2]),
        column: Number(location[3])
      }
      this.collecting = null
      return
    }
    const failed = breaks ? null : SPEC_FAILED.exec(text)
    if (failed !== null) {
      this.specFailure(failed[2]!)
      return
    }
    this.collectMessage(text)
  }

  private specFailure(name: string): void {
    const failure: TestFailure = { test: name, message: [] }
    if (!this.inFailingSection) {
      this.listedFailures.push(failure)
      return
    }
    if (this.pendingLocation !== null) Object.assign(failure, this.pendingLocation)
    this.pendingLocation = null
    this.failures.add(failure)
    this.collecting = failure
  }

  /** The error printed under a failing test, up to its stack trace. */
  private collectMessage(text: string): void {
    const failure = this.collecting
    if (failure === null) return
    const verdict = messageLine(text.trim())
    if (verdict === 'skip') return
    if (verdict === 'stop' || failure.message.length >= MAX_MESSAGE_LINES) {
      this.collecting = null
      return
    }
    failure.message.push(text.trim())
  }

  private startTap(indent: number, name: string): void {
    this.tap = {
      failure: { test: name, message: [] },
      indent,
      isSuite: false,
      inYaml: false,
      collectingError: false,
      errorDone: false,
      errorIndent: 0,
      plain: false
    }
  }

  /** Consumes the YAML block after "not ok"; false when the line is not part of it. */
  private tapLine(pending: TapPending, text: string): boolean {
    const indent = text.length - text.trimStart().length
    const trimmed = text.trim()
    if (!pending.inYaml) {
      if (trimmed === '---' && indent >= pending.indent) {
        pending.inYaml = true
        return true
      }
      if (indent > pending.indent || (trimmed === '' && !pending.plain)) {
        this.plainDiagnostic(pending, trimmed)
        return true
      }
      this.endTap(pending)
      return false
    }
    if (trimmed === '...' && indent <= pending.indent + 2) {
      this.endTap(pending)
      return true
    }
    if (pending.collectingError && (indent > pending.errorIndent || trimmed === '')) {
      const verdict = messageLine(trimmed)
      if (verdict === 'stop') pending.errorDone = true
      if (
        verdict === 'take' &&
        !pending.errorDone &&
        pending.failure.message.length < MAX_MESSAGE_LINES
      ) {
        pending.failure.message.push(trimmed)
      }
      return true
    }
    pending.collectingError = false
    this.yamlField(pending, text, indent)
    return true
  }

  /** Indented lines after "not ok" that are not YAML: the message, then a stack frame for the place. */
  private plainDiagnostic(pending: TapPending, trimmed: string): void {
    pending.plain = true
    if (trimmed === '' || hasLineBreak(trimmed)) return
    if (pending.failure.message.length === 0) {
      pending.failure.message.push(trimmed)
      return
    }
    if (pending.failure.line !== undefined) return
    const frame = TAP_FRAME.exec(trimmed)
    if (frame === null) return
    const location = frame[1]!
    if (location.startsWith('node:') || location.includes('/node_modules/')) return
    const end = /:(\d+):(\d+)$/.exec(location)
    if (end === null || end.index === 0) return
    pending.failure.file = relativeToCwd(location.slice(0, end.index), this.cwd)
    pending.failure.line = Number(end[1])
    pending.failure.column = Number(end[2])
  }

  private yamlField(pending: TapPending, text: string, indent: number): void {
    if (/^\s*type: '?suite'?$/.test(text)) {
      pending.isSuite = true
      return
    }
    const location = TAP_LOCATION.exec(text)
    if (location !== null) {
      pending.failure.file = relativeToCwd(location[1]!, this.cwd)
      pending.failure.line = Number(location[2])
      pending.failure.column = Number(location[3])
      return
    }
    if (TAP_ERROR_BLOCK.test(text)) {
      pending.collectingError = true
      pending.errorIndent = indent
      return
    }
    const inline = TAP_ERROR_INLINE.exec(text)
    if (inline !== null && pending.failure.message.length === 0) {
      pending.failure.message.push(inline[2]!)
    }
  }

  private endTap(pending: TapPending): void {
    this.tap = null
    if (!pending.isSuite) this.failures.add(pending.failure)
  }
}

class NodeTestReader extends TestRunReader {
  private readonly output: NodeTestOutput

  constructor(context: ReaderContext) {
    super(context)
    this.output = new NodeTestOutput(this.tally, this.failures, context.cwd)
  }

  protected read(text: string): void {
    this.output.line(text)
    if (this.tally.sawTotals) this.recognise()
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    this.output.finish()
    // Mocha's TAP reporter prints the same "# pass N" totals as node's.
    const tool = this.hinted('mocha') ? 'mocha' : this.hinted('tape', 'tap') ? 'tap' : 'node:test'
    return this.toolSection(tool)
  }
}

/** node:test (spec or TAP reporter), and TAP with node's totals, recognised by "ℹ pass N" / "# pass N". */
export const nodeTestReader: OutputReader = {
  id: 'node:test',
  create: (context) => new NodeTestReader(context)
}
