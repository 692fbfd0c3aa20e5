/**
 * Runs a plan of validations: all of them, every time (an earlier failure never hides a later
 * one), as many at once as allowed, never two of one lane together, and each after its needs.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { formatDuration } from '../duration.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import type {
  CapturedOutput,
  ToolReport,
  Validation,
  ValidationResult
} from '../validations/model.js'
import { detectMissingTool } from './missing-tool.js'
import { describeNeedsProblem, needsProblem } from '../plan/needs-graph.js'
import { runPathCheck } from './path-checks.js'
import { detectUnassessable } from './unassessable.js'
import {
  notStartedOutcome,
  type CommandRunner,
  type RunOutcome,
  type SpawnError
} from './runner.js'
import type { LeftoverProcess } from './process-sweep.js'
import { plural } from '../wording.js'
import { toolFor } from '../findings/index.js'
import type { OutputCollector, ToolParser } from '../findings/types.js'
import { treeChangedResult, type TreeObserver } from './tree-watch.js'

export interface ScheduleOptions {
  /** Project root; each validation's cwd is resolved against it. */
  root: string
  /** Validations running at once (default: os.availableParallelism()). */
  concurrency?: number
  runner: CommandRunner
  onStart?: (validation: Validation) => void
  onEnd?: (validation: Validation, result: ValidationResult) => void
  /** Clock in ms for startedAtMs (default: performance.now). */
  now?: () => number
  /** Output parser for a command (default: toolFor); a seam for tests and fault injection. */
  parserFor?: (command: string) => ToolParser
  /**
   * The tree-state proof (tree-watch.ts): awaited before each command starts and after it ends;
   * a validation charged with changes becomes modified-tree.
   */
  tree?: TreeObserver
}

/**
 * Runs every validation of the plan and returns their results in plan order.
 * Throws for a plan the planner would refuse (ids twice, unknown needs, a cycle): a bug.
 */
export async function runValidations(
  plan: Validation[],
  options: ScheduleOptions
): Promise<ValidationResult[]> {
  checkPlan(plan)
  const concurrency = options.concurrency ?? availableParallelism()
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new ConfigurationError(
      `concurrency must be a whole number of at least 1 (got ${String(concurrency)})`
    )
  }
  const now = options.now ?? (() => performance.now())
  const runStartedAt = now()
  const results = new Map<string, ValidationResult>()
  const running = new Set<string>()
  const busyLanes = new Set<string>()

  // A callback (onStart/onEnd) that throws is the caller's bug: it rejects the whole run.
  await new Promise<void>((allDone, fail) => {
    const startReady = (): void => {
      for (const validation of plan) {
        if (running.size >= concurrency) break
        if (!isReady(validation, results, running, busyLanes)) continue
        running.add(validation.id)
        if (validation.lane !== null) busyLanes.add(validation.lane)
        void runOne(validation, results, options, now() - runStartedAt)
          .then((result) => {
            results.set(validation.id, result)
            running.delete(validation.id)
            if (validation.lane !== null) busyLanes.delete(validation.lane)
            options.onEnd?.(validation, result)
            if (results.size === plan.length) allDone()
            else startReady()
          })
          .catch(fail)
      }
    }
    if (plan.length === 0) allDone()
    else startReady()
  })
  return plan.map((validation) => results.get(validation.id)!)
}

function isReady(
  validation: Validation,
  results: ReadonlyMap<string, ValidationResult>,
  running: ReadonlySet<string>,
  busyLanes: ReadonlySet<string>
): boolean {
  if (results.has(validation.id) || running.has(validation.id)) return false
  if (validation.lane !== null && busyLanes.has(validation.lane)) return false
  return validation.needs.every((need) => results.has(need))
}

/**
 * The planner refuses these with the config's file and line (needs-graph.ts is the one check); a
 * plan that reaches the scheduler with one is a bug, and would otherwise hang the run.
 */
function checkPlan(plan: readonly Validation[]): void {
  const problem = needsProblem(plan)
  if (problem !== null) {
    throw new Error(
      `the planner let through a plan it cannot run: ${describeNeedsProblem(problem)}`
    )
  }
}

