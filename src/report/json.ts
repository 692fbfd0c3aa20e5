/**
 * The machine-readable report: everything the assessment knows, uncut, in a versioned shape
 * (docs/report-schema.md, schema/report.schema.json). Bump schemaVersion on any breaking change.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ConfigurationError, errorMessage } from '../errors.js'
import type { Placeholder } from '../checklist/model.js'
import type {
  Assessment,
  AssessedValidation,
  Blocker,
  DeclaredComparison,
  GateRules,
  ItemMismatch,
  PhaseProgress,
  PriorityCount,
  RefusedCommand,
  SignOffSummary,
  UnverifiedClaim,
  Verdict
} from '../readiness/model.js'
import type { RenderContext } from './context.js'
import { conclusionOf } from './render.js'
import { verdictTitle } from './overview.js'
import type { Conclusion } from './surfaces.js'

export const REPORT_SCHEMA_VERSION = 1

export interface JsonReport {
  schemaVersion: 1
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
}

export function buildJsonReport(assessment: Assessment, context: RenderContext): JsonReport {
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
      validationRoot: context.validationRoot
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
    declaredStatus: reconciliation.declared
  }
  if (context.generatedAt !== undefined && context.generatedAt !== null) {
    const { schemaVersion, ...rest } = report
    return { schemaVersion, generatedAt: context.generatedAt, ...rest }
  }
  return report
}

/** Writes the report as pretty JSON, creating the folder; an unwritable path is the user's to fix. */
export function writeJsonReport(file: string, report: JsonReport): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  } catch (error) {
    throw new ConfigurationError(
      `Cannot write the JSON report to '${file}' (${errorMessage(error)}); set report-path to a writable file path.`
    )
  }
}
