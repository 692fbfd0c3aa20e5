/**
 * The planner: which validations to run, decided from the checklist (its validation script,
 * else its `Verify:` items) and adjusted by the optional config. Pure: Checklist + config in,
 * Plan out (package.json scripts are read through an injected function).
 *
 *   checklist ──base plan──▶ drafts ──config──▶ drafts ──claims──▶ drafts ──finalise──▶ Validation[]
 *
 * Only checks are planned: every command goes through the effect policy (effects.ts), and what
 * would format, fix, update snapshots, change dependencies, release, deploy, write to git or
 * delete is dropped and reported in Plan.refused with its effect and reason. Ticked Verify
 * items no validation covers are reported in Plan.unverifiedClaims (or, with `claims: plan`,
 * planned too).
 */
import {
  allItems,
  phaseItems,
  type Checklist,
  type Phase,
  type TaskItem
} from '../checklist/model.js'
import { resolveLine, type ReadPackageScripts } from './command-resolution.js'
import type { ReadinessConfig } from './config.js'
import { IdAllocator } from './ids.js'
import { ItemLinker } from './item-links.js'
import { laneOf } from './lanes.js'
import type { RefusedCommand, UnverifiedClaim, Validation } from '../validations/model.js'
import { automaticNeeds, describeNeedsProblem, needsProblem } from './needs-graph.js'
import { applyConfig } from './plan-config.js'
import {
  configError,
  planningContext,
  refusalIn,
  type Draft,
  type PlanningContext
} from './plan-draft.js'
import { basePlan, VerifyItemPlanner, type BasePlan } from './plan-sources.js'
import { toolIdFor } from '../findings/tool-for-command.js'
import { covers, unverifiedClaims, type CoveringValidation } from './unverified-claims.js'
import { validationKind } from './validation-kind.js'

export type { RefusedCommand, UnverifiedClaim } from '../validations/model.js'

export interface Plan {
  validations: Validation[]
  refused: RefusedCommand[]
  /** Ticked items whose Verify command no planned validation covers. */
  unverifiedClaims: UnverifiedClaim[]
  /** Where the plan came from: the checklist's script, its Verify items, the config, or nothing. */
  source: 'script' | 'verify-items' | 'config' | 'none'
  /** Line of the validation script's opening fence when the plan came from it. */
  scriptLine: number | null
}

export interface PlanOptions {
  /** Timeout of a validation the config gives none (default 20 minutes). */
  defaultTimeoutMs?: number
  /**
   * The `scripts` of the package.json in a directory relative to the project root, or null:
   * `npm run X` is judged by what script X runs. Without it, scripts are judged by their names.
   */
  readPackageScripts?: ReadPackageScripts
}

export const DEFAULT_TIMEOUT_MS = 20 * 60 * 1000

export function planValidations(
  checklist: Checklist,
  config: ReadinessConfig | null,
  options: PlanOptions = {}
): Plan {
  const planning = planningContext(checklist, options.readPackageScripts)
  const base = basePlan(planning, config)
  let drafts = config === null ? base.drafts : applyConfig(base.drafts, config, planning)
  // What the config switched off (`disabled: true`) stays off, claims: plan or not.
  const disabled = base.drafts.filter((draft) => !drafts.includes(draft))
  const refused = [...base.refused]
  if (config?.claims === 'plan')
    drafts = [...drafts, ...claimDrafts([...drafts, ...disabled], refused, planning, base)]
  const timeoutMs = config?.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
  const validations = finalise(drafts, planning, timeoutMs)
  if (config !== null) checkNeeds(drafts, config)
  const source = base.source === 'none' && drafts.length > 0 ? 'config' : base.source
  const claims = claimsLeft(drafts, validations, refused, planning, source, disabled)
  return { validations, refused, unverifiedClaims: claims, source, scriptLine: base.scriptLine }
}

/** Why a claim's command is not planned, by where the plan came from. */
const NOT_PLANNED: Record<Plan['source'], string> = {
  script: 'the validation script does not run it',
  'verify-items': 'only the Verify commands of the critical phases are planned',
  config: 'no validation of the config runs it',
  none: 'nothing is planned'
}

/** What to do about a claim nothing runs. */
const PLAN_CLAIMS_HINT = "set 'claims: plan' in the readiness config to check it"

