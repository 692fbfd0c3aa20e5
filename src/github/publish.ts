/**
 * Publishes one rendered report to every enabled GitHub surface. Each surface succeeds or fails
 * on its own, with one clear warning: a missing permission for comments must not cost the check
 * run. HTTP failures never throw out of here, and publishing ends by its deadline: whatever the
 * API does, the caller gets the outcome in time to finish the job.
 */
import type { RenderedReport } from '../report/surfaces.js'
import {
  completeCheckRun,
  createCompletedCheckRun,
  startCheckRunAnswer,
  updateJobCheckRun,
  type CheckRunStart,
  type CompletedCheckRun
} from './checks.js'
import type { CallOptions, GitHubClient } from './client.js'
import { resolveCommentAuthor, upsertStickyComment } from './comment.js'
import type { CommentListing } from './comment-state.js'
import type { GitHubContext } from './context.js'
import {
  deadlineWarning,
  failedSurface,
  unreachableWarning,
  type ApiSurface,
  type SurfaceOutcome
} from './publish-failures.js'
import { commitStateFor, publishCommitStatus, type CommitState } from './commit-status.js'
import { writeJobSummary } from './job-summary.js'

export type { SurfaceName, SurfaceOutcome } from './publish-failures.js'

export interface PublishOptions {
  checkRun: boolean
  status: boolean
  comment: boolean
  /** Also append the report to the job summary. */
  jobSummary?: boolean
  /** A check run started earlier (startCheckRun) to complete; without it one is created. */
  checkRunId?: number
  /**
   * A check-run start still in flight (tryStartCheckRun, begun while the validations ran),
   * awaited within the deadline: its check run is completed; its failure is the check run's
   * outcome (and when the API could not be reached, no other API surface is attempted).
   */
  checkRunStart?: Promise<CheckRunStart>
  /**
   * Longest publishing to the API may take, in milliseconds (default PUBLISH_DEADLINE_MS). At
   * the deadline every request in flight is aborted and the surfaces not yet published are
   * named in one warning.
   */
  deadlineMs?: number
  /** Check run name, status context and sticky comment key. */
  checkName: string
  /**
   * Login an installation token comments as when this run made no check run to learn it from
   * (default github-actions[bot], the workflow's GITHUB_TOKEN).
   */
  commentAuthor?: string
  /** Overrides the status state derived from the conclusion (e.g. `error` after a crash). */
  statusState?: CommitState
  /**
   * The job's own check run (input check-run-id): its output and annotations are updated, its
   * status and conclusion left to GitHub; no check run is created or completed.
   */
  jobCheckRunId?: number
  /**
   * The comments listed earlier in this run (to read the previous record) and whose are ours:
   * the comment step starts from them instead of listing again.
   */
  listedComments?: CommentListing
}

export interface PublishOutcome {
  surfaces: SurfaceOutcome[]
}

/**
 * Three minutes: a PR run publishes in a few seconds (about 1 s between writes, as GitHub asks),
 * and one call that never answers gives up within 94 s (REQUEST_TIMEOUT_MS, 3 retries).
 */
export const PUBLISH_DEADLINE_MS = 180_000
/** setTimeout fires at once beyond this (2³¹ − 1 ms, about 24.8 days). */
const LONGEST_TIMER_MS = 2 ** 31 - 1

type Step = [ApiSurface, (call: CallOptions) => Promise<SurfaceOutcome>]

/**
 * Check run first: GitHub's answer names the app behind the token, which tells the comment step
 * whose comments are ours without another request. Then the status, the comment, the summary.
 * When GitHub cannot be reached at all, the surfaces after the first failure are not attempted.
 */
