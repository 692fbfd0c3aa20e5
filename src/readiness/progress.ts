/** How far each phase is ticked, and the same totals per priority level. */
import { phaseItems, type Checklist, type PriorityLevel } from '../checklist/model.js'
import type { PhaseProgress, PriorityCount } from './model.js'

const LEVELS: readonly PriorityLevel[] = ['critical', 'high', 'medium', 'low', 'none']

export function phaseProgress(checklist: Checklist): PhaseProgress[] {
  return checklist.phases.map((phase) => {
    const items = phaseItems(phase)
    const checked = items.filter((item) => item.checked).length
    return {
      number: phase.number,
      title: phase.title,
      heading: phase.heading,
      line: phase.line,
      priority: phase.priority,
      checked,
      total: items.length,
      percent: percent(checked, items.length)
    }
  })
}

/** One row per level that has at least one phase, most important first. */
export function priorityCounts(phases: PhaseProgress[]): PriorityCount[] {
  return LEVELS.map((level) => {
    const ofLevel = phases.filter((phase) => phase.priority.level === level)
    return {
      level,
      phases: ofLevel.length,
      checked: sum(ofLevel.map((phase) => phase.checked)),
      total: sum(ofLevel.map((phase) => phase.total))
    }
  }).filter((count) => count.phases > 0)
}

/** Floor, so that 99.6 % never reads as done. */
export function percent(part: number, total: number): number {
  return total === 0 ? 100 : Math.floor((part * 100) / total)
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
