/**
 * rustc's human diagnostics (as printed by cargo build / check / clippy / test), streamed:
 *
 *   error[E0382]: borrow of moved value: `table`          ← header: level, optional code, message
 *     --> crates/memory-graph/src/table.rs:87:27          ← primary location (first line after it)
 *      |
 *      = note: `-D clippy::needless-return` implied by `-D warnings`   ← lint name when denied
 *                                                          ← a blank line ends the diagnostic
 *
 * A header only counts when the next line is its location (` --> `) or a diagnostic body line
 * (`  |`, `  = note`), which is what separates rustc diagnostics from cargo's own messages
 * ("error: could not compile …", "warning: build failed, waiting for other jobs to finish...").
 * cargo prints each distinct diagnostic once, even when several targets (lib, lib test) emit it;
 * identical diagnostics are also de-duplicated here, so counts equal the number of distinct
 * compiler messages that `--message-format=json` reports.
 */
import type { Finding, FindingSeverity } from '../validations/model.js'
import { FindingList, oneLine, relativeToCwd } from './parser-helpers.js'
import { stripAnsi } from '../ansi-escapes.js'
import { plural } from '../wording.js'
import { recognises } from './tool-for-command.js'
import type { CollectorContext, OutputCollector, ToolParser } from './types.js'