export async function publishReport(
  octokit: GitHubClient,
  ctx: GitHubContext,
  rendered: RenderedReport,
  options: PublishOptions
): Promise<PublishOutcome> {
  // Local and quick: written before the API gets its chance to stall.
  const jobSummary = options.jobSummary ? await writeJobSummary(rendered.jobSummary) : null
  const deadline = startDeadline(options.deadlineMs ?? PUBLISH_DEADLINE_MS)
  try {
    const surfaces = await publishSteps(ctx, apiSteps(octokit, ctx, rendered, options), deadline)
    return { surfaces: jobSummary === null ? surfaces : [...surfaces, jobSummary] }
  } finally {
    deadline.dispose()
  }
}

/** The API surfaces to publish, in order, each a step that never throws. */
function apiSteps(
  octokit: GitHubClient,
  ctx: GitHubContext,
  rendered: RenderedReport,
  options: PublishOptions
): Step[] {
  let checkRun: CompletedCheckRun | null = null
  const steps: Step[] = []
  if (options.checkRun) {
    steps.push([
      'check-run',
      async (call) => {
        const checkRunId = options.checkRunId ?? (await startedCheckRunId(options.checkRunStart))
        if (typeof checkRunId === 'object') return checkRunId.failure
        try {
          checkRun = await publishCheckRun(octokit, ctx, rendered, options, checkRunId, call)
          return { name: 'check-run', ok: true, ...(checkRun.url ? { url: checkRun.url } : {}) }
        } catch (error) {
          return failedSurface('check-run', error, ctx)
        }
      }
    ])
  }
  if (options.status) {
    steps.push([
      'commit-status',
      (call) => publishStatusSurface(octokit, ctx, rendered, options, call)
    ])
  }
  if (options.comment) {
    steps.push([
      'comment',
      (call) =>
        publishCommentSurface(octokit, ctx, rendered, options, checkRun?.appSlug ?? null, call)
    ])
  }
  return steps
}

/** The started check run's id; undefined when none was started; the failure when it failed. */
async function startedCheckRunId(
  start: Promise<CheckRunStart> | undefined
): Promise<number | undefined | { failure: SurfaceOutcome }> {
  if (start === undefined) return undefined
  const started = await start
  return 'checkRunId' in started ? started.checkRunId : started
}

/**
 * Runs the steps one after another until the deadline. When GitHub cannot be reached at all,
 * the surfaces after the first failure are not attempted (the next calls would only wait and fail
 * the same way) and one warning names every surface lost. At the deadline the step in flight is
 * abandoned (its requests aborted) and the same holds: one warning, the rest not attempted.
 */
async function publishSteps(
  ctx: GitHubContext,
  steps: Step[],
  deadline: Deadline
): Promise<SurfaceOutcome[]> {
  const surfaces: SurfaceOutcome[] = []
  const call = { signal: deadline.signal, deadlineAt: deadline.at }
  for (const [index, [, publish]] of steps.entries()) {
    const outcome = await Promise.race([publish(call), deadline.expired])
    // A step cut off by the deadline may fail just before the race notices the deadline.
    if (outcome === null || (deadline.signal.aborted && !outcome.ok)) {
      const [current, ...rest] = steps.slice(index).map(([surface]) => surface)
      const lost = [current!, ...rest]
      surfaces.push({ name: current!, ok: false, warning: deadlineWarning(ctx, deadline.ms, lost) })
      for (const surface of rest) {
        surfaces.push({ name: surface, ok: false, skipped: 'publishing reached its deadline' })
      }
      break
    }
    surfaces.push(outcome)
    if (outcome.unreachable === undefined) continue
    const lost = steps.slice(index).map(([surface]) => surface)
    outcome.warning = unreachableWarning(ctx, outcome.unreachable, lost)
    for (const surface of lost.slice(1)) {
      surfaces.push({ name: surface, ok: false, skipped: 'the GitHub API could not be reached' })
    }
    break
  }
  return surfaces
}

