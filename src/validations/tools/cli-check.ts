/**
 * A step that runs a program with `--help` / `--version` (the checklist's "Verify executables
 * work: ./target/release/llm-memory-graph --help"): did `--version` print a version, did
 * `--help` print usage. This parser is tried last, after every tool-specific one.
 */
import { FindingList, exitDescription, programName, simpleCommands, stripAnsi } from './text.js'
import type { OutputCollector, ToolParser } from './types.js'

const VERSION_FLAGS = new Set(['--version', '-V', 'version'])
const HELP_FLAGS = new Set(['--help', '-h', 'help'])
/** Programs whose --help/--version prove nothing about the project's own binaries. */
const TOOLCHAIN = new Set([
  'cargo',
  'rustc',
  'rustup',
  'npm',
  'npx',
  'node',
  'yarn',
  'pnpm',
  'echo',
  'cd',
  'test'
])
/** "llm-memory-graph 0.1.0", "server v2.3.4-beta.1 (abc123 2025-01-01)", "0.1.0". */
const VERSION_LINE =
  /^(?:[\w@./-]+\s+){0,3}v?(\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(?:\s+\S.*)?$/
const USAGE = /^\s*usage:/i
const MAX_VERSION_LINE = 200

interface FlagCheck {
  asksVersion: boolean
  asksHelp: boolean
  programs: string[]
}

function flagCheck(command: string): FlagCheck {
  const check: FlagCheck = { asksVersion: false, asksHelp: false, programs: [] }
  for (const words of simpleCommands(command)) {
    if (TOOLCHAIN.has(programName(words))) continue
    const rest = words.slice(1)
    const version = rest.some((word) => VERSION_FLAGS.has(word))
    const help = rest.some((word) => HELP_FLAGS.has(word))
    if (version || help) check.programs.push(programName(words))
    check.asksVersion ||= version
    check.asksHelp ||= help
  }
  return check
}

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
  matches: (command) => flagCheck(command).programs.length > 0,
  create: (command: string): OutputCollector => new CliCheckCollector(flagCheck(command))
}
