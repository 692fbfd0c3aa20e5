/**
 * What became of each publishing surface, and for a failure one clear line that says what to do,
 * above all which permission the workflow's `permissions:` block lacks. Pure.
 */
import { errorMessage } from '../errors.js'
import { formatDuration } from '../duration.js'
import { UnexpectedAnswerError } from './answers.js'
import { UnusableAnswerError } from './bounded-fetch.js'
import type { GitHubContext } from './context.js'

export type SurfaceName = 'check-run' | 'commit-status' | 'comment' | 'job-summary'
export type ApiSurface = Exclude<SurfaceName, 'job-summary'>

export interface SurfaceOutcome {
  name: SurfaceName
  ok: boolean
  /** Where to see it: the check run page, the comment, the workflow run. */
  url?: string
  /** One line for the job log when the surface failed. */
  warning?: string
  /** The permission to add to the job's `permissions:` block, when that is the fix. */
  missingPermission?: string
  /** Why an enabled surface was not attempted (e.g. a comment outside a pull request). */
  skipped?: string
  /** The API could not be reached at all (DNS, refused, reset): the network error, on one line. */
  unreachable?: string
}

export const REQUIRED_PERMISSION: Record<ApiSurface, string> = {
  'check-run': 'checks: write',
  'commit-status': 'statuses: write',
  // Pull request comments are issue comments: either permission lets a token write them.
  comment: 'pull-requests: write'
}

const SURFACE_LABEL: Record<ApiSurface, string> = {
  'check-run': 'the check run',
  'commit-status': 'the commit status',
  comment: 'the pull request comment'
}

interface HttpFailure {
  status: number | undefined
  /** GitHub's message (and field errors), on one line. */
  detail: string
  /** No HTTP answer at all: octokit reports network errors as status 500 without a response. */
  unreachable: boolean
}

/** Turns an error thrown while publishing `surface` into its outcome. Never throws. */
export function failedSurface(
  surface: ApiSurface,
  error: unknown,
  ctx: GitHubContext
): SurfaceOutcome {
  const prefix = `Could not publish ${SURFACE_LABEL[surface]}`
  // GitHub (or something in between) answered, but not with what was asked for.
  const unusable = unusableAnswer(error)
  if (unusable !== null) return { name: surface, ok: false, warning: `${prefix}: ${unusable}` }
  const failure = httpFailure(error)
  if (failure.unreachable) {
    return {
      name: surface,
      ok: false,
      unreachable: failure.detail,
      warning: unreachableWarning(ctx, failure.detail, [surface])
    }
  }
  if (isNotAccessibleByIntegration(error)) {
    const permission = REQUIRED_PERMISSION[surface]
    const alternative = surface === 'comment' ? ' (or "issues: write")' : ''
    const fork = ctx.fromFork
      ? '; pull requests from forks get a read-only GITHUB_TOKEN under the pull_request event'
      : ''
    return {
      name: surface,
      ok: false,
      missingPermission: permission,
      warning: `${prefix}: the token lacks "${permission}"${alternative}; add it to the job's permissions${fork}`
    }
  }
  return { name: surface, ok: false, warning: `${prefix}: ${explain(surface, failure, ctx)}` }
}

/**
 * The one warning for a GitHub API that cannot be reached: every later call would fail the same
 * way, so it names all the surfaces that are lost and what still has the report.
 */
export function unreachableWarning(
  ctx: GitHubContext,
  detail: string,
  lost: readonly ApiSurface[]
): string {
  const verb = lost.length === 1 ? 'was' : 'were'
  return `Could not reach the GitHub API at ${ctx.apiUrl} (${detail}), even after retrying: ${surfaceList(lost)} ${verb} not published; the job summary and outputs still have the report`
}

/**
 * The one warning when publishing ran out of time: the surfaces still unpublished at the
 * deadline are named; what was written before publishing began still has the report.
 */
export function deadlineWarning(
  ctx: GitHubContext,
  deadlineMs: number,
  lost: readonly ApiSurface[]
): string {
  const verb = lost.length === 1 ? 'was' : 'were'
  return `Publishing to the GitHub API at ${ctx.apiUrl} stopped at its ${formatDuration(deadlineMs)} deadline: ${surfaceList(lost)} ${verb} not published; the job summary and outputs still have the report`
}

