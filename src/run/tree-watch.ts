/**
 * Attribution of tree changes to the validations that made them, when several run at once.
 *
 * The watch records the tree (tree-state.ts) once before the run, then before each command starts
 * and after each command ends; the records are taken one at a time, in order. A change first seen
 * by a record was made after the previous record began and before this one ended, so the only
 * validations that can have made it are those whose process was alive at some point in that
 * window: the suspects. With one validation alive the attribution is certain; with several, every
 * suspect is named (none is cleared on a guess) and each is marked.
 *
 * When a validation ends, it is charged with every path that then differs from the tree before the
 * run and that changed while it was alive. A change made and undone inside one validation (a test
 * writing and removing a temp file) is not a change to the tree.
 *
 * Errors are values: a record that fails (git broke, the root vanished) ends the proof with a
 * reason (`problem`) instead of failing the run.
 */
import path from 'node:path'
import type { Finding, ValidationResult } from '../validations/model.js'
import {
  changedKeys,
  describeChange,
  TreeRecorder,
  type SnapshotOptions,
  type TreeChange,
  type TreeMode,
  type TreeState
} from './tree-state.js'

/** A change a validation is charged with, and who else could have made it. */
export interface AttributedChange {
  change: TreeChange
  /** Other validations alive when the change was made (empty: certainly this one). */
  alsoRunning: string[]
}

/** What the scheduler calls around each command; awaited, never rejects. */
export interface TreeObserver {
  beforeCommand(validationId: string): Promise<void>
  afterCommand(validationId: string): Promise<AttributedChange[]>
}

/** The run's tree proof, when it is over. */
export interface TreeProof {
  mode: TreeMode | null
  /** Changes seen while no validation was alive (a process that outlived its validation). */
  unattributed: TreeChange[]
  /** Why the proof is partial or missing (a bound was hit, git failed), else empty. */
  problems: string[]
}

interface AliveSpan {
  from: number
  to: number
}

export class TreeWatch implements TreeObserver {
  /** Logical clock: every record's start and end, every command's start and end take a tick. */
  private clock = 0
  private readonly alive = new Map<string, AliveSpan>()
  /** Start tick of the latest record: the window of the next record begins there. */
  private lastRecordStart = 0
  /** For each changed key, every suspect of every window in which it changed. */
  private readonly suspects = new Map<string, Set<string>>()
  private readonly unattributedKeys = new Set<string>()
  private queue: Promise<void> = Promise.resolve()
  /** A record requested but not begun: later requests share it (it will see all they need). */
  private pending: Promise<void> | null = null
  private problem: string | null = null
  private readonly incomplete = new Set<string>()

  private constructor(
    private readonly recorder: TreeRecorder | null,
    private baseline: TreeState | null,
    private current: TreeState | null
  ) {}

  /** Records the tree before anything runs. Never rejects: a failure becomes `problems`. */
  static async start(root: string, options: SnapshotOptions = {}): Promise<TreeWatch> {
    try {
      const recorder = await TreeRecorder.for(root, options)
      const baseline = await recorder.snapshot()
      const watch = new TreeWatch(recorder, baseline, baseline)
      if (recorder.fallback !== null) watch.incomplete.add(recorder.fallback)
      watch.noteIncomplete(baseline)
      return watch
    } catch (error) {
      const watch = new TreeWatch(null, null, null)
      watch.problem = `the gate could not record the tree before the run: ${messageOf(error)}`
      return watch
    }
  }

  async beforeCommand(validationId: string): Promise<void> {
    await this.record()
    this.alive.set(validationId, { from: ++this.clock, to: Number.POSITIVE_INFINITY })
  }

  async afterCommand(validationId: string): Promise<AttributedChange[]> {
    const span = this.alive.get(validationId)
    if (span !== undefined) span.to = ++this.clock
    await this.record()
    return this.chargedTo(validationId)
  }

  /** Waits for pending records and says what the proof covered. */
  async finish(): Promise<TreeProof> {
    await this.queue
    const unattributed =
      this.baseline === null || this.current === null
        ? []
        : [...this.unattributedKeys]
            .filter((key) => this.baseline!.entries.get(key) !== this.current!.entries.get(key))
            .sort()
            .map((key) => describeChange(key, this.baseline!, this.current!))
    return {
      mode: this.recorder?.mode ?? null,
      unattributed,
      problems: [...this.incomplete, ...(this.problem === null ? [] : [this.problem])]
    }
  }

