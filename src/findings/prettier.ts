/**
 * `prettier --check`:
 *
 *   Checking formatting...
 *   [warn] src/slug.ts
 *   [warn] Code style issues found in 2 files. Run Prettier with --write to fix.
 *   (or "… found in the above file. …", or "All matched files use Prettier code style!")
 *   [error] src/bad.ts: SyntaxError: ';' expected. (3:7)
 *
 * Prettier names the files, not the lines: the findings carry the file only.
 */
import { LineReader, DiagnosticsReader } from './reader.js'
import { plural } from '../wording.js'
import type { OutputReader, ToolSection } from './types.js'

const HEADER = 'Checking formatting...'
const CLEAN = 'All matched files use Prettier code style!'
const ISSUES = /^\[warn\] Code style issues (?:found in (\d+) files|found in the above file)\b/
const WARN_FILE = /^\[warn\] (\S.*)$/
const SYNTAX_ERROR = /^\[error\] (\S+?): (\w*Error): (.*?)(?: \((\d+):(\d+)\))?$/

class PrettierReader extends DiagnosticsReader {
  private stated: number | null = null
  private clean = false

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    if (text === HEADER) {
      this.recognise()
      return
    }
    if (text === CLEAN) {
      this.recognise()
      this.clean = true
      return
    }
    const issues = ISSUES.exec(text)
    if (issues !== null) {
      this.recognise()
      this.stated = issues[1] === undefined ? 1 : Number(issues[1])
      return
    }
    if (!this.recognised) return
    const syntax = SYNTAX_ERROR.exec(text)
    if (syntax !== null) {
      const [, file, kind, message, line, column] = syntax
      this.diagnostics.add({
        severity: 'error',
        message: `${kind!}: ${message!}`,
        file: file!,
        ...(line === undefined ? {} : { line: Number(line), column: Number(column) })
      })
      return
    }
    const warned = WARN_FILE.exec(text)
    if (warned !== null) {
      this.diagnostics.add({
        severity: 'error',
        message: 'not formatted as Prettier would (prettier --check)',
        file: warned[1]!
      })
    }
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    const { diagnostics } = this
    const unformatted = this.stated ?? diagnostics.errors
    if (unformatted === 0 && diagnostics.errors === 0 && this.clean) {
      return diagnostics.section('prettier', this.at, 'all files formatted', { unformatted: 0 })
    }
    const summary =
      unformatted > 0
        ? `${plural(unformatted, 'file')} not formatted`
        : plural(diagnostics.errors, 'error')
    return diagnostics.section('prettier', this.at, summary, { unformatted })
  }
}

export const prettierReader: OutputReader = {
  id: 'prettier',
  create: (context) => new PrettierReader(context)
}
