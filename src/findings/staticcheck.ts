/**
 * staticcheck, in its three formats (`-f text`, the default; `-f stylish`; `-f json`):
 *
 *   cmd/wordfreq/main.go:13:2: this value of err is never used (SA4006)
 *
 *   /abs/module/wordfreq.go
 *     (26, 2)  SA4018  self-assignment of n to n
 *    ✖ 5 problems (5 errors, 0 warnings, 0 ignored)
 *
 *   {"code":"SA4006","severity":"error","location":{"file":"/abs/main.go","line":13,"column":2},…,"message":"…"}
 *
 * Paths are relative to the directory staticcheck ran in (text) or absolute (stylish, JSON); the
 * modules below the step's directory place them (go-modules.ts). A clean run prints nothing:
 * "no problems" only when the step runs staticcheck and exited 0. Debian installs it as
 * `go-staticcheck`.
 */
import { plural } from '../wording.js'
import type { FindingSeverity } from '../validations/model.js'
import { GoLocatedReader } from './go-modules.js'
import { numberField, objectField, parseJsonObject, stringField } from './json-capture.js'
import { LineReader } from './reader.js'
import type { OutputReader, ToolSection } from './types.js'

/** A check code at the end of a text line: SA (staticcheck), S (simple), ST (stylecheck), QF, U (unused). */
const CHECK_CODE = '(?:SA|S|ST|QF|U)\\d{4}'
const TEXT_LINE = new RegExp(`^(\\S+?\\.go):(\\d+):(\\d+): (.*) \\((${CHECK_CODE})\\)$`)
const STYLISH_FILE = /^(\S.*\.go)$/
const STYLISH_LINE = new RegExp(`^ {2}\\((\\d+), (\\d+)\\) {2}(${CHECK_CODE}|compile) +(.*)$`)
const STYLISH_TOTALS = /^ ✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?(?:, \d+ ignored)?\)$/

/** True for a line that ends with a staticcheck check code: go vet's reader leaves it to this one. */
export function isStaticcheckLine(text: string): boolean {
  return TEXT_LINE.test(text)
}

function severityOf(level: string | undefined): FindingSeverity {
  return level === 'warning' ? 'warning' : 'error'
}

class StaticcheckReader extends GoLocatedReader {
  private stylishFile: string | null = null
  /** staticcheck's own total from the stylish format, when printed. */
  private stated: number | null = null

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    if (text.startsWith('{"')) {
      this.jsonLine(text)
      return
    }
    const line = TEXT_LINE.exec(text)
    if (line !== null) {
      const [, file, row, column, message, code] = line
      this.add('error', message!, code!, file!, Number(row), Number(column))
      return
    }
    const stylish = this.stylishFile === null ? null : STYLISH_LINE.exec(text)
    if (stylish !== null) {
      const [, row, column, code, message] = stylish
      this.add('error', message!, code!, this.stylishFile!, Number(row), Number(column))
      return
    }
    const totals = STYLISH_TOTALS.exec(text)
    if (totals !== null) {
      this.recognise()
      this.stated = Number(totals[1])
      return
    }
    this.stylishFile = STYLISH_FILE.exec(text)?.[1] ?? (text === '' ? null : this.stylishFile)
  }

  private jsonLine(text: string): void {
    const problem = parseJsonObject(text)
    if (problem === null) return
    const code = stringField(problem, 'code')
    const message = stringField(problem, 'message')
    const location = objectField(problem, 'location')
    const file = stringField(location, 'file')
    const row = numberField(location, 'line')
    const severity = stringField(problem, 'severity')
    if (code === undefined || message === undefined || file === undefined || row === undefined)
      return
    if (severity === 'ignored') return
    this.add(severity ?? 'error', message, code, file, row, numberField(location, 'column'))
  }

  private add(
    level: string,
    message: string,
    code: string,
    file: string,
    line: number,
    column: number | undefined
  ): void {
    this.recognise()
    this.diagnostics.add({
      severity: severityOf(level),
      message,
      code,
      file: this.modules.sourceFile(file.replace(/^\.\//, '')),
      line,
      ...(column === undefined || column < 1 ? {} : { column })
    })
  }

  finish(exitCode: number | null): ToolSection | null {
    const { diagnostics } = this
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted('staticcheck', 'go-staticcheck')) return null
      return diagnostics.section('staticcheck', Number.MAX_SAFE_INTEGER, 'no problems')
    }
    // The stylish total counts what staticcheck found, even beyond the findings kept.
    const errors = Math.max(this.stated ?? 0, diagnostics.total)
    return diagnostics.section('staticcheck', this.at, plural(errors, 'problem'), {
      errors: diagnostics.errors,
      warnings: diagnostics.warnings
    })
  }
}

export const staticcheckReader: OutputReader = {
  id: 'staticcheck',
  create: (context) => new StaticcheckReader(context)
}
