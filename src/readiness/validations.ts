/** Planned validations joined with what came of them. */
import type { Validation, ValidationResult, ValidationStatus } from '../validations/model.js'
import type { AssessedStatus, AssessedValidation } from './model.js'

/**
 * Statuses that prove a validation did not pass. skipped, unassessable (could not assess) and
 * not-run prove nothing either way:
 * they make a critical validation a blocker (it did not pass) but never contradict a tick.
 */
const RAN_AND_DID_NOT_PASS: ReadonlySet<AssessedStatus> = new Set<ValidationStatus>([
  'failed',
  'timed-out',
  'missing-tool',
  'modified-tree',
  'error'
])

export function ranAndDidNotPass(status: AssessedStatus): boolean {
  return RAN_AND_DID_NOT_PASS.has(status)
}

/**
 * Statuses that say nothing about what the validation checks: it did not run, or ran without
 * being able to assess (an audit that could not reach its advisory source, a build or test that
 * could not download its dependencies). Such a validation never shows a declared blocker
 * resolved.
 */
export function provesNothing(status: AssessedStatus): boolean {
  return status === 'not-run' || status === 'skipped' || status === 'unassessable'
}

export function joinResults(
  validations: Validation[],
  results: ValidationResult[],
  validationsRun: boolean
): AssessedValidation[] {
  const byId = new Map(results.map((result) => [result.id, result]))
  return validations.map((validation) => {
    const result = byId.get(validation.id)
    const planned = {
      id: validation.id,
      name: validation.name,
      command: validation.command,
      cwd: validation.cwd,
      critical: validation.critical,
      tool: validation.tool,
      kind: validation.kind ?? null,
      paths: validation.check?.kind === 'paths-exist' ? [...validation.check.paths] : null,
      verifies: [...validation.verifies],
      source: { ...validation.source }
    }
    if (result === undefined) {
      return {
        ...planned,
        status: 'not-run',
        exitCode: null,
        signal: null,
        durationMs: null,
        summary: validationsRun ? 'no result was reported' : 'not run',
        counts: {},
        findings: [],
        droppedFindings: 0,
        hint: null,
        output: null
      }
    }
    return {
      ...planned,
      status: result.status,
      exitCode: result.exitCode,
      signal: result.signal,
      durationMs: result.durationMs,
      summary: result.report.summary.trim() === '' ? result.status : result.report.summary,
      counts: { ...result.report.counts },
      findings: result.report.findings,
      droppedFindings: result.report.droppedFindings,
      hint: result.hint,
      output: result.output
    }
  })
}
