/**
 * `cargo test`: passed / failed / ignored summed over every test binary's "test result:" line,
 * the failing tests (name, panic message and location), and compile errors when the tests do
 * not build.
 *
 *   test help_lists_the_commands ... FAILED
 *   ---- help_lists_the_commands stdout ----
 *   thread 'help_lists_the_commands' (10259) panicked at crates/cli/tests/cli.rs:28:5:
 *   assertion failed: help.contains("search <QUERY>")
 *   test result: FAILED. 3 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.13s
 */
import { RustDiagnosticCollector, diagnosticCounts } from './rust-diagnostics.js'
import { testFailureFinding, type TestFailure } from './test-tally.js'
import {
  FindingList,
  exitDescription,
  hasLineBreak,
  relativeToCwd,
  trailingPosition
} from './parser-helpers.js'
import { stripAnsi } from '../ansi-escapes.js'
import { recognises } from './tool-for-command.js'
import type { CollectorContext, OutputCollector, ToolParser } from './types.js'

const RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored/
const FAILED_TEST = /^test (.+) \.\.\. FAILED$/
const FAILURE_SECTION = /^---- (.+) std(?:out|err) ----$/
const PANIC_START = "thread '"
/** Where the thread's name ends: "' panicked at " or, since Rust 1.88, "' (1234) panicked at ". */
const PANICKED_AT = /'(?: \(\d+\))? panicked at /g
/** Ends the old form's message: "…panicked at 'message', src/lib.rs:10:5". */
const MESSAGE_END = "', "
const END_OF_MESSAGE = /^(?:stack backtrace:|note: |failures:$|---- )/
const MAX_MESSAGE_LINES = 6

interface Panic {
  thread: string
  /** Only in the old form, which quotes the message before the location. */
  message: string | undefined
  file: string
  line: number
  column: number
}

/**
 * "thread 'name' (1234) panicked at src/lib.rs:10:5:" (Rust ≥ 1.73; the thread id since 1.88),
 * and the older "thread 'name' panicked at 'message', src/lib.rs:10:5", read as
 * `/^thread '(.*?)'(?: \(\d+\))? panicked at (?:'(.*)', )?(.+?):(\d+):(\d+):?$/` would: the first
 * "panicked at" with a file after it ends the name, the last "', " before the file ends the
 * message. That regex searched from every "' panicked at " and every "', " of a line to its end
 * (quadratic or worse); the location is read from the end once here.
 */
function panicLine(text: string): Panic | null {
  if (!text.startsWith(PANIC_START) || hasLineBreak(text)) return null
  const end = trailingPosition(text, ':')
  if (end === null) return null
  // The message's closing "', " must leave at least one character of file before the location.
  const messageEnd = text.lastIndexOf(MESSAGE_END, end.index - MESSAGE_END.length - 1)
  PANICKED_AT.lastIndex = PANIC_START.length
  const site = PANICKED_AT.exec(text)
  if (site === null) return null
  // Later sites leave even less room for a file, so the first one decides.
  const rest = site.index + site[0].length
  if (rest >= end.index) return null
  const panic = {
    thread: text.slice(PANIC_START.length, site.index),
    line: end.line,
    column: end.column
  }
  if (text[rest] === "'" && messageEnd > rest) {
    return {
      ...panic,
      message: text.slice(rest + 1, messageEnd),
      file: text.slice(messageEnd + MESSAGE_END.length, end.index)
    }
  }
  return { ...panic, message: undefined, file: text.slice(rest, end.index) }
}

interface Failure extends TestFailure {
  /** Still collecting the panic message. */
  collecting: boolean
}

class CargoTestCollector implements OutputCollector {
  private readonly findings = new FindingList()
  private readonly diagnostics: RustDiagnosticCollector
  private passed = 0
  private failed = 0
  private ignored = 0
  private sawResult = false
  /** Failing tests by name, in the order they were reported; details filled from their sections. */
  private readonly failures = new Map<string, Failure>()
  private current: Failure | null = null

  constructor(private readonly cwd: string | undefined) {
    this.diagnostics = new RustDiagnosticCollector(this.findings, cwd)
  }

  line(raw: string): void {
    const text = stripAnsi(raw)
    if (this.diagnostics.line(text)) return
    const result = RESULT.exec(text)
    if (result !== null) {
      this.sawResult = true
      this.passed += Number(result[1])
      this.failed += Number(result[2])
      this.ignored += Number(result[3])
      this.current = null
      return
    }
    const failed = FAILED_TEST.exec(text)
    if (failed !== null) {
      this.failure(failed[1]!)
      return
    }
    const section = FAILURE_SECTION.exec(text)
    if (section !== null) {
      this.current = this.failure(section[1]!)
      return
    }
    this.panicOrMessage(text)
  }

  finish(exitCode: number | null): ReturnType<OutputCollector['finish']> {
    this.diagnostics.finish(exitCode)
    for (const failure of this.failures.values()) this.findings.add(testFailureFinding(failure))
    const { errors, warnings } = this.diagnostics
    return {
      findings: this.findings.findings,
      droppedFindings: this.findings.droppedCount,
      counts: { passed: this.passed, failed: this.failed, ignored: this.ignored, errors, warnings },
      summary: this.summary(exitCode)
    }
  }

  private summary(exitCode: number | null): string {
    const { errors } = this.diagnostics
    if (this.diagnostics.compileFailed || errors > 0) {
      return `cargo test: does not compile (${diagnosticCounts(Math.max(errors, 1), 0)})`
    }
    const ignored = this.ignored > 0 ? `, ${this.ignored} ignored` : ''
    if (this.failed > 0) return `cargo test: ${this.failed} failed, ${this.passed} passed${ignored}`
    if (exitCode !== 0) {
      const reason = this.diagnostics.firstCargoError ?? 'failed'
      return `cargo test: ${reason} (${exitDescription(exitCode)})`
    }
    if (!this.sawResult) return 'cargo test: no test results'
    return `cargo test: ${this.passed} passed${ignored}`
  }

  private failure(test: string): Failure {
    let failure = this.failures.get(test)
    if (failure === undefined) {
      failure = { test, message: [], collecting: false }
      this.failures.set(test, failure)
    }
    return failure
  }

  /**
   * Outside a "---- name stdout ----" section (tests run with --nocapture) the panicking
   * thread is named after its test; panics of other threads are not test failures.
   */
  private panickedTest(thread: string): Failure | null {
    if (thread === 'main' || thread === '<unnamed>') return null
    return this.failure(thread)
  }

  private panicOrMessage(text: string): void {
    const panic = panicLine(text)
    if (panic !== null) {
      const failure = this.current ?? this.panickedTest(panic.thread)
      if (failure === null) return
      this.current = failure
      failure.file = relativeToCwd(panic.file, this.cwd)
      failure.line = panic.line
      failure.column = panic.column
      failure.message = panic.message !== undefined ? [panic.message] : []
      failure.collecting = panic.message === undefined
      return
    }
    const failure = this.current
    if (failure === null || !failure.collecting) return
    if (text.trim() === '' || END_OF_MESSAGE.test(text)) {
      failure.collecting = failure.message.length === 0 && text.trim() === ''
      return
    }
    if (failure.message.length < MAX_MESSAGE_LINES) failure.message.push(text.trim())
  }
}

export const cargoTestParser: ToolParser = {
  id: 'cargo-test',
  matches: (command) => recognises('cargo-test', command),
  create: (_command: string, context?: CollectorContext): OutputCollector =>
    new CargoTestCollector(context?.cwd)
}
