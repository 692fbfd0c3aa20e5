/**
 * Reading back a JSON report another run wrote (report-from: the safe workflow_run pattern). The
 * report comes from an unprivileged pull_request run whose workflow a fork can edit, so it is
 * untrusted data: parsed strictly against the shape of schema/report.schema.json (every key
 * known, every type and enum checked, nothing extra), checked for internal consistency (the
 * verdict, title and conclusion it states are the ones its own content gives), and matched to the
 * commit and pull request the event names. Only then does it become an Assessment to render.
 *
 * What is rebuilt is exactly what buildJsonReport wrote: buildJsonReport(assessment, context)
 * gives the same JSON back (the round trip is tested). What a report cannot choose: the check
 * name, the repository, the commit, the run link and the server — those come from this run.
 */
import { criticalValidationsPassed } from '../readiness/blockers.js'
import { noGitHubEvidence, type Assessment } from '../readiness/model.js'
import { quoteValue } from '../errors.js'
import type { RenderContext } from './render-context.js'
import type { JsonReport } from './json.js'
import { verdictTitle } from './overview.js'
import { conclusionOf } from '../verdict-outputs.js'
import { VALIDATION_KINDS, VALIDATION_STATUSES } from '../validations/model.js'
import { EFFECT_LABEL } from './format.js'

/**
 * The largest report report-from reads: 100 validations whose kept output is full (64 KiB head
 * and tail each) make a 13.5 MB report (the bench times reading one).
 */
export const MAX_REPORT_BYTES = 32 * 1024 * 1024

/** What the event says the report must be about. */
export interface ReportOrigin {
  /** owner/repo of this run. */
  repository: string
  /** The commit the report must be for (workflow_run: the triggering run's head_sha). */
  sha: string
  /**
   * The pull requests the event names for that commit; [] when the run was not for one; null when
   * the event cannot say (a fork's pull request under workflow_run): then the report's claimed
   * number must be checked with the API (report-origin.ts verifyPullRequestHead).
   */
  pullRequests: readonly number[] | null
  /** Where the validations ran (the triggering run's page), linked from every surface. */
  runUrl: string | null
}

export interface ReportExpectation {
  origin: ReportOrigin
  /** This run's check-name input (the check run's name and the sticky comment's key). */
  checkName: string
  serverUrl: string | null
}

export interface ReadReport {
  assessment: Assessment
  context: RenderContext
  /** The pull request to comment on, or null. */
  pullRequest: number | null
  /** True when the event did not name it and the caller must verify it before commenting. */
  pullRequestNeedsVerification: boolean
}

/** The report as an Assessment and its render context, or one line saying why not. */
export function assessmentFromReport(
  text: string,
  expected: ReportExpectation
): ReadReport | { error: string } {
  const parsed = parseJsonReport(text)
  if ('error' in parsed) return parsed
  const { report } = parsed
  const assessment = assessmentOf(report)
  const paths =
    repositoryPathProblem(report.context.checklistPath, 'context.checklistPath') ??
    repositoryPathProblem(report.context.validationRoot, 'context.validationRoot')
  if (paths !== null) return refuse(paths)
  const inconsistency = consistencyProblem(report, assessment)
  if (inconsistency !== null) return refuse(`it contradicts itself: ${inconsistency}`)
  const mismatch = originProblem(report, expected.origin)
  if (mismatch !== null) return refuse(mismatch)
  const pullRequest = report.context.pullRequest ?? null
  return {
    assessment,
    context: {
      checkName: expected.checkName,
      runUrl: expected.origin.runUrl,
      repository: expected.origin.repository,
      sha: expected.origin.sha,
      pullRequest,
      ref: report.context.ref,
      checklistPath: report.context.checklistPath,
      validationRoot: report.context.validationRoot,
      workspace: null,
      serverUrl: expected.serverUrl,
      ...(report.generatedAt === undefined ? {} : { generatedAt: report.generatedAt })
    },
    pullRequest,
    pullRequestNeedsVerification: pullRequest !== null && expected.origin.pullRequests === null
  }
}

