/**
 * `npm run build` / `tsc`: the exit code says most; TypeScript diagnostics are read when printed.
 *
 *   src/mock-data.ts(3,31): error TS2741: Property 'createdAt' is missing …   (tsc, no terminal)
 *   src/mock-data.ts:3:31 - error TS2741: Property 'createdAt' is missing …   (tsc --pretty)
 *   error TS5083: Cannot read file '/abs/tsconfig.json'.                       (no location)
 *   src/color.ts: error: TypeScript enum is not supported in strip-only mode   (type-stripping builds)
 */
import type { Finding, FindingSeverity } from '../model.js'
import {
  FindingList,
  exitDescription,
  hasLineBreak,
  oneLine,
  plural,
  relativeToCwd,
  stripAnsi
} from './text.js'
import { recognises } from './commands.js'
import type { CollectorContext, OutputCollector, ToolParser } from './types.js'

// TSC_PLAIN and TSC_PRETTY cannot match a line with a line break (`.` stops there), and searching
// one for them read to its end from every "(1,1): error TS1: " in it: such lines are skipped.
const TSC_PLAIN = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.+)$/
const TSC_PRETTY = /^(.+?):(\d+):(\d+) - (error|warning) (TS\d+): (.+)$/
const TSC_GLOBAL = /^(error|warning) (TS\d+): (.+)$/
const FILE_ERROR = /^(\S+\.(?:[cm]?[jt]sx?)): error: (.+)$/

class BuildCollector implements OutputCollector {
  private readonly findings = new FindingList()
  private errors = 0
  private warnings = 0

  constructor(private readonly cwd: string | undefined) {}

  line(raw: string): void {
    const text = stripAnsi(raw)
    const located = hasLineBreak(text) ? null : (TSC_PLAIN.exec(text) ?? TSC_PRETTY.exec(text))
    if (located !== null) {
      this.add(
        located[4]!,
        located[6]!,
        located[5],
        located[1],
        Number(located[2]),
        Number(located[3])
      )
      return
    }
    const global = TSC_GLOBAL.exec(text)
    if (global !== null) {
      this.add(global[1]!, global[3]!, global[2])
      return
    }
    const fileError = FILE_ERROR.exec(text)
    if (fileError !== null) this.add('error', fileError[2]!, undefined, fileError[1])
  }

  finish(exitCode: number | null): ReturnType<OutputCollector['finish']> {
    let summary: string
    if (this.errors > 0) summary = `build: ${plural(this.errors, 'error')}`
    else if (exitCode === 0)
      summary = this.warnings > 0 ? `build: ok, ${plural(this.warnings, 'warning')}` : 'build: ok'
    else summary = `build: failed (${exitDescription(exitCode)})`
    return {
      findings: this.findings.findings,
      droppedFindings: this.findings.droppedCount,
      counts: { errors: this.errors, warnings: this.warnings },
      summary
    }
  }

  private add(
    level: string,
    message: string,
    code?: string,
    file?: string,
    line?: number,
    column?: number
  ): void {
    const severity: FindingSeverity = level === 'error' ? 'error' : 'warning'
    if (severity === 'error') this.errors++
    else this.warnings++
    const finding: Finding = { severity, message: oneLine(message) }
    if (code !== undefined) finding.code = code
    if (file !== undefined) finding.file = relativeToCwd(file, this.cwd)
    if (line !== undefined) finding.line = line
    if (column !== undefined) finding.column = column
    this.findings.add(finding)
  }
}

export const npmBuildParser: ToolParser = {
  id: 'npm-build',
  matches: (command) => recognises('npm-build', command),
  create: (_command: string, context?: CollectorContext): OutputCollector =>
    new BuildCollector(context?.cwd)
}
