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

/**
 * What a validation does, read from the commands it really runs (see validation-kind.ts):
 * labels and summaries name a step by it ("type check", not the first tool word).
 */
export type ValidationKind =
  'type-check' | 'lint' | 'format-check' | 'tests' | 'audit' | 'build' | 'run' | 'paths-exist'

export const VALIDATION_KINDS: readonly ValidationKind[] = [
  'type-check',
  'lint',
  'format-check',
  'tests',
  'audit',
  'build',
  'run',
  'paths-exist'
]

/**
 * How a validation is checked: its command run by bash, or — for a Verify item that names files
 * ("`dist/index.js` exists") — an existence check made in-process, never by a shell.
 */
export type ValidationCheck = { kind: 'command' } | { kind: 'paths-exist'; paths: string[] }

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
  /** What it does (type check, lint, tests…); the planner always sets it. */
  kind?: ValidationKind
  /** How it is checked; absent means `{ kind: 'command' }` (run `command` with bash). */
  check?: ValidationCheck
  /** Report files the command writes (config `reports`), relative to cwd; read by the tool readers. */
  reports?: string[]
}

/**
 * What a refused command would do (see effects.ts): 'format', 'rewrite', 'snapshot-update',
 * 'dependency-change', 'release', 'deploy', 'vcs-write', 'destructive', 'dynamic' (its program
 * cannot be known) or 'listed-fix' (the checklist lists it under "Run:").
 */
export type RefusedEffect =
  | 'format'
  | 'rewrite'
  | 'snapshot-update'
  | 'dependency-change'
  | 'release'
  | 'deploy'
  | 'vcs-write'
  | 'destructive'
  | 'dynamic'
  | 'listed-fix'

/** A command the checklist asks for that the gate will not run, and why. */
export interface RefusedCommand {
  command: string
  /** Checklist line of the command; null when unknown. */
  line: number | null
  /** What it would do. */
  effect: RefusedEffect
  /** One sentence naming the part that has that effect (and the script or wrapper it is in). */
  reason: string
}

/**
 * A ticked checklist item whose `Verify:` command no planned validation covers: the document
 * claims it, nothing the gate runs checks it.
 */
export interface UnverifiedClaim {
  /** Line of the ticked item. */
  line: number
  /** The item's text (Markdown source as written). */
  text: string
  /** The Verify command (or the paths it names). */
  command: string
  /** not-planned: no validation runs it; refused: the effect policy refused it. */
  why: 'not-planned' | 'refused'
  /** For refused: the effect and the reason. */
  effect: RefusedEffect | null
  reason: string
}

/**
 * passed: exit 0. failed: non-zero exit. timed-out: killed at its timeout (process tree).
 * missing-tool: the command or cargo subcommand is not installed (exit 127 / "no such command").
 * unassessable ("could not assess"): the tool ran but could not reach what it checks against (an
 * audit's registry or advisory database: connection refused, DNS, HTTP 4xx/5xx); it proves
 * nothing either way and is never "0 vulnerabilities".
 * modified-tree: the command changed the user's working tree (files named as findings; see
 * tree-state.ts); a failure whatever its exit code.
 * error: could not be started (e.g. working directory missing). skipped: not run (disabled,
 * or commands refused under pull_request_target).
 */
export type ValidationStatus =
  | 'passed'
  | 'failed'
  | 'timed-out'
  | 'missing-tool'
  | 'unassessable'
  | 'modified-tree'
  | 'error'
  | 'skipped'

export const VALIDATION_STATUSES: readonly ValidationStatus[] = [
  'passed',
  'failed',
  'timed-out',
  'missing-tool',
  'unassessable',
  'modified-tree',
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