const HEADER = /^(error|warning)(?:\[([^\]\s]+)\])?: (.+)$/
const LOCATION = /^\s*--> (.+?):(\d+):(\d+)\s*$/
const BODY = /^\s*(?:\||= )/
/** cargo and rustc summaries that look like headers but are not diagnostics. */
const SUMMARY_LINES = [
  /^error: aborting due to/,
  /^error: could not compile/,
  /^warning: build failed, waiting for other jobs/,
  /^warning: .* generated \d+ warnings?/,
  /^warning: \d+ warnings? emitted/,
  /^error: test failed, to rerun/,
  /^error: \d+ targets? failed/
]
/** The lint behind a warning or a denied lint, in the forms rustc and clippy print it. */
const LINT_SOURCES = [
  /`-[DWF] ([A-Za-z0-9_:-]+)` implied by `-[DWF] warnings`/,
  /requested on the command line with `-[DWF] ([A-Za-z0-9_:-]+)`/,
  /`#\[(?:warn|deny|forbid|expect)\(([A-Za-z0-9_:]+)\)\]`/
]
/** Clippy's help link: `…/rust-clippy/master/index.html#needless_return`. */
const CLIPPY_LINK_PATH = 'rust-clippy/'
const CLIPPY_LINK_PAGE = 'index.html#'
const LINT_NAME = /[a-z0-9_]+/y
const LINK_BREAK = /[\s#]/
/** Past this many distinct diagnostics, stop remembering them for de-duplication (memory bound). */
const MAX_REMEMBERED = 100_000

interface PendingDiagnostic {
  severity: FindingSeverity
  code: string | undefined
  message: string
  file?: string
  line?: number
  column?: number
  /** True once the line after the header showed it is a real diagnostic. */
  confirmed: boolean
  /** Still waiting for the first line after the header. */
  awaitingBody: boolean
}

/**
 * The lint a clippy help link names, as `/rust-clippy\/[^\s#]*index\.html#([a-z0-9_]+)/` would
 * find it, in one pass: that regex retried from every `rust-clippy/` of a line to its next space
 * or `#` (quadratic on a long run of them). Here each `index.html#` is looked at once, with the
 * link text before it back to the previous space or `#`.
 */
function clippyLinkLint(text: string): string | undefined {
  let from = 0
  for (;;) {
    const page = text.indexOf(CLIPPY_LINK_PAGE, from)
    if (page === -1) return undefined
    let start = page
    while (start > from && !LINK_BREAK.test(text[start - 1]!)) start--
    from = page + CLIPPY_LINK_PAGE.length
    if (!text.slice(start, page).includes(CLIPPY_LINK_PATH)) continue
    LINT_NAME.lastIndex = from
    const lint = LINT_NAME.exec(text)
    if (lint !== null) return lint[0]
  }
}

/** Lint names appear with dashes in `-D` notes; JSON and `#[allow]` use underscores. */
function normaliseLint(name: string): string {
  return name.replace(/-/g, '_')
}

export class RustDiagnosticCollector {
  readonly findings: FindingList
  errors = 0
  warnings = 0
  /** Set when cargo said "could not compile": the build (or test build) failed. */
  compileFailed = false
  /** cargo's own first `error:` line (not a diagnostic), for summaries when nothing else explains a failure. */
  firstCargoError: string | null = null
  private pending: PendingDiagnostic | null = null
  private readonly seen = new Set<string>()

  constructor(
    findings: FindingList = new FindingList(),
    private readonly cwd?: string
  ) {
    this.findings = findings
  }

  /** Feeds one line; returns true when the line belonged to a diagnostic (callers may skip it). */
  line(raw: string): boolean {
    const text = stripAnsi(raw)
    const header = HEADER.exec(text)
    if (header !== null) {
      this.flush()
      if (SUMMARY_LINES.some((pattern) => pattern.test(text))) {
        if (text.startsWith('error: could not compile')) this.compileFailed = true
        return true
      }
      this.pending = {
        severity: header[1] === 'error' ? 'error' : 'warning',
        code: header[2],
        message: header[3]!,
        confirmed: false,
        awaitingBody: true
      }
      return true
    }
    const pending = this.pending
    if (pending === null) return false
    if (pending.awaitingBody) return this.firstBodyLine(pending, text)
    if (text.trim() === '') {
      this.flush()
      return false
    }
    this.learnCode(pending, text)
    return true
  }

  /**
   * Flushes the diagnostic in progress (call at the end of output). When the command failed
   * without any error diagnostic, cargo's own error line (a bad manifest, an offline registry)
   * becomes a finding so the failure is explained; it is not counted as a compiler error.
   */
  finish(exitCode: number | null = 0): void {
    this.flush()
    if (exitCode !== 0 && this.errors === 0 && this.firstCargoError !== null) {
      this.findings.add({ severity: 'error', message: oneLine(this.firstCargoError) })
    }
  }

  private firstBodyLine(pending: PendingDiagnostic, text: string): boolean {
    pending.awaitingBody = false
    const location = LOCATION.exec(text)
    if (location !== null) {
      // cargo prints workspace-relative paths; rustfmt prints absolute ones.
      pending.file = relativeToCwd(location[1]!, this.cwd)
      pending.line = Number(location[2])
      pending.column = Number(location[3])
      pending.confirmed = true
      return true
    }
    if (BODY.test(text)) {
      pending.confirmed = true
      this.learnCode(pending, text)
      return true
    }
    // Not a diagnostic: a cargo message such as "error: failed to load manifest".
    if (pending.severity === 'error' && this.firstCargoError === null) {
      this.firstCargoError = `error: ${pending.message}`
    }
    this.pending = null
    return false
  }

  private learnCode(pending: PendingDiagnostic, text: string): void {
    if (pending.code !== undefined) return
    for (const pattern of LINT_SOURCES) {
      const match = pattern.exec(text)
      if (match !== null) {
        pending.code = normaliseLint(match[1]!)
        return
      }
    }
    const lint = clippyLinkLint(text)
    if (lint !== undefined) pending.code = `clippy::${lint}`
  }

  private flush(): void {
    const pending = this.pending
    this.pending = null
    if (pending === null) return
    if (!pending.confirmed) {
      if (pending.severity === 'error' && this.firstCargoError === null) {
        this.firstCargoError = `error: ${pending.message}`
      }
      return
    }
    const key = [
      pending.severity,
      pending.code,
      pending.file,
      pending.line,
      pending.column,
      pending.message
    ].join('\u0000')
    if (this.seen.has(key)) return
    if (this.seen.size < MAX_REMEMBERED) this.seen.add(key)
    if (pending.severity === 'error') this.errors++
    else this.warnings++
    const finding: Finding = { severity: pending.severity, message: oneLine(pending.message) }
    if (pending.code !== undefined) finding.code = pending.code
    if (pending.file !== undefined) finding.file = pending.file
    if (pending.line !== undefined) finding.line = pending.line
    if (pending.column !== undefined) finding.column = pending.column
    this.findings.add(finding)
  }
}

/** "4 errors, 1 warning"; `always` keeps zero counts ("0 errors, 0 warnings"). */
export function diagnosticCounts(errors: number, warnings: number, always = false): string {
  const parts: string[] = []
  if (always || errors > 0) parts.push(plural(errors, 'error'))
  if (always || warnings > 0) parts.push(plural(warnings, 'warning'))
  return parts.join(', ')
}

/**
 * The parser of a tool whose output is rustc's diagnostics through cargo (cargo build and check,
 * clippy): findings and counts are the diagnostics'; only the summary line is the tool's.
 */
export function rustDiagnosticsParser(
  id: string,
  summary: (diagnostics: RustDiagnosticCollector, exitCode: number | null) => string
): ToolParser {
  return {
    id,
    matches: (command) => recognises(id, command),
    create: (_command: string, context?: CollectorContext): OutputCollector => {
      const diagnostics = new RustDiagnosticCollector(undefined, context?.cwd)
      return {
        line: (text) => {
          diagnostics.line(text)
        },
        finish: (exitCode) => {
          diagnostics.finish(exitCode)
          const { errors, warnings } = diagnostics
          return {
            findings: diagnostics.findings.findings,
            droppedFindings: diagnostics.findings.droppedCount,
            counts: { errors, warnings },
            summary: summary(diagnostics, exitCode)
          }
        }
      }
    }
  }
}
