import { errorMessage } from './errors.js'
import { settingsFromInputs, type Settings } from './settings.js'
import { evaluateReadiness, type GateOptions } from './gate.js'
import {
  readGitHubContext,
  type GitHubContext,
  type GitHubContextReading
} from './github/context.js'
import type { PublishableReport } from './github/report-origin.js'
import { ConfigurationError } from './errors.js'
import { EXIT_CODES } from './exit-codes.js'
import type { Assessment } from './readiness/model.js'
import type { RenderContext } from './report/render-context.js'
import type { Masked } from './report/secrets.js'
import type { CheckRunStart } from './github/checks.js'
import type { GitHubClient } from './github/client.js'
import { checklistDirectory } from './github/evidence-source.js'
import { lazyGitHubEvidenceSource } from './github/lazy-evidence-source.js'
import { buildJsonReport, writeJsonReportInside } from './report/json.js'
import { renderContextFor } from './report/render-context.js'
import { renderReport } from './report/render.js'
import type { RenderedReport, SurfaceSelection } from './report/surfaces.js'
import type { Logger } from './log/logger.js'
import { failureOutcome, verdictOutcome, type ExitCode } from './verdict-outputs.js'
import { actionIo } from './action-io.js'
import type { ActionIo, GitHubApi } from './action-port.js'
import { actionGateOptions } from './action-gate-options.js'
import { relative, sep } from 'node:path'
import { actionCompareOptions } from './github/base-checklist.js'
import { maskForSurfaces, secretsToMask } from './report/secrets.js'
import type { TrackedItem } from './history/model.js'
import { runHistory, trackedItems } from './history/record.js'
import { recallPreviousRun, type Recalled } from './history/recall.js'
import type { CommentListing, CommentStateRead } from './github/comment-state.js'
import { sourceMappedStack } from './stack-trace.js'

/** Where the run publishes: null when it is not in GitHub Actions or has nothing to publish. */
interface Publisher {
  api: GitHubApi
  octokit: ReturnType<GitHubApi['createOctokit']>
  ctx: GitHubContext
  /** The in-progress check run's start, in flight while the validations run (null: no check run). */
  checkRunStart: Promise<CheckRunStart> | null
  /** Ends a start still waiting on the API once publishing is over. */
  stopStart: AbortController
}

/** Each distinct warning of one run is logged once. */
type Warn = (warning: string | undefined) => void

/**
 * The action: settings → parse → plan → run → assess → render → publish. Returns the exit code
 * (src/verdict-outputs.ts). Whatever fails, the job summary, the outputs and the exit code still
 * tell the truth.
 */
export async function run(io: ActionIo = actionIo()): Promise<ExitCode> {
  const warn = warnOnce(io.log)
  let settings: Settings | null = null
  let publishing: Promise<Publisher | null> = Promise.resolve(null)
  try {
    settings = settingsFromInputs(io.input, io.env.GITHUB_WORKSPACE ?? io.cwd)
    // The token and the runner's credentials: masked in the log, the results and every surface.
    const found = secretsToMask(io.env, settings.token)
    const protection = io.protectSecrets(found)
    const secrets = [...new Set([...found, ...protection.values])]
    for (const value of secrets) io.setSecret(value)
    if (protection.environ.startsWith('not scrubbed')) {
      warn(`Validations can read the action's credentials in /proc: ${protection.environ}`)
    }
    const reading = readGitHubContext(io.env)
    registerProblemMatchers(io, settings, reading)
    if (settings.shard !== null) {
      // A shard publishes no verdict: its partial report is for the merge (src/shards/).
      const { runShardStep } = await import('./shards/action.js')
      return await runShardStep(io, settings, reading, secrets)
    }
    const published = settings.reportFrom === null ? null : await reportFrom(settings, reading)
    const github = published?.publishTo ?? githubOf(reading, warn)
    // The check run is put in progress while the validations run: an API that answers slowly
    // (or not at all, through its retries) must not hold them up. It is awaited only to publish.
    publishing = startPublishing(io, settings, github, warn).catch((error: unknown) => {
      warn(`Not publishing to GitHub: ${errorMessage(error)}`)
      return null
    })
    const { assessment, context, items } =
      published === null
        ? settings.mergeReports === null
          ? await evaluateHere(io, settings, reading, github, secrets)
          : {
              ...(await (
                await import('./shards/action.js')
              ).mergedHere(
                io,
                settings,
                github,
                secrets,
                claimEvidence(io, settings, reading, github)
              )),
              items: null
            }
        : {
            assessment: maskForSurfaces(published.assessment, secrets),
            context: maskForSurfaces(published.context, secrets),
            items: null
          }
    const publisher = await publishing
    if (published?.pullRequestNeedsVerification === true && publisher !== null) {
      await verifyReportPullRequest(publisher, published, warn)
    }
    // Memory across runs: the previous record (the gate's comment, else previous-report).
    const recalled = await recallPrevious(io, settings, publisher)
    const facts = { assessment, items, sha: context.sha, at: new Date().toISOString() }
    const history = maskForSurfaces(runHistory(facts, recalled.previous, recalled.notes), secrets)
    const rendered = renderReport(assessment, context, surfacesToRender(settings, publisher), {
      maxAnnotations: settings.maxAnnotations,
      history
    })
    const written = writeJsonReportInside(
      settings.root,
      settings.reportPath,
      buildJsonReport(assessment, context, history)
    )
    const reportPath = 'written' in written ? written.written : ''
    const verdict = verdictOutcome(assessment, settings.failOn, reportPath)
    io.setOutputs(verdict.outputs)
    await publish(io, settings, publisher, rendered, warn, recalled.listing)
    if (verdict.fails) io.log.error(`${rendered.title} (fail-on: not-ready)`)
    else io.log.info(rendered.title)
    if ('error' in written) {
      // Every output and surface is already out; the step still fails on the input to fix.
      io.log.error(written.error)
      return verdict.fails ? verdict.exitCode : EXIT_CODES.usage
    }
    return verdict.exitCode
  } catch (error) {
    return reportFailure(io, error, settings, await publishing, warn)
  }
}