function claimsLeft(
  drafts: readonly Draft[],
  validations: readonly Validation[],
  refused: readonly RefusedCommand[],
  planning: PlanningContext,
  source: Plan['source'],
  disabled: readonly Draft[]
): UnverifiedClaim[] {
  const covering = drafts.map((draft, index) => coveringOf(draft, validations[index]!.verifies))
  const linker = new ItemLinker(planning.checklist)
  const off = disabled.map((draft) => ({
    id: draft.id,
    covering: coveringOf(draft, draft.verifies ?? linker.linesVerifiedBy(draft.lines))
  }))
  return unverifiedClaims(
    planning.checklist,
    covering,
    refused,
    (command) => refusalIn(planning, command, '.'),
    (claim) => {
      const id = off.find((draft) => covers(draft.covering, claim))?.id
      if (id !== undefined) return `validation '${id}' is disabled in the config`
      const why =
        claim.paths !== null ? 'nothing checks that these files exist' : NOT_PLANNED[source]
      return `${why}; ${PLAN_CLAIMS_HINT}`
    }
  )
}

/** A draft as what covers claims: a config entry's explicit `verifies` covers all its items' claims. */
function coveringOf(draft: Draft, verifies: readonly number[]): CoveringValidation {
  return {
    lines: draft.lines,
    verifies,
    check: draft.check,
    explicit: draft.verifies !== null && draft.check.kind === 'command'
  }
}

/**
 * `claims: plan`: every ticked Verify command no validation covers becomes a validation too
 * (what the effect policy refuses is recorded), critical when its phase is (in no phase: not).
 */
function claimDrafts(
  drafts: readonly Draft[],
  refused: RefusedCommand[],
  planning: PlanningContext,
  base: BasePlan
): Draft[] {
  const linker = new ItemLinker(planning.checklist)
  const covering = drafts.map((draft) =>
    coveringOf(draft, draft.verifies ?? linker.linesVerifiedBy(draft.lines))
  )
  const open = unverifiedClaims(
    planning.checklist,
    covering,
    refused,
    () => null,
    () => ''
  )
  const planner = new VerifyItemPlanner(planning, new IdAllocator(drafts.map((d) => d.id)))
  const phaseOf = phasesByItem(planning.checklist)
  const byItem = new Map<number, Set<string>>()
  for (const claim of open)
    byItem.set(claim.line, (byItem.get(claim.line) ?? new Set()).add(claim.command))
  for (const item of allItems(planning.checklist)) {
    const wanted = byItem.get(item.line)
    const critical = phaseOf.get(item)?.priority.level === 'critical' // in no phase: not
    if (wanted !== undefined) planner.add(item, critical, wanted)
  }
  const known = new Set(base.refused.map((r) => `${r.line ?? ''}\0${r.command}`))
  refused.push(...planner.refused.filter((r) => !known.has(`${r.line ?? ''}\0${r.command}`)))
  return planner.drafts
}

function phasesByItem(checklist: Checklist): Map<TaskItem, Phase> {
  const map = new Map<TaskItem, Phase>()
  for (const phase of checklist.phases) for (const item of phaseItems(phase)) map.set(item, phase)
  return map
}

/** Drafts → Validations: links to checklist items, automatic needs, tool, kind, lane, timeout. */
function finalise(drafts: Draft[], planning: PlanningContext, timeoutMs: number): Validation[] {
  const linker = new ItemLinker(planning.checklist)
  return drafts.map((draft, index) => {
    const paths = draft.check.kind === 'paths-exist'
    return {
      id: draft.id,
      name: draft.name,
      command: draft.command,
      cwd: draft.cwd,
      timeoutMs: draft.timeoutMs ?? timeoutMs,
      env: draft.env,
      needs: draft.needs ?? automaticNeeds(draft, drafts.slice(0, index)),
      critical: draft.critical,
      verifies: draft.verifies ?? linker.linesVerifiedBy(draft.lines),
      source: draft.source,
      tool: paths ? null : toolIdFor(draft.command),
      lane: paths ? null : laneOf(draft.lines, draft.cwd),
      kind: paths ? 'paths-exist' : kindOf(draft, planning),
      check: draft.check,
      ...(draft.entry?.reports === undefined ? {} : { reports: draft.entry.reports })
    }
  })
}

function kindOf(draft: Draft, planning: PlanningContext): Validation['kind'] {
  const context = { cwd: draft.cwd, readPackageScripts: planning.readPackageScripts }
  return validationKind(draft.lines.flatMap((line) => resolveLine(line, context)))
}

/** Needs name planned validations and form no cycle (needs-graph.ts), else the config's line. */
function checkNeeds(drafts: Draft[], config: ReadinessConfig): void {
  const problem = needsProblem(drafts)
  if (problem === null) return
  const byId = new Map(drafts.map((draft) => [draft.id, draft]))
  const lines = byId.get(problem.kind === 'cycle' ? problem.ids[0]! : problem.id)?.entry?.lines
  const at =
    problem.kind === 'unknown-need'
      ? (lines?.needs[problem.index] ?? lines?.keys.needs)
      : (lines?.keys.needs ?? lines?.entry)
  throw configError(config, at, describeNeedsProblem(problem))
}
