/**
 * This run set against the previous one: the record it leaves (recordRun), what moved since the
 * last run (compareRuns), ticks the history no longer supports (staleTicks), all gathered in one
 * RunHistory (runHistory). Pure: the caller reads the previous record and publishes the result.
 */
import type { Checklist } from '../checklist/model.js'
import { allItems } from '../checklist/model.js'
import type { Assessment, AssessedValidation } from '../readiness/model.js'
import { ranAndDidNotPass } from '../readiness/validations.js'
import {
  COMMIT_PATTERN,
  DEFAULT_TREND_RUNS,
  ITEM_KEY_DIGITS,
  type ItemChange,
  type PreviousRun,
  type RunDelta,
  type RunHistory,
  type RunState,
  type StaleTick,
  type TrackedItem,
  type TrendPoint,
  type ValidationChange,
  type ValidationRecord
} from './model.js'

const COMMIT_DIGITS = 12

/**
 * An item's key: a hash of its text (whitespace folded) and of how many items with the same text
 * come before it, so it survives the item moving lines and tells repeated texts apart.
 */
export function itemKey(text: string, occurrence = 0): string {
  const normal = text.replace(/\s+/g, ' ').trim()
  return fnv1a(`${normal}\u0000${occurrence}`)
    .toString(16)
    .padStart(8, '0')
    .slice(0, ITEM_KEY_DIGITS)
}

/**
 * 32-bit FNV-1a over the text's UTF-8 bytes. Not node:crypto: loading it adds to every run's
 * start-up (README, Performance), and a key only tells items apart for the delta. An index loop:
 * this runs once per item at start-up, mostly before the engine optimises it.
 */
const UTF8 = new TextEncoder()

function fnv1a(text: string): number {
  const bytes = UTF8.encode(text)
  let hash = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i]!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

export function trackedItems(checklist: Checklist): TrackedItem[] {
  const seen = new Map<string, number>()
  return allItems(checklist).map((item) => {
    const occurrence = seen.get(item.text) ?? 0
    seen.set(item.text, occurrence + 1)
    return {
      key: itemKey(item.text, occurrence),
      line: item.line,
      text: item.text,
      checked: item.checked
    }
  })
}

/** A commit as the record keeps it: 12 lower-case hex digits, or null when it is not a hash. */
export function recordedCommit(sha: string | null): string | null {
  if (sha === null) return null
  const short = sha.toLowerCase().slice(0, COMMIT_DIGITS)
  return COMMIT_PATTERN.test(short) ? short : null
}

export interface RunFacts {
  assessment: Assessment
  /** The checklist's items; null when the run has no checklist (report-from). */
  items: TrackedItem[] | null
  /** The run's commit (full SHA or null). */
  sha: string | null
  /** When the run ended (ISO 8601), or null. */
  at: string | null
  /** Runs kept in the trend (DEFAULT_TREND_RUNS). */
  trendRuns?: number
}

/** The record this run leaves, carrying forward the previous one's trend and last passes. */
export function recordRun(facts: RunFacts, previous: RunState | null): RunState {
  const { assessment } = facts
  const commit = recordedCommit(facts.sha)
  const before = new Map(previous?.validations.map((v) => [v.id, v]) ?? [])
  const validations = assessment.validations.map((v): ValidationRecord => ({
    id: v.id,
    status: v.status,
    critical: v.critical,
    counts: { ...v.counts },
    lastPassed:
      v.status === 'passed' && commit !== null ? commit : (before.get(v.id)?.lastPassed ?? null)
  }))
  const trendRuns = Math.max(1, facts.trendRuns ?? DEFAULT_TREND_RUNS)
  return {
    version: 1,
    commit,
    at: facts.at === null ? null : facts.at.replace(/\.\d+Z$/, 'Z'),
    verdict: assessment.verdict,
    blockers: assessment.blockers.length,
    validations,
    ticked: facts.items === null ? null : facts.items.filter((i) => i.checked).map((i) => i.key),
    trend: [...(previous?.trend ?? []), trendPoint(assessment, commit)].slice(-trendRuns)
  }
}

function trendPoint(assessment: Assessment, commit: string | null): TrendPoint {
  const critical = assessment.validations.filter((v) => v.critical)
  const items = assessment.priorities.find((p) => p.level === 'critical')
  return {
    commit,
    validationsPassed: critical.filter((v) => v.status === 'passed').length,
    validationsTotal: critical.length,
    itemsTicked: items?.checked ?? 0,
    itemsTotal: items?.total ?? 0
  }
}

