/**
 * The needs graph: which validations wait for which. Needs the planner adds by itself (a step
 * that runs a binary cargo built waits for the `cargo build` steps before it) and the one check
 * of the graph (unique ids, known needs, no cycle) both the planner and the scheduler use.
 */
import { cargoSubcommand } from './lanes.js'
import { programOf, programWords, splitChain } from './shell-words.js'

/** True for a segment that runs a binary built by cargo: `./target/release/x`, `../../target/debug/y`. */
export function runsBuiltBinary(segment: string): boolean {
  const program = programOf(segment)
  return program !== null && /(^|\/)target\/(?:[^/]+\/)?(?:release|debug)\/[^/]+$/.test(program)
}

/** True for `cargo build …` (any profile or flags). */
export function runsCargoBuild(segment: string): boolean {
  const words = programWords(segment)
  return words[0] === 'cargo' && cargoSubcommand(words) === 'build'
}

/** A validation's command lines with its id, as the needs graph sees it. */
export interface NeedsNode {
  id: string
  lines: readonly string[]
}

/** A step that runs a binary cargo built needs the `cargo build` steps planned before it. */
export function automaticNeeds(node: NeedsNode, earlier: readonly NeedsNode[]): string[] {
  const runsBinary = node.lines.some((line) => splitChain(line).some(runsBuiltBinary))
  if (!runsBinary) return []
  return earlier
    .filter((other) => other.lines.some((line) => splitChain(line).some(runsCargoBuild)))
    .map((other) => other.id)
}

/** A node of the needs graph: a validation (or a planner's draft of one) and what it waits for. */
export interface NeedsGraphNode {
  id: string
  needs: readonly string[] | null
}

/** What makes a needs graph impossible to run, found by needsProblem. */
export type NeedsProblem =
  | { kind: 'duplicate-id'; id: string }
  /** `needs[index]` of validation `id` names `need`, which is no node; `planned` lists the ids. */
  | { kind: 'unknown-need'; id: string; need: string; index: number; planned: string[] }
  /** `ids[0]` needs `ids[1]` … needs `ids[0]`. */
  | { kind: 'cycle'; ids: string[] }

/**
 * The needs graph check: unique ids, needs that name nodes, no cycle. The planner refuses a
 * config with a problem at its file and line; the scheduler, handed a plan, runs the same check
 * (a problem there is a bug) rather than wait forever.
 */
export function needsProblem(nodes: readonly NeedsGraphNode[]): NeedsProblem | null {
  const ids = new Set<string>()
  for (const node of nodes) {
    if (ids.has(node.id)) return { kind: 'duplicate-id', id: node.id }
    ids.add(node.id)
  }
  for (const node of nodes) {
    const index = node.needs?.findIndex((need) => !ids.has(need)) ?? -1
    if (index !== -1) {
      const need = node.needs![index]!
      return { kind: 'unknown-need', id: node.id, need, index, planned: [...ids] }
    }
  }
  const cycle = findNeedsCycle(nodes)
  return cycle === null ? null : { kind: 'cycle', ids: cycle }
}

/** The one wording of each problem (the planner puts its config file and line before it). */
export function describeNeedsProblem(problem: NeedsProblem): string {
  switch (problem.kind) {
    case 'duplicate-id':
      return `validation id '${problem.id}' is used twice; ids must be unique`
    case 'unknown-need':
      return `'needs' names '${problem.need}', which is not a planned validation (planned: ${problem.planned.join(', ')})`
    case 'cycle':
      return `'needs' form a cycle: ${[...problem.ids, problem.ids[0]!].join(' → ')}; a validation cannot wait for itself`
  }
}

/**
 * The first cycle in a needs graph as ids [a, b, …] (a needs b … needs a), or null. Needs that
 * name no node are ignored here (needsProblem reports them). Depth-first with an explicit stack:
 * a config may chain thousands of needs.
 */
export function findNeedsCycle(nodes: readonly NeedsGraphNode[]): string[] | null {
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const finished = new Set<string>()
  for (const start of nodes) {
    if (finished.has(start.id)) continue
    // The path from `start`, each entry with the index of the next need to follow.
    const path: { id: string; next: number }[] = [{ id: start.id, next: 0 }]
    const onPath = new Map([[start.id, 0]])
    while (path.length > 0) {
      const top = path.at(-1)!
      const need = byId.get(top.id)?.needs?.[top.next]
      if (need === undefined) {
        path.pop()
        onPath.delete(top.id)
        finished.add(top.id)
        continue
      }
      top.next++
      const loopStart = onPath.get(need)
      if (loopStart !== undefined) return path.slice(loopStart).map((entry) => entry.id)
      if (finished.has(need) || !byId.has(need)) continue
      onPath.set(need, path.length)
      path.push({ id: need, next: 0 })
    }
  }
  return null
}
