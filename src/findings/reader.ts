/**
 * What the output readers share: line numbering (to know where a tool's signature was first
 * seen), and a tally of diagnostics with their findings for linters and compilers.
 */
import type { Finding } from '../validations/model.js'
import { FindingList, hasLineBreak, oneLine, relativeToCwd } from './parser-helpers.js'
import { plural } from '../wording.js'
import { stripAnsi } from '../ansi-escapes.js'
import type { ReaderCollector, ReaderContext, ToolSection } from './types.js'

/**
 * Lines longer than this are not read by the diagnostic readers: no tool prints a diagnostic
 * line that long, and it bounds what a hostile line can cost.
 */
export const MAX_DIAGNOSTIC_LINE = 16_384

/** Base of a reader: numbers the lines, strips ANSI codes, remembers where its signature began. */
export abstract class LineReader implements ReaderCollector {
  private index = -1
  private signatureAt = -1
  private beginningAt = -1

  constructor(protected readonly context: ReaderContext) {}

  line(raw: string): void {
    this.index++
    this.read(stripAnsi(raw))
  }

  /** Marks the output as this reader's tool's (once; the first line counts). */
  protected recognise(): void {
    if (this.signatureAt < 0) this.signatureAt = this.index
  }

  protected get recognised(): boolean {
    return this.signatureAt >= 0
  }

  /**
   * Marks where the tool's output may begin (Jest's first "PASS"/"FAIL" line, pytest's session
   * header): when the signature follows, the section is placed from there, before what other
   * tools printed inside it.
   */
  protected mayBegin(): void {
    if (this.beginningAt < 0) this.beginningAt = this.index
  }

  protected get at(): number {
    return this.beginningAt >= 0 ? Math.min(this.beginningAt, this.signatureAt) : this.signatureAt
  }

  /** True when the step hints at one of `tools` (its command or an echoed script line). */
  protected hinted(...tools: string[]): boolean {
    return tools.some((tool) => this.context.hints.has(tool))
  }

  /** A line a diagnostic regex may read: no line break inside, not absurdly long. */
  protected static readable(text: string): boolean {
    return text.length <= MAX_DIAGNOSTIC_LINE && !hasLineBreak(text)
  }

  protected abstract read(text: string): void
  abstract finish(exitCode: number | null): ToolSection | null
}

/** What a diagnostic is, before its path is made relative to the step's cwd. */
export type Diagnostic = Pick<
  Finding,
  'severity' | 'message' | 'code' | 'file' | 'line' | 'column' | 'endLine'
>

/** Diagnostics of one tool: findings (each once), counts per severity, files with findings. */
export class Diagnostics {
  readonly list = new FindingList()
  errors = 0
  warnings = 0
  notices = 0
  private readonly files = new Set<string>()
  private readonly seen = new Set<string>()

  constructor(private readonly cwd: string | undefined) {}

  /** Adds a diagnostic; false when the same one (place, code, message) was already added. */
  add(diagnostic: Diagnostic): boolean {
    const key = [
      diagnostic.file,
      diagnostic.line,
      diagnostic.column,
      diagnostic.code,
      diagnostic.message
    ].join('\u0000')
    if (this.seen.has(key)) return false
    this.seen.add(key)
    if (diagnostic.severity === 'error') this.errors++
    else if (diagnostic.severity === 'warning') this.warnings++
    else this.notices++
    const finding: Finding = { severity: diagnostic.severity, message: oneLine(diagnostic.message) }
    if (diagnostic.code !== undefined) finding.code = diagnostic.code
    if (diagnostic.file !== undefined) {
      finding.file = relativeToCwd(diagnostic.file, this.cwd)
      this.files.add(finding.file)
    }
    if (diagnostic.line !== undefined) finding.line = diagnostic.line
    if (diagnostic.column !== undefined) finding.column = diagnostic.column
    if (diagnostic.endLine !== undefined) finding.endLine = diagnostic.endLine
    this.list.add(finding)
    return true
  }

  get total(): number {
    return this.errors + this.warnings + this.notices
  }

  get fileCount(): number {
    return this.files.size
  }

  /** "2 errors, 1 warning"; "no problems" when there are none. */
  describe(): string {
    const parts: string[] = []
    if (this.errors > 0) parts.push(plural(this.errors, 'error'))
    if (this.warnings > 0) parts.push(plural(this.warnings, 'warning'))
    if (this.notices > 0) parts.push(plural(this.notices, 'notice'))
    return parts.length === 0 ? 'no problems' : parts.join(', ')
  }

  /** A section with these findings; counts default to errors and warnings. */
  section(
    tool: string,
    at: number,
    summary: string,
    counts: Record<string, number> = { errors: this.errors, warnings: this.warnings }
  ): ToolSection {
    return {
      tool,
      at,
      findings: this.list.findings,
      droppedFindings: this.list.droppedCount,
      counts,
      summary: `${tool}: ${summary}`
    }
  }
}

/**
 * A reader whose findings are located diagnostics (lint, type and build errors), their paths
 * relative to the validation's directory: the Diagnostics every such reader keeps.
 */
export abstract class DiagnosticsReader extends LineReader {
  protected readonly diagnostics: Diagnostics

  constructor(context: ReaderContext) {
    super(context)
    this.diagnostics = new Diagnostics(context.cwd)
  }
}

/** "2 errors" or "0 errors, 3 warnings": the errors always, the warnings when there are some. */
export function errorsAndWarnings(errors: number, warnings: number): string {
  return warnings > 0
    ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
    : plural(errors, 'error')
}
