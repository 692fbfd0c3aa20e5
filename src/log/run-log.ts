/**
 * The run's log, in plain text: the plan, each validation as it starts and ends, the verdict.
 * The same lines go to the CLI's stderr and to the action's log (there with each validation's
 * output in a collapsible group). Every line holds untrusted text (step names, commands,
 * findings, output), so all of it is printed through Logger.untrusted.
 */
import type { Plan } from '../plan/plan.js'
import type { Validation, ValidationResult, ValidationStatus } from '../validations/model.js'
import type { GateOutcome, GateProgress } from '../gate.js'
import type { Logger } from './logger.js'
import { formatDuration } from '../duration.js'

export interface RunLogOptions {
  /**
   * Print each validation's captured output (head, tail) in a group when it ends: the action's
   * log does, the CLI does not (its summary line and findings are enough at a terminal).
   */
  showOutput: boolean
}

/** The gate's progress callbacks, printing to `logger`. */
export function runLog(logger: Logger, options: RunLogOptions): GateProgress {
  return {
    planned: (plan) => {
      logger.untrusted(formatPlan(plan))
    },
    started: (validation) => {
      logger.untrusted(formatStarted(validation))
    },
    finished: (validation, result) => {
      const text = formatFinished(validation, result)
      if (!options.showOutput) {
        logger.untrusted(text)
        return
      }
      // Validations run concurrently, so each one's output is printed when it ends, in a
      // collapsible group of its own rather than interleaved with the others.
      logger.startGroup(text.split('\n')[0] ?? validation.name)
      logger.untrusted(`${text}${capturedOutput(result)}`)
      logger.endGroup()
    }
  }
}

function capturedOutput(result: ValidationResult): string {
  const { head, tail, truncated, totalBytes } = result.output
  const parts = [head]
  if (truncated) parts.push(`… ${totalBytes} bytes in all; the last part follows …`)
  if (tail !== '') parts.push(tail)
  return parts.map((part) => (part.endsWith('\n') ? part : `${part}\n`)).join('')
}

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

export function formatPlan(plan: Plan): string {
  const lines = [
    `Planned ${plan.validations.length} validation(s) from ${plan.source === 'script' ? `the validation script (line ${plan.scriptLine ?? '?'})` : plan.source}:`
  ]
  for (const v of plan.validations) {
    const where = v.cwd === '.' ? '' : ` (in ${v.cwd})`
    const kind = v.kind === undefined ? '' : ` [${v.kind}]`
    lines.push(`  - ${v.name}${kind}${where}: ${v.command.split('\n').join(' ; ')}`)
  }
  for (const refused of plan.refused) {
    lines.push(
      `  - not run (${refused.effect}): ${refused.command}${refused.line === null ? '' : ` (line ${refused.line})`} — ${refused.reason}`
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

const VERDICT_WORD = { ready: 'READY', 'not-ready': 'NOT READY', unassessed: 'NOT ASSESSED' }

/** The verdict, its blockers and the notes a reader needs to trust it. */
export function formatVerdict(outcome: Pick<GateOutcome, 'assessment'>): string {
  const { assessment } = outcome
  const lines = ['', VERDICT_WORD[assessment.verdict]]
  for (const blocker of assessment.blockers) lines.push(`  - ${blocker.text}`)
  for (const note of assessment.notes) lines.push(`  note: ${note}`)
  const claims = assessment.reconciliation.unverifiedClaims
  if (claims.length > 0) {
    lines.push(`  Ticked, but nothing checks it (${claims.length}):`)
    for (const claim of claims.slice(0, 20)) {
      const why =
        claim.why === 'refused' ? `refused (${claim.effect ?? '?'}): ${claim.reason}` : claim.reason
      lines.push(`  - line ${claim.line}: ${claim.command} — ${why}`)
    }
    if (claims.length > 20) lines.push(`  - … and ${claims.length - 20} more (see the JSON report)`)
  }
  return `${lines.join('\n')}\n`
}
