/**
 * `cargo fmt -- --check` / `rustfmt --check`: which files and lines need formatting.
 *
 * rustfmt prints one header per hunk, then a diff of the original (` ` context, `-` removed,
 * `+` added) — "Diff in /abs/src/main.rs:12:" (current) or "Diff in src/main.rs at line 12:"
 * (older releases). The header's line is where the hunk's context starts, so the finding's line
 * is advanced past the context to the first changed line.
 */
import type { Finding } from '../validations/model.js'
import { RustDiagnosticCollector } from './rust-diagnostics.js'
import { FindingList, exitDescription, relativeToCwd } from './parser-helpers.js'
import { plural } from '../wording.js'
import { stripAnsi } from '../ansi-escapes.js'
import { recognises } from './tool-for-command.js'
import type { CollectorContext, OutputCollector, ToolParser } from './types.js'

const HUNK_HEADER = /^Diff in (.+?)(?::(\d+)| at line (\d+)):\s*$/

interface Hunk {
  file: string
  /** Line in the original file of the next diff line. */
  cursor: number
  firstChanged: number | null
  lastChanged: number | null
  removed: number
  added: number
}

function hunkFinding(hunk: Hunk, headerLine: number): Finding {
  const line = hunk.firstChanged ?? headerLine
  const endLine = hunk.lastChanged !== null && hunk.lastChanged > line ? hunk.lastChanged : null
  const where = endLine === null ? `line ${line}` : `lines ${line}-${endLine}`
  const finding: Finding = {
    severity: 'error',
    message: `rustfmt would reformat ${where} (${plural(hunk.removed, 'line')} out, ${plural(hunk.added, 'line')} in)`,
    code: 'rustfmt',
    file: hunk.file,
    line
  }
  if (endLine !== null) finding.endLine = endLine
  return finding
}

class RustfmtCollector implements OutputCollector {
  private readonly findings = new FindingList()
  private readonly files = new Set<string>()
  private hunk: Hunk | null = null
  private headerLine = 0
  private hunks = 0
  /** rustfmt reports parse errors as rustc diagnostics. */
  private readonly errors: RustDiagnosticCollector

  constructor(private readonly cwd: string | undefined) {
    this.errors = new RustDiagnosticCollector(this.findings, cwd)
  }

  line(raw: string): void {
    const text = stripAnsi(raw)
    const header = HUNK_HEADER.exec(text)
    if (header !== null) {
      this.closeHunk()
      const file = relativeToCwd(header[1]!, this.cwd)
      this.headerLine = Number(header[2] ?? header[3])
      this.hunk = {
        file,
        cursor: this.headerLine,
        firstChanged: null,
        lastChanged: null,
        removed: 0,
        added: 0
      }
      this.files.add(file)
      this.hunks++
      return
    }
    if (this.hunk !== null && this.diffLine(this.hunk, text)) return
    this.closeHunk()
    this.errors.line(text)
  }

  finish(exitCode: number | null): ReturnType<OutputCollector['finish']> {
    this.closeHunk()
    this.errors.finish(exitCode)
    const files = this.files.size
    let summary: string
    if (files > 0)
      summary = `rustfmt: ${plural(files, 'file')} need${files === 1 ? 's' : ''} formatting`
    else if (this.errors.errors > 0) summary = `rustfmt: ${plural(this.errors.errors, 'error')}`
    else if (exitCode === 0) summary = 'rustfmt: all files formatted'
    else summary = `rustfmt: failed (${exitDescription(exitCode)})`
    return {
      findings: this.findings.findings,
      droppedFindings: this.findings.droppedCount,
      counts: { files, hunks: this.hunks },
      summary
    }
  }

  /** Advances through one diff line; false when the line is not part of the diff. */
  private diffLine(hunk: Hunk, text: string): boolean {
    const marker = text[0]
    if (marker === ' ' || text === '') {
      hunk.cursor++
      return true
    }
    if (marker === '-') {
      hunk.firstChanged ??= hunk.cursor
      hunk.lastChanged = hunk.cursor
      hunk.removed++
      hunk.cursor++
      return true
    }
    if (marker === '+') {
      hunk.firstChanged ??= hunk.cursor
      hunk.lastChanged ??= hunk.cursor
      hunk.added++
      return true
    }
    return false
  }

  private closeHunk(): void {
    if (this.hunk === null) return
    this.findings.add(hunkFinding(this.hunk, this.headerLine))
    this.hunk = null
  }
}

export const rustfmtParser: ToolParser = {
  id: 'rustfmt',
  matches: (command) => recognises('rustfmt', command),
  create: (_command: string, context?: CollectorContext): OutputCollector =>
    new RustfmtCollector(context?.cwd)
}
