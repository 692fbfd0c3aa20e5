/**
 * The shard split: which validations of a plan each of `count` jobs runs. Pure and deterministic
 * (the same plan and durations give the same split on every runner, which is what lets each job
 * compute its own share without talking to the others).
 *
 * What must stay on one machine forms a unit:
 *   - a lane (validation.lane): cargo steps share one target directory, so splitting them would
 *     compile the workspace once per shard; a cargo step whose config env sets its own
 *     CARGO_TARGET_DIR is a lane of its own, and may go elsewhere;
 *   - a `needs` chain: a step that waits for another (runs the binary `cargo build` made) runs
 *     where that one ran.
 * Units are then dealt longest first to the least loaded shard (LPT), by the durations of an
 * earlier report when given, else by the estimate per tool (estimates.ts).
 */
import type { Validation } from '../validations/model.js'
import { estimatedDurationMs } from './estimates.js'
import type { ShardSpec } from './spec.js'

export interface ShardShare {
  /** 1-based shard number. */
  index: number
  /** Validation ids this shard runs, in plan order. */
  ids: string[]
  /** The sum of its validations' durations (measured or estimated), in ms. */
  estimatedMs: number
}

/** Durations by validation id, from an earlier report (durations.ts). */
export type Durations = ReadonlyMap<string, number>

/** Every shard's share of the plan; shard i of the spec runs `split(...)[i - 1].ids`. */
export function splitPlan(
  validations: readonly Validation[],
  count: number,
  durations: Durations = new Map()
): ShardShare[] {
  const units = unitsOf(validations).map((ids) => ({
    ids,
    ms: ids.reduce((sum, id) => sum + durationOf(validations, id, durations), 0),
    first: validations.findIndex((v) => v.id === ids[0])
  }))
  // Longest first; ties by plan order, so the split never depends on the sort's stability.
  units.sort((a, b) => b.ms - a.ms || a.first - b.first)
  const shares: ShardShare[] = Array.from({ length: count }, (_, i) => ({
    index: i + 1,
    ids: [],
    estimatedMs: 0
  }))
  for (const unit of units) {
    const least = shares.reduce((best, share) =>
      share.estimatedMs < best.estimatedMs ? share : best
    )
    least.ids.push(...unit.ids)
    least.estimatedMs += unit.ms
  }
  const order = new Map(validations.map((v, i) => [v.id, i]))
  for (const share of shares) share.ids.sort((a, b) => order.get(a)! - order.get(b)!)
  return shares
}

/** The validations shard `spec` runs, in plan order. */
export function shardValidations(
  validations: readonly Validation[],
  spec: ShardSpec,
  durations?: Durations
): Validation[] {
  const ids = new Set(splitPlan(validations, spec.count, durations)[spec.index - 1]!.ids)
  return validations.filter((v) => ids.has(v.id))
}

/** The lane a split keeps together: cargo steps with their own CARGO_TARGET_DIR apart. */
export function splitLaneOf(validation: Validation): string | null {
  if (validation.lane === null) return null
  const targetDir = validation.env.CARGO_TARGET_DIR
  return validation.lane === 'cargo' && targetDir !== undefined
    ? `cargo:${targetDir}`
    : validation.lane
}

/** Groups of ids (each in plan order) joined by a shared lane or a needs edge: union–find. */
function unitsOf(validations: readonly Validation[]): string[][] {
  const parent = new Map(validations.map((v) => [v.id, v.id]))
  const find = (id: string): string => {
    let root = id
    while (parent.get(root)! !== root) root = parent.get(root)!
    parent.set(id, root)
    return root
  }
  const join = (a: string, b: string): void => {
    if (!parent.has(a) || !parent.has(b)) return
    const [ra, rb] = [find(a), find(b)]
    if (ra !== rb) parent.set(rb, ra)
  }
  const laneHead = new Map<string, string>()
  for (const validation of validations) {
    const lane = splitLaneOf(validation)
    if (lane !== null) {
      const head = laneHead.get(lane)
      if (head === undefined) laneHead.set(lane, validation.id)
      else join(head, validation.id)
    }
    for (const need of validation.needs) join(need, validation.id)
  }
  const groups = new Map<string, string[]>()
  for (const validation of validations) {
    const root = find(validation.id)
    groups.set(root, [...(groups.get(root) ?? []), validation.id])
  }
  return [...groups.values()]
}

function durationOf(validations: readonly Validation[], id: string, durations: Durations): number {
  const measured = durations.get(id)
  if (measured !== undefined) return measured
  return estimatedDurationMs(validations.find((v) => v.id === id)!)
}
