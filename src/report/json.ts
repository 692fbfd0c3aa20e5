/**
 * The machine-readable report: everything the assessment knows, uncut, in a versioned shape
 * (docs/report-schema.md, schema/report.schema.json). Bump schemaVersion on any breaking change.
 * Like the Markdown surfaces, it is built only from masked input (maskForSurfaces).
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ConfigurationError, errorMessage } from '../errors.js'
import type { Placeholder } from '../checklist/model.js'
import type {
  Assessment,
  AssessedValidation,
  Blocker,
  ComparisonAssessment,
  DeclaredComparison,
  GateRules,
  GitHubEvidenceSummary,
  ItemMismatch,
  PhaseProgress,
  PriorityCount,
  RefusedCommand,
  SignOffSummary,
  UnverifiedClaim,
  Verdict
} from '../readiness/model.js'
import type { RenderContext } from './render-context.js'
import type { MergeSummary } from '../readiness/model.js'
import type { WaiverState } from '../readiness/waivers.js'
import { conclusionOf } from '../verdict-outputs.js'
import { verdictTitle } from './overview.js'
import type { Conclusion } from './surfaces.js'
import { assertMasked, type Masked } from './secrets.js'

import type { RunHistory } from '../history/model.js'
import { writeFileConfined, type ConfinedWrite } from './confined-file.js'

export const REPORT_SCHEMA_VERSION = 2

export interface JsonReport {
  /** 2 adds optional fields only (history, merge, githubEvidence, waivers, comparison…); the reader still takes 1. */
  schemaVersion: 1 | 2
  /** Only when the caller passed a timestamp (RenderContext.generatedAt). */
  generatedAt?: string
  context: {
    checkName: string
    repository: string | null
    sha: string | null
    ref: string | null
    runUrl: string | null
    checklistPath: string
    validationRoot: string
    /** The pull request reported on; only when there is one. */
    pullRequest?: number
  }
  verdict: {
    state: Verdict
    ready: boolean
    title: string
    conclusion: Conclusion
    criticalValidationsPassed: boolean
    basis: { validations: boolean; items: boolean }
    rules: GateRules
    validationsRun: boolean
    notes: string[]
  }
  checklist: Assessment['checklist']
  blockers: Blocker[]
  validations: AssessedValidation[]
  refused: RefusedCommand[]
  phases: PhaseProgress[]
  priorities: PriorityCount[]
  reconciliation: {
    claimedDoneFailing: ItemMismatch[]
    passesTickIt: ItemMismatch[]
    unverifiedClaims: UnverifiedClaim[]
  }
  placeholders: Placeholder[]
  signOffs: SignOffSummary
  declaredStatus: DeclaredComparison
  /** Since version 2: items that point at GitHub, checked against GitHub, and the calls it cost. */
  githubEvidence?: GitHubEvidenceSummary
  /**
   * Memory across runs (history/model.ts): the previous run compared with, the delta, the trend,
   * stale ticks and this run's record. Only when the run had a history to keep.
   */
  history?: RunHistory
  /** Only for a merge of shards' reports: what was merged, or why not. */
  merge?: MergeSummary
  /** Every waiver found and whether it holds; only when there is one (schema 2). */
  waivers?: WaiverState[]
  /** The checklist against its base; only when a comparison was asked for (schema 2). */
  comparison?: ComparisonAssessment
}

export function buildJsonReport(
  assessment: Masked<Assessment>,
  context: Masked<RenderContext>,
  history: Masked<RunHistory> | null = null
): JsonReport {
  assertMasked(assessment, 'The assessment')
  assertMasked(context, 'The render context')
  if (history !== null) assertMasked(history, 'The run history')
  const { reconciliation } = assessment
  const report: JsonReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    context: {
      checkName: context.checkName,
      repository: context.repository,
      sha: context.sha,
      ref: context.ref,
      runUrl: context.runUrl,
      checklistPath: context.checklistPath,
      validationRoot: context.validationRoot,
      ...(typeof context.pullRequest === 'number' ? { pullRequest: context.pullRequest } : {})
    },
    verdict: {
      state: assessment.verdict,
      ready: assessment.ready,
      title: verdictTitle(assessment),
      conclusion: conclusionOf(assessment),
      criticalValidationsPassed: assessment.criticalValidationsPassed,
      basis: assessment.basis,
      rules: assessment.rules,
      validationsRun: assessment.validationsRun,
      notes: assessment.notes
    },
    checklist: assessment.checklist,
    blockers: assessment.blockers,
    validations: assessment.validations,
    refused: assessment.refused,
    phases: assessment.phases,
    priorities: assessment.priorities,
    reconciliation: {
      claimedDoneFailing: reconciliation.claimedDoneFailing,
      passesTickIt: reconciliation.passesTickIt,
      unverifiedClaims: reconciliation.unverifiedClaims
    },
    placeholders: reconciliation.placeholders,
    signOffs: reconciliation.signOffs,
    declaredStatus: reconciliation.declared,
    githubEvidence: reconciliation.github,
    ...(history === null ? {} : { history: plainHistory(history) }),
    ...(assessment.merge === undefined ? {} : { merge: assessment.merge }),
    ...(assessment.waivers === undefined ? {} : { waivers: assessment.waivers }),
    ...(assessment.comparison === undefined ? {} : { comparison: assessment.comparison })
  }
  if (context.generatedAt !== undefined && context.generatedAt !== null) {
    const { schemaVersion, ...rest } = report
    return { schemaVersion, generatedAt: context.generatedAt, ...rest }
  }
  return report
}

/** The history as plain data (the masked mark is not enumerable; the copy is for the reader). */
function plainHistory(history: RunHistory): RunHistory {
  return JSON.parse(JSON.stringify(history)) as RunHistory
}

/**
 * The action's write: the report as pretty JSON at `file`, confined to `workingDirectory` and
 * never through a link (report/confined-file.ts). Errors are values — `{ error }` is one line naming
 * report-path — so the caller still sets every output and publishes.
 */
export function writeJsonReportInside(
  workingDirectory: string,
  file: string,
  report: JsonReport
): ConfinedWrite {
  return writeFileConfined(
    { boundary: workingDirectory, file, input: 'report-path' },
    `${JSON.stringify(report, null, 2)}\n`
  )
}

/**
 * The CLI's write (`--json FILE`, a path the user typed): pretty JSON, creating the folder; an
 * unwritable path is the user's to fix. `setting` names the flag that chose the path.
 */
export function writeJsonReport(file: string, report: JsonReport, setting = '--json'): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  } catch (error) {
    throw new ConfigurationError(
      `Cannot write the JSON report to '${file}' (${errorMessage(error)}); set ${setting} to a writable file path.`
    )
  }
}