/** checklist → plan → run → assess here, masked for the surfaces, with its render context. */
async function evaluateHere(
  io: ActionIo,
  settings: Settings,
  reading: GitHubContextReading,
  github: GitHubContext | null,
  secrets: readonly string[]
): Promise<{
  assessment: Masked<Assessment>
  context: Masked<RenderContext>
  items: TrackedItem[]
}> {
  const outcome = await evaluateReadiness({
    ...actionGateOptions(io.log, settings, reading, secrets),
    ...claimEvidence(io, settings, reading, github)
  })
  // The one masking pass at the surface boundary: every string of the assessment and the
  // context, whatever field holds it, before any surface or the JSON report sees it.
  const assessment = maskForSurfaces(outcome.assessment, secrets)
  // What GitHub evidence could not be read: said once, in the log too.
  for (const line of assessment.reconciliation.github.unreadable) io.log.warning(line)
  return {
    items: trackedItems(outcome.checklist),
    assessment,
    context: maskForSurfaces(
      // The settings name where the run is: check name, workspace, root, checklist.
      renderContextFor({ ...settings, github }),
      secrets
    )
  }
}

/**
 * The run's one way to make an API client (publishing, the base checklist, GitHub evidence):
 * octokit loaded on first use, its warnings and debug lines in the action's log.
 */
async function octokitFor(
  io: ActionIo,
  settings: Settings,
  github: GitHubContext
): Promise<ReturnType<GitHubApi['createOctokit']>> {
  const api = await io.loadGitHub()
  const log = {
    warning: (m: string): void => {
      io.log.warning(m)
    },
    debug: (m: string): void => {
      io.log.debug(m)
    }
  }
  return api.createOctokit(settings.token, github.apiUrl, {
    log,
    maxWaitMs: api.maxWaitFromEnvironment(io.env)
  })
}

/**
 * What the checklist's claims are checked against besides the validations, for a run and a
 * merge of shards alike: the base checklist, the reviews, GitHub's answers on references.
 */
function claimEvidence(
  io: ActionIo,
  settings: Settings,
  reading: GitHubContextReading,
  github: GitHubContext | null
): Pick<GateOptions, 'approvals' | 'github' | 'compare'> {
  return {
    ...evidenceOptions(io, settings, github),
    compare: actionCompareOptions({
      reading,
      compareRef: settings.compareRef,
      checklistFile: relative(settings.workspace, settings.checklistPath).split(sep).join('/'),
      client:
        github === null || settings.token === '' ? null : () => octokitFor(io, settings, github)
    })
  }
}

/**
 * The GitHub evidence for the gate (src/github/evidence-lookups.ts): only with a GitHub context
 * and a token. The lookups, and octokit, are loaded only when there is something to ask (a pull
 * request, a reference).
 */
