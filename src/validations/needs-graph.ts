/**
 * The needs graph: which validations wait for which. Needs the planner adds by itself (a step
 * that runs a binary cargo built waits for the `cargo build` steps before it) and the one cycle
 * check both the planner and the scheduler use.
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

/**
 * The first cycle in a needs graph as ids [a, b, …] (a needs b … needs a), or null. Needs that
 * name no node are ignored here (callers report them). Depth-first with an explicit path.
 */
export function findNeedsCycle(
  nodes: readonly { id: string; needs: readonly string[] | null }[]
): string[] | null {
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const finished = new Set<string>()
  const onPath: string[] = []
  const visit = (id: string): string[] | null => {
    const loopStart = onPath.indexOf(id)
    if (loopStart !== -1) return onPath.slice(loopStart)
    if (finished.has(id)) return null
    onPath.push(id)
    for (const need of byId.get(id)?.needs ?? []) {
      const cycle = visit(need)
      if (cycle !== null) return cycle
    }
    onPath.pop()
    finished.add(id)
    return null
  }
  for (const node of nodes) {
    const cycle = visit(node.id)
    if (cycle !== null) return cycle
  }
  return null
}
