/**
 * Memory across runs (issue 14): what one run records of itself, and what a run learns by
 * setting its record against the previous one. Plain JSON-safe data: the record travels hidden in
 * the sticky comment (state-block.ts) and in the JSON report; the rest is rendered and reported.
 */
import type { AssessedStatus, Verdict } from '../readiness/model.js'

/** The last N runs kept in the record's trend. */
export const DEFAULT_TREND_RUNS = 20

/** Hex digits of an item's key (record.ts itemKey): 24 bits, a collision in 230 items ~1 in 600. */
export const ITEM_KEY_DIGITS = 6

/** A commit as a record keeps it: lower-case hex (the gate writes 12 digits). */
export const COMMIT_PATTERN = /^[0-9a-f]{4,40}$/

/** One validation as a run recorded it. */
export interface ValidationRecord {
  id: string
  status: AssessedStatus
  critical: boolean
  /** The tool's key counts ("errors", "failed"); {} when the record had to shed them. */
  counts: Record<string, number>
  /** The newest recorded commit (12 hex digits at most) at which it passed; null: never seen passing. */
  lastPassed: string | null
}

/** One run of the trend: critical validations passed, critical items ticked. */
export interface TrendPoint {
  /** The run's commit, 12 hex digits at most; null when the run had none (a local run). */
  commit: string | null
  validationsPassed: number
  validationsTotal: number
  itemsTicked: number
  itemsTotal: number
}

/** The record a run leaves for the next one. */
export interface RunState {
  version: 1
  /** The run's commit, 12 hex digits at most (enough to name it and to link it). */
  commit: string | null
  /** When the run ended, ISO 8601 to the second; null when not recorded. */
  at: string | null
  verdict: Verdict
  blockers: number
  validations: ValidationRecord[]
  /** Keys of the ticked items (itemKey); null when not known (shed for size, or not recorded). */
  ticked: string[] | null
  /** The last DEFAULT_TREND_RUNS runs, oldest first, this one last. */
  trend: TrendPoint[]
}

/** A checklist item as the history tracks it: by a key that survives the item moving lines. */
export interface TrackedItem {
  key: string
  line: number
  text: string
  checked: boolean
}

export interface ValidationChange {
  id: string
  name: string
  from: AssessedStatus | null
  to: AssessedStatus
}

/** "clippy-linting: errors 29 → 3". */
export interface CountChange {
  id: string
  name: string
  count: string
  from: number
  to: number
}

export interface ItemChange {
  key: string
  /** The item's text now; null when it is no longer in the checklist (or not known). */
  text: string | null
  line: number | null
}

/** What moved between the previous run and this one. */
export interface RunDelta {
  /** The previous run's commit. */
  since: string | null
  verdict: { from: Verdict; to: Verdict }
  blockers: { from: number; to: number }
  newlyFailing: ValidationChange[]
  newlyPassing: ValidationChange[]
  counts: CountChange[]
  /** null when either run's ticks are not known. */
  ticked: ItemChange[] | null
  unticked: ItemChange[] | null
  /** Nothing above moved. */
  unchanged: boolean
}

/**
 * regressed: ticked while its validation passed (at `since`), and the validation fails now.
 * never-proven: ticked, and no linked validation passed in the recorded history, this run included.
 */
export interface StaleTick {
  kind: 'regressed' | 'never-proven'
  line: number
  text: string
  validationIds: string[]
  /** regressed: the commit its validation last passed at; never-proven: null. */
  since: string | null
}

/** Where the previous record came from, or why none was used. */
export interface PreviousRun {
  source: 'comment' | 'previous-report'
  commit: string | null
  at: string | null
}

/** Everything this run knows about the runs before it, for the surfaces and the JSON report. */
export interface RunHistory {
  /** null on the first run (or when the previous record was ignored). */
  previous: PreviousRun | null
  delta: RunDelta | null
  /** The trend up to and including this run; rendered only with at least two points. */
  trend: TrendPoint[]
  staleTicks: StaleTick[]
  /** Why a previous record was ignored ("…is malformed"), for the reader. */
  notes: string[]
  /** This run's record, carried to the next run. */
  state: RunState
}
