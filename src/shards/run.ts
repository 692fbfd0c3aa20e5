/**
 * The two shard modes the action and the CLI share (loaded only in those modes):
 *   runShard            plan → this shard's share → run → a partial report (no verdict)
 *   mergeShardReports   plan here → read the shards' reports → merge → the same assess as a
 *                       single run, or `unassessed` with one line per reason they do not merge
 */
import {
  assessReadiness,
  evaluateReadiness,
  planReadiness,
  startEvidence,
  type EvidenceOptions,
  type GateOptions
} from '../gate.js'
import type { Assessment } from '../readiness/model.js'
import { readDurations } from './durations.js'
import { fingerprintOf } from './fingerprint.js'
import { shardFilesAt } from './files.js'
import { mergeShards, type ShardFile } from './merge.js'
import {
  PARTIAL_REPORT_KIND,
  PARTIAL_REPORT_VERSION,
  readPartialReport,
  type PartialReport
} from './partial-report.js'
import { shardValidations } from './split.js'
import { PLATFORM_LABEL, type ShardSpec } from './spec.js'

type Env = Readonly<Record<string, string | undefined>>

/**
 * Where a shard ran: the explicit label (already checked), else the runner's OS (RUNNER_OS, when
 * it is a label the merge accepts), else Node's platform.
 */
export function platformOf(explicit: string, env: Env): string {
  if (explicit.trim() !== '') return explicit.trim()
  const runner = env.RUNNER_OS?.trim() ?? ''
  return PLATFORM_LABEL.test(runner) ? runner : process.platform
}

export interface ShardRun {
  spec: ShardSpec
  platform: string
  /** A report whose durations balance the split, or null for the estimates. */
  durationsFrom: string | null
  /** The input or flag that names durationsFrom, for errors. */
  durationsSetting: string
  env: Env
}

/** Runs one shard's share of the plan; its partial report (not written: the caller's). */
export async function runShard(
  gate: GateOptions,
  shard: ShardRun
): Promise<{ report: PartialReport; ran: string[] }> {
  const durations =
    shard.durationsFrom === null
      ? undefined
      : readDurations(shard.durationsFrom, shard.durationsSetting)
  let ran: string[] = []
  const outcome = await evaluateReadiness({
    ...gate,
    select: (validations) => {
      const share = shardValidations(validations, shard.spec, durations)
      ran = share.map((v) => v.id)
      return share
    }
  })
  const fingerprint = await fingerprintOf({
    checklistPath: gate.checklistPath,
    configPath: gate.configPath,
    root: gate.root,
    plan: outcome.plan,
    env: shard.env
  })
  return {
    report: {
      kind: PARTIAL_REPORT_KIND,
      version: PARTIAL_REPORT_VERSION,
      shard: shard.spec,
      platform: shard.platform,
      fingerprint,
      notRunReason: outcome.notRunReason,
      results: outcome.results,
      notes: outcome.runNotes
    },
    ran
  }
}

export interface MergeRequest {
  /** What the shards' reports are: files, directories, globs. */
  reports: readonly string[]
  /** Resolves relative `reports`. */
  base: string
  env: Env
}

/**
 * The shards' reports assessed as one run. Refused merges (missing, foreign, duplicated or
 * mismatched shards) are `unassessed`, never ready, with one note per reason.
 */
export async function mergeShardReports(
  gate: Pick<
    GateOptions,
    'checklistPath' | 'configPath' | 'configRequired' | 'root' | 'settingNames'
  > &
    EvidenceOptions,
  request: MergeRequest
): Promise<Assessment> {
  const planned = await planReadiness(gate)
  // The same evidence a single run reads (base, reviews, GitHub references), read meanwhile.
  const evidence = startEvidence(planned, gate)
  const expected = await fingerprintOf({
    checklistPath: gate.checklistPath,
    configPath: gate.configPath,
    root: gate.root,
    plan: planned.plan,
    env: request.env
  })
  const files: ShardFile[] = shardFilesAt(request.reports, request.base).map((file) => ({
    file,
    ...readPartialReport(file)
  }))
  const merged = mergeShards(files, planned.plan.validations, expected)
  const refused = merged.summary.refusals.length > 0
  const assessment = assessReadiness(planned, merged.results, !refused, await evidence())
  assessment.notes.push(...merged.notes)
  if (refused) refuseMerge(assessment, merged.summary.refusals)
  assessment.merge = merged.summary
  return assessment
}

/**
 * Shards that are not one run of this plan prove nothing: the verdict is unassessed on no basis,
 * whatever the checklist's items say, and each reason is a note at the top.
 */
function refuseMerge(assessment: Assessment, refusals: readonly string[]): void {
  assessment.notes.unshift(
    `The shards' reports were not merged, so readiness is not assessed: ${refusals.length} problem(s).`,
    ...refusals
  )
  assessment.verdict = 'unassessed'
  assessment.ready = false
  assessment.basis = { validations: false, items: false }
  assessment.blockers = []
  assessment.criticalValidationsPassed = false
}