/** Runs one validation through the runner and its tool's collector; never rejects. */
async function runOne(
  validation: Validation,
  results: ReadonlyMap<string, ValidationResult>,
  options: ScheduleOptions,
  startedAtMs: number
): Promise<ValidationResult> {
  options.onStart?.(validation)
  const unmet = unmetNeedsNote(validation, results)
  if (unmet !== null) return skippedResult(validation, unmet, startedAtMs)
  // A Verify item naming files is checked in-process: its paths are data, never run by a shell.
  if (validation.check?.kind === 'paths-exist') {
    return runPathCheck(validation, options.root, startedAtMs)
  }
  const parser = (options.parserFor ?? toolFor)(validation.command)
  const cwd = path.resolve(options.root, validation.cwd)
  const collector = new GuardedCollector(parser.id, () =>
    parser.create(validation.command, {
      cwd,
      ...(validation.reports === undefined ? {} : { reports: validation.reports })
    })
  )
  let outcome: RunOutcome
  await options.tree?.beforeCommand(validation.id)
  try {
    outcome = await options.runner.run({
      command: validation.command,
      cwd,
      env: validation.env,
      timeoutMs: validation.timeoutMs,
      onLine: (line) => {
        collector.line(line)
      }
    })
  } catch (error) {
    outcome = runnerFailure(error)
  }
  // Leftover processes are killed within run(), so nothing of this validation still writes.
  const changes = (await options.tree?.afterCommand(validation.id)) ?? []
  const result = treeChangedResult(
    withLeftovers(
      resultOf(validation, outcome, collector, { root: path.resolve(options.root), cwd }),
      outcome.killed ?? []
    ),
    changes,
    validation.cwd
  )
  result.startedAtMs = Math.max(0, Math.round(startedAtMs))
  return result
}

/**
 * Processes the validation left running were ended by the runner; the result says so, as a
 * warning (a check that leaves a daemon behind is worth knowing about, and nothing outlives it).
 */
function withLeftovers(
  result: ValidationResult,
  killed: readonly LeftoverProcess[]
): ValidationResult {
  if (killed.length === 0) return result
  const shown = killed.slice(0, 5).map((info) => `${info.command} (pid ${info.pid})`)
  const more = killed.length > shown.length ? `, and ${killed.length - shown.length} more` : ''
  const count = plural(killed.length, 'process', 'processes')
  const message = `killed ${count} left running: ${shown.join(', ')}${more}`
  return {
    ...result,
    report: {
      ...result.report,
      findings: [...result.report.findings, { severity: 'warning', message }]
    }
  }
}

/** A runner that rejects has a bug; record it on this validation rather than lose every result. */
function runnerFailure(error: unknown): RunOutcome {
  return notStartedOutcome({
    kind: 'runner-failed',
    message: `internal error in the command runner: ${errorMessage(error)}`
  })
}

/**
 * A tool parser that throws on some output line has a bug; the output is untrusted data, so one
 * odd line must not bring the whole run down. The first error is kept and reported on the result.
 */
class GuardedCollector {
  private collector: OutputCollector | null = null
  failure: string | null = null

  constructor(
    readonly parserId: string,
    create: () => OutputCollector
  ) {
    try {
      this.collector = create()
    } catch (error) {
      this.failure = errorMessage(error)
    }
  }

  line(text: string): void {
    if (this.collector === null || this.failure !== null) return
    try {
      this.collector.line(text)
    } catch (error) {
      this.failure = errorMessage(error)
    }
  }

  finish(exitCode: number | null): ToolReport {
    if (this.collector !== null && this.failure === null) {
      try {
        const report = this.collector.finish(exitCode)
        return { ...report, summary: shortSummary(report.summary) }
      } catch (error) {
        this.failure = errorMessage(error)
      }
    }
    return emptyReport(
      `output parser '${this.parserId}' failed: ${this.failure ?? 'unknown error'}`
    )
  }
}

/** Longest key finding a report shows: tool output quoted into it (an error line) can be huge. */
const MAX_SUMMARY = 200

function shortSummary(summary: string): string {
  return summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary
}

function emptyReport(summary: string): ToolReport {
  return { findings: [], droppedFindings: 0, counts: {}, summary }
}

/** Where a validation ran: for node_modules/.bin lookups. */
interface RunPlace {
  root: string
  cwd: string
}