/** Strict parse: JSON, then the schema's shape exactly. */
export function parseJsonReport(text: string): { report: JsonReport } | { error: string } {
  let value: unknown
  try {
    value = JSON.parse(text) as unknown
  } catch {
    return refuse('it is not valid JSON')
  }
  const problem = reportShapeProblem(value)
  return problem === null ? { report: value as JsonReport } : refuse(problem)
}

/** Null when `value` has exactly the shape of schema/report.schema.json; else where it differs. */
export function reportShapeProblem(value: unknown): string | null {
  return REPORT(value, '')
}

function refuse(why: string): { error: string } {
  return {
    error: `Input 'report-from' is not a report this run can publish: ${why}; point 'report-from' at the JSON report Readiness Gate wrote for this commit.`
  }
}

/** The report's content as an Assessment (exactly what buildJsonReport was given). */
export function assessmentOf(report: JsonReport): Assessment {
  const { verdict } = report
  return {
    verdict: verdict.state,
    ready: verdict.ready,
    // Recomputed by today's rule: a version-1 report may say true when no validation was critical.
    criticalValidationsPassed: criticalValidationsPassed(
      verdict.validationsRun,
      report.validations
    ),
    basis: verdict.basis,
    notes: verdict.notes,
    rules: verdict.rules,
    validationsRun: verdict.validationsRun,
    checklist: report.checklist,
    blockers: report.blockers,
    validations: report.validations,
    refused: report.refused,
    phases: report.phases,
    priorities: report.priorities,
    reconciliation: {
      claimedDoneFailing: report.reconciliation.claimedDoneFailing,
      passesTickIt: report.reconciliation.passesTickIt,
      unverifiedClaims: report.reconciliation.unverifiedClaims,
      placeholders: report.placeholders,
      signOffs: report.signOffs,
      declared: report.declaredStatus,
      github: report.githubEvidence ?? noGitHubEvidence()
    },
    ...(report.merge === undefined ? {} : { merge: report.merge }),
    ...(report.waivers === undefined ? {} : { waivers: report.waivers }),
    ...(report.comparison === undefined ? {} : { comparison: report.comparison })
  }
}

/** The verdict follows from the basis and the blockers, and the title and conclusion from it. */
function consistencyProblem(report: JsonReport, assessment: Assessment): string | null {
  const { verdict } = report
  const expectedState =
    !verdict.basis.validations && !verdict.basis.items
      ? 'unassessed'
      : report.blockers.length > 0
        ? 'not-ready'
        : 'ready'
  if (verdict.state !== expectedState) {
    return `verdict.state is '${verdict.state}' but its basis and ${report.blockers.length} blocker(s) give '${expectedState}'`
  }
  if (verdict.ready !== (verdict.state === 'ready'))
    return 'verdict.ready disagrees with verdict.state'
  if (verdict.title !== verdictTitle(assessment)) {
    return `verdict.title ${quoteValue(verdict.title)} is not ${quoteValue(verdictTitle(assessment))}`
  }
  if (verdict.conclusion !== conclusionOf(assessment)) {
    return `verdict.conclusion '${verdict.conclusion}' is not '${conclusionOf(assessment)}'`
  }
  return null
}

/**
 * The checklist path and the validation root become annotation paths and links: relative paths
 * inside the repository only.
 */
function repositoryPathProblem(value: string, name: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  const bad = value === '' || value.length > 1024 || /[\u0000-\u001f\u007f\\]/.test(value)
  const segments = value.split('/')
  if (bad || value.startsWith('/') || segments.includes('..')) {
    return `${name} must be a path inside the repository (got ${quoteValue(value, 60)})`
  }
  return null
}

