/**
 * golangci-lint's text output (v1's default `colored-line-number` without colours, v2's `text`):
 * each issue with the linter that found it, then the source line and a caret, and v2's totals:
 *
 *   wordfreq.go:26:2: SA4018: self-assignment of n to n (staticcheck)
 *   	n = n
 *   	^
 *   main.go:12: File is not properly formatted (gofmt)
 *   3 issues:
 *   * ineffassign: 1
 *   * staticcheck: 2
 *
 * and "0 issues." when clean. The issue lines alone are read only when the step runs
 * golangci-lint (or the totals follow): a compiler's `file.go:1:2: message (x)` is not one.
 * Paths are relative to the directory it ran in, placed by the modules below the step's.
 */
import { plural } from '../wording.js'
import { GoLocatedReader } from './go-modules.js'
import { LineReader } from './reader.js'
import type { OutputReader, ToolSection } from './types.js'

const ISSUE = /^(\S+?\.go):(\d+)(?::(\d+))?: (.*) \(([a-z][a-z0-9_-]*)\)$/
/** A rule code some linters put before the message: staticcheck's "SA4018: ", gosec's "G104: ". */
const RULE = /^([A-Z]+\d+): (.*)$/
const TOTALS = /^(\d+) issues?[:.]$/
const LINTER_COUNT = /^\* ([a-z][a-z0-9_-]*): (\d+)$/

class GolangciLintReader extends GoLocatedReader {
  /** The total golangci-lint stated, once its totals line was read. */
  private stated: number | null = null

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const totals = TOTALS.exec(text)
    if (totals !== null) {
      this.stated = Number(totals[1])
      if (this.diagnostics.total > 0 || this.stated === 0 || this.hinted('golangci-lint')) {
        this.recognise()
      }
      return
    }
    if (LINTER_COUNT.test(text)) return
    const issue = ISSUE.exec(text)
    if (issue === null) return
    const [, file, line, column, said, linter] = issue
    const rule = RULE.exec(said!)
    this.mayBegin()
    if (this.hinted('golangci-lint')) this.recognise()
    this.diagnostics.add({
      severity: 'error',
      message: rule === null ? said! : rule[2]!,
      code: rule === null ? linter! : `${linter!}/${rule[1]!}`,
      file: this.modules.sourceFile(file!.replace(/^\.\//, '')),
      line: Number(line),
      ...(column === undefined ? {} : { column: Number(column) })
    })
  }

  finish(exitCode: number | null): ToolSection | null {
    const { diagnostics } = this
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted('golangci-lint')) return null
      return diagnostics.section('golangci-lint', Number.MAX_SAFE_INTEGER, 'no issues')
    }
    const issues = this.stated ?? diagnostics.total
    const summary = issues === 0 ? 'no issues' : plural(issues, 'issue')
    return diagnostics.section('golangci-lint', this.at, summary, { errors: diagnostics.errors })
  }
}

export const golangciLintReader: OutputReader = {
  id: 'golangci-lint',
  create: (context) => new GolangciLintReader(context)
}
