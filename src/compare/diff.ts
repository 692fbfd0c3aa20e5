/**
 * diffChecklists: the base checklist against the head → the changes that weaken its claims
 * (compare/model.ts). Items are matched by their words (compare/similarity.ts), preferring the
 * same phase and the nearest position, so moving an item is not removing it. Pure.
 */
import type { Checklist, Phase, TaskItem } from '../checklist/model.js'
import { findValidationScript } from '../checklist/validation-script.js'
import { phaseLabel } from '../readiness/blockers.js'
import { readScript } from '../plan/script-steps.js'
import { normaliseWhitespace } from '../plan/shell-words.js'
import { commandIdentity, lostStrength } from './commands.js'
import type {
  ChecklistDiff,
  CommandChange,
  ItemChange,
  ScriptStepChange,
  TickChange
} from './model.js'
import { itemWords, meaningChange, MATCH_SIMILARITY, similarity } from './similarity.js'

/** An item with what matching needs to know about its place. */
interface PlacedItem {
  item: TaskItem
  phase: string | null
  critical: boolean
  /** Position in document order. */
  index: number
  words: string[]
  key: string
}

/**
 * Above this many pairs of unmatched items, reworded items are not looked for (each pair costs
 * a comparison); they are reported as removed. Far above any real checklist's changes.
 */
const MAX_FUZZY_PAIRS = 250_000

export function diffChecklists(base: Checklist, head: Checklist): ChecklistDiff {
  const baseItems = placedItems(base)
  const headItems = placedItems(head)
  const pairs = matchItems(baseItems, headItems)
  const items: ItemChange[] = []
  const commands: CommandChange[] = []
  const ticks: TickChange[] = []
  for (const [index, from] of baseItems.entries()) {
    const to = pairs.get(index)
    if (to === undefined) {
      const anchorLine = nearestHeadLine(index, baseItems, pairs, headItems)
      if (from.critical) items.push(removedItem(from, anchorLine))
      commands.push(...removedCommands(from, null, anchorLine))
      continue
    }
    items.push(...changedItem(from, to))
    commands.push(...changedCommands(from, to))
    if (from.item.checked !== to.item.checked) {
      ticks.push({
        kind: to.item.checked ? 'ticked' : 'unticked',
        baseLine: from.item.line,
        headLine: to.item.line,
        text: to.item.text,
        critical: from.critical || to.critical
      })
    }
  }
  return { items, commands, ticks, scriptSteps: removedScriptSteps(base, head) }
}

function placedItems(checklist: Checklist): PlacedItem[] {
  const out: PlacedItem[] = []
  const visit = (items: readonly TaskItem[], phase: Phase | null): void => {
    for (const item of items) {
      const words = itemWords(item.text)
      out.push({
        item,
        phase: phase === null ? null : phaseLabel(phase),
        critical: phase?.priority.level === 'critical',
        index: out.length,
        words,
        key: words.join(' ')
      })
      visit(item.children, phase)
    }
  }
  const sections = [
    ...checklist.phases.flatMap((phase) => phase.sections.map((section) => ({ section, phase }))),
    ...checklist.sections.map((section) => ({ section, phase: null }))
  ].sort((a, b) => a.section.line - b.section.line)
  for (const { section, phase } of sections) visit(section.items, phase)
  return out
}

/** Base index → head item: same words first, then the most similar (≥ MATCH_SIMILARITY). */
function matchItems(base: PlacedItem[], head: PlacedItem[]): Map<number, PlacedItem> {
  const pairs = new Map<number, PlacedItem>()
  const taken = new Set<number>()
  const byKey = new Map<string, PlacedItem[]>()
  for (const item of head) byKey.set(item.key, [...(byKey.get(item.key) ?? []), item])
  for (const from of base) {
    const candidates = (byKey.get(from.key) ?? []).filter((to) => !taken.has(to.index))
    const best = closest(from, candidates)
    if (best === undefined) continue
    pairs.set(from.index, best)
    taken.add(best.index)
  }
  const restBase = base.filter((from) => !pairs.has(from.index))
  const restHead = head.filter((to) => !taken.has(to.index))
  if (restBase.length * restHead.length > MAX_FUZZY_PAIRS) return pairs
  const scored = restBase.flatMap((from) =>
    restHead.flatMap((to) => {
      const score = similarity(from.words, to.words)
      return score >= MATCH_SIMILARITY ? [{ from, to, score }] : []
    })
  )
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.to.phase === b.from.phase) - Number(a.to.phase === a.from.phase) ||
      Math.abs(a.from.index - a.to.index) - Math.abs(b.from.index - b.to.index)
  )
  for (const { from, to } of scored) {
    if (pairs.has(from.index) || taken.has(to.index)) continue
    pairs.set(from.index, to)
    taken.add(to.index)
  }
  return pairs
}

