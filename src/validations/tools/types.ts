import type { ToolReport } from '../model.js'

/**
 * One tool's output parser (a strategy, chosen by the command it recognises).
 * Output is streamed line by line while the command runs, so findings are complete even when
 * the kept output (head + tail) is not, and memory stays bounded.
 */
export interface ToolParser {
  /** "rustfmt", "clippy", "cargo-build", "cargo-test", "npm-test", "cargo-audit", "npm-audit", "cli", "generic". */
  readonly id: string
  /** True when this parser understands the output of `command` (a whole step, possibly several lines). */
  matches(command: string): boolean
  /**
   * A fresh collector for one run. `context` is optional (added compatibly): with `cwd`, absolute
   * paths a tool prints under that directory (rustfmt, node:test) become relative to it.
   */
  create(command: string, context?: CollectorContext): OutputCollector
}

/** Where the command runs, so parsers can turn absolute paths into cwd-relative ones. */
export interface CollectorContext {
  /** Absolute working directory of the step. */
  cwd?: string
}

export interface OutputCollector {
  /** One line of combined stdout/stderr, without its line terminator, ANSI colour codes removed. */
  line(text: string): void
  /** Called once when the command has ended; exitCode null when killed. */
  finish(exitCode: number | null): ToolReport
}

/** Findings kept per validation; the rest are only counted (ToolReport.droppedFindings). */
export const MAX_FINDINGS = 10_000
