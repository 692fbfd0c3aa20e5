/**
 * The merge: shards' partial reports → one result per planned validation, or the list of reasons
 * they cannot be one run. Pure: the reports (already read) and the merge's own plan and
 * fingerprint in, results and refusals out. Assessing the results is the gate's (gate.ts
 * assessReadiness), exactly as for a single run.
 *
 * Platforms: the same plan run on several runners (a matrix over `runs-on`) merges too. Each
 * platform must have every shard once; a validation then counts as passed only where it passed
 * on every platform, and otherwise carries the result of the first platform it did not pass on,
 * its summary naming that platform.
 */
import { quoteValue } from '../errors.js'
import type { Validation, ValidationResult } from '../validations/model.js'
import type { MergeSummary } from '../readiness/model.js'
import { fingerprintMismatches, type PlanFingerprint } from './fingerprint.js'
import type { PartialReport } from './partial-report.js'

/** A file given to the merge: its report, or why it is not one. */
export type ShardFile = { file: string; report: PartialReport } | { file: string; error: string }

export interface MergeOutcome {
  summary: MergeSummary
  /** One per planned validation, in plan order; [] when refused. */
  results: ValidationResult[]
  /** Notes for the report: the shards' own (tree proofs) and where platforms differ. */
  notes: string[]
}

export function mergeShards(
  files: readonly ShardFile[],
  validations: readonly Validation[],
  expected: PlanFingerprint
): MergeOutcome {
  const refusals = files.flatMap((f) => ('error' in f ? [f.error] : []))
  const read = files.flatMap((f) => ('report' in f ? [{ file: f.file, report: f.report }] : []))
  const platforms = [...new Set(read.map((r) => r.report.platform))].sort()
  const counts = [...new Set(read.map((r) => r.report.shard.count))].sort((a, b) => a - b)
  const summary: MergeSummary = {
    shardCount: counts.at(-1) ?? 0,
    platforms,
    reports: read.length,
    refusals,
    byPlatform: []
  }
  if (read.length === 0 && refusals.length === 0) {
    refusals.push(
      "No shard reports were found at the paths given: did every shard fail before uploading? Download the shards' artifacts before the merge."
    )
  }
  if (counts.length > 1) {
    refusals.push(
      `The shards come from different splits (${counts.map((n) => `of ${n}`).join(', ')}): every shard of a matrix must use the same count.`
    )
  }
  refusals.push(...mismatchLines(read, expected))
  for (const { file, report } of read) {
    if (report.notRunReason !== null) {
      refusals.push(
        `${shardName(report, file)} did not run its validations (${report.notRunReason}).`
      )
    }
  }
  const perPlatform = new Map<string, ValidationResult[]>()
  for (const platform of platforms) {
    const reports = read.filter((r) => r.report.platform === platform)
    const problems = shardSetProblems(reports, summary.shardCount, platform)
    if (problems.length === 0) {
      const placed = placeResults(reports, validations, platform)
      problems.push(...placed.problems)
      perPlatform.set(platform, placed.results)
    }
    refusals.push(...problems)
  }
  if (refusals.length > 0) return { summary, results: [], notes: [] }
  const notes = read.flatMap(({ file, report }) =>
    report.notes.map((note) => `${shardName(report, file)}: ${note}`)
  )
  const combined = combinePlatforms(validations, platforms, perPlatform)
  if (platforms.length > 1) summary.byPlatform = combined.byPlatform
  return { summary, results: combined.results, notes: [...notes, ...combined.notes] }
}

/** One line per distinct mismatch, naming every shard that has it. */
function mismatchLines(
  read: readonly { file: string; report: PartialReport }[],
  expected: PlanFingerprint
): string[] {
  const byKey = new Map<
    string,
    { text: string; shards: { file: string; report: PartialReport }[] }
  >()
  for (const shard of read) {
    for (const { key, text } of fingerprintMismatches(shard.report.fingerprint, expected)) {
      const entry = byKey.get(key) ?? { text, shards: [] }
      entry.shards.push(shard)
      byKey.set(key, entry)
    }
  }
  return [...byKey.values()].map(({ text, shards }) => {
    const subject =
      shards.length === 1
        ? `${shardName(shards[0]!.report, shards[0]!.file)} is`
        : `Shards ${shards.map((s) => `${s.report.shard.index}/${s.report.shard.count} on ${s.report.platform}`).join(', ')} are`
    return `${subject} ${text}.`
  })
}