interface Deadline {
  ms: number
  /** When it passes (epoch ms). */
  at: number
  /** Aborts every request carrying it when the deadline passes. */
  signal: AbortSignal
  /** Settles to null when the deadline passes. */
  expired: Promise<null>
  /** Clears the timer (publishing ended first), so nothing outlives publishing. */
  dispose(): void
}

function startDeadline(ms: number): Deadline {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<null>((resolve) => {
    timer = setTimeout(
      () => {
        controller.abort()
        resolve(null)
      },
      Math.min(Math.max(ms, 0), LONGEST_TIMER_MS)
    )
  })
  return {
    ms,
    at: Date.now() + ms,
    signal: controller.signal,
    expired,
    dispose: () => {
      clearTimeout(timer)
    }
  }
}

/**
 * Starts the in-progress check run at the beginning of a run, without throwing: on failure the
 * outcome carries the warning (say it once, then publish with `checkRun: false`, or pass the
 * promise as `checkRunStart` and let publishReport report it). Bounded by the client's request
 * timeout and retries (about 94 s at most by default); `call.signal` ends it sooner.
 */
export async function tryStartCheckRun(
  octokit: GitHubClient,
  ctx: GitHubContext,
  checkName: string,
  call: CallOptions = {}
): Promise<CheckRunStart> {
  try {
    const started = await startCheckRunAnswer(octokit, ctx, checkName, call)
    return { checkRunId: started.id, appSlug: started.appSlug }
  } catch (error) {
    return { failure: failedSurface('check-run', error, ctx) }
  }
}

function publishCheckRun(
  octokit: GitHubClient,
  ctx: GitHubContext,
  rendered: RenderedReport,
  options: PublishOptions,
  checkRunId: number | undefined,
  call: CallOptions
): Promise<CompletedCheckRun> {
  if (options.jobCheckRunId !== undefined) {
    return updateJobCheckRun(octokit, ctx, options.jobCheckRunId, rendered, call)
  }
  return checkRunId === undefined
    ? createCompletedCheckRun(octokit, ctx, options.checkName, rendered, call)
    : completeCheckRun(octokit, ctx, checkRunId, rendered, call)
}

async function publishStatusSurface(
  octokit: GitHubClient,
  ctx: GitHubContext,
  rendered: RenderedReport,
  options: PublishOptions,
  call: CallOptions
): Promise<SurfaceOutcome> {
  try {
    const { url } = await publishCommitStatus(
      octokit,
      ctx,
      {
        context: options.checkName,
        state: options.statusState ?? commitStateFor(rendered.conclusion),
        description: rendered.statusDescription
      },
      call
    )
    return { name: 'commit-status', ok: true, ...(url ? { url } : {}) }
  } catch (error) {
    return failedSurface('commit-status', error, ctx)
  }
}

async function publishCommentSurface(
  octokit: GitHubClient,
  ctx: GitHubContext,
  rendered: RenderedReport,
  options: PublishOptions,
  appSlug: string | null,
  call: CallOptions
): Promise<SurfaceOutcome> {
  if (ctx.pullRequest === null) {
    return {
      name: 'comment',
      ok: true,
      skipped: `no pull request for a ${ctx.eventName || 'local'} run`
    }
  }
  try {
    const hints = {
      appSlug,
      ...(options.commentAuthor ? { configuredLogin: options.commentAuthor } : {})
    }
    const listed = options.listedComments
    // The listing made to read the previous record failed: that is this surface's failure.
    if (listed !== undefined && 'error' in listed)
      return failedSurface('comment', listed.error, ctx)
    const author = listed?.author ?? (await resolveCommentAuthor(octokit, hints, call))
    const request = {
      checkName: options.checkName,
      report: rendered.comment,
      author,
      ...(listed === undefined ? {} : { listed: listed.comments })
    }
    const result = await upsertStickyComment(octokit, ctx, ctx.pullRequest, request, call)
    return { name: 'comment', ok: true, url: result.url }
  } catch (error) {
    return failedSurface('comment', error, ctx)
  }
}
