/**
 * Python's type checker and linters:
 *
 * mypy:    textstats/counting.py:12: error: Incompatible types in assignment …  [assignment]
 *          Found 5 errors in 2 files (checked 2 source files)  |  Success: no issues found in 2 source files
 * flake8:  ./textstats/counting.py:4:1: F401 'os' imported but unused   (also pycodestyle; ruff's
 *          concise output looks the same: ruff.ts reads it)
 * pylint:  ************* Module textstats.counting
 *          textstats/counting.py:21:22: E0602: Undefined variable 'undefined_name' (undefined-variable)
 *          Your code has been rated at 8.10/10
 */
import type { FindingSeverity } from '../validations/model.js'
import { LineReader, DiagnosticsReader } from './reader.js'
import { plural } from '../wording.js'
import { isRuffSummary } from './ruff.js'
import type { OutputReader, ToolSection } from './types.js'

const MYPY_LINE =
  /^(\S+?\.pyi?):(\d+):(?:(\d+):)? (error|warning|note): (.*?)(?: {2}\[([\w-]+)\])?$/
const MYPY_FOUND = /^Found (\d+) errors? in (\d+) files? \(checked (\d+) source files?\)$/
const MYPY_SUCCESS = /^Success: no issues found in (\d+) source files?$/

class MypyReader extends DiagnosticsReader {
  private stated: { errors: number; files: number } | null = null
  private clean = false

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const found = MYPY_FOUND.exec(text)
    if (found !== null) {
      this.recognise()
      this.stated = { errors: Number(found[1]), files: Number(found[2]) }
      return
    }
    if (MYPY_SUCCESS.test(text)) {
      this.recognise()
      this.clean = true
      return
    }
    const line = MYPY_LINE.exec(text)
    // Notes explain the error before them; they are not problems of their own.
    if (line === null || line[4] === 'note') return
    const [, file, lineNumber, column, level, message, code] = line
    this.diagnostics.add({
      severity: level === 'error' ? 'error' : 'warning',
      message: message!,
      ...(code === undefined ? {} : { code }),
      file: file!,
      line: Number(lineNumber),
      ...(column === undefined ? {} : { column: Number(column) })
    })
  }

  finish(): ToolSection | null {
    const { diagnostics } = this
    // Without its closing line, mypy's error lines are taken only when the step runs mypy.
    if (!this.recognised && !(this.hinted('mypy', 'dmypy') && diagnostics.total > 0)) return null
    const at = this.recognised ? this.at : 0
    if (this.clean && diagnostics.errors === 0) {
      return diagnostics.section('mypy', at, 'no issues', { errors: 0 })
    }
    const errors = this.stated?.errors ?? diagnostics.errors
    const files = this.stated?.files ?? diagnostics.fileCount
    return diagnostics.section(
      'mypy',
      at,
      `${plural(errors, 'error')} in ${plural(files, 'file')}`,
      {
        errors,
        files
      }
    )
  }
}

export const mypyReader: OutputReader = {
  id: 'mypy',
  create: (context) => new MypyReader(context)
}

const FLAKE8_LINE = /^(\S+?):(\d+):(\d+): ([A-Z]{1,3}\d{2,4}) (?:\[\*\] )?(.*)$/

/** Codes that are errors rather than style: syntax and undefined names (E9, F63, F7, F82). */
function flake8Severity(code: string): FindingSeverity {
  return /^(?:E9|F63|F7|F82)/.test(code) ? 'error' : 'warning'
}

class Flake8Reader extends DiagnosticsReader {
  private ruff = false

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const line = FLAKE8_LINE.exec(text)
    if (line === null) {
      if (isRuffSummary(text)) this.ruff = true
      return
    }
    const [, file, lineNumber, column, code, message] = line
    this.recognise()
    this.diagnostics.add({
      severity: flake8Severity(code!),
      message: message!,
      code: code!,
      file: file!.replace(/^\.\//, ''),
      line: Number(lineNumber),
      column: Number(column)
    })
  }

  private tool(): string {
    return this.hinted('pycodestyle') ? 'pycodestyle' : 'flake8'
  }

  finish(exitCode: number | null): ToolSection | null {
    const { diagnostics } = this
    // ruff's concise lines look like flake8's: ruff's reader has them.
    if (this.ruff || (this.hinted('ruff') && !this.hinted('flake8', 'pycodestyle'))) return null
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted('flake8', 'pycodestyle', 'pyflakes')) return null
      return diagnostics.section(this.tool(), Number.MAX_SAFE_INTEGER, 'no problems', {
        problems: 0
      })
    }
    return diagnostics.section(this.tool(), this.at, plural(diagnostics.total, 'problem'), {
      problems: diagnostics.total
    })
  }
}