function shardName(report: PartialReport, file: string): string {
  return `Shard ${report.shard.index}/${report.shard.count} on ${report.platform} (${baseName(file)})`
}

/** A file's name for a message: artifact names are the workflow's, so quoted like any value. */
function baseName(file: string): string {
  return quoteValue(file.split(/[\\/]/).at(-1) ?? file, 60)
}

/** Every shard 1..n of one platform exactly once. */
function shardSetProblems(
  reports: readonly { file: string; report: PartialReport }[],
  count: number,
  platform: string
): string[] {
  const problems: string[] = []
  for (let index = 1; index <= count; index++) {
    const copies = reports.filter((r) => r.report.shard.index === index)
    if (copies.length === 0) {
      problems.push(
        `Shard ${index}/${count} on ${platform} is missing: none of the reports given is it (did its job fail before uploading?).`
      )
    } else if (copies.length > 1) {
      const names = copies.map((c) => baseName(c.file)).join(', ')
      problems.push(
        `Shard ${index}/${count} on ${platform} is there ${copies.length} times (${names}): merge each shard once; set the 'platform' input where runners of one OS differ.`
      )
    }
  }
  return problems
}

/** One result per planned id from one platform's shards: none foreign, none twice, none missing. */
function placeResults(
  reports: readonly { file: string; report: PartialReport }[],
  validations: readonly Validation[],
  platform: string
): { results: ValidationResult[]; problems: string[] } {
  const planned = new Set(validations.map((v) => v.id))
  const found = new Map<string, { result: ValidationResult; shards: string[] }>()
  const problems: string[] = []
  for (const { report } of reports) {
    const shard = `${report.shard.index}/${report.shard.count}`
    for (const result of report.results) {
      if (!planned.has(result.id)) {
        problems.push(
          `Shard ${shard} on ${platform} has a result for ${quoteValue(result.id, 60)}, which this checkout's plan does not have: it is refused.`
        )
        continue
      }
      const seen = found.get(result.id)
      if (seen === undefined) found.set(result.id, { result, shards: [shard] })
      else seen.shards.push(shard)
    }
  }
  for (const [id, { shards }] of found) {
    if (shards.length > 1) {
      problems.push(
        `'${id}' ran ${shards.length} times on ${platform} (shards ${shards.join(', ')}): the shards split the plan differently; give every shard the same durations-from.`
      )
    }
  }
  for (const validation of validations) {
    if (!found.has(validation.id)) {
      problems.push(
        `'${validation.id}' ran in no shard on ${platform}: its result is missing, so it is not proven.`
      )
    }
  }
  return {
    results: validations.flatMap((v) => {
      const entry = found.get(v.id)
      return entry === undefined ? [] : [entry.result]
    }),
    problems
  }
}

/** Passed only where passed everywhere; otherwise the first platform it did not pass on. */
function combinePlatforms(
  validations: readonly Validation[],
  platforms: readonly string[],
  perPlatform: ReadonlyMap<string, ValidationResult[]>
): { results: ValidationResult[]; notes: string[]; byPlatform: MergeSummary['byPlatform'] } {
  const notes: string[] = []
  const byPlatform: MergeSummary['byPlatform'] = []
  const results = validations.map((validation, index) => {
    const runs = platforms.map((platform) => ({
      platform,
      result: perPlatform.get(platform)![index]!
    }))
    for (const { platform, result } of runs) {
      byPlatform.push({
        id: validation.id,
        platform,
        status: result.status,
        summary: result.report.summary
      })
    }
    const slowest = Math.max(...runs.map((run) => run.result.durationMs))
    const failed = runs.filter((run) => run.result.status !== 'passed')
    if (failed.length === 0) return { ...runs[0]!.result, durationMs: slowest }
    const first = failed[0]!
    if (platforms.length > 1) {
      const passed = runs.filter((run) => run.result.status === 'passed').map((r) => r.platform)
      notes.push(
        `Platform matrix: ${validation.name} did not pass on ${failed.map((f) => `${f.platform} (${f.result.status})`).join(', ')}${passed.length > 0 ? `; it passed on ${passed.join(', ')}` : ''}.`
      )
      return {
        ...first.result,
        report: {
          ...first.result.report,
          summary: `on ${first.platform}: ${first.result.report.summary}`
        }
      }
    }
    return first.result
  })
  return { results, notes, byPlatform }
}
