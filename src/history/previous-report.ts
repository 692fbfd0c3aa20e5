/**
 * The previous record from the previous run's JSON report (input previous-report), for runs
 * without a sticky comment to carry it: pushes to a branch, releases, the job summary only. The
 * file is restored by actions/cache or downloaded as an artifact, so it is untrusted: read inside
 * the working directory without following links, size-capped, and checked by the strict report
 * reader. A missing file is a first run; anything else wrong is ignored with a note.
 */
import * as fs from 'node:fs'
import { readFileConfined } from '../report/confined-file.js'
import { assessmentOf, MAX_REPORT_BYTES, reportShapeProblem } from '../report/read-json.js'
import type { JsonReport } from '../report/json.js'
import { recordRun, type PreviousRecord } from './record.js'

export type PreviousReportReading =
  { kind: 'none' } | { kind: 'read'; record: PreviousRecord } | { kind: 'ignored'; why: string }

export function readPreviousReport(file: string, boundary: string): PreviousReportReading {
  // No file yet (the first run, a cache miss): nothing to compare with, nothing to say.
  if (!lexists(file)) return { kind: 'none' }
  const read = readFileConfined({ boundary, file, input: 'previous-report' }, MAX_REPORT_BYTES)
  if ('error' in read) return { kind: 'ignored', why: read.error }
  let value: unknown
  try {
    value = JSON.parse(read.text) as unknown
  } catch {
    return { kind: 'ignored', why: "Input 'previous-report' is not valid JSON." }
  }
  const problem = reportShapeProblem(value)
  if (problem !== null) {
    return {
      kind: 'ignored',
      why: `Input 'previous-report' is not a Readiness Gate report: ${problem}.`
    }
  }
  const report = value as JsonReport
  // A report of schema version 1 (or one without a record) still gives the verdict, the
  // validations and the trend point; its ticks are not known.
  const state =
    report.history?.state ??
    recordRun(
      {
        assessment: assessmentOf(report),
        items: null,
        sha: report.context.sha,
        at: report.generatedAt ?? null
      },
      null
    )
  return { kind: 'read', record: { state, source: 'previous-report' } }
}

function lexists(file: string): boolean {
  try {
    fs.lstatSync(file)
    return true
  } catch {
    return false
  }
}
