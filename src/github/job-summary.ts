/**
 * The job summary (GITHUB_STEP_SUMMARY): the full report on the workflow run's page. Writing it
 * never throws: a missing or unwritable summary file is a warning, not a failed gate.
 */
import * as core from '@actions/core'
import { errorMessage } from '../errors.js'
import type { SurfaceOutcome } from './publish-failures.js'

/** Appends `markdown` to the job summary (earlier steps' summaries are kept). */
export async function writeJobSummary(markdown: string): Promise<SurfaceOutcome> {
  try {
    // core.summary is a process-wide buffer: start from empty so nothing stale is appended.
    await core.summary.emptyBuffer().addRaw(markdown, true).write()
    return { name: 'job-summary', ok: true }
  } catch (error) {
    core.summary.emptyBuffer()
    return {
      name: 'job-summary',
      ok: false,
      warning: `Could not write the job summary: ${errorMessage(error)}`
    }
  }
}
