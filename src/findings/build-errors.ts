/**
 * Build scripts that report a file's error without a position, as Node's type stripping does
 * (the seed client's `scripts/build.mjs`): `src/color.ts: error: TypeScript enum is not supported
 * in strip-only mode`.
 */
import { LineReader, DiagnosticsReader } from './reader.js'
import { plural } from '../wording.js'
import type { OutputReader, ToolSection } from './types.js'

const FILE_ERROR = /^(\S+\.(?:[cm]?[jt]sx?)): error: (.+)$/

class BuildErrorReader extends DiagnosticsReader {
  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const found = FILE_ERROR.exec(text)
    if (found === null) return
    this.recognise()
    this.diagnostics.add({ severity: 'error', message: found[2]!, file: found[1]! })
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    return this.diagnostics.section('build', this.at, plural(this.diagnostics.errors, 'error'))
  }
}

export const buildErrorReader: OutputReader = {
  id: 'build',
  create: (context) => new BuildErrorReader(context)
}