export const flake8Reader: OutputReader = {
  id: 'flake8',
  create: (context) => new Flake8Reader(context)
}

const PYLINT_MODULE = /^\*{13} Module (\S+)$/
const PYLINT_LINE = /^(\S+?\.py):(\d+):(\d+): ([CRWEFI]\d{4}): (.*?)(?: \(([\w-]+)\))?$/
const PYLINT_RATING = /^Your code has been rated at (-?[\d.]+)\/10\b/
const PYLINT_SEVERITY: Readonly<Record<string, FindingSeverity>> = {
  E: 'error',
  F: 'error',
  W: 'warning',
  C: 'notice',
  R: 'notice',
  I: 'notice'
}

class PylintReader extends DiagnosticsReader {
  private rating: string | null = null
  private sawModule = false

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    if (PYLINT_MODULE.test(text)) {
      this.recognise()
      this.sawModule = true
      return
    }
    const rating = PYLINT_RATING.exec(text)
    if (rating !== null) {
      this.recognise()
      this.rating = rating[1]!
      return
    }
    const line = this.sawModule ? PYLINT_LINE.exec(text) : null
    if (line === null) return
    const [, file, lineNumber, column, code, message, symbol] = line
    this.diagnostics.add({
      severity: PYLINT_SEVERITY[code![0]!]!,
      message: message!,
      code: symbol === undefined ? code! : `${code!} ${symbol}`,
      file: file!,
      line: Number(lineNumber),
      // pylint counts columns from 0.
      column: Number(column) + 1
    })
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    const { diagnostics } = this
    const rated = this.rating === null ? '' : ` (rated ${this.rating}/10)`
    return diagnostics.section('pylint', this.at, `${diagnostics.describe()}${rated}`, {
      errors: diagnostics.errors,
      warnings: diagnostics.warnings,
      conventions: diagnostics.notices
    })
  }
}

export const pylintReader: OutputReader = {
  id: 'pylint',
  create: (context) => new PylintReader(context)
}

/**
 * pyright (and basedpyright):
 *   /abs/textstats/counting.py
 *     /abs/textstats/counting.py:11:18 - error: Type "int" is not assignable to declared type "str"
 *       "int" is not assignable to "str" (reportAssignmentType)
 *   2 errors, 0 warnings, 0 informations
 */
const PYRIGHT_LINE = /^\s+(\S.*?):(\d+):(\d+) - (error|warning|information): (.*)$/
const PYRIGHT_TOTAL = /^(\d+) errors?, (\d+) warnings?, (\d+) informations?\s*$/
const PYRIGHT_RULE = / \((report\w+)\)$/

class PyrightReader extends DiagnosticsReader {
  private stated: { errors: number; warnings: number } | null = null
  private last: {
    severity: FindingSeverity
    message: string
    file: string
    line: number
    column: number
    code?: string
  } | null = null

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const total = PYRIGHT_TOTAL.exec(text)
    if (total !== null) {
      this.flush()
      this.recognise()
      this.stated = { errors: Number(total[1]), warnings: Number(total[2]) }
      return
    }
    const line = PYRIGHT_LINE.exec(text)
    if (line !== null) {
      this.flush()
      const [, file, lineNumber, column, level, message] = line
      const severity: FindingSeverity =
        level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'notice'
      this.last = {
        severity,
        message: message!,
        file: file!,
        line: Number(lineNumber),
        column: Number(column)
      }
      this.takeRule(message!)
      return
    }
    // A continuation line of the message (indented with no-break spaces); the rule closes the last one.
    if (this.last !== null && text !== text.trimStart()) this.takeRule(text.trim())
  }

  private takeRule(text: string): void {
    const rule = PYRIGHT_RULE.exec(text)
    if (rule === null || this.last === null) return
    this.last.code = rule[1]!
    if (this.last.message.endsWith(rule[0]))
      this.last.message = this.last.message.slice(0, -rule[0].length)
  }

  private flush(): void {
    if (this.last === null) return
    this.diagnostics.add(this.last)
    this.last = null
  }

  finish(): ToolSection | null {
    this.flush()
    if (!this.recognised) return null
    const { diagnostics } = this
    const errors = this.stated?.errors ?? diagnostics.errors
    const warnings = this.stated?.warnings ?? diagnostics.warnings
    const summary =
      errors === 0 && warnings === 0
        ? 'no errors'
        : [plural(errors, 'error'), ...(warnings > 0 ? [plural(warnings, 'warning')] : [])].join(
            ', '
          )
    return diagnostics.section('pyright', this.at, summary, { errors, warnings })
  }
}

export const pyrightReader: OutputReader = {
  id: 'pyright',
  create: (context) => new PyrightReader(context)
}
