/**
 * TypeScript's diagnostics, in every form a build prints them:
 *
 *   src/duration.ts(10,7): error TS2322: Type 'string' is not assignable …   (tsc, no terminal)
 *   src/duration.ts:10:7 - error TS2322: Type 'string' is not assignable …   (tsc --pretty)
 *   error TS5083: Cannot read file '/abs/tsconfig.json'.                       (no location)
 *   Found 2 errors in the same file, starting at: src/duration.ts:10           (--pretty's total)
 *   [plugin rpt2] src/duration.ts:10:7 - error TS2322: …                       (rollup-plugin-typescript2)
 *   src/index.ts(3,7): semantic error TS2322: …                               (rpt2, not pretty)
 *   [plugin typescript] src/x.ts (3:7): @rollup/plugin-typescript TS2322: …   (@rollup/plugin-typescript)
 *   [tsl] ERROR in /abs/src/x.ts(3,7)                                          (webpack's ts-loader,
 *         TS2322: Type 'string' …                                               message on the next line)
 *
 * A diagnostic printed twice (rollup repeats the plugin's error for its buildEnd hook) counts once.
 * A clean `tsc` prints nothing: it is reported as "no errors" only when the step hints at tsc
 * (`tsc`, `npx tsc`, an npm script whose echoed line runs tsc) and exited 0.
 */
import { LineReader, DiagnosticsReader } from './reader.js'
import { plural } from '../wording.js'
import type { OutputReader, ToolSection } from './types.js'

const PLAIN =
  /^(.+?)\((\d+),(\d+)\): (?:(?:semantic|syntax|options|global) )?(error|warning) (TS\d+): (.*)$/
const PRETTY = /^(.+?):(\d+):(\d+) - (error|warning) (TS\d+): (.*)$/
const ROLLUP_PLUGIN = /^(.+?) \((\d+):(\d+)\): @rollup\/plugin-typescript (TS\d+): (.*)$/
const GLOBAL = /^(error|warning) (TS\d+): (.*)$/
const TS_LOADER = /^\[tsl\] (ERROR|WARNING) in (.+)\((\d+),(\d+)\)$/
const TS_LOADER_MESSAGE = /^\s+(TS\d+): (.*)$/
const FOUND = /^Found (\d+) errors?\b/
/** Prefixes plugins put before a diagnostic; what follows is read as tsc's own line. */
const PLUGIN_PREFIXES = ['[plugin rpt2] ', 'rpt2: ', '[plugin typescript] ']
// Rollup's own prefixes: "[!] (plugin rpt2) RollupError: " (the error), "(!) [plugin x] " (a warning).
const ROLLUP_ERROR = /^\[!\] \(plugin [^)]*\) \w*Error: /
const ROLLUP_WARNING = /^\(!\) (?=\[plugin )/

function withoutPluginPrefix(text: string): string {
  let rest = text.trimStart()
  const rollup = ROLLUP_ERROR.exec(rest) ?? ROLLUP_WARNING.exec(rest)
  if (rollup !== null) rest = rest.slice(rollup[0].length)
  for (const prefix of PLUGIN_PREFIXES) {
    if (rest.startsWith(prefix)) return rest.slice(prefix.length)
  }
  return rest
}

class TscReader extends DiagnosticsReader {
  private stated: number | null = null
  private loader: {
    severity: 'error' | 'warning'
    file: string
    line: number
    column: number
  } | null = null

  protected read(raw: string): void {
    if (!LineReader.readable(raw)) return
    if (this.loader !== null) {
      const pending = this.loader
      this.loader = null
      const message = TS_LOADER_MESSAGE.exec(raw)
      if (message !== null) {
        this.add(
          pending.severity,
          message[2]!,
          message[1],
          pending.file,
          pending.line,
          pending.column
        )
        return
      }
    }
    const text = withoutPluginPrefix(raw)
    const located = PLAIN.exec(text) ?? PRETTY.exec(text)
    if (located !== null) {
      const [, file, line, column, level, code, message] = located
      this.add(level!, message!, code, file, Number(line), Number(column))
      return
    }
    const plugin = ROLLUP_PLUGIN.exec(text)
    if (plugin !== null) {
      const [, file, line, column, code, message] = plugin
      this.add('error', message!, code, file, Number(line), Number(column))
      return
    }
    const global = GLOBAL.exec(text)
    if (global !== null) {
      this.add(global[1]!, global[3]!, global[2])
      return
    }
    const loader = TS_LOADER.exec(text)
    if (loader !== null) {
      this.loader = {
        severity: loader[1] === 'ERROR' ? 'error' : 'warning',
        file: loader[2]!,
        line: Number(loader[3]),
        column: Number(loader[4])
      }
      return
    }
    const found = this.recognised ? FOUND.exec(text) : null
    if (found !== null) this.stated = Number(found[1])
  }

  private add(
    level: string,
    message: string,
    code?: string,
    file?: string,
    line?: number,
    column?: number
  ): void {
    const diagnostic = { severity: level === 'error' ? 'error' : 'warning', message } as const
    this.recognise()
    this.diagnostics.add({
      ...diagnostic,
      ...(code === undefined ? {} : { code }),
      ...(file === undefined ? {} : { file: file.trim(), line, column })
    })
  }

  finish(exitCode: number | null): ToolSection | null {
    const { diagnostics } = this
    if (!this.recognised) {
      if (exitCode !== 0 || !this.hinted('tsc', 'vue-tsc', 'tsgo')) return null
      return diagnostics.section('tsc', Number.MAX_SAFE_INTEGER, 'no errors')
    }
    // tsc's own total, when it printed one, is the count (a diagnostic cut from the kept lines
    // still counts); otherwise the diagnostics read.
    const errors = Math.max(this.stated ?? 0, diagnostics.errors)
    const summary =
      errors > 0 || diagnostics.warnings === 0
        ? plural(errors, 'error') +
          (diagnostics.warnings > 0 ? `, ${plural(diagnostics.warnings, 'warning')}` : '')
        : plural(diagnostics.warnings, 'warning')
    return diagnostics.section('tsc', this.at, summary, {
      errors,
      warnings: diagnostics.warnings
    })
  }
}

export const tscReader: OutputReader = {
  id: 'tsc',
  create: (context) => new TscReader(context)
}
