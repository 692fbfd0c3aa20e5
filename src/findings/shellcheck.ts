/**
 * ShellCheck, in its default (tty) and gcc formats:
 *
 *   In scripts/release.sh line 9:
 *   echo building $version
 *                 ^------^ SC2086 (info): Double quote to prevent globbing and word splitting.
 *
 *   scripts/release.sh:9:15: note: Double quote to prevent globbing and word splitting. [SC2086]
 *
 * Levels: error → error, warning → warning, info and style → notice. A clean run prints nothing:
 * "no problems" only when the step runs shellcheck and exited 0.
 */
import type { FindingSeverity } from '../validations/model.js'
import { LineReader, DiagnosticsReader } from './reader.js'
import type { OutputReader, ToolSection } from './types.js'

const TTY_PLACE = /^In (.+) line (\d+):$/
const TTY_MARKER = /^(\s*)\^-*\^? (SC\d{4}) \((error|warning|info|style)\): (.*)$/
const GCC = /^(\S+?):(\d+):(\d+): (error|warning|note|style|info): (.*) \[(SC\d{4})\]$/

function severityOf(level: string): FindingSeverity {
  if (level === 'error') return 'error'
  return level === 'warning' ? 'warning' : 'notice'
}

class ShellcheckReader extends DiagnosticsReader {
  private place: { file: string; line: number } | null = null

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const place = TTY_PLACE.exec(text)
    if (place !== null) {
      this.place = { file: place[1]!, line: Number(place[2]) }
      return
    }
    const marker = this.place === null ? null : TTY_MARKER.exec(text)
    if (marker !== null) {
      const [, indent, code, level, message] = marker
      this.add(level!, message!, code!, this.place!.file, this.place!.line, indent!.length + 1)
      return
    }
    const gcc = GCC.exec(text)
    if (gcc !== null) {
      const [, file, line, column, level, message, code] = gcc
      this.add(level!, message!, code!, file!, Number(line), Number(column))
    }
  }

  private add(
    level: string,
    message: string,
    code: string,
    file: string,
    line: number,
    column: number
  ): void {
    this.recognise()
    this.diagnostics.add({ severity: severityOf(level), message, code, file, line, column })
  }

  finish(exitCode: number | null): ToolSection | null {
    const { diagnostics } = this
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted('shellcheck')) return null
      return diagnostics.section('shellcheck', Number.MAX_SAFE_INTEGER, 'no problems')
    }
    return diagnostics.section('shellcheck', this.at, diagnostics.describe(), {
      errors: diagnostics.errors,
      warnings: diagnostics.warnings,
      notices: diagnostics.notices
    })
  }
}

export const shellcheckReader: OutputReader = {
  id: 'shellcheck',
  create: (context) => new ShellcheckReader(context)
}
