/**
 * Publishes one rendered report to every enabled GitHub surface. Each surface succeeds or fails
 * on its own, with one clear warning: a missing permission for comments must not cost the check
 * run. HTTP failures never throw out of here.
 */
import type { RenderedReport } from '../report/surfaces.js'
import {
  completeCheckRun,
  createCompletedCheckRun,
  startCheckRun,
  type CompletedCheckRun
} from './checks.js'
import type { GitHubClient } from './client.js'
import { resolveCommentAuthor, upsertStickyComment } from './comment.js'
import type { GitHubContext } from './context.js'
import {
  failedSurface,
  unreachableWarning,
  type ApiSurface,
  type SurfaceOutcome
} from './permissions.js'
import { commitStateFor, publishCommitStatus, type CommitState } from './status.js'
import { writeJobSummary } from './summary.js'

export type { SurfaceName, SurfaceOutcome } from './permissions.js'

export interface PublishOptions {
  checkRun: boolean
  status: boolean
  comment: boolean
  /** Also append the report to the job summary. */
  jobSummary?: boolean
  /** A check run started earlier (startCheckRun) to complete; without it one is created. */
  checkRunId?: number
  /** Check run name, status context and sticky comment key. */
  checkName: string
  /**
   * Login an installation token comments as when this run made no check run to learn it from
   * (default github-actions[bot], the workflow's GITHUB_TOKEN).
   */
  commentAuthor?: string
  /** Overrides the status state derived from the conclusion (e.g. `error` after a crash). */
  statusState?: CommitState
}

export interface PublishOutcome {
  surfaces: SurfaceOutcome[]
}

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
  let checkRun: CompletedCheckRun | null = null
  const steps: [ApiSurface, () => Promise<SurfaceOutcome>][] = []
  if (options.checkRun) {
    steps.push([
      'check-run',
      async () => {
        try {
          checkRun = await publishCheckRun(octokit, ctx, rendered, options)
          return { name: 'check-run', ok: true, ...(checkRun.url ? { url: checkRun.url } : {}) }
        } catch (error) {
          return failedSurface('check-run', error, ctx)
        }
      }
    ])
  }
  if (options.status) {
    steps.push(['commit-status', () => publishStatusSurface(octokit, ctx, rendered, options)])
  }
  if (options.comment) {
    steps.push([
      'comment',
      () => publishCommentSurface(octokit, ctx, rendered, options, checkRun?.appSlug ?? null)
    ])
  }
  const surfaces: SurfaceOutcome[] = []
  for (const [index, [, publish]] of steps.entries()) {
    const outcome = await publish()
    surfaces.push(outcome)
    if (outcome.unreachable === undefined) continue
    // No answer at all, even after retrying: the next calls would only wait and fail the same
    // way. One warning names every surface lost.
    const lost = steps.slice(index).map(([surface]) => surface)
    outcome.warning = unreachableWarning(ctx, outcome.unreachable, lost)
    for (const surface of lost.slice(1)) {
      surfaces.push({ name: surface, ok: false, skipped: 'the GitHub API could not be reached' })
    }
    break
  }
  if (options.jobSummary) surfaces.push(await writeJobSummary(rendered.jobSummary))
  return { surfaces }
}

/**
 * Starts the in-progress check run at the beginning of a run, without throwing: on failure the
 * outcome carries the warning (say it once, then publish with `checkRun: false`).
 */
export async function tryStartCheckRun(
  octokit: GitHubClient,
  ctx: GitHubContext,
  checkName: string
): Promise<{ checkRunId: number } | { failure: SurfaceOutcome }> {
  try {
    return { checkRunId: await startCheckRun(octokit, ctx, checkName) }
  } catch (error) {
    return { failure: failedSurface('check-run', error, ctx) }
  }
}

function publishCheckRun(
  octokit: GitHubClient,
  ctx: GitHubContext,
  rendered: RenderedReport,
  options: PublishOptions
): Promise<CompletedCheckRun> {
  return options.checkRunId === undefined
    ? createCompletedCheckRun(octokit, ctx, options.checkName, rendered)
    : completeCheckRun(octokit, ctx, options.checkRunId, rendered)
}

async function publishStatusSurface(
  octokit: GitHubClient,
  ctx: GitHubContext,
  rendered: RenderedReport,
  options: PublishOptions
): Promise<SurfaceOutcome> {
  try {
    const { url } = await publishCommitStatus(octokit, ctx, {
      context: options.checkName,
      state: options.statusState ?? commitStateFor(rendered.conclusion),
      description: rendered.statusDescription
    })
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
  appSlug: string | null
): Promise<SurfaceOutcome> {
  if (ctx.pullRequest === null) {
    return {
      name: 'comment',
      ok: true,
      skipped: `no pull request for a ${ctx.eventName || 'local'} run`
    }
  }
  try {
    const author = await resolveCommentAuthor(octokit, {
      appSlug,
      ...(options.commentAuthor ? { configuredLogin: options.commentAuthor } : {})
    })
    const result = await upsertStickyComment(octokit, ctx, ctx.pullRequest, {
      checkName: options.checkName,
      report: rendered.comment,
      author
    })
    return { name: 'comment', ok: true, url: result.url }
  } catch (error) {
    return failedSurface('comment', error, ctx)
  }
}