function resultOf(
  validation: Validation,
  outcome: RunOutcome,
  collector: GuardedCollector,
  place: RunPlace
): ValidationResult {
  const base = {
    id: validation.id,
    exitCode: outcome.exitCode,
    signal: outcome.signal,
    durationMs: outcome.durationMs,
    startedAtMs: 0,
    output: outcome.output
  }
  const report = collector.finish(outcome.exitCode)
  if (outcome.spawnError !== null) {
    return {
      ...base,
      status: 'error',
      report: { ...report, summary: outcome.spawnError.message },
      hint: spawnHint(validation, outcome.spawnError)
    }
  }
  if (collector.failure !== null) {
    return {
      ...base,
      status: 'error',
      report,
      hint: 'this is a bug in readiness-gate (its output parser failed); please report it'
    }
  }
  if (outcome.timedOut) {
    const limit = formatDuration(validation.timeoutMs)
    return {
      ...base,
      status: 'timed-out',
      report: { ...report, summary: `timed out after ${limit}` },
      hint: `it ran longer than its ${limit} timeout: make it faster or raise the timeout`
    }
  }
  if (outcome.exitCode === 0) return { ...base, status: 'passed', report, hint: null }
  return failedResult(validation, base, report, outcome.output, collector.parserId, place)
}

function failedResult(
  validation: Validation,
  base: Omit<ValidationResult, 'status' | 'report' | 'hint'>,
  report: ToolReport,
  output: CapturedOutput,
  toolId: string,
  place: RunPlace
): ValidationResult {
  const text = outputText(output)
  const missing = detectMissingTool(validation.command, text, base.exitCode, {
    localBin: (name) => localBin(place, name)
  })
  if (missing === null) {
    const unassessable = detectUnassessable(validation.command, toolId, text, base.exitCode, report)
    if (unassessable === null) return { ...base, status: 'failed', report, hint: null }
    // Counts such as "0 vulnerabilities" would read as a clean audit: none are kept.
    return {
      ...base,
      status: 'unassessable',
      report: { ...report, counts: {}, summary: unassessable.summary },
      hint: unassessable.hint
    }
  }
  if (missing.kind === 'binary') {
    return {
      ...base,
      status: 'failed',
      report: { ...report, summary: `${missing.tool} not found` },
      hint: missing.hint
    }
  }
  return {
    ...base,
    status: 'missing-tool',
    report: { ...report, summary: missing.summary ?? `${missing.tool} not installed` },
    hint: missing.hint
  }
}

/** `name` in node_modules/.bin of the validation's directory or one above it, up to the root. */
function localBin(place: RunPlace, name: string): string | null {
  let directory = place.cwd
  for (;;) {
    const candidate = path.join(directory, 'node_modules', '.bin', name)
    if (existsSync(candidate)) return candidate
    const parent = path.dirname(directory)
    if (directory === place.root || parent === directory || !parent.startsWith(place.root)) {
      return null
    }
    directory = parent
  }
}

function outputText(output: CapturedOutput): string {
  return output.tail === '' ? output.head : `${output.head}\n${output.tail}`
}

function spawnHint(validation: Validation, spawnError: SpawnError): string | null {
  if (spawnError.kind === 'working-directory') {
    return `check its working directory '${validation.cwd}' (relative to the project root)`
  }
  return null
}

/**
 * A validation whose need did not pass is not run: it could only test stale output (a binary
 * left in a cached target/ by an earlier build would "pass" the CLI check). It is skipped, which
 * counts as not passed for a critical validation, and says why.
 */
function unmetNeedsNote(
  validation: Validation,
  results: ReadonlyMap<string, ValidationResult>
): string | null {
  const notes = validation.needs.flatMap((need) => {
    const status = results.get(need)?.status
    if (status === undefined || status === 'passed') return []
    return [`needs '${need}', which ${NEED_OUTCOME[status]}`]
  })
  return notes.length === 0 ? null : notes.join('; ')
}

function skippedResult(
  validation: Validation,
  note: string,
  startedAtMs: number
): ValidationResult {
  return {
    id: validation.id,
    status: 'skipped',
    exitCode: null,
    signal: null,
    durationMs: 0,
    startedAtMs: Math.max(0, Math.round(startedAtMs)),
    output: { head: '', tail: '', totalBytes: 0, truncated: false },
    report: { findings: [], droppedFindings: 0, counts: {}, summary: `not run: ${note}` },
    hint: `fix '${validation.needs.join("', '")}' first; this validation runs once its needs pass`
  }
}

const NEED_OUTCOME = {
  skipped: 'was not run',
  failed: 'failed',
  'timed-out': 'timed out',
  'missing-tool': 'failed (tool not installed)',
  unassessable: 'could not be assessed',
  'modified-tree': 'changed the working tree',
  error: 'failed (could not start)'
} as const