/** The candidate in the same phase first, then the nearest in document order. */
function closest(from: PlacedItem, candidates: PlacedItem[]): PlacedItem | undefined {
  let best: PlacedItem | undefined
  let bestCost = Infinity
  for (const to of candidates) {
    const cost = (to.phase === from.phase ? 0 : 1e9) + Math.abs(to.index - from.index)
    if (cost < bestCost) {
      best = to
      bestCost = cost
    }
  }
  return best
}

/** For a removed item: the head line of the nearest earlier matched item, else the next one, else 1. */
function nearestHeadLine(
  index: number,
  base: PlacedItem[],
  pairs: Map<number, PlacedItem>,
  head: PlacedItem[]
): number {
  for (let i = index - 1; i >= 0; i--) {
    const to = pairs.get(i)
    if (to !== undefined) return to.item.line
  }
  for (let i = index + 1; i < base.length; i++) {
    const to = pairs.get(i)
    if (to !== undefined) return to.item.line
  }
  return head[0]?.item.line ?? 1
}

function removedItem(from: PlacedItem, anchorLine: number): ItemChange {
  return {
    kind: 'removed',
    base: { line: from.item.line, text: from.item.text, phase: from.phase },
    head: null,
    anchorLine,
    detail: `removed from ${from.phase ?? 'the checklist'}`
  }
}

function changedItem(from: PlacedItem, to: PlacedItem): ItemChange[] {
  if (!from.critical) return []
  const sides = {
    base: { line: from.item.line, text: from.item.text, phase: from.phase },
    head: { line: to.item.line, text: to.item.text, phase: to.phase },
    anchorLine: to.item.line
  }
  if (!to.critical) {
    return [
      {
        kind: 'demoted',
        ...sides,
        detail: `moved out of ${from.phase} to ${to.phase ?? 'no phase'}`
      }
    ]
  }
  if (from.key === to.key) return []
  const why = meaningChange(from.item.text, to.item.text)
  return why === null ? [] : [{ kind: 'reworded', ...sides, detail: why }]
}

/** The base item's Verify commands the head item lost or weakened (to: null when the item is gone). */
function changedCommands(from: PlacedItem, to: PlacedItem): CommandChange[] {
  const changes = removedCommands(from, to, to.item.line)
  const headVerify = to.item.commands.filter((command) => command.role === 'verify')
  for (const command of from.item.commands.filter((c) => c.role === 'verify')) {
    const same = headVerify.find(
      (c) => normaliseWhitespace(c.text) === normaliseWhitespace(command.text)
    )
    if (same !== undefined) continue
    const identity = commandIdentity(command.text)
    const version = headVerify.find((c) => commandIdentity(c.text) === identity)
    if (version === undefined) continue
    const lost = lostStrength(command.text, version.text)
    if (lost.length === 0) continue
    changes.push({
      kind: 'weakened',
      item: { baseLine: from.item.line, headLine: to.item.line, text: to.item.text },
      base: { line: command.line, text: command.text },
      head: { line: version.line, text: version.text },
      anchorLine: version.line,
      lost
    })
  }
  return changes
}

/** Verify commands of the base item with no version in the head item (all of them when it is gone). */
function removedCommands(
  from: PlacedItem,
  to: PlacedItem | null,
  anchorLine: number
): CommandChange[] {
  const headIdentities = new Set(
    (to?.item.commands ?? [])
      .filter((command) => command.role === 'verify')
      .map((command) => commandIdentity(command.text))
  )
  return from.item.commands
    .filter(
      (command) => command.role === 'verify' && !headIdentities.has(commandIdentity(command.text))
    )
    .map((command) => ({
      kind: 'removed' as const,
      item: { baseLine: from.item.line, headLine: to?.item.line ?? null, text: from.item.text },
      base: { line: command.line, text: command.text },
      head: null,
      anchorLine,
      lost: [command.text]
    }))
}

/** Commands of the base's validation script that no step of the head's script runs. */
function removedScriptSteps(base: Checklist, head: Checklist): ScriptStepChange[] {
  const baseCommands = scriptCommands(base)
  if (baseCommands.length === 0) return []
  const headCommands = scriptCommands(head)
  const kept = new Set(headCommands.map((command) => command.text))
  const anchorLine = headCommands[0]?.line ?? findValidationScript(head)?.line ?? 1
  return baseCommands
    .filter((command) => !kept.has(command.text))
    .map((command) => ({ base: command, anchorLine }))
}

function scriptCommands(checklist: Checklist): { line: number; text: string }[] {
  const block = findValidationScript(checklist)
  if (block === null) return []
  try {
    return readScript(block, checklist.file).flatMap((step) =>
      step.commands.map((command) => ({
        line: command.line,
        text: normaliseWhitespace(command.text)
      }))
    )
  } catch {
    // A script the planner refuses is reported by the planner; the comparison has nothing to say.
    return []
  }
}
