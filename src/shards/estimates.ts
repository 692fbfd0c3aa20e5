/**
 * How long a validation is expected to take when no earlier report says: the shard split
 * balances by these when it is given no durations (`--durations-from` / `durations-from`).
 * The one table of them. The figures are rough orders of magnitude for a mid-sized project on a
 * 2-core runner, warm caches: what matters for the split is that a compile-heavy step outweighs
 * a format check by two orders of magnitude, not the seconds themselves.
 */
import type { Validation, ValidationKind } from '../validations/model.js'

const SECOND = 1000

/** By the tool the planner recognised (findings/tool-for-command.ts toolIdFor). */
export const ESTIMATE_BY_TOOL_MS: Readonly<Record<string, number>> = {
  'cargo-build': 180 * SECOND,
  'cargo-test': 240 * SECOND,
  clippy: 150 * SECOND,
  rustfmt: 5 * SECOND,
  'cargo-audit': 20 * SECOND,
  'npm-build': 60 * SECOND,
  'npm-test': 90 * SECOND,
  'npm-audit': 10 * SECOND,
  cli: 2 * SECOND
}

/** By what the step does (plan/validation-kind.ts), for a tool the table does not name. */
export const ESTIMATE_BY_KIND_MS: Readonly<Record<ValidationKind, number>> = {
  build: 120 * SECOND,
  tests: 90 * SECOND,
  lint: 45 * SECOND,
  'type-check': 45 * SECOND,
  'format-check': 10 * SECOND,
  audit: 15 * SECOND,
  run: 10 * SECOND,
  'paths-exist': 0
}

/** Anything else: a minute. */
export const ESTIMATE_DEFAULT_MS = 60 * SECOND

export function estimatedDurationMs(validation: Validation): number {
  const byTool = validation.tool === null ? undefined : ESTIMATE_BY_TOOL_MS[validation.tool]
  if (byTool !== undefined) return byTool
  const byKind = validation.kind === undefined ? undefined : ESTIMATE_BY_KIND_MS[validation.kind]
  return byKind ?? ESTIMATE_DEFAULT_MS
}
