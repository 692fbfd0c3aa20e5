/** The computed blockers: critical validations that did not pass, unchecked critical items. */
import { subtree, type Checklist, type Phase } from '../checklist/model.js'
import type { AssessedValidation, UncheckedItemsBlocker, ValidationBlocker } from './model.js'

/**
 * Validations were run, at least one of them is critical, and every critical one passed. False
 * when validations were not run or none is critical: then nothing was proven.
 */
export function criticalValidationsPassed(
  validationsRun: boolean,
  validations: AssessedValidation[]
): boolean {
  return (
    validationsRun &&
    validations.some((validation) => validation.critical) &&
    validationBlockers(validations).length === 0
  )
}

export function validationBlockers(validations: AssessedValidation[]): ValidationBlocker[] {
  return validations
    .filter((validation) => validation.critical && validation.status !== 'passed')
    .map((validation) => {
      const keyFinding = keyFindingOf(validation)
      return {
        kind: 'validation',
        text: `${validation.name} — ${keyFinding}`,
        validationId: validation.id,
        validationName: validation.name,
        status: validation.status,
        keyFinding,
        line: validation.source.line,
        hint: validation.hint
      }
    })
}

/**
 * One blocker per root item of a critical phase that still has unchecked items (itself or below),
 * so a reviewer reads "Fix all clippy errors — 4 of 4 unchecked", not 4 lines; the lines are kept.
 */
export function uncheckedItemBlockers(
  checklist: Checklist,
  /** Lines of items that carry a waiver: judged as waivers (readiness/comparison.ts), not as unchecked. */
  waived: ReadonlySet<number> = new Set()
): UncheckedItemsBlocker[] {
  return criticalPhases(checklist).flatMap((phase) =>
    phase.sections.flatMap((section) =>
      section.items.flatMap((root) => {
        const group = subtree(root)
        const unchecked = group.filter((item) => !item.checked && !waived.has(item.line))
        if (unchecked.length === 0) return []
        const count =
          group.length === 1 ? 'unchecked' : `${unchecked.length} of ${group.length} unchecked`
        return [
          {
            kind: 'unchecked-items' as const,
            text: `${root.text} — ${count}`,
            itemText: root.text,
            line: root.line,
            phase: phaseLabel(phase),
            totalCount: group.length,
            uncheckedCount: unchecked.length,
            uncheckedLines: unchecked.map((item) => item.line)
          }
        ]
      })
    )
  )
}

export function criticalPhases(checklist: Checklist): Phase[] {
  return checklist.phases.filter((phase) => phase.priority.level === 'critical')
}

/** "Phase 1: Critical Fixes", or the title alone for unnumbered phases. */
export function phaseLabel(phase: Phase): string {
  return phase.number === null ? phase.title : `Phase ${phase.number}: ${phase.title}`
}

function keyFindingOf(validation: AssessedValidation): string {
  if (validation.status !== 'skipped') return validation.summary
  return validation.summary === 'skipped' ? 'skipped (not run)' : `skipped: ${validation.summary}`
}