/** What moved from `previous` to `current`; names and item texts come from this run. */
export function compareRuns(
  previous: RunState,
  current: RunState,
  assessment: Assessment,
  items: TrackedItem[] | null
): RunDelta {
  const names = new Map(assessment.validations.map((v) => [v.id, v.name]))
  const before = new Map(previous.validations.map((v) => [v.id, v]))
  const newlyFailing: ValidationChange[] = []
  const newlyPassing: ValidationChange[] = []
  const counts: RunDelta['counts'] = []
  for (const now of current.validations) {
    const then = before.get(now.id) ?? null
    const name = names.get(now.id) ?? now.id
    const change = { id: now.id, name, from: then?.status ?? null, to: now.status }
    if (ranAndDidNotPass(now.status) && (then === null || !ranAndDidNotPass(then.status))) {
      newlyFailing.push(change)
    } else if (now.status === 'passed' && then?.status !== 'passed') {
      newlyPassing.push(change)
    }
    if (then === null) continue
    for (const [count, to] of Object.entries(now.counts)) {
      const from = then.counts[count]
      if (from !== undefined && from !== to) counts.push({ id: now.id, name, count, from, to })
    }
  }
  const ticks = tickChanges(previous.ticked, current.ticked, items)
  const delta: RunDelta = {
    since: previous.commit,
    verdict: { from: previous.verdict, to: current.verdict },
    blockers: { from: previous.blockers, to: current.blockers },
    newlyFailing,
    newlyPassing,
    counts,
    ticked: ticks?.ticked ?? null,
    unticked: ticks?.unticked ?? null,
    unchanged: false
  }
  delta.unchanged =
    delta.verdict.from === delta.verdict.to &&
    delta.blockers.from === delta.blockers.to &&
    newlyFailing.length === 0 &&
    newlyPassing.length === 0 &&
    counts.length === 0 &&
    (ticks === null || ticks.ticked.length + ticks.unticked.length === 0)
  return delta
}

function tickChanges(
  before: string[] | null,
  now: string[] | null,
  items: TrackedItem[] | null
): { ticked: ItemChange[]; unticked: ItemChange[] } | null {
  if (before === null || now === null) return null
  const byKey = new Map(items?.map((item) => [item.key, item]) ?? [])
  const change = (key: string): ItemChange => {
    const item = byKey.get(key)
    return { key, text: item?.text ?? null, line: item?.line ?? null }
  }
  const was = new Set(before)
  const is = new Set(now)
  return {
    ticked: now.filter((key) => !was.has(key)).map(change),
    unticked: before.filter((key) => !is.has(key)).map(change)
  }
}

/**
 * Ticks the recorded history does not support: an item ticked at the previous run while its
 * validation had passed, whose validation fails now (regressed since the commit it last passed
 * at); an item ticked while none of its validations ever passed in the record (never proven).
 * Without a previous record there is no history to speak of: none.
 */
export function staleTicks(
  assessment: Assessment,
  items: TrackedItem[] | null,
  previous: RunState | null
): StaleTick[] {
  if (previous === null) return []
  const before = new Map(previous.validations.map((v) => [v.id, v]))
  const wasTicked = previous.ticked === null ? null : new Set(previous.ticked)
  const stale: StaleTick[] = []
  for (const item of tickedItems(assessment, items)) {
    const linked = assessment.validations.filter((v) => v.verifies.includes(item.line))
    if (linked.length === 0) continue
    const regressed = linked.find(
      (v) => ranAndDidNotPass(v.status) && (before.get(v.id)?.lastPassed ?? null) !== null
    )
    if (regressed !== undefined && (wasTicked === null || wasTicked.has(item.key))) {
      stale.push({
        kind: 'regressed',
        line: item.line,
        text: item.text,
        validationIds: [regressed.id],
        since: before.get(regressed.id)!.lastPassed
      })
    } else if (linked.every((v) => neverPassed(v, before.get(v.id)))) {
      stale.push({
        kind: 'never-proven',
        line: item.line,
        text: item.text,
        validationIds: linked.map((v) => v.id),
        since: null
      })
    }
  }
  return stale
}

function neverPassed(now: AssessedValidation, then: ValidationRecord | undefined): boolean {
  return now.status !== 'passed' && (then?.lastPassed ?? null) === null
}

/** The ticked items: from the checklist, or (report-from) those the reconciliation names. */
function tickedItems(assessment: Assessment, items: TrackedItem[] | null): TrackedItem[] {
  if (items !== null) return items.filter((item) => item.checked)
  return assessment.reconciliation.claimedDoneFailing.map((m) => ({
    key: itemKey(m.text),
    line: m.line,
    text: m.text,
    checked: true
  }))
}

export interface PreviousRecord {
  state: RunState
  source: PreviousRun['source']
}

/** This run's record and everything it says against the previous record (null: the first run). */
export function runHistory(
  facts: RunFacts,
  previous: PreviousRecord | null,
  notes: readonly string[] = []
): RunHistory {
  const state = recordRun(facts, previous?.state ?? null)
  if (previous === null) {
    return {
      previous: null,
      delta: null,
      trend: state.trend,
      staleTicks: [],
      notes: [...notes],
      state
    }
  }
  return {
    previous: { source: previous.source, commit: previous.state.commit, at: previous.state.at },
    delta: compareRuns(previous.state, state, facts.assessment, facts.items),
    trend: state.trend,
    staleTicks: staleTicks(facts.assessment, facts.items, previous.state),
    notes: [...notes],
    state
  }
}
