/**
 * The careful fallback for tools no reader knows: the two shapes most compilers and linters print,
 *
 *   src/main.c:12:5: error: 'x' undeclared        file:line[:col]: level: message
 *   src\main.cs(12,5): error CS0103: …              file(line,col): [level code:] message
 *
 * taken only for files that exist under the step's working directory, so an ordinary log line
 * that merely looks like one ("note:1: retrying") yields no finding. Tried only when no other
 * reader recognised the output.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import type { FindingSeverity } from '../validations/model.js'
import { LineReader, DiagnosticsReader } from './reader.js'
import type { OutputReader, ToolSection } from './types.js'

const COLON_FORM =
  /^(\S+?):(\d+):(?:(\d+):)? (error|warning|note|info|notice|fatal error|fatal|warn)(?: ?\[[^\]]*\])?: (.*)$/i
const PAREN_FORM = /^(\S+?)\((\d+)(?:,(\d+))?\): (?:(error|warning|note|info)(?: \w+)?: )?(.*)$/i

function severityOf(level: string | undefined): FindingSeverity {
  const lower = (level ?? 'error').toLowerCase()
  if (lower.startsWith('warn')) return 'warning'
  if (lower === 'note' || lower === 'info' || lower === 'notice') return 'notice'
  return 'error'
}

/** True when `file` names a regular file under `cwd` (never outside it). */
export function existingFileUnder(cwd: string, file: string): boolean {
  const resolved = path.resolve(cwd, file)
  const relative = path.relative(cwd, resolved)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false
  try {
    return statSync(resolved).isFile()
  } catch {
    return false
  }
}

class LocatedLinesReader extends DiagnosticsReader {
  private readonly exists = new Map<string, boolean>()

  protected read(text: string): void {
    const cwd = this.context.cwd
    if (cwd === undefined || !LineReader.readable(text)) return
    const colon = COLON_FORM.exec(text)
    const found = colon ?? PAREN_FORM.exec(text)
    if (found === null) return
    const [, file, line, column, level, message] = found
    if (!this.fileExists(cwd, file!)) return
    this.recognise()
    this.diagnostics.add({
      severity: severityOf(level),
      message: message!,
      file: file!,
      line: Number(line),
      ...(column === undefined ? {} : { column: Number(column) })
    })
  }

  private fileExists(cwd: string, file: string): boolean {
    const known = this.exists.get(file)
    if (known !== undefined) return known
    // Output is untrusted: only a bounded number of distinct paths are looked up.
    if (this.exists.size >= 10_000) return false
    const exists = existingFileUnder(cwd, file)
    this.exists.set(file, exists)
    return exists
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    const tool = this.context.program ?? 'output'
    return this.diagnostics.section(tool, this.at, this.diagnostics.describe())
  }
}

export const locatedLinesReader: OutputReader = {
  id: 'located-lines',
  create: (context) => new LocatedLinesReader(context)
}
