/**
 * Biome (`biome check`, `biome lint`, `biome format`, `biome ci`), default and concise reporters:
 *
 *   src/duration.ts:10:10 lint/suspicious/noDoubleEquals  FIXABLE  ━━━━━━━━━━
 *     × Using == may be unsafe if you are relying on type coercion.
 *   src/slug.ts format ━━━━━━━━━━
 *     × Formatter would have printed the following content:
 *
 *   × src/duration.ts:10:10: lint/suspicious/noDoubleEquals: Using == may be unsafe …   (concise)
 *
 *   Checked 3 files in 49ms. No fixes applied.
 *   Found 2 errors.
 */
import type { FindingSeverity } from '../validations/model.js'
import { LineReader, DiagnosticsReader } from './reader.js'
import { trailingPosition } from './parser-helpers.js'
import { plural } from '../wording.js'
import type { OutputReader, ToolSection } from './types.js'

const CHECKED = /^Checked (\d+) files? in /
const FOUND = /^Found (\d+) (errors?|warnings?|infos?)\.$/
const CONCISE = /^([×!i]) (\S+?): ([\w/]+): (.*)$/
const CATEGORY = /^(?:lint|format|assist|organizeImports|parse|syntax)\b[\w/]*$/
const MARKS: Readonly<Record<string, FindingSeverity>> = {
  '×': 'error',
  '!': 'warning',
  i: 'notice'
}

interface Place {
  file: string
  line?: number
  column?: number
}

function place(location: string): Place {
  const position = trailingPosition(location, '')
  if (position === null || position.index === 0) return { file: location }
  return { file: location.slice(0, position.index), line: position.line, column: position.column }
}

class BiomeReader extends DiagnosticsReader {
  private pending: (Place & { category: string }) | null = null
  private readonly stated = { errors: 0, warnings: 0, seen: false }
  private files: number | null = null

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    if (text.endsWith('━')) {
      this.header(text)
      return
    }
    const trimmed = text.trim()
    if (this.pending !== null && trimmed !== '') {
      const severity = MARKS[trimmed[0]!]
      const pending = this.pending
      this.pending = null
      if (severity !== undefined && trimmed[1] === ' ') {
        this.add(severity, trimmed.slice(2), pending)
        return
      }
    }
    const concise = CONCISE.exec(text)
    if (concise !== null && CATEGORY.test(concise[3]!)) {
      this.add(MARKS[concise[1]!]!, concise[4]!, { ...place(concise[2]!), category: concise[3]! })
      return
    }
    const checked = CHECKED.exec(text)
    if (checked !== null) {
      this.recognise()
      this.files = Number(checked[1])
      return
    }
    const found = this.recognised ? FOUND.exec(text) : null
    if (found !== null) {
      this.stated.seen = true
      if (found[2]!.startsWith('error')) this.stated.errors = Number(found[1])
      else if (found[2]!.startsWith('warning')) this.stated.warnings = Number(found[1])
    }
  }

  /** "src/x.ts:10:10 lint/suspicious/noDoubleEquals  FIXABLE  ━━━" */
  private header(text: string): void {
    const words = text.split(' ').filter((word) => word !== '')
    if (words.length < 3 || !/^━+$/.test(words.at(-1)!)) return
    const category = words[1]!
    if (!CATEGORY.test(category)) return
    this.pending = { ...place(words[0]!), category }
  }

  private add(severity: FindingSeverity, message: string, at: Place & { category: string }): void {
    this.recognise()
    this.diagnostics.add({
      severity,
      message,
      code: at.category,
      file: at.file,
      ...(at.line === undefined ? {} : { line: at.line, column: at.column })
    })
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    const { diagnostics, stated } = this
    const errors = Math.max(stated.errors, diagnostics.errors)
    const warnings = Math.max(stated.warnings, diagnostics.warnings)
    const parts: string[] = []
    if (errors > 0) parts.push(plural(errors, 'error'))
    if (warnings > 0) parts.push(plural(warnings, 'warning'))
    const files = this.files === null ? '' : ` in ${plural(this.files, 'file')} checked`
    const summary = parts.length === 0 ? `no problems${files}` : parts.join(', ')
    return diagnostics.section('biome', this.at, summary, { errors, warnings })
  }
}

export const biomeReader: OutputReader = {
  id: 'biome',
  create: (context) => new BiomeReader(context)
}
