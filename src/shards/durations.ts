/**
 * Durations from an earlier run, to balance the split: a JSON report (its validations'
 * durationMs), a merged report, or a shard's partial report (its results'). Only a weight for the
 * split — never evidence — so entries without a duration are left to the estimate.
 */
import * as fs from 'node:fs'
import { ConfigurationError, errorMessage, quoteValue } from '../errors.js'
import { MAX_REPORT_BYTES } from '../report/read-json.js'
import type { Durations } from './split.js'

export function readDurations(file: string, setting: string): Durations {
  const fix = `set ${setting} to a JSON report Readiness Gate wrote (or leave it empty to balance by estimates)`
  let value: unknown
  try {
    if (fs.statSync(file).size > MAX_REPORT_BYTES) throw new Error('too large')
    value = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ConfigurationError(
      `${setting} ${quoteValue(file)} cannot be read as JSON (${errorMessage(error)}); ${fix}.`
    )
  }
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  const entries = Array.isArray(record.validations)
    ? record.validations
    : Array.isArray(record.results)
      ? record.results
      : null
  if (entries === null) {
    throw new ConfigurationError(
      `${setting} ${quoteValue(file)} has no validations or results with durations; ${fix}.`
    )
  }
  const durations = new Map<string, number>()
  for (const entry of entries as unknown[]) {
    const { id, durationMs } = (entry ?? {}) as { id?: unknown; durationMs?: unknown }
    if (typeof id === 'string' && typeof durationMs === 'number' && Number.isFinite(durationMs)) {
      durations.set(id, Math.max(0, durationMs))
    }
  }
  return durations
}
