import type { ToolReport } from '../validations/model.js'

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
  /**
   * Report files the step writes (JUnit XML, SARIF, Checkstyle, ESLint JSON, TAP), relative to
   * cwd: read when the step ends, if written during it.
   */
  reports?: readonly string[]
}

export interface OutputCollector {
  /** One line of combined stdout/stderr, without its line terminator, ANSI colour codes removed. */
  line(text: string): void
  /** Called once when the command has ended; exitCode null when killed. */
  finish(exitCode: number | null): ToolReport
}

/** Findings kept per validation; the rest are only counted (ToolReport.droppedFindings). */
export const MAX_FINDINGS = 10_000

/**
 * A reader of one tool's output (vitest, tsc, eslint, pytest, …), chosen by what the output is,
 * not by the command: every reader sees every line of a step, and each says at the end whether
 * the output carried its tool's signature (a summary line, a header, a diagnostic shape). Several
 * may: `vitest run && tsc` yields both the tests and the type errors.
 */
export interface OutputReader {
  /** The tool's name as its summaries show it: "vitest", "tsc", "eslint", "mypy". */
  readonly id: string
  create(context: ReaderContext): ReaderCollector
}

export interface ReaderContext {
  /** Absolute working directory of the step, when known. */
  cwd?: string
  /**
   * Tools the step runs, read from its command and from the script lines npm, pnpm and yarn
   * echo (`> tsc --noEmit`): hints only, filled while the output streams and complete at
   * finish. A tool that prints nothing on success (tsc, eslint, flake8) is reported as clean
   * only when hinted and exit code 0.
   */
  hints: ReadonlySet<string>
  /** The step's first program ("make"), naming the tool of the generic reader's findings. */
  program?: string
}

export interface ReaderCollector {
  line(text: string): void
  /** What the tool said, or null when the output never carried its signature. */
  finish(exitCode: number | null): ToolSection | null
}

/** One tool's part of a step's report; `summary` names the tool ("vitest: 1 failed, 4 passed"). */
export interface ToolSection extends ToolReport {
  tool: string
  /** Index of the output line where the signature was first seen (sections are shown in output order). */
  at: number
}
