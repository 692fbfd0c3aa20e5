/**
 * Depth-first walks over task items without recursion: a generated or hostile checklist may nest
 * items thousands deep, and the report must not die of a stack overflow.
 */
import type { Checklist, Phase, Section, TaskItem } from '../checklist/model.js'

/** The item and every item below it, in document order. */
export function subtree(root: TaskItem): TaskItem[] {
  return walk([root])
}

export function phaseItems(phase: Phase): TaskItem[] {
  return walk(phase.sections.flatMap((section) => section.items))
}

/** Every item of the checklist (phases and loose sections), in document order. */
export function allItems(checklist: Checklist): TaskItem[] {
  const sections: Section[] = [
    ...checklist.phases.flatMap((phase) => phase.sections),
    ...checklist.sections
  ].sort((a, b) => a.line - b.line)
  return walk(sections.flatMap((section) => section.items))
}

function walk(roots: TaskItem[]): TaskItem[] {
  const out: TaskItem[] = []
  const stack = [...roots].reverse()
  while (stack.length > 0) {
    const item = stack.pop()!
    out.push(item)
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!)
  }
  return out
}
