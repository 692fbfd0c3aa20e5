/**
 * ruff's linter, in its concise and full output formats, and its formatter's `--check`:
 *
 *   textstats/counting.py:4:8: F401 [*] `os` imported but unused        (concise; ruff < 0.12's full
 *                                                                        format opens the same way)
 *   F401 [*] `os` imported but unused                                    (full, ruff ≥ 0.12: a header,
 *    --> textstats/counting.py:4:8                                        its place, a snippet, help)
 *   Found 3 errors.  |  All checks passed!
 *   [*] 1 fixable with the `--fix` option.
 *
 *   Would reformat: textstats/__init__.py                                (ruff format --check)
 *   2 files would be reformatted, 3 files already formatted  |  5 files already formatted
 *
 * The count is ruff's own "Found N errors." (ruff calls every diagnostic an error, and fails on
 * any); `[*]` marks a fix ruff can apply. The concise lines
 * alone look like flake8's: they are ruff's when its closing line follows or the step runs ruff
 * (flake8's reader then leaves them to this one).
 */
import { plural } from '../wording.js'
import { LineReader, DiagnosticsReader } from './reader.js'
import { FindingList } from './parser-helpers.js'
import type { OutputReader, ToolSection } from './types.js'

const CODE = '[A-Z]{1,8}\\d{1,4}'
const CONCISE = new RegExp(`^(\\S+?):(\\d+):(\\d+): (${CODE}) (\\[\\*\\] )?(.*)$`)
const FULL_HEADER = new RegExp(`^(${CODE}) (\\[\\*\\] )?(.*)$`)
const FULL_PLACE = /^ *--> (\S.*?):(\d+):(\d+)$/
const FOUND = /^Found (\d+) errors?(?: \((\d+) fixed, (\d+) remaining\))?\.$/
const ALL_PASSED = 'All checks passed!'

/** True for ruff's closing line ("Found 3 errors.", "All checks passed!"). */
export function isRuffSummary(text: string): boolean {
  return text === ALL_PASSED || FOUND.test(text)
}

class RuffCheckReader extends DiagnosticsReader {
  private header: { code: string; fixable: boolean; message: string } | null = null
  /** Located by the full format's header and place: ruff's own shape, not flake8's. */
  private full = false
  private stated: number | null = null
  private fixable = 0

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const header = this.header
    this.header = null
    const place = header === null ? null : FULL_PLACE.exec(text)
    if (place !== null) {
      this.full = true
      this.add(header!.code, header!.fixable, header!.message, place[1]!, place[2]!, place[3]!)
      return
    }
    const concise = CONCISE.exec(text)
    if (concise !== null) {
      const [, file, line, column, code, fix, message] = concise
      this.add(code!, fix !== undefined, message!, file!, line!, column!)
      return
    }
    const found = FOUND.exec(text)
    if (found !== null) {
      // Biome closes with the same words: they are ruff's after its diagnostics or in a ruff step.
      if (this.diagnostics.total === 0 && !this.runsRuffCheck()) return
      this.recognise()
      this.stated = Number(found[3] ?? found[1])
      return
    }
    if (text === ALL_PASSED) {
      this.recognise()
      this.stated = 0
      return
    }
    const opening = FULL_HEADER.exec(text)
    if (opening !== null) {
      this.header = { code: opening[1]!, fixable: opening[2] !== undefined, message: opening[3]! }
    }
  }

  private add(
    code: string,
    fixable: boolean,
    message: string,
    file: string,
    line: string,
    column: string
  ): void {
    this.mayBegin()
    const added = this.diagnostics.add({
      severity: 'error',
      message,
      code,
      file: file.replace(/^\.\//, ''),
      line: Number(line),
      column: Number(column)
    })
    if (added && fixable) this.fixable++
  }

  /** `ruff check`, or ruff without a subcommand (`ruff .`, before 0.5), but not `ruff format`. */
  private runsRuffCheck(): boolean {
    return this.hinted('ruff check') || (this.hinted('ruff') && !this.hinted('ruff format'))
  }

  finish(exitCode: number | null): ToolSection | null {
    const { diagnostics } = this
    const located = diagnostics.total > 0 && (this.full || this.hinted('ruff'))
    if (!this.recognised && !located) {
      if (exitCode !== 0 || !this.runsRuffCheck()) return null
      return diagnostics.section('ruff', Number.MAX_SAFE_INTEGER, 'no problems', { errors: 0 })
    }
    // Concise lines without the closing line: placed where the first one was printed.
    this.recognise()
    const errors = this.stated ?? diagnostics.total
    if (errors === 0) return diagnostics.section('ruff', this.at, 'no problems', { errors: 0 })
    const fixable = this.fixable > 0 ? ` (${this.fixable} fixable)` : ''
    return diagnostics.section('ruff', this.at, `${plural(errors, 'error')}${fixable}`, {
      errors,
      fixable: this.fixable
    })
  }
}

export const ruffCheckReader: OutputReader = {
  id: 'ruff',
  create: (context) => new RuffCheckReader(context)
}

const WOULD_REFORMAT = /^Would reformat: (\S.*)$/
const FORMAT_TOTALS =
  /^(?:(\d+) files? would be reformatted(?:, |$))?(?:(\d+) files? already formatted)?$/

class RuffFormatReader extends LineReader {
  private readonly findings = new FindingList()
  private stated: { reformat: number; formatted: number } | null = null

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const would = WOULD_REFORMAT.exec(text)
    if (would !== null) {
      this.mayBegin()
      this.findings.add({
        severity: 'warning',
        message: 'Would reformat (ruff format --check)',
        file: would[1]!.replace(/^\.\//, '')
      })
      return
    }
    const totals = text === '' ? null : FORMAT_TOTALS.exec(text)
    if (totals === null) return
    this.recognise()
    this.stated = { reformat: Number(totals[1] ?? 0), formatted: Number(totals[2] ?? 0) }
  }

  finish(): ToolSection | null {
    if (!this.recognised || this.stated === null) return null
    const { reformat, formatted } = this.stated
    const summary =
      reformat === 0
        ? `${plural(formatted, 'file')} already formatted`
        : `${plural(reformat, 'file')} would be reformatted`
    return {
      tool: 'ruff format',
      at: this.at,
      findings: this.findings.findings,
      droppedFindings: this.findings.droppedCount,
      counts: { reformat, formatted },
      summary: `ruff format: ${summary}`
    }
  }
}

export const ruffFormatReader: OutputReader = {
  id: 'ruff format',
  create: (context) => new RuffFormatReader(context)
}
