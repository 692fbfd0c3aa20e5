/**
 * Which commit and pull request a report published with report-from must be about, from the
 * event (never from the report): under workflow_run, the triggering run's head_sha and the pull
 * requests GitHub lists for it; under any other event, this run's commit and pull request.
 *
 * GitHub leaves workflow_run.pull_requests empty when the pull request comes from a fork. Then
 * the report's claimed number is only a claim: verifyPullRequestHead checks it against the pull
 * request the API returns (its head must be the triggering run's commit, its base this
 * repository) before anything is commented there.
 */
import type { GitHubContext, GitHubContextReading } from './context.js'
import {
  assessmentFromReport,
  MAX_REPORT_BYTES,
  type ReadReport,
  type ReportOrigin
} from '../report/read-json.js'
import { readFileConfined } from '../report/confined-file.js'

/** A report ready to render and publish, and where it goes. */
export interface PublishableReport extends ReadReport {
  origin: ReportOrigin
  /**
   * The context to publish with: the report's commit, and its pull request when the event names
   * it (null while pullRequestNeedsVerification: set it after verifyPullRequestHead says yes).
   */
  publishTo: GitHubContext
}

/**
 * The whole publish-only read, for the entry point: the event gives the origin, the file is read
 * confined to `boundary` (the working directory) and checked against it. Errors are one line
 * naming report-from.
 */
export function reportToPublish(options: {
  file: string
  boundary: string
  reading: GitHubContextReading
  checkName: string
}): PublishableReport | { error: string } {
  const { reading } = options
  if (reading.kind !== 'read') {
    const why = reading.kind === 'none' ? 'this is not a GitHub Actions run' : reading.reason
    return {
      error: `Input 'report-from' needs the GitHub event to check the report against, and it cannot be read (${why}); run report-from in a workflow_run (or pull_request) workflow.`
    }
  }
  const origin = reportOriginFrom(reading.context, reading.payload)
  if ('error' in origin) return origin
  const file = readFileConfined(
    { boundary: options.boundary, file: options.file, input: 'report-from' },
    MAX_REPORT_BYTES
  )
  if ('error' in file) return file
  const read = assessmentFromReport(file.text, {
    origin,
    checkName: options.checkName,
    serverUrl: reading.context.serverUrl
  })
  if ('error' in read) return read
  return {
    ...read,
    origin,
    publishTo: {
      ...reading.context,
      sha: origin.sha,
      pullRequest: read.pullRequestNeedsVerification ? null : read.pullRequest,
      runUrl: origin.runUrl
    }
  }
}

const SHA = /^[0-9a-f]{40}$/

/** The origin a report must match, or one line saying why the event does not give one. */
export function reportOriginFrom(
  context: GitHubContext,
  payload: Readonly<Record<string, unknown>>
): ReportOrigin | { error: string } {
  const repository = `${context.owner}/${context.repo}`
  if (context.eventName !== 'workflow_run') {
    return {
      repository,
      sha: context.sha,
      pullRequests: context.pullRequest === null ? [] : [context.pullRequest],
      runUrl: context.runUrl
    }
  }
  const run = record(payload.workflow_run)
  const sha = run?.head_sha
  if (typeof sha !== 'string' || !SHA.test(sha)) {
    return {
      error:
        "Input 'report-from' needs the workflow_run event's head_sha, and the event has none; run report-from on workflow_run events GitHub sends."
    }
  }
  const listed = Array.isArray(run?.pull_requests) ? run.pull_requests : []
  const pullRequests = listed
    .map((pull) => record(pull))
    .filter((pull) => record(record(pull?.head))?.sha === sha)
    .map((pull) => pull?.number)
    .filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0)
  const forPullRequest = run?.event === 'pull_request' || run?.event === 'pull_request_target'
  return {
    repository,
    sha,
    // An empty list for a pull request run means a fork's: the event cannot say which.
    pullRequests: pullRequests.length === 0 && forPullRequest ? null : pullRequests,
    runUrl: runPage(run?.html_url, context.serverUrl, repository) ?? context.runUrl
  }
}

/**
 * Null when `pull` (GET /repos/{owner}/{repo}/pulls/{number}) is the pull request `number` whose
 * head is the origin's commit and whose base is this repository; else one line saying why the
 * report's pull request is not trusted (then comment nowhere; the check run still goes on the commit).
 */
export function verifyPullRequestHead(
  pull: unknown,
  number: number,
  origin: ReportOrigin
): string | null {
  const data = record(pull)
  const head = record(data?.head)?.sha
  const base = record(record(record(data?.base)?.repo))?.full_name
  if (data?.number !== number) return `pull request #${number} was not found`
  if (typeof base !== 'string' || base.toLowerCase() !== origin.repository.toLowerCase()) {
    return `pull request #${number} is not into ${origin.repository}`
  }
  if (head !== origin.sha) {
    return `pull request #${number}'s head is not ${origin.sha.slice(0, 7)}, the commit the report is for, so nothing is commented there`
  }
  return null
}

/** The triggering run's page, when it is a run page of this repository on this server. */
function runPage(url: unknown, serverUrl: string, repository: string): string | null {
  if (typeof url !== 'string') return null
  const prefix = `${serverUrl}/${repository}/actions/runs/`
  return url.startsWith(prefix) && /^\d+(?:\/attempts\/\d+)?$/.test(url.slice(prefix.length))
    ? url
    : null
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}
