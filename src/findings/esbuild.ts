/**
 * esbuild's messages, as its CLI prints them and as its API's errors carry them (into Vite,
 * tsup and other tools that build with it):
 *
 *   ✘ [ERROR] Unexpected "for"                                   (CLI: a header, a blank line,
 *                                                                   the place, the code frame;
 *       src/duration.ts:12:2:                                     notes after it carry places of
 *         12 │   for (const [unit, size] of UNITS) {              their own, which are not
 *            ╵   ~~~                                               problems)
 *   ▲ [WARNING] Duplicate key "a" in object literal [duplicate-object-key]
 *   1 warning and 1 error
 *
 *   [vite:esbuild] Transform failed with 1 error:                 (API: one line per message)
 *   /abs/src/duration.ts:12:2: ERROR: Unexpected "for"
 *
 * The count is esbuild's own closing line when printed ("2 errors", "1 warning and 1 error").
 */
import type { FindingSeverity } from '../validations/model.js'
import { LineReader, DiagnosticsReader, errorsAndWarnings } from './reader.js'
import type { OutputReader, ToolSection } from './types.js'

const HEADER = /^(✘|▲) \[(ERROR|WARNING)\] (.*?)(?: \[([a-z0-9-]+)\])?$/
const PLACE = /^ {4}(\S.*?):(\d+):(\d+):$/
const API_LINE = /^(\S+?):(\d+):(\d+): (ERROR|WARNING): (.*)$/
const TOTALS = /^(?:(\d+) warnings?(?: and (\d+) errors?)?|(\d+) errors?)$/
const TRANSFORM_FAILED = /(?:Transform|Build) failed with (\d+) errors?:$/

interface Pending {
  severity: FindingSeverity
  message: string
  code?: string
}

class EsbuildReader extends DiagnosticsReader {
  /** A header whose place has not been read yet. */
  private pending: Pending | null = null
  private stated: { errors: number; warnings: number } | null = null
  private apiErrors = false

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const header = HEADER.exec(text)
    if (header !== null) {
      this.flush()
      this.recognise()
      const [, , level, message, code] = header
      this.pending = {
        severity: level === 'ERROR' ? 'error' : 'warning',
        message: message!,
        ...(code === undefined ? {} : { code })
      }
      return
    }
    const place = this.pending === null ? null : PLACE.exec(text)
    if (place !== null) {
      const [, file, line, column] = place
      this.add(this.pending!, file!, Number(line), Number(column) + 1)
      this.pending = null
      return
    }
    const api = API_LINE.exec(text)
    if (api !== null && this.apiErrors) {
      const [, file, line, column, level, message] = api
      const severity = level === 'ERROR' ? 'error' : 'warning'
      this.add({ severity, message: message! }, file!, Number(line), Number(column) + 1)
      return
    }
    if (TRANSFORM_FAILED.test(text)) {
      this.recognise()
      this.apiErrors = true
      return
    }
    const totals = this.recognised ? TOTALS.exec(text) : null
    if (totals !== null) {
      this.flush()
      this.stated = {
        warnings: Number(totals[1] ?? 0),
        errors: Number(totals[2] ?? totals[3] ?? 0)
      }
    }
  }

  /** A header without a place (esbuild prints some so) is a finding without a location. */
  private flush(): void {
    if (this.pending === null) return
    this.diagnostics.add(this.pending)
    this.pending = null
  }

  private add(problem: Pending, file: string, line: number, column: number): void {
    this.diagnostics.add({ ...problem, file, line, column })
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    this.flush()
    const { diagnostics } = this
    const errors = this.stated?.errors ?? diagnostics.errors
    const warnings = this.stated?.warnings ?? diagnostics.warnings
    const summary = errorsAndWarnings(errors, warnings)
    return diagnostics.section('esbuild', this.at, summary, { errors, warnings })
  }
}

export const esbuildReader: OutputReader = {
  id: 'esbuild',
  create: (context) => new EsbuildReader(context)
}
