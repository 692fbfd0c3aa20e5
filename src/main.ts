import * as core from '@actions/core'
import * as path from 'node:path'
import { errorMessage, isConfigurationError } from './errors.js'
import { settingsFromInputs, type Settings } from './settings.js'
import { evaluateReadiness, type GateOutcome, type GateProgress } from './gate.js'
import { loadGitHubContext, type GitHubContext } from './github/context.js'
import { setOutputs } from './github/outputs.js'
import { writeJobSummary } from './github/summary.js'
import { matcherPaths } from './github/matchers.js'
import { buildJsonReport, writeJsonReport } from './report/json.js'
import { renderReport, type RenderContext } from './report/render.js'
import type { RenderedReport, SurfaceSelection } from './report/surfaces.js'
import { formatFinished, formatPlan, formatStarted } from './cli/terminal.js'
import { escapeMarkdown } from './report/markdown.js'
import { maskForSurfaces, secretsToMask } from './validations/secrets.js'

type GitHubApi = typeof import('./github/index.js')

/** Where the run publishes: null when it is not in GitHub Actions or has nothing to publish. */
interface Publisher {
  api: GitHubApi
  octokit: ReturnType<GitHubApi['createOctokit']>
  ctx: GitHubContext
  checkRunId: number | undefined
}

/**
 * The action: settings → parse → plan → run → assess → render → publish.
 * Whatever fails, the job summary, the outputs and the exit code still tell the truth.
 */
export async function run(): Promise<void> {
  let publisher: Publisher | null = null
  let settings: Settings | null = null
  try {
    settings = settingsFromInputs(
      (name) => core.getInput(name),
      process.env.GITHUB_WORKSPACE ?? process.cwd()
    )
    // The token and the runner's credentials: masked in the log, the results and every surface.
    const secrets = secretsToMask(process.env, settings.token)
    for (const value of secrets) core.setSecret(value)
    const github = githubContextOrNull()
    registerProblemMatchers()
    publisher = await startPublishing(settings, github)
    const outcome = await evaluateReadiness({
      checklistPath: settings.checklistPath,
      configPath: settings.configPath,
      configRequired: settings.configRequired,
      root: settings.root,
      runValidations: settings.runValidations,
      refuseCommands: untrustedCommandsRefusal(settings, github),
      concurrency: settings.concurrency,
      secrets,
      progress: actionsProgress
    })
    // The one masking pass at the surface boundary: every string of the assessment and the
    // context, whatever field holds it, before any surface or the JSON report sees it.
    const assessment = maskForSurfaces(outcome.assessment, secrets)
    const context = maskForSurfaces(renderContext(settings, github), secrets)
    const rendered = renderReport(assessment, context, surfacesToRender(settings, publisher), {
      maxAnnotations: settings.maxAnnotations
    })
    writeJsonReport(settings.reportPath, buildJsonReport(assessment, context))
    setGateOutputs(outcome, settings.reportPath)
    await publish(settings, publisher, rendered)
    if (!outcome.assessment.ready && settings.failOn === 'not-ready') {
      core.setFailed(`${rendered.title} (fail-on: not-ready)`)
    } else {
      core.info(rendered.title)
    }
  } catch (error) {
    await reportFailure(error, settings, publisher)
  }
}

const actionsProgress: GateProgress = {
  planned: (plan) => {
    core.info(formatPlan(plan))
  },
  started: (validation) => {
    core.info(formatStarted(validation).trimEnd())
  },
  finished: (validation, result) => {
    // Validations run concurrently, so each one's output is printed when it ends, in a
    // collapsible group of its own rather than interleaved with the others.
    core.startGroup(formatFinished(validation, result).split('\n')[0] ?? validation.name)
    core.info(formatFinished(validation, result).trimEnd())
    const { head, tail, truncated, totalBytes } = result.output
    core.info(head)
    if (truncated) core.info(`… ${totalBytes} bytes in all; the last part follows …`)
    if (tail !== '') core.info(tail)
    core.endGroup()
  }
}

function registerProblemMatchers(): void {
  if (process.env.GITHUB_ACTIONS !== 'true') return
  for (const file of matcherPaths(import.meta.url)) core.info(`::add-matcher::${file}`)
}

function githubContextOrNull(): GitHubContext | null {
  if (process.env.GITHUB_ACTIONS !== 'true' && process.env.GITHUB_REPOSITORY === undefined) {
    return null
  }
  try {
    return loadGitHubContext(process.env)
  } catch (error) {
    core.warning(`Not publishing to GitHub: ${errorMessage(error)}`)
    return null
  }
}

/**
 * Loads octokit only when something goes to the GitHub API (a run that only writes the job
 * summary starts faster), and puts the check run in progress right away.
 */
