/**
 * ESLint's text formatters:
 *
 * stylish (the default): a file's path, then its problems, then the total
 *   /abs/src/slug.ts
 *     3:7   error  'unused' is never reassigned. Use 'const' instead  prefer-const
 *   ✖ 3 problems (3 errors, 0 warnings)
 *
 * compact (`-f compact`, a separate package since ESLint 9):
 *   /abs/src/slug.ts: line 3, col 7, Error - 'unused' is never reassigned. (prefer-const)
 *   3 problems
 *
 * A clean run prints nothing: "no problems" only when the step hints at eslint and exited 0.
 */
import type { FindingSeverity } from '../validations/model.js'
import { LineReader, DiagnosticsReader, errorsAndWarnings } from './reader.js'
import type { OutputReader, ToolSection } from './types.js'

const STYLISH_PROBLEM = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.*)$/
const STYLISH_TOTAL = /^✖ (\d+) problems? \((\d+) errors?, (\d+) warnings?\)$/
const COMPACT_PROBLEM = /^(.+): line (\d+), col (\d+), (Error|Warning) - (.*)$/
const COMPACT_TOTAL = /^(\d+) problems?$/
const RULE_ID = /^[@\w][\w@/-]*$/

/** "message  rule-id" → message and rule; stylish pads the message to align the rules. */
function splitRule(rest: string): { message: string; rule?: string } {
  const trimmed = rest.trimEnd()
  const gap = trimmed.lastIndexOf('  ')
  if (gap < 0) return { message: trimmed }
  const rule = trimmed.slice(gap + 2).trim()
  if (!RULE_ID.test(rule)) return { message: trimmed }
  return { message: trimmed.slice(0, gap).trim(), rule }
}

/** "message. (rule-id)" → message and rule. */
function splitCompactRule(rest: string): { message: string; rule?: string } {
  const open = rest.lastIndexOf(' (')
  if (open < 0 || !rest.endsWith(')')) return { message: rest }
  const rule = rest.slice(open + 2, -1)
  if (!RULE_ID.test(rule)) return { message: rest }
  return { message: rest.slice(0, open), rule }
}

class EslintReader extends DiagnosticsReader {
  private file: string | null = null
  private stated: { problems: number; errors: number; warnings: number } | null = null
  private sawProblem = false

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    if (text === '' || text.startsWith(' ')) {
      const problem = text === '' ? null : STYLISH_PROBLEM.exec(text)
      if (problem !== null && this.file !== null) {
        const [, line, column, level, rest] = problem
        this.add(level!, splitRule(rest!), this.file, Number(line), Number(column))
      }
      return
    }
    const total = STYLISH_TOTAL.exec(text)
    if (total !== null && this.sawProblem) {
      this.stated = {
        problems: Number(total[1]),
        errors: Number(total[2]),
        warnings: Number(total[3])
      }
      return
    }
    const compact = COMPACT_PROBLEM.exec(text)
    if (compact !== null) {
      const [, file, line, column, level, rest] = compact
      this.add(level!.toLowerCase(), splitCompactRule(rest!), file!, Number(line), Number(column))
      return
    }
    const compactTotal = this.sawProblem ? COMPACT_TOTAL.exec(text) : null
    if (compactTotal !== null) {
      const problems = Number(compactTotal[1])
      this.stated = {
        problems,
        errors: this.diagnostics.errors,
        warnings: this.diagnostics.warnings
      }
      return
    }
    // Any other unindented line may be the path stylish prints before a file's problems.
    this.file = text.trim()
  }

  private add(
    level: string,
    { message, rule }: { message: string; rule?: string },
    file: string,
    line: number,
    column: number
  ): void {
    this.recognise()
    this.sawProblem = true
    const severity: FindingSeverity = level === 'error' ? 'error' : 'warning'
    this.diagnostics.add({
      severity,
      message,
      ...(rule === undefined ? {} : { code: rule }),
      file,
      // ESLint says 0:0 for problems of a whole file (an ignored file, a parsing error at load).
      ...(line > 0 ? { line, column } : {})
    })
  }

  finish(exitCode: number | null): ToolSection | null {
    const { diagnostics } = this
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted('eslint')) return null
      return diagnostics.section('eslint', Number.MAX_SAFE_INTEGER, 'no problems')
    }
    const errors = Math.max(this.stated?.errors ?? 0, diagnostics.errors)
    const warnings = Math.max(this.stated?.warnings ?? 0, diagnostics.warnings)
    const summary = errorsAndWarnings(errors, warnings)
    return diagnostics.section('eslint', this.at, summary, { errors, warnings })
  }
}

export const eslintReader: OutputReader = {
  id: 'eslint',
  create: (context) => new EslintReader(context)
}
