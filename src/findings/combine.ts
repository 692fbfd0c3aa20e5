/**
 * One step's report from every reader that recognised its output. Each line goes to the
 * command's own parser (the Rust, audit and CLI parsers, chosen by the command as before) and to
 * every output reader; at the end the readers that saw their tool's signature each give a
 * section, and the sections are merged in output order: "vitest: 1 failed, 4 passed; tsc: 2
 * errors". When nothing recognised the output, the summary says so ("no totals found") rather
 * than counting zeros; the careful generic reader (existing files only) is tried last.
 */
import type { Finding, ToolReport } from '../validations/model.js'
import { programName, simpleCommands } from './tool-for-command.js'
import { addCommandHints, addEchoedScriptHints } from './hints.js'
import { DEFAULT_REPORT_PATHS, readFreshReport } from './report-files.js'
import { exitDescription } from './parser-helpers.js'
import {
  MAX_FINDINGS,
  type OutputCollector,
  type OutputReader,
  type ReaderCollector,
  type ToolParser,
  type ToolSection
} from './types.js'

export interface CombineOptions {
  /** The parser the command names (cargo, audits, CLI checks), or null. */
  primary: ToolParser | null
  /** Readers tried on every output, in the order their sections are preferred on a tie. */
  readers: readonly OutputReader[]
  /** Tried only when no other reader or primary parser recognised anything. */
  fallback: OutputReader
  /** What a step is when nothing recognised its output ("npm test", "build"), or null for unknown commands. */
  label: string | null
}

export class CombinedCollector implements OutputCollector {
  private readonly hints = new Set<string>()
  private readonly primary: OutputCollector | null
  private readonly readers: ReaderCollector[]
  private readonly fallback: ReaderCollector
  private readonly startedAtMs = Date.now()

  constructor(
    command: string,
    private readonly cwd: string | undefined,
    private readonly options: CombineOptions,
    private readonly reports: readonly string[] = []
  ) {
    addCommandHints(command, this.hints)
    const program = simpleCommands(command)[0]
    const context = {
      cwd,
      hints: this.hints,
      ...(program === undefined ? {} : { program: programName(program) })
    }
    this.primary = options.primary?.create(command, { cwd }) ?? null
    this.readers = options.readers.map((reader) => reader.create(context))
    this.fallback = options.fallback.create(context)
  }

  line(text: string): void {
    addEchoedScriptHints(text, this.hints)
    this.primary?.line(text)
    for (const reader of this.readers) reader.line(text)
    this.fallback.line(text)
  }

  finish(exitCode: number | null): ToolReport {
    const sections = this.readers
      .map((reader) => reader.finish(exitCode))
      .filter((section): section is ToolSection => section !== null)
    const primary = this.primary?.finish(exitCode) ?? null
    // Report files named for the step are always read; the default paths only when nothing else spoke.
    const named = this.reportSections(this.reports)
    sections.push(...named)
    if (sections.length === 0 && primary === null) {
      sections.push(...this.reportSections(DEFAULT_REPORT_PATHS).slice(0, 1))
    }
    sections.sort((a, b) => Number(failing(b)) - Number(failing(a)) || a.at - b.at)
    if (primary !== null) return merge([primary, ...sections])
    if (sections.length > 0) return merge(sections)
    const fallback = this.fallback.finish(exitCode)
    if (fallback !== null) return merge([fallback])
    return nothingRecognised(this.options.label, exitCode)
  }

  /** Sections of the report files at `paths` written during the step, after the output's own. */
  private reportSections(paths: readonly string[]): ToolSection[] {
    const { cwd } = this
    if (cwd === undefined) return []
    return paths
      .map((file) => readFreshReport(cwd, file, this.startedAtMs))
      .filter((section): section is ToolSection => section !== null)
      .map((section) => ({ ...section, at: Number.MAX_SAFE_INTEGER }))
  }
}

/** A section that reports a failure: it leads the summary, as the reason the step failed. */
function failing(section: ToolSection): boolean {
  const { counts } = section
  return (
    section.findings.some((finding) => finding.severity === 'error') ||
    (counts.failed ?? 0) > 0 ||
    (counts.errors ?? 0) > 0 ||
    (counts.thresholdsMissed ?? 0) > 0
  )
}

/** The report of a step whose output no reader recognised: never counts of zero. */
function nothingRecognised(label: string | null, exitCode: number | null): ToolReport {
  const exit = exitDescription(exitCode)
  let summary: string
  if (label === null) summary = exit
  else if (label === 'build') summary = exitCode === 0 ? 'build: ok' : `build: failed (${exit})`
  else summary = `${label}: no totals found (${exit})`
  return { findings: [], droppedFindings: 0, counts: {}, summary }
}

/**
 * One report from several: findings in order within the overall limit, counts under each tool's
 * name when there are several ("vitest.failed", "tsc.errors"), summaries joined by "; ".
 */
export function merge(reports: readonly (ToolReport | ToolSection)[]): ToolReport {
  if (reports.length === 1) {
    const [only] = reports
    return {
      findings: only!.findings,
      droppedFindings: only!.droppedFindings,
      counts: only!.counts,
      summary: only!.summary
    }
  }
  const findings: Finding[] = []
  let dropped = 0
  const counts: Record<string, number> = {}
  for (const report of reports) {
    const room = MAX_FINDINGS - findings.length
    findings.push(...report.findings.slice(0, room))
    dropped += report.droppedFindings + Math.max(0, report.findings.length - room)
    const prefix = 'tool' in report ? `${report.tool}.` : ''
    for (const [key, value] of Object.entries(report.counts)) counts[`${prefix}${key}`] = value
  }
  return {
    findings,
    droppedFindings: dropped,
    counts,
    summary: reports.map((report) => report.summary).join('; ')
  }
}