async function startPublishing(
  settings: Settings,
  github: GitHubContext | null
): Promise<Publisher | null> {
  const { checkRun, commitStatus, comment } = settings.surfaces
  const wantsComment = comment && github?.pullRequest !== null
  if (github === null || !(checkRun || commitStatus || wantsComment)) return null
  if (settings.token === '') {
    core.warning(
      "Input 'github-token' is empty: the check run, status and PR comment are not published; the job summary and outputs still are."
    )
    return null
  }
  const api = await import('./github/index.js')
  const octokit = api.createOctokit(settings.token, github.apiUrl, {
    log: {
      warning: (m) => {
        core.warning(m)
      },
      debug: (m) => {
        core.debug(m)
      }
    }
  })
  const publisher: Publisher = { api, octokit, ctx: github, checkRunId: undefined }
  if (checkRun) {
    const started = await api.tryStartCheckRun(octokit, github, settings.checkName)
    if ('checkRunId' in started) publisher.checkRunId = started.checkRunId
    else if (started.failure.unreachable !== undefined) {
      // No answer at all: every later call would wait out its retries and fail the same way.
      const lost = [
        'check-run' as const,
        ...(commitStatus ? ['commit-status' as const] : []),
        ...(wantsComment ? ['comment' as const] : [])
      ]
      core.warning(api.unreachableWarning(github, started.failure.unreachable, lost))
      return null
    } else warnSurface(started.failure.warning)
  }
  return publisher
}

/**
 * Under pull_request_target the workflow runs with a write token and secrets while the
 * checked-out files may come from the PR's author: running their checklist's commands would
 * hand them that token. Refuse unless the workflow opts in.
 */
function untrustedCommandsRefusal(settings: Settings, github: GitHubContext | null): string | null {
  if (github?.eventName !== 'pull_request_target' || settings.allowUntrustedCommands) return null
  return 'under pull_request_target the checklist and config may come from the pull request, so their commands are not run; use the pull_request event (or workflow_run for forks), or set allow-untrusted-commands: true if the checked-out code is trusted'
}

function renderContext(settings: Settings, github: GitHubContext | null): RenderContext {
  return {
    checkName: settings.checkName,
    runUrl: github?.runUrl ?? null,
    repository: github === null ? null : `${github.owner}/${github.repo}`,
    sha: github?.sha ?? null,
    ref: github?.ref ?? null,
    checklistPath: toPosix(path.relative(settings.workspace, settings.checklistPath)),
    validationRoot: toPosix(path.relative(settings.workspace, settings.root)) || '.',
    workspace: settings.workspace,
    serverUrl: github?.serverUrl ?? null
  }
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

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

function setGateOutputs(outcome: GateOutcome, reportPath: string): void {
  const { assessment } = outcome
  const failed = assessment.validations.filter((v) => v.critical && v.status !== 'passed')
  setOutputs({
    ready: assessment.ready ? 'true' : 'false',
    verdict: assessment.verdict,
    'report-path': reportPath,
    blockers: String(assessment.blockers.length),
    'failed-validations': String(failed.length),
    'checked-items': String(assessment.checklist.checked),
    'total-items': String(assessment.checklist.items),
    placeholders: String(assessment.reconciliation.placeholders.length)
  })
}

async function publish(
  settings: Settings,
  publisher: Publisher | null,
  rendered: RenderedReport
): Promise<void> {
  if (settings.surfaces.jobSummary) {
    const summary = await writeJobSummary(rendered.jobSummary)
    warnSurface(summary.warning)
  }
  if (publisher === null) return
  const { api, octokit, ctx, checkRunId } = publisher
  const outcome = await api.publishReport(octokit, ctx, rendered, {
    checkRun: settings.surfaces.checkRun,
    status: settings.surfaces.commitStatus,
    comment: settings.surfaces.comment && ctx.pullRequest !== null,
    checkName: settings.checkName,
    ...(checkRunId === undefined ? {} : { checkRunId }),
    ...(settings.commentAuthor === '' ? {} : { commentAuthor: settings.commentAuthor })
  })
  for (const surface of outcome.surfaces) warnSurface(surface.warning)
}

const warned = new Set<string>()
/** Each distinct problem is warned about once. */
function warnSurface(warning: string | undefined): void {
  if (warning === undefined || warned.has(warning)) return
  warned.add(warning)
  core.warning(warning)
}

/**
 * The run could not assess readiness (a bad input or checklist, or a bug). Still: outputs say
 * not ready, the job summary says why, a started check run is completed, and the step fails.
 */
async function reportFailure(
  error: unknown,
  settings: Settings | null,
  publisher: Publisher | null
): Promise<void> {
  const message = errorMessage(error).split('\n')[0] ?? 'unknown error'
  const title = isConfigurationError(error)
    ? 'Readiness could not be assessed: configuration error'
    : 'Readiness could not be assessed: internal error'
  if (!isConfigurationError(error) && error instanceof Error && error.stack) core.debug(error.stack)
  setOutputs({ ready: 'false', verdict: 'error' })
  const body = `## ${title}\n\n${escapeMarkdown(message)}\n`
  if (settings?.surfaces.jobSummary !== false) warnSurface((await writeJobSummary(body)).warning)
  if (publisher?.checkRunId !== undefined) {
    const { api, octokit, ctx, checkRunId } = publisher
    try {
      await api.completeCheckRun(octokit, ctx, checkRunId, {
        conclusion: 'failure',
        title,
        checkSummary: body,
        checkText: '',
        comment: body,
        jobSummary: body,
        statusDescription: title.slice(0, 140),
        annotations: []
      })
    } catch (publishError) {
      warnSurface(`Could not complete the check run: ${errorMessage(publishError)}`)
    }
  }
  core.setFailed(message)
}
