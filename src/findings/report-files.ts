/**
 * Report files a step writes: the ones its validation names (`reports:` in the config) and, when
 * nothing in the output was recognised, well-known default paths. Only files written during the
 * step count (modified after it started): a report left by an earlier run proves nothing.
 * Also the reader for a report printed to the output itself (`eslint -f json`, `biome check
 * --reporter=checkstyle`, `vitest --reporter=junit`).
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { LineReader } from './reader.js'
import { readReport } from './report-formats.js'
import type { OutputReader, ToolSection } from './types.js'

/** Paths tools write their reports to by default or by common convention, relative to the step's cwd. */
export const DEFAULT_REPORT_PATHS: readonly string[] = [
  'junit.xml',
  'test-results/junit.xml',
  'reports/junit.xml',
  'test-report.xml',
  'checkstyle-result.xml',
  'eslint-report.json',
  'results.sarif'
]

/** Reports larger than this are not read. */
const MAX_REPORT_BYTES = 32 * 1024 * 1024
/** File systems with coarse timestamps may date a file written at the start slightly before it. */
const MTIME_SLACK_MS = 2000

/** The report at `file` (relative to `cwd`) when it was written since `sinceMs`, else null. */
export function readFreshReport(cwd: string, file: string, sinceMs: number): ToolSection | null {
  const resolved = path.resolve(cwd, file)
  const relative = path.relative(cwd, resolved)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null
  let text: string
  try {
    const stat = statSync(resolved)
    if (!stat.isFile() || stat.size > MAX_REPORT_BYTES) return null
    if (stat.mtimeMs < sinceMs - MTIME_SLACK_MS) return null
    text = readFileSync(resolved, 'utf8')
  } catch {
    return null
  }
  return readReport(text, cwd, relative.split(path.sep).join('/'))
}

const MAX_BUFFERED_CHARS = 16 * 1024 * 1024
const REPORT_START =
  /^(?:<\?xml|<testsuites?\b|<checkstyle\b|\[\s*(?:\{|$)|\{\s*(?:"\$schema"|"version"|$))/

/** A whole report printed as the output (what remains are stderr lines around it). */
class ReportOutputReader extends LineReader {
  private readonly lines: string[] = []
  private chars = 0
  private state: 'waiting' | 'buffering' | 'off' = 'waiting'

  protected read(text: string): void {
    if (this.state === 'off') return
    if (this.state === 'waiting') {
      if (text.trim() === '') return
      this.state = REPORT_START.test(text.trimStart().slice(0, 200)) ? 'buffering' : 'off'
      if (this.state === 'off') return
    }
    this.chars += text.length + 1
    if (this.chars > MAX_BUFFERED_CHARS) {
      this.state = 'off'
      this.lines.length = 0
      return
    }
    this.lines.push(text)
  }

  finish(): ToolSection | null {
    if (this.state !== 'buffering') return null
    return readReport(this.lines.join('\n'), this.context.cwd)
  }
}

export const reportOutputReader: OutputReader = {
  id: 'report',
  create: (context) => new ReportOutputReader(context)
}
