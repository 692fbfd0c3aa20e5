/**
 * One verdict everywhere: the single mapping from an Assessment to what a run reports outside
 * its Markdown — the action's step outputs, the exit code (the CLI's, and the action's step
 * result), the check run's conclusion — and the report of a run that could not assess at all.
 * The action, the CLI and the JSON report all call this module, so they cannot disagree. Pure.
 * The exit codes themselves are listed in src/exit-codes.ts.
 */
import { maskSecrets } from './report/secrets.js'
import { errorMessage, isConfigurationError } from './errors.js'
import { EXIT_CODES, type ExitCode } from './exit-codes.js'
import { validationBlockers } from './readiness/blockers.js'
import type { Assessment, Verdict } from './readiness/model.js'
import { BUDGETS, fitLine, trimToBudget } from './report/budget.js'
import { escapeMarkdown } from './report/inert-markdown.js'
import type { Conclusion, RenderedReport } from './report/surfaces.js'
import type { FailOn } from './settings.js'

export { EXIT_CODES, type ExitCode } from './exit-codes.js'

/** The action's step outputs (action.yml `outputs:`), as the strings GitHub stores. */
export type GateOutputs = {
  ready: 'true' | 'false'
  verdict: Verdict
  'report-path': string
  blockers: string
  'failed-validations': string
  'checked-items': string
  'total-items': string
  placeholders: string
}

/** The outputs of a run that could not assess (bad input, unreadable checklist, a bug). */
export type ErrorOutputs = {
  ready: 'false'
  verdict: 'error'
  /** No report was written. */
  'report-path': ''
}

export interface VerdictOutcome {
  verdict: Verdict
  ready: boolean
  /** The check run's conclusion: success only when ready. */
  conclusion: Conclusion
  /** The step fails / the CLI exits non-zero: not ready and fail-on is not-ready. */
  fails: boolean
  exitCode: ExitCode
  outputs: GateOutputs
}

/**
 * What the verdict means for every surface. `reportPath` is the JSON report's path as the
 * outputs name it (absolute in the action).
 */
export function verdictOutcome(
  assessment: Assessment,
  failOn: FailOn,
  reportPath: string
): VerdictOutcome {
  const fails = !assessment.ready && failOn === 'not-ready'
  return {
    verdict: assessment.verdict,
    ready: assessment.ready,
    conclusion: conclusionOf(assessment),
    fails,
    exitCode: fails ? EXIT_CODES.notReady : EXIT_CODES.ready,
    outputs: {
      ready: assessment.ready ? 'true' : 'false',
      verdict: assessment.verdict,
      'report-path': reportPath,
      blockers: String(assessment.blockers.length),
      'failed-validations': String(failedValidations(assessment)),
      'checked-items': String(assessment.checklist.checked),
      'total-items': String(assessment.checklist.items),
      placeholders: String(assessment.reconciliation.placeholders.length)
    }
  }
}

/**
 * success only when ready. not-ready and unassessed are both failures: a neutral conclusion
 * would let a required check pass on a run that proved nothing, while its step failed.
 */
export function conclusionOf(assessment: Assessment): Conclusion {
  return assessment.verdict === 'ready' ? 'success' : 'failure'
}

/**
 * Critical validations that ran and did not pass, by the very rule that makes them blockers
 * (validationBlockers). 0 when validations were not run: nothing failed, nothing passed.
 */
export function failedValidations(assessment: Assessment): number {
  return assessment.validationsRun ? validationBlockers(assessment.validations).length : 0
}

export interface FailureOutcome {
  /** configuration: the user can fix it (no stack); internal: a bug. */
  kind: 'configuration' | 'internal'
  /** The error's first line. */
  message: string
  exitCode: ExitCode
  outputs: ErrorOutputs
  /** What every surface shows instead of a report: a failed check run saying why. */
  report: RenderedReport
}

/** The run could not assess readiness: it fails, and every surface says why. */
export function failureOutcome(error: unknown, secrets: readonly string[] = []): FailureOutcome {
  const configuration = isConfigurationError(error)
  // The message may quote command output or an input: masked like every other surface.
  const message = maskSecrets(errorMessage(error).split('\n')[0] ?? 'unknown error', secrets)
  const title = configuration
    ? 'Readiness could not be assessed: configuration error'
    : 'Readiness could not be assessed: internal error'
  const body = trimToBudget(`## ${title}\n\n${escapeMarkdown(message)}\n`, BUDGETS.checkSummary)
  return {
    kind: configuration ? 'configuration' : 'internal',
    message,
    exitCode: configuration ? EXIT_CODES.usage : EXIT_CODES.internal,
    outputs: { ready: 'false', verdict: 'error', 'report-path': '' },
    report: {
      conclusion: 'failure',
      title,
      checkSummary: body,
      checkText: '',
      comment: body,
      jobSummary: body,
      statusDescription: fitLine(title, BUDGETS.statusDescription.limit),
      annotations: []
    }
  }
}
