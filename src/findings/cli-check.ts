/**
 * A step that runs a program with `--help` / `--version` (the checklist's "Verify executables
 * work: ./target/release/llm-memory-graph --help"): did `--version` print a version, did
 * `--help` print usage. This parser is tried last, after every tool-specific one.
 */
import { flagCheck, recognises, type FlagCheck } from './tool-for-command.js'
import { FindingList, exitDescription } from './parser-helpers.js'
import { stripAnsi } from '../ansi-escapes.js'
import type { OutputCollector, ToolParser } from './types.js'

/** "llm-memory-graph 0.1.0", "server v2.3.4-beta.1 (abc123 2025-01-01)", "0.1.0". */
const VERSION_LINE =
  /^(?:[\w@./-]+\s+){0,3}v?(\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(?:\s+\S.*)?$/
const USAGE = /^\s*usage:/i
const MAX_VERSION_LINE = 200

class CliCheckCollector implements OutputCollector {
  private versionLine: string | null = null
  private usagePrinted = false
  private lines = 0

  constructor(private readonly check: FlagCheck) {}

  line(raw: string): void {
    const text = stripAnsi(raw).trim()
    this.lines++
    if (USAGE.test(text)) this.usagePrinted = true
    // The last version-looking line wins: a step prints --help first, then --version.
    if (text.length <= MAX_VERSION_LINE && !USAGE.test(text) && VERSION_LINE.test(text)) {
      this.versionLine = text
    }
  }

  finish(exitCode: number | null): ReturnType<OutputCollector['finish']> {
    const findings = new FindingList()
    const versionPrinted = this.check.asksVersion && this.versionLine !== null ? 1 : 0
    let summary: string
    if (versionPrinted === 1) summary = this.versionLine!
    else if (this.check.asksVersion) {
      summary = '--version printed no version'
      findings.add({
        severity: 'error',
        message: `${this.check.programs.join(', ')} --version printed no version`
      })
    } else if (this.usagePrinted) summary = `${this.check.programs.join(', ')} --help printed usage`
    else summary = `${this.check.programs.join(', ') || 'command'}: ${exitDescription(exitCode)}`
    if (exitCode !== 0 && versionPrinted === 1) summary += ` (${exitDescription(exitCode)})`
    return {
      findings: findings.findings,
      droppedFindings: findings.droppedCount,
      counts: { versionPrinted, helpPrinted: this.usagePrinted ? 1 : 0, lines: this.lines },
      summary
    }
  }
}

export const cliCheckParser: ToolParser = {
  id: 'cli',
  matches: (command) => recognises('cli', command),
  create: (command: string): OutputCollector => new CliCheckCollector(flagCheck(command))
}
