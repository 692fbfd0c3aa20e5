/**
 * The partial report a shard writes instead of publishing a verdict: the plan's fingerprint, which
 * shard of how many it is, on which platform, and its validations' results (masked). The merge
 * reads it back strictly (it comes from another job's artifact: data, never trusted to be
 * well-formed) and only then combines it.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ConfigurationError, errorMessage, quoteValue } from '../errors.js'
import {
  arr,
  bool,
  finding,
  int,
  MAX_REPORT_BYTES,
  nullable,
  num,
  numbersByName,
  obj,
  oneOf,
  str,
  type Check
} from '../report/read-json.js'
import { VALIDATION_STATUSES, type ValidationResult } from '../validations/model.js'
import type { PlanFingerprint } from './fingerprint.js'
import { PLATFORM_LABEL, type ShardSpec } from './spec.js'

/** Marks the document as a shard's, so a full report is never mistaken for one. */
export const PARTIAL_REPORT_KIND = 'readiness-gate-shard'
export const PARTIAL_REPORT_VERSION = 1

export interface PartialReport {
  kind: typeof PARTIAL_REPORT_KIND
  version: typeof PARTIAL_REPORT_VERSION
  shard: ShardSpec
  /** Where it ran: a runner OS label ("Linux", "macOS") or the platform input. */
  platform: string
  fingerprint: PlanFingerprint
  /** Why this shard's validations were not run (run-validations: false, refused); null when they ran. */
  notRunReason: string | null
  /** One per validation of this shard, in plan order. */
  results: ValidationResult[]
  /** What the run noted beside the results (the tree proof's). */
  notes: string[]
}

/** Writes the partial report as JSON; `setting` names the input or flag that chose the path. */
export function writePartialReport(file: string, report: PartialReport, setting: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  } catch (error) {
    throw new ConfigurationError(
      `Cannot write the shard's report to '${file}' (${errorMessage(error)}); set ${setting} to a writable file path.`
    )
  }
}

/** A shard's file, read and checked; one line saying why not otherwise. */
export function readPartialReport(file: string): { report: PartialReport } | { error: string } {
  const name = quoteValue(path.basename(file), 60)
  let text: string
  try {
    const stat = fs.statSync(file)
    if (!stat.isFile()) return { error: `${name} is not a file` }
    if (stat.size > MAX_REPORT_BYTES) {
      return { error: `${name} is larger than ${MAX_REPORT_BYTES} bytes: not a shard's report` }
    }
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    return { error: `${name} cannot be read (${errorMessage(error)})` }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { error: `${name} is not JSON: not a shard's report` }
  }
  if (typeof value === 'object' && value !== null && 'schemaVersion' in value) {
    return {
      error: `${name} is a full report, not a shard's: merge the partial reports the shards wrote (check --shard, or the action's shard input)`
    }
  }
  const problem = PARTIAL(value, '')
  if (problem !== null) return { error: `${name} is not a shard's report: ${problem}` }
  const report = value as PartialReport
  if (report.shard.index > report.shard.count) {
    return {
      error: `${name} is not a shard's report: shard ${report.shard.index}/${report.shard.count}`
    }
  }
  return { report }
}

const SHA256 = /^[0-9a-f]{64}$/
const sha256: Check = (v, at) =>
  typeof v === 'string' && SHA256.test(v) ? null : `${at} must be a SHA-256 in hex`

const platformLabel: Check = (v, at) =>
  typeof v === 'string' && PLATFORM_LABEL.test(v)
    ? null
    : `${at} must be 1 to 40 letters, digits, spaces or ._()+- (got ${quoteValue(String(v), 40)})`

/** Text the merge quotes into its one-line messages: printable, one line, bounded. */
function oneLine(max: number): Check {
  return (v, at) =>
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    typeof v === 'string' && v.length > 0 && v.length <= max && !/[\u0000-\u001f\u007f]/.test(v)
      ? null
      : `${at} must be one line of 1 to ${max} printable characters`
}
const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const commit: Check = (v, at) =>
  typeof v === 'string' && COMMIT.test(v) ? null : `${at} must be a commit SHA in hex`

const result = obj({
  id: oneLine(200),
  status: oneOf(...VALIDATION_STATUSES),
  exitCode: nullable(int()),
  signal: nullable(str),
  durationMs: num(0),
  startedAtMs: num(0),
  output: obj({ head: str, tail: str, totalBytes: int(0), truncated: bool }),
  report: obj({
    findings: arr(finding),
    droppedFindings: int(0),
    counts: numbersByName,
    summary: str
  }),
  hint: nullable(str)
})

const PARTIAL: Check = obj({
  kind: oneOf(PARTIAL_REPORT_KIND),
  version: oneOf(PARTIAL_REPORT_VERSION),
  shard: obj({ index: int(1), count: int(1, 64) }),
  platform: platformLabel,
  fingerprint: obj({
    gateVersion: oneLine(40),
    checklistSha256: sha256,
    configSha256: nullable(sha256),
    commit: nullable(commit),
    planIds: arr(oneLine(200))
  }),
  notRunReason: nullable(oneLine(2000)),
  results: arr(result),
  notes: arr(str)
})
