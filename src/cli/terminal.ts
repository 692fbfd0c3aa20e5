import type { Plan } from '../validations/plan.js'
import type { Validation, ValidationResult, ValidationStatus } from '../validations/model.js'
import type { GateOutcome } from '../gate.js'

/** Plain-text progress and results for a terminal (the CLI and the action's log). */

const STATUS_WORD: Record<ValidationStatus, string> = {
  passed: 'PASS',
  failed: 'FAIL',
  'timed-out': 'TIMEOUT',
  'missing-tool': 'MISSING',
  unassessable: 'COULD NOT ASSESS',
  'modified-tree': 'CHANGED TREE',
  error: 'ERROR',
  skipped: 'SKIP'
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`
  const minutes = Math.floor(ms / 60_000)
  return `${minutes}m${Math.round((ms % 60_000) / 1000)}s`
}

export function formatPlan(plan: Plan): string {
  const lines = [
    `Planned ${plan.validations.length} validation(s) from ${plan.source === 'script' ? `the validation script (line ${plan.scriptLine ?? '?'})` : plan.source}:`
  ]
  for (const v of plan.validations) {
    const where = v.cwd === '.' ? '' : ` (in ${v.cwd})`
    lines.push(`  - ${v.name}${where}: ${v.command.split('\n').join(' ; ')}`)
  }
  for (const refused of plan.refused) {
    lines.push(
      `  - not run: ${refused.command}${refused.line === null ? '' : ` (line ${refused.line})`} — ${refused.reason}`
    )
  }
  return `${lines.join('\n')}\n`
}

export function formatStarted(validation: Validation): string {
  return `▶ ${validation.name}\n`
}

export function formatFinished(validation: Validation, result: ValidationResult): string {
  const lines = [
    `${STATUS_WORD[result.status]} ${validation.name} in ${formatDuration(result.durationMs)} — ${result.report.summary}`
  ]
  if (result.hint !== null) lines.push(`     hint: ${result.hint}`)
  for (const finding of result.report.findings.slice(0, 5)) {
    // A tree change's message already names its path (from the project root).
    const where =
      finding.file === undefined || finding.kind === 'tree-change'
        ? ''
        : `${finding.file}${finding.line === undefined ? '' : `:${finding.line}`}: `
    const code = finding.code === undefined ? '' : `[${finding.code}] `
    lines.push(`     ${where}${code}${finding.message}`)
  }
  const more = result.report.findings.length + result.report.droppedFindings - 5
  if (more > 0) lines.push(`     … and ${more} more finding(s)`)
  return `${lines.join('\n')}\n`
}

export function formatVerdict(outcome: GateOutcome): string {
  const { assessment } = outcome
  const lines = ['', assessment.ready ? 'READY' : 'NOT READY']
  for (const blocker of assessment.blockers) lines.push(`  - ${blocker.text}`)
  if (outcome.notRunReason !== null) lines.push(`  (validations not run: ${outcome.notRunReason})`)
  return `${lines.join('\n')}\n`
}
