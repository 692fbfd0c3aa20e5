/**
 * The base comparison and the waivers, assessed: which changes block (a critical item removed
 * or moved out of the critical phase without a waiver that holds; a critical item whose own
 * waiver does not hold), and what a newly ticked item's evidence says now. Pure.
 */
import type { TaskItem } from '../checklist/model.js'
import type { BaseComparison } from '../compare/model.js'
import type {
  AssessedValidation,
  ChecklistChangeBlocker,
  ComparisonAssessment,
  TickEvidence,
  WaiverBlocker
} from './model.js'
import {
  configState,
  configuredFor,
  itemWaivers,
  type ConfiguredWaiver,
  type WaiverEvidence,
  type WaiverState
} from './waivers.js'

export interface ChangeAssessment {
  waivers: WaiverState[]
  /** Lines of head items that carry a waiver (holding or not): not counted as unchecked. */
  waivedLines: ReadonlySet<number>
  waiverBlockers: WaiverBlocker[]
  changeBlockers: ChecklistChangeBlocker[]
  comparison: ComparisonAssessment | null
  notes: string[]
}

export function assessChanges(input: {
  items: readonly TaskItem[]
  criticalLines: ReadonlySet<number>
  configured: readonly ConfiguredWaiver[]
  evidence: WaiverEvidence
  base: BaseComparison | null
  validations: readonly AssessedValidation[]
}): ChangeAssessment {
  const byLine = itemWaivers(input.items, input.configured, input.evidence)
  const waivers = [...byLine.values()]
  const waiverBlockers = waivers.flatMap((waiver): WaiverBlocker[] =>
    waiver.valid || waiver.line === null || !input.criticalLines.has(waiver.line)
      ? []
      : [
          {
            kind: 'waiver',
            text: `${waiver.subject} — waiver does not hold: ${waiver.why}`,
            itemText: waiver.subject,
            line: waiver.line,
            problems: waiver.problems,
            why: waiver.why
          }
        ]
  )
  const base = input.base
  if (base === null) {
    return {
      waivers,
      waivedLines: new Set(byLine.keys()),
      waiverBlockers,
      changeBlockers: [],
      comparison: null,
      notes: []
    }
  }
  const comparison: ComparisonAssessment = {
    state: base.state,
    ref: base.ref,
    source: base.state === 'skipped' ? null : base.source,
    reason: base.state === 'skipped' ? base.reason : null,
    items: [],
    commands: [],
    ticks: [],
    scriptSteps: []
  }
  const changeBlockers: ChecklistChangeBlocker[] = []
  if (base.state === 'compared') {
    const { diff } = base
    comparison.items = diff.items.map((change) => {
      const waiver =
        change.head === null
          ? removedItemWaiver(change.base.text, input.configured, input.evidence)
          : (byLine.get(change.head.line) ?? null)
      if (change.head === null && waiver !== null) waivers.push(waiver)
      return { ...change, waiver }
    })
    for (const change of comparison.items) {
      if (change.kind === 'reworded' || change.waiver?.valid === true) continue
      const what = change.kind === 'removed' ? 'removed' : `moved out of ${change.base.phase}`
      const waiverNote =
        change.waiver === null ? '' : ` — waiver does not hold: ${change.waiver.why}`
      changeBlockers.push({
        kind: 'checklist-change',
        text: `Critical item ${what} (base line ${change.base.line}): ${change.base.text}${waiverNote}`,
        change: change.kind,
        itemText: change.base.text,
        line: change.anchorLine,
        baseLine: change.base.line,
        waiverProblems: change.waiver === null ? null : change.waiver.problems
      })
    }
    comparison.commands = diff.commands
    comparison.scriptSteps = diff.scriptSteps
    comparison.ticks = diff.ticks.map((tick) => ({
      ...tick,
      evidence: tickEvidence(tick.headLine, byLine, input.validations)
    }))
  }
  return {
    waivers,
    waivedLines: new Set(byLine.keys()),
    waiverBlockers,
    changeBlockers,
    comparison,
    notes: comparisonNotes(comparison)
  }
}

function removedItemWaiver(
  text: string,
  configured: readonly ConfiguredWaiver[],
  evidence: WaiverEvidence
): WaiverState | null {
  const entry = configuredFor(text, configured)
  return entry === null ? null : configState(entry, text, null, evidence)
}

/** waived: a holding waiver. failing: a linked validation did not pass. proven: all passed. */
function tickEvidence(
  line: number,
  waivers: ReadonlyMap<number, WaiverState>,
  validations: readonly AssessedValidation[]
): TickEvidence {
  if (waivers.get(line)?.valid === true) return 'waived'
  const linked = validations.filter((validation) => validation.verifies.includes(line))
  if (linked.length === 0) return 'unproven'
  return linked.every((validation) => validation.status === 'passed') ? 'proven' : 'failing'
}

/**
 * A base was named but could not be read: said next to the verdict, since nothing was compared.
 * The other outcomes (compared, new, no base named) are said in the comparison's own section.
 */
function comparisonNotes(comparison: ComparisonAssessment): string[] {
  if (comparison.state !== 'skipped' || comparison.ref === null) return []
  return [`Not compared with the base: ${comparison.reason}.`]
}