function evidenceOptions(
  io: ActionIo,
  settings: Settings,
  github: GitHubContext | null
): Pick<GateOptions, 'approvals' | 'github'> {
  if (github === null || settings.token === '') {
    return github?.pullRequest == null
      ? {}
      : { approvals: { kind: 'unreadable', reason: "input 'github-token' is empty" } }
  }
  const client = (): Promise<GitHubClient> => octokitFor(io, settings, github)
  return {
    github: lazyGitHubEvidenceSource(client, {
      owner: github.owner,
      repo: github.repo,
      sha: github.sha,
      pullRequest: github.pullRequest,
      serverUrl: github.serverUrl,
      workspace: settings.workspace,
      checklistDir: checklistDirectory(settings.workspace, settings.checklistPath)
    })
  }
}

/**
 * Publish-only mode (report-from): the report another run wrote, read strictly and checked
 * against this event's commit and pull request; nothing of the checkout is read or run.
 */
async function reportFrom(
  settings: Settings,
  reading: GitHubContextReading
): Promise<PublishableReport> {
  // Loaded only in this mode: the strict report reader is not needed by a run that validates.
  const { reportToPublish } = await import('./github/report-origin.js')
  const report = reportToPublish({
    file: settings.reportFrom!,
    boundary: settings.root,
    reading,
    checkName: settings.checkName
  })
  if ('error' in report) throw new ConfigurationError(report.error)
  return report
}

/**
 * The previous run's record: from the gate's own comment when this run comments on a pull
 * request (the listing is kept for the comment step), else from the previous-report input.
 */
async function recallPrevious(
  io: ActionIo,
  settings: Settings,
  publisher: Publisher | null
): Promise<Recalled<CommentListing>> {
  const pullRequest = publisher?.ctx.pullRequest ?? null
  const debug = (message: string): void => {
    io.log.debug(message)
  }
  const readComment =
    publisher === null || pullRequest === null || !settings.surfaces.comment
      ? null
      : (): Promise<CommentStateRead> =>
          publisher.api.readOwnCommentState(
            publisher.octokit,
            publisher.ctx,
            pullRequest,
            {
              checkName: settings.checkName,
              commentAuthor: settings.commentAuthor,
              checkRunStart: publisher.checkRunStart,
              debug
            },
            { signal: AbortSignal.timeout(publisher.api.PUBLISH_DEADLINE_MS) }
          )
  return recallPreviousRun({
    readComment,
    previousReport: settings.previousReport,
    boundary: settings.root,
    debug
  })
}

/**
 * A fork's pull request is not listed in the workflow_run event: comment on it only when the
 * API says its head is the report's commit and it is into this repository.
 */
async function verifyReportPullRequest(
  publisher: Publisher,
  report: PublishableReport,
  warn: Warn
): Promise<void> {
  const number = report.pullRequest
  if (number === null) return
  const { octokit, ctx } = publisher
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: ctx.owner,
      repo: ctx.repo,
      pull_number: number
    })
    const { verifyPullRequestHead } = await import('./github/report-origin.js')
    const problem = verifyPullRequestHead(data, number, report.origin)
    if (problem === null) publisher.ctx = { ...ctx, pullRequest: number }
    else warn(`Not commenting: ${problem}.`)
  } catch (error) {
    warn(`Not commenting: pull request #${number} could not be read (${errorMessage(error)}).`)
  }
}

function warnOnce(log: Logger): Warn {
  const warned = new Set<string>()
  return (warning) => {
    if (warning === undefined || warned.has(warning)) return
    warned.add(warning)
    log.warning(warning)
  }
}

/**
 * The problem matchers annotate the job's own check run from the printed output. When the gate's
 * check run carries the findings as annotations, they would show twice on the diff, so the
 * matchers are registered only when it will not: check-run off, no readable event, or a fork's
 * pull request (its token is read-only, the check run cannot be written).
 */
function registerProblemMatchers(
  io: ActionIo,
  settings: Settings,
  reading: GitHubContextReading
): void {
  if (io.env.GITHUB_ACTIONS !== 'true') return
  const checkRunAnnotates =
    settings.surfaces.checkRun && reading.kind === 'read' && !reading.context.fromFork
  if (checkRunAnnotates) return
  for (const file of io.matcherFiles()) io.log.info(`::add-matcher::${file}`)
}

/** The run's GitHub context, or null (warned once when this is a run whose event cannot be read). */
function githubOf(reading: GitHubContextReading, warn: Warn): GitHubContext | null {
  if (reading.kind === 'read') return reading.context
  if (reading.kind === 'unreadable') warn(`Not publishing to GitHub: ${reading.reason}`)
  return null
}

/**
 * Loads octokit only when something goes to the GitHub API, and puts the check run in progress.
 * Resolves to null when nothing will be published through the API.
 */
