/**
 * Three runs of the seed on one pull request, as the history sees them: a failing run, a fix
 * (clippy and the Rust tests pass), then a regression (clippy fails again) with two more ticks.
 * Shared by the history tests and the history goldens.
 */
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES, type Assessment } from '../../src/readiness/model.js'
import type { RunHistory, RunState, TrackedItem } from '../../src/history/model.js'
import { runHistory, trackedItems, type PreviousRecord } from '../../src/history/record.js'
import type { ValidationResult } from '../../src/validations/model.js'
import {
  editLine,
  failingChecklistText,
  failingResults,
  result,
  seedChecklist,
  seedPlan,
  seedRunResults
} from '../report/cases.js'

export const SHAS = {
  first: '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  second: '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  third: '3333333ccccccccccccccccccccccccccccccccc'
} as const

export interface Run {
  assessment: Assessment
  items: TrackedItem[]
  sha: string
  at: string
}

function run(text: string, results: ValidationResult[], sha: string, at: string): Run {
  const checklist = seedChecklist(text)
  return {
    assessment: assess({
      checklist,
      validations: seedPlan(checklist),
      results,
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    }),
    items: trackedItems(checklist),
    sha,
    at
  }
}

/** The failing case's checklist plus two ticks: cargo fmt's Verify, and cargo audit's. */
export function thirdChecklistText(): string {
  let text = failingChecklistText()
  text = editLine(
    text,
    25,
    '  - [ ] Verify: `cargo fmt -- --check` passes',
    '  - [x] Verify: `cargo fmt -- --check` passes'
  )
  text = editLine(
    text,
    17,
    '  - [ ] Verify no new vulnerabilities: `cargo audit`',
    '  - [x] Verify no new vulnerabilities: `cargo audit`'
  )
  return text
}

/** Clippy fails again, with 3 errors; everything else as in the seed's run. */
export function regressedResults(): ValidationResult[] {
  return seedRunResults().map((r) =>
    r.id === 'clippy-linting'
      ? result('clippy-linting', {
          status: 'failed',
          exitCode: 101,
          durationMs: 10_020,
          summary: 'clippy: 3 errors',
          counts: { errors: 3, warnings: 0 },
          log: 'error: could not compile `memory-graph` (lib) due to 3 previous errors\n'
        })
      : r
  )
}

export function firstRun(): Run {
  return run(failingChecklistText(), failingResults(), SHAS.first, '2026-12-01T10:00:00Z')
}
export function secondRun(): Run {
  return run(failingChecklistText(), seedRunResults(), SHAS.second, '2026-12-02T10:00:00Z')
}
export function thirdRun(): Run {
  return run(thirdChecklistText(), regressedResults(), SHAS.third, '2026-12-03T10:00:00Z')
}

/** The history of `current` after `previous` (null: the first run). */
export function historyOf(current: Run, previous: RunState | null): RunHistory {
  const record: PreviousRecord | null =
    previous === null ? null : { state: previous, source: 'comment' }
  return runHistory(
    { assessment: current.assessment, items: current.items, sha: current.sha, at: current.at },
    record
  )
}

/** The three runs one after another, each reading the record the one before left. */
export function threeRuns(): { first: RunHistory; second: RunHistory; third: RunHistory } {
  const first = historyOf(firstRun(), null)
  const second = historyOf(secondRun(), first.state)
  const third = historyOf(thirdRun(), second.state)
  return { first, second, third }
}