  /**
   * Takes the next record after the previous one, and charges its changes to their suspects.
   * Requests made before that record begins share it: validations started together (one
   * scheduling pass) wait for one record, not one each.
   */
  private record(): Promise<void> {
    if (this.pending !== null) return this.pending
    const next = this.queue.then(async () => {
      this.pending = null
      if (this.recorder === null || this.current === null || this.problem !== null) return
      const start = ++this.clock
      let state: TreeState
      try {
        state = await this.recorder.snapshot()
      } catch (error) {
        this.problem = `the gate could not record the tree during the run: ${messageOf(error)}`
        return
      }
      const end = ++this.clock
      const suspects = this.aliveBetween(this.lastRecordStart, end)
      for (const key of changedKeys(this.current, state)) {
        if (suspects.length === 0) this.unattributedKeys.add(key)
        const set = this.suspects.get(key) ?? new Set<string>()
        for (const id of suspects) set.add(id)
        this.suspects.set(key, set)
      }
      this.noteIncomplete(state)
      this.current = state
      this.lastRecordStart = start
    })
    this.queue = next
    this.pending = next
    return next
  }

  private aliveBetween(from: number, to: number): string[] {
    return [...this.alive.entries()]
      .filter(([, span]) => span.from <= to && span.to >= from)
      .map(([id]) => id)
  }

  private chargedTo(validationId: string): AttributedChange[] {
    const baseline = this.baseline
    const current = this.current
    if (baseline === null || current === null) return []
    return changedKeys(baseline, current)
      .filter((key) => this.suspects.get(key)?.has(validationId) === true)
      .map((key) => ({
        change: describeChange(key, baseline, current),
        alsoRunning: [...this.suspects.get(key)!].filter((id) => id !== validationId).sort()
      }))
  }

  private noteIncomplete(state: TreeState): void {
    if (state.incomplete !== null) this.incomplete.add(state.incomplete)
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Longest list of paths quoted in a summary; the findings name every one. */
const SUMMARY_PATHS = 3

/**
 * The result of a validation that changed the tree: status modified-tree (a failure whatever its
 * exit code), one finding per change, the paths in the summary, and what the run said otherwise
 * kept in the hint. `cwd` is the validation's directory relative to the project root.
 */
export function treeChangedResult(
  result: ValidationResult,
  changes: readonly AttributedChange[],
  cwd = '.'
): ValidationResult {
  if (changes.length === 0) return result
  const findings: Finding[] = changes.map(({ change, alsoRunning }) => ({
    severity: 'error',
    kind: 'tree-change',
    message:
      alsoRunning.length === 0
        ? change.description
        : `${change.description} (by this validation or by ${quoteAll(alsoRunning)}, which ran at the same time)`,
    // Like every finding's, the file is relative to the validation's cwd; the message names the
    // path from the project root.
    ...(change.path === null ? {} : { file: path.posix.relative(cwd, change.path) || '.' })
  }))
  const files = changes.filter(({ change }) => change.path !== null)
  const overlapped = changes.some(({ alsoRunning }) => alsoRunning.length > 0)
  const before =
    result.status === 'passed'
      ? 'it passed otherwise'
      : `otherwise it ${OUTCOME_WORDS[result.status]}: ${result.report.summary}`
  return {
    ...result,
    status: 'modified-tree',
    report: {
      ...result.report,
      findings: [...findings, ...result.report.findings],
      counts: { ...result.report.counts, changedFiles: files.length },
      summary: treeSummary(changes)
    },
    hint:
      `the gate did not restore the tree: review it (\`git status\`, \`git diff\`) and run the command in a check-only mode (e.g. \`prettier --check\`, \`cargo fmt -- --check\`); ${before}` +
      (overlapped
        ? '; other validations ran at the same time, so each is named: set concurrency to 1 (the input, the config key or --concurrency 1) to tell which one did it'
        : '')
  }
}

const OUTCOME_WORDS: Readonly<Record<ValidationResult['status'], string>> = {
  passed: 'passed',
  failed: 'failed',
  'timed-out': 'timed out',
  'missing-tool': 'missed its tool',
  unassessable: 'could not assess',
  'modified-tree': 'changed the tree',
  error: 'could not run',
  skipped: 'was skipped'
}

/** "changed 2 files: src/a.ts, README.md", "moved HEAD and changed 1 file: x". */
export function treeSummary(changes: readonly AttributedChange[]): string {
  const paths = changes.flatMap(({ change }) => (change.path === null ? [] : [change.path]))
  const parts: string[] = []
  if (changes.some(({ change }) => change.kind === 'head')) parts.push('moved HEAD')
  if (changes.some(({ change }) => change.kind === 'index')) parts.push('changed the git index')
  if (paths.length > 0) {
    const shown = paths.slice(0, SUMMARY_PATHS).join(', ')
    const more = paths.length > SUMMARY_PATHS ? ` and ${paths.length - SUMMARY_PATHS} more` : ''
    parts.push(`changed ${paths.length} ${paths.length === 1 ? 'file' : 'files'}: ${shown}${more}`)
  }
  return `${parts.join('; ')} (the gate did not restore ${paths.length > 1 ? 'them' : 'it'})`
}

function quoteAll(ids: readonly string[]): string {
  return ids.map((id) => `'${id}'`).join(', ')
}