async function startPublishing(
  io: ActionIo,
  settings: Settings,
  github: GitHubContext | null,
  warn: Warn
): Promise<Publisher | null> {
  const { checkRun, commitStatus, comment } = settings.surfaces
  const wantsComment = comment && github?.pullRequest !== null
  if (github === null || !(checkRun || commitStatus || wantsComment)) return null
  if (settings.token === '') {
    warn(
      "Input 'github-token' is empty: the check run, status and PR comment are not published; the job summary and outputs still are."
    )
    return null
  }
  const api = await io.loadGitHub()
  const octokit = await octokitFor(io, settings, github)
  // Not awaited: the validations start at once, and publishReport waits for the start within
  // its deadline (an unreachable API is named there, once, with every surface it costs).
  const stopStart = new AbortController()
  // With check-run-id the job's own check run gets the report: none is started.
  const checkRunStart =
    checkRun && settings.checkRunId === null
      ? api.tryStartCheckRun(octokit, github, settings.checkName, { signal: stopStart.signal })
      : null
  return { api, octokit, ctx: github, checkRunStart, stopStart }
}

/** What publish() sends: the job summary if on, and the API surfaces when there is a publisher. */
function surfacesToRender(settings: Settings, publisher: Publisher | null): SurfaceSelection {
  const { checkRun, commitStatus, comment, jobSummary } = settings.surfaces
  const api = publisher !== null
  return {
    checkRun: api && checkRun,
    commitStatus: api && commitStatus,
    comment: api && comment && publisher.ctx.pullRequest !== null,
    jobSummary
  }
}

async function publish(
  io: ActionIo,
  settings: Settings,
  publisher: Publisher | null,
  rendered: RenderedReport,
  warn: Warn,
  listing?: CommentListing
): Promise<void> {
  if (settings.surfaces.jobSummary) {
    const summary = await io.writeJobSummary(rendered.jobSummary)
    warn(summary.warning)
  }
  if (publisher === null) return
  const { api, octokit, ctx, checkRunStart, stopStart } = publisher
  try {
    const outcome = await api.publishReport(octokit, ctx, rendered, {
      checkRun: settings.surfaces.checkRun,
      status: settings.surfaces.commitStatus,
      comment: settings.surfaces.comment && ctx.pullRequest !== null,
      checkName: settings.checkName,
      deadlineMs: api.PUBLISH_DEADLINE_MS,
      ...(checkRunStart === null ? {} : { checkRunStart }),
      ...(settings.checkRunId === null ? {} : { jobCheckRunId: settings.checkRunId }),
      ...(listing === undefined ? {} : { listedComments: listing }),
      ...(settings.commentAuthor === '' ? {} : { commentAuthor: settings.commentAuthor })
    })
    for (const surface of outcome.surfaces) warn(surface.warning)
  } finally {
    stopStart.abort()
  }
}

/**
 * The run could not assess readiness (a bad input or checklist, or a bug). Still: outputs say
 * not ready, the job summary says why, a started check run is completed, and the step fails.
 */
async function reportFailure(
  io: ActionIo,
  error: unknown,
  settings: Settings | null,
  publisher: Publisher | null,
  warn: Warn
): Promise<ExitCode> {
  const failure = failureOutcome(error, secretsToMask(io.env, settings?.token ?? ''))
  if (failure.kind === 'internal' && error instanceof Error && error.stack) {
    io.log.debug(sourceMappedStack(error.stack))
  }
  try {
    io.setOutputs(failure.outputs)
  } catch (outputError) {
    warn(`Could not set the outputs: ${errorMessage(outputError)}`)
  }
  if (settings?.surfaces.jobSummary !== false) {
    warn((await io.writeJobSummary(failure.report.jobSummary)).warning)
  }
  if (publisher?.checkRunStart != null) {
    // A check run already started is completed as a failure, within the publishing deadline.
    const { api, octokit, ctx, checkRunStart, stopStart } = publisher
    const signal = AbortSignal.timeout(api.PUBLISH_DEADLINE_MS)
    try {
      const started = await untilAborted(checkRunStart, signal)
      if (started !== null && 'checkRunId' in started) {
        await api.completeCheckRun(octokit, ctx, started.checkRunId, failure.report, { signal })
      }
    } catch (publishError) {
      warn(`Could not complete the check run: ${errorMessage(publishError)}`)
    } finally {
      stopStart.abort()
    }
  }
  io.log.error(failure.message)
  return failure.exitCode
}

/** The promise's value, or null once the signal aborts first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | null> {
  if (signal.aborted) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      resolve(null)
    }
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    )
  })
}
