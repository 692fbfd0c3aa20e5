/**
 * Validations: what the gate runs (planned from the checklist and config) and what came of it.
 * Pure data, JSON-safe.
 */

/** Where a planned validation came from. */
export interface ValidationSource {
  kind: 'script' | 'verify-item' | 'config'
  /** Checklist line (script step's first command, or the Verify item) or config file line. */
  line: number | null
  file: string | null
}

export interface Validation {
  /** Stable slug, unique in a plan: "code-formatting", "clippy-linting". */
  id: string
  /** Human name: the script step's label ("Code formatting") or the command. */
  name: string
  /** Shell script run with `bash -e -c` (one or more lines). Never built from untrusted text by us. */
  command: string
  /** Working directory, relative to the project root ("." for the root). */
  cwd: string
  timeoutMs: number
  env: Record<string, string>
  /** Ids of validations that must finish first (whatever their outcome). */
  needs: string[]
  /** A failing critical validation makes the project not ready. */
  critical: boolean
  /** Lines of the checklist items this validation proves (Verify items it matches). */
  verifies: number[]
  source: ValidationSource
  /** Id of the output parser chosen for the command ("rustfmt", "clippy", …) or null. */
  tool: string | null
  /** Validations in one lane never overlap (e.g. "cargo": one target directory lock). */
  lane: string | null
  /** Report files the command writes (config `reports`), relative to cwd; read by the tool readers. */
  reports?: string[]
}

/**
 * passed: exit 0. failed: non-zero exit. timed-out: killed at its timeout (process tree).
 * missing-tool: the command or cargo subcommand is not installed (exit 127 / "no such command").
 * error: could not be started (e.g. working directory missing). skipped: not run (disabled,
 * or commands refused under pull_request_target).
 */
export type ValidationStatus =
  'passed' | 'failed' | 'timed-out' | 'missing-tool' | 'error' | 'skipped'

export const VALIDATION_STATUSES: readonly ValidationStatus[] = [
  'passed',
  'failed',
  'timed-out',
  'missing-tool',
  'error',
  'skipped'
]

export type FindingSeverity = 'error' | 'warning' | 'notice'

/** One thing a tool said, with file:line where the tool gives them (paths relative to the cwd of the project root). */
export interface Finding {
  severity: FindingSeverity
  message: string
  /** Lint or error code: "clippy::needless_return", "E0382"; advisory id for audits. */
  code?: string
  file?: string
  line?: number
  column?: number
  endLine?: number
  /** For audits: affected package, its version, advisory severity, kind ("vulnerability", "unmaintained"…). */
  package?: string
  version?: string
  advisorySeverity?: string
  kind?: string
  url?: string
  /** For tests: the failing test's name. */
  test?: string
}

/** The bounded record of what a command printed (stdout and stderr interleaved). */
export interface CapturedOutput {
  /** The first bytes printed (up to the head limit), decoded as UTF-8 with replacement. */
  head: string
  /** The last bytes printed (up to the tail limit); "" when everything fit in head. */
  tail: string
  totalBytes: number
  /** True when bytes between head and tail were dropped. */
  truncated: boolean
}

/** What a tool parser made of the output. */
export interface ToolReport {
  findings: Finding[]
  /** Findings beyond the kept limit are counted, not stored. */
  droppedFindings: number
  /** Named counts: { errors, warnings }, { passed, failed, ignored }, { vulnerabilities, warnings }… */
  counts: Record<string, number>
  /** One short line for tables and blockers: "clippy: 29 errors", "RUSTSEC-2024-0437 in protobuf". */
  summary: string
}

export interface ValidationResult {
  id: string
  status: ValidationStatus
  exitCode: number | null
  signal: string | null
  durationMs: number
  /** ms since the run started, when this validation started. */
  startedAtMs: number
  output: CapturedOutput
  report: ToolReport
  /** For missing-tool/error/timed-out: what to do ("install cargo-audit: cargo install cargo-audit --locked"). */
  hint: string | null
}