function originProblem(report: JsonReport, origin: ReportOrigin): string | null {
  const { repository, sha, pullRequest } = report.context
  if (repository === null || repository.toLowerCase() !== origin.repository.toLowerCase()) {
    return `it is for repository ${repository === null ? 'none' : quoteValue(repository)}, not '${origin.repository}'`
  }
  if (sha !== origin.sha) {
    return `it is for commit ${sha === null ? 'none' : quoteValue(sha)}, but the event's commit is ${origin.sha}`
  }
  if (origin.pullRequests === null) return null
  const claimed = pullRequest ?? null
  if (claimed === null ? origin.pullRequests.length > 0 : !origin.pullRequests.includes(claimed)) {
    const named =
      origin.pullRequests.length === 0 ? 'none' : origin.pullRequests.map((n) => `#${n}`).join(', ')
    return `it is for pull request ${claimed === null ? 'none' : `#${claimed}`}, but the event names ${named}`
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// The shape of schema/report.schema.json, as checks. A check returns null, or one line: where
// the report differs and how. __tests__/report/read-json.test.ts runs it against ajv on the
// schema itself for thousands of altered reports, so the two cannot drift apart.

type Check = (value: unknown, at: string) => string | null

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return quoteValue(value, 40)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return typeof value === 'object' ? 'an object' : typeof value
}

const where = (at: string): string => (at === '' ? 'the report' : at)

const str: Check = (v, at) =>
  typeof v === 'string' ? null : `${where(at)} must be a string (got ${describe(v)})`
const bool: Check = (v, at) =>
  typeof v === 'boolean' ? null : `${where(at)} must be true or false (got ${describe(v)})`

function int(min: number | null = null, max: number | null = null): Check {
  return (v, at) =>
    typeof v === 'number' &&
    Number.isInteger(v) &&
    (min === null || v >= min) &&
    (max === null || v <= max)
      ? null
      : `${where(at)} must be a whole number${min === null ? '' : ` ≥ ${min}`}${max === null ? '' : ` ≤ ${max}`} (got ${describe(v)})`
}

function num(min: number | null = null): Check {
  return (v, at) =>
    typeof v === 'number' && Number.isFinite(v) && (min === null || v >= min)
      ? null
      : `${where(at)} must be a number${min === null ? '' : ` ≥ ${min}`} (got ${describe(v)})`
}

function oneOf(...values: readonly (string | number)[]): Check {
  return (v, at) =>
    (typeof v === 'string' || typeof v === 'number') && values.includes(v)
      ? null
      : `${where(at)} must be one of ${values.join(', ')} (got ${describe(v)})`
}

function nullable(check: Check): Check {
  return (v, at) => (v === null ? null : check(v, at))
}

function arr(item: Check, minItems = 0): Check {
  return (v, at) => {
    if (!Array.isArray(v)) return `${where(at)} must be an array (got ${describe(v)})`
    if (v.length < minItems) return `${where(at)} must have at least ${minItems} item(s)`
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${at}[${i}]`)
      if (problem !== null) return problem
    }
    return null
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function obj(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (v, at) => {
    if (!isPlainObject(v)) return `${where(at)} must be an object (got ${describe(v)})`
    for (const key of Object.keys(v)) {
      if (!Object.hasOwn(required, key) && !Object.hasOwn(optional, key)) {
        return `${where(at)} has an unknown key ${quoteValue(key, 40)}`
      }
    }
    for (const [key, check] of Object.entries(required)) {
      const path = at === '' ? key : `${at}.${key}`
      if (!Object.hasOwn(v, key)) return `${path} is missing`
      const problem = check(v[key], path)
      if (problem !== null) return problem
    }
    for (const [key, check] of Object.entries(optional)) {
      if (!Object.hasOwn(v, key)) continue
      const problem = check(v[key], at === '' ? key : `${at}.${key}`)
      if (problem !== null) return problem
    }
    return null
  }
}

/** An object of numbers keyed by free names (a validation's counts). */
function numbersByName(v: unknown, at: string): string | null {
  if (!isPlainObject(v)) return `${where(at)} must be an object (got ${describe(v)})`
  for (const [key, value] of Object.entries(v)) {
    const problem = num()(value, `${at}.${key}`)
    if (problem !== null) return problem
  }
  return null
}

/** Only the first matching kind's shape is tried: the blocker's `kind` picks it. */
function byKind(shapes: Record<string, Check>): Check {
  return (v, at) => {
    const kind = isPlainObject(v) ? v.kind : undefined
    const shape = typeof kind === 'string' && Object.hasOwn(shapes, kind) ? shapes[kind] : undefined
    if (shape === undefined) {
      return `${where(at)}.kind must be one of ${Object.keys(shapes).join(', ')} (got ${describe(kind)})`
    }
    return shape(v, at)
  }
}

const count = int(0)
const line = int(1)
const lineOrNull = nullable(line)
const STATUS = oneOf(...VALIDATION_STATUSES, 'not-run')
// Every effect has a label: the label table is the list (effects.ts would load the whole policy).
const EFFECT = oneOf(...Object.keys(EFFECT_LABEL))
const PRIORITY_LEVEL = oneOf('critical', 'high', 'medium', 'low', 'none')
const WAIVER_PROBLEM = oneOf(
  'no-reason',
  'no-approver',
  'no-expiry',
  'bad-expiry',
  'expired',
  'not-approved',
  'approval-unverified'
)

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/
const dateTime: Check = (v, at) =>
  typeof v === 'string' && DATE_TIME.test(v) && !Number.isNaN(Date.parse(v))
    ? null
    : `${where(at)} must be an ISO 8601 date-time (got ${describe(v)})`

const signatureField = obj({ filled: bool, value: nullable(str), line: lineOrNull })

const finding = obj(
  { severity: oneOf('error', 'warning', 'notice'), message: str },
  {
    code: str,
    file: str,
    line,
    column: int(1),
    endLine: int(1),
    package: str,
    version: str,
    advisorySeverity: str,
    kind: str,
    url: str,
    test: str
  }
)

const validation = obj({
  id: str,
  name: str,
  command: str,
  cwd: str,
  critical: bool,
  tool: nullable(str),
  kind: nullable(oneOf(...VALIDATION_KINDS)),
  paths: nullable(arr(str)),
  verifies: arr(line),
  source: obj({
    kind: oneOf('script', 'verify-item', 'config'),
    line: lineOrNull,
    file: nullable(str)
  }),
  status: STATUS,
  exitCode: nullable(int()),
  signal: nullable(str),
  durationMs: nullable(num(0)),
  summary: str,
  counts: numbersByName,
  findings: arr(finding),
  droppedFindings: count,
  hint: nullable(str),
  output: nullable(obj({ head: str, tail: str, totalBytes: count, truncated: bool }))
})

const blocker = byKind({
  validation: obj({
    kind: oneOf('validation'),
    text: str,
    validationId: str,
    validationName: str,
    status: STATUS,
    keyFinding: str,
    line: lineOrNull,
    hint: nullable(str)
  }),
  'github-contradiction': obj({
    kind: oneOf('github-contradiction'),
    text: str,
    itemText: str,
    line,
    evidence: str
  }),
  'unchecked-items': obj({
    kind: oneOf('unchecked-items'),
    text: str,
    itemText: str,
    line,
    phase: str,
    totalCount: int(1),
    uncheckedCount: int(1),
    uncheckedLines: arr(line, 1)
  }),
  waiver: obj({
    kind: oneOf('waiver'),
    text: str,
    itemText: str,
    line,
    problems: arr(WAIVER_PROBLEM, 1),
    why: str
  }),
  'checklist-change': obj({
    kind: oneOf('checklist-change'),
    text: str,
    change: oneOf('removed', 'demoted'),
    itemText: str,
    line,
    baseLine: line,
    waiverProblems: nullable(arr(WAIVER_PROBLEM, 1))
  })
})

const waiverState = obj({
  source: oneOf('checklist', 'config'),
  line: lineOrNull,
  configLine: lineOrNull,
  subject: str,
  reason: nullable(str),
  approver: nullable(str),
  expires: nullable(str),
  valid: bool,
  problems: arr(WAIVER_PROBLEM),
  why: str
})

const changeSide = obj({ line, text: str })
const itemSide = obj({ line, text: str, phase: nullable(str) })

const comparison = obj({
  state: oneOf('compared', 'new', 'skipped'),
  ref: nullable(str),
  source: nullable(oneOf('git', 'api')),
  reason: nullable(str),
  items: arr(
    obj({
      kind: oneOf('removed', 'demoted', 'reworded'),
      base: itemSide,
      head: nullable(itemSide),
      anchorLine: line,
      detail: str,
      waiver: nullable(waiverState)
    })
  ),
  commands: arr(
    obj({
      kind: oneOf('removed', 'weakened'),
      item: obj({ baseLine: line, headLine: lineOrNull, text: str }),
      base: changeSide,
      head: nullable(changeSide),
      anchorLine: line,
      lost: arr(str)
    })
  ),
  ticks: arr(
    obj({
      kind: oneOf('ticked', 'unticked'),
      baseLine: line,
      headLine: line,
      text: str,
      critical: bool,
      evidence: oneOf('proven', 'failing', 'unproven', 'waived')
    })
  ),
  scriptSteps: arr(obj({ base: changeSide, anchorLine: line }))
})

const itemMismatch = obj({
  line,
  text: str,
  checked: bool,
  phase: nullable(str),
  validations: arr(obj({ id: str, name: str, status: STATUS, summary: str }), 1)
})

const githubEvidence = obj({
  consulted: bool,
  apiCalls: count,
  unreadable: arr(str),
  references: arr(
    obj({
      line,
      itemText: str,
      checked: bool,
      critical: bool,
      reference: obj({ kind: oneOf('issue', 'check', 'file'), target: str }),
      state: oneOf('confirmed', 'contradicted', 'tick-it', 'open', 'unverified'),
      evidence: str,
      url: nullable(str)
    })
  ),
  tickIt: arr(line)
})

// The run history (schema version 2; history/model.ts). Commits are hex, as the record keeps them.
const commit: Check = (v, at) =>
  typeof v === 'string' && /^[0-9a-f]{4,40}$/.test(v)
    ? null
    : `${where(at)} must be a commit hash of 4 to 40 lower-case hex digits (got ${describe(v)})`
const VERDICT = oneOf('ready', 'not-ready', 'unassessed')
const trendPoint = obj({
  commit: nullable(commit),
  validationsPassed: count,
  validationsTotal: count,
  itemsTicked: count,
  itemsTotal: count
})
const itemChange = obj({ key: str, text: nullable(str), line: lineOrNull })
const validationChange = obj({ id: str, name: str, from: nullable(STATUS), to: STATUS })
const HISTORY: Check = obj({
  previous: nullable(
    obj({
      source: oneOf('comment', 'previous-report'),
      commit: nullable(commit),
      at: nullable(dateTime)
    })
  ),
  delta: nullable(
    obj({
      since: nullable(commit),
      verdict: obj({ from: VERDICT, to: VERDICT }),
      blockers: obj({ from: count, to: count }),
      newlyFailing: arr(validationChange),
      newlyPassing: arr(validationChange),
      counts: arr(obj({ id: str, name: str, count: str, from: num(), to: num() })),
      ticked: nullable(arr(itemChange)),
      unticked: nullable(arr(itemChange)),
      unchanged: bool
    })
  ),
  trend: arr(trendPoint),
  staleTicks: arr(
    obj({
      kind: oneOf('regressed', 'never-proven'),
      line,
      text: str,
      validationIds: arr(str, 1),
      since: nullable(commit)
    })
  ),
  notes: arr(str),
  state: obj({
    version: oneOf(1),
    commit: nullable(commit),
    at: nullable(dateTime),
    verdict: VERDICT,
    blockers: count,
    validations: arr(
      obj({
        id: str,
        status: STATUS,
        critical: bool,
        counts: numbersByName,
        lastPassed: nullable(commit)
      })
    ),
    ticked: nullable(arr(str)),
    trend: arr(trendPoint)
  })
})

const REPORT: Check = obj(
  {
    schemaVersion: oneOf(1, 2),
    context: obj(
      {
        checkName: str,
        repository: nullable(str),
        sha: nullable(str),
        ref: nullable(str),
        runUrl: nullable(str),
        checklistPath: str,
        validationRoot: str
      },
      { pullRequest: int(1) }
    ),
    verdict: obj({
      state: oneOf('ready', 'not-ready', 'unassessed'),
      ready: bool,
      title: str,
      conclusion: oneOf('success', 'failure'),
      criticalValidationsPassed: bool,
      basis: obj({ validations: bool, items: bool }),
      rules: obj({ requireValidations: bool, requireItems: bool }),
      validationsRun: bool,
      notes: arr(str)
    }),
    checklist: obj({
      file: str,
      title: nullable(str),
      lineCount: count,
      items: count,
      checked: count
    }),
    blockers: arr(blocker),
    validations: arr(validation),
    refused: arr(obj({ command: str, line: lineOrNull, effect: EFFECT, reason: str })),
    phases: arr(
      obj({
        number: nullable(int()),
        title: str,
        heading: str,
        line,
        priority: obj({ label: nullable(str), level: PRIORITY_LEVEL }),
        checked: count,
        total: count,
        percent: int(0, 100)
      })
    ),
    priorities: arr(obj({ level: PRIORITY_LEVEL, phases: count, checked: count, total: count })),
    reconciliation: obj({
      claimedDoneFailing: arr(itemMismatch),
      passesTickIt: arr(itemMismatch),
      unverifiedClaims: arr(
        obj({
          line,
          text: str,
          command: str,
          why: oneOf('not-planned', 'refused'),
          effect: nullable(EFFECT),
          reason: str
        })
      )
    }),
    placeholders: arr(obj({ text: str, line, context: str })),
    signOffs: obj({
      signed: count,
      total: count,
      roles: arr(
        obj(
          {
            role: str,
            line,
            signed: signatureField,
            date: signatureField,
            itemsChecked: count,
            itemsTotal: count,
            state: oneOf('signed', 'unsigned', 'claimed', 'unverified')
          },
          { login: nullable(str) }
        )
      )
    }),
    declaredStatus: obj({
      declared: nullable(
        obj({
          line,
          overallReadiness: nullable(str),
          ready: nullable(bool),
          lastValidation: nullable(str),
          nextSteps: nullable(str)
        })
      ),
      agreement: oneOf(
        'agrees',
        'declared-ready-but-not-ready',
        'declared-not-ready-but-ready',
        'not-comparable'
      ),
      blockers: arr(
        obj({
          text: str,
          line,
          state: oneOf('still-holds', 'resolved', 'unknown'),
          evidence: nullable(str)
        })
      ),
      newBlockers: arr(obj({ text: str, line: lineOrNull, validationId: nullable(str) }))
    })
  },
  {
    generatedAt: dateTime,
    history: HISTORY,
    githubEvidence,
    waivers: arr(waiverState),
    comparison,
    merge: obj({
      shardCount: count,
      platforms: arr(str),
      reports: count,
      refusals: arr(str),
      byPlatform: arr(obj({ id: str, platform: str, status: STATUS, summary: str }))
    })
  }
)

/** The shape checks, for other strictly read documents (shards/partial-report.ts). */
export { type Check, str, bool, int, num, oneOf, nullable, arr, obj, numbersByName, finding }