/** "the check run", "the check run and the pull request comment", "a, b and c". */
function surfaceList(surfaces: readonly ApiSurface[]): string {
  const labels = surfaces.map((surface) => SURFACE_LABEL[surface])
  return labels.length <= 1
    ? (labels[0] ?? 'nothing')
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`
}

/** The message for an answer that is not what the call returns, or cannot be read; else null. */
function unusableAnswer(error: unknown): string | null {
  if (error instanceof UnexpectedAnswerError) return error.message
  const cause = (error as { cause?: unknown } | null)?.cause
  if (cause instanceof UnusableAnswerError) return cause.message
  return null
}

function explain(surface: ApiSurface, failure: HttpFailure, ctx: GitHubContext): string {
  const { status, detail } = failure
  if (status === 403 && /authenticate via a GitHub App/i.test(detail)) {
    return (
      'only a GitHub App token (the default GITHUB_TOKEN or an app installation token) can create ' +
      'check runs, not a personal access token; use that token, or commit-status instead'
    )
  }
  if (status === 403 && /rate limit/i.test(detail)) {
    return `GitHub's rate limit still applied after retrying (403: ${detail})`
  }
  if (status === 401)
    return `GitHub rejected the token (401: ${detail}); check the github-token input`
  if (status === 404) {
    return surface === 'comment'
      ? `pull request #${String(ctx.pullRequest)} was not found (404): it may have been deleted, or the token cannot see it`
      : `${ctx.owner}/${ctx.repo} or commit ${ctx.sha.slice(0, 12)} was not found (404), or the token cannot see it`
  }
  if (status === 422) return `GitHub rejected the request (422: ${detail})`
  if (status === 429) return `GitHub's rate limit still applied after retrying (429: ${detail})`
  if (status === undefined) return `unexpected error: ${detail}`
  if (status >= 500) {
    return `GitHub did not answer successfully, even after retrying (${String(status)}: ${detail})`
  }
  return `GitHub answered ${String(status)}: ${detail}`
}

/**
 * Why evidence could not be read (a read the verdict depends on, not a surface): one clause naming
 * the permission to add when that is the fix. `what` names the evidence ("the pull request's
 * reviews"), `permission` the one that reads it ("pull-requests: read").
 */
export function readFailureReason(error: unknown, what: string, permission: string): string {
  const unusable = unusableAnswer(error)
  if (unusable !== null) return `${what} could not be read: ${unusable}`
  const failure = httpFailure(error)
  if (failure.unreachable)
    return `${what} could not be read: the API could not be reached (${failure.detail})`
  const { status, detail } = failure
  if (status === 403 && /rate limit/i.test(detail)) {
    return `${what} could not be read: GitHub's rate limit still applied after retrying`
  }
  if (status === 403 || status === 404) {
    return `${what} could not be read (${String(status)}: ${detail}): the token lacks "${permission}", or cannot see them; add it to the job's permissions`
  }
  if (status === 401) return `${what} could not be read: GitHub rejected the token (401: ${detail})`
  return `${what} could not be read (${status === undefined ? detail : `${String(status)}: ${detail}`})`
}

/**
 * GitHub's answer when the token's app or permissions do not cover the endpoint: 403 "Resource
 * not accessible by integration". The only place that reads GitHub's wording for it.
 */
export function isNotAccessibleByIntegration(error: unknown): boolean {
  const failure = httpFailure(error)
  return failure.status === 403 && /not accessible by integration/i.test(failure.detail)
}

function httpFailure(error: unknown): HttpFailure {
  const { status, response } = error as {
    status?: unknown
    response?: { data?: { message?: unknown; errors?: unknown } }
  }
  const data = response?.data
  const message = typeof data?.message === 'string' ? data.message : errorMessage(error)
  const fieldErrors = Array.isArray(data?.errors)
    ? data.errors.map(describeFieldError).filter((text) => text !== '')
    : []
  const detail = [message, ...fieldErrors].join('; ').replace(/\s+/g, ' ').trim()
  // octokit reports a dropped connection as status 500 with the network error as message.
  return {
    status: typeof status === 'number' ? status : undefined,
    detail,
    unreachable: status === 500 && response === undefined
  }
}

function describeFieldError(fieldError: unknown): string {
  if (typeof fieldError === 'string') return fieldError
  const { message, field, code } = fieldError as {
    message?: unknown
    field?: unknown
    code?: unknown
  }
  if (typeof message === 'string') return message
  return [field, code].filter((part) => typeof part === 'string').join(' ')
}
