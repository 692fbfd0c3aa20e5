/**
 * Where a run reports to: repository, commit, pull request and workflow run, from the environment
 * GitHub Actions sets and the event payload it writes to GITHUB_EVENT_PATH.
 */
import { readFileSync } from 'node:fs'
import { ConfigurationError, errorMessage, quoteValue } from '../errors.js'
import { trimTrailing } from '../linear-text.js'

export interface GitHubContext {
  owner: string
  repo: string
  /** GITHUB_EVENT_NAME: pull_request, push, release, workflow_dispatch, … */
  eventName: string
  /**
   * The commit the check run and the status go on. For pull request events this is the PR's head
   * commit: GITHUB_SHA is then the merge commit GitHub made for the run, and checks attached to
   * it never show on the pull request.
   */
  sha: string
  /** The pull request number for pull request events, else null (push, release, dispatch…). */
  pullRequest: number | null
  /**
   * The pull request comes from a fork. Under `pull_request` its GITHUB_TOKEN is read-only, so
   * every write is refused: worth saying when a 403 comes back.
   */
  fromFork: boolean
  /** GITHUB_REF, e.g. refs/pull/2/merge, refs/heads/main, refs/tags/v1.0.0. */
  ref: string
  /** Link to this workflow run (and attempt), or null outside GitHub Actions. */
  runUrl: string | null
  serverUrl: string
  apiUrl: string
}

export type Environment = Readonly<Record<string, string | undefined>>

/** Events whose payload carries `pull_request` with the head commit. */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
])

/** The event's payload carries `pull_request` (its head and base commits). */
export function isPullRequestEvent(eventName: string): boolean {
  return PULL_REQUEST_EVENTS.has(eventName)
}

/** Builds the context from the environment and the event payload. Pure. */
export function githubContextFrom(env: Environment, payload: unknown): GitHubContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const { owner, repo } = repositoryFrom(env, payload)
  const pull = isPullRequestEvent(eventName) ? record(record(payload)?.pull_request) : undefined
  const headSha = text(record(pull?.head)?.sha)
  const sha = headSha ?? nonEmpty(env.GITHUB_SHA)
  if (!sha) {
    throw new ConfigurationError(
      'GITHUB_SHA is not set: publishing to GitHub needs the commit to report on (run inside GitHub Actions)'
    )
  }
  const number = pull?.number
  const headRepository = text(record(record(pull?.head)?.repo)?.full_name)
  const serverUrl = trimTrailing(nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com', '/')
  return {
    owner,
    repo,
    eventName,
    sha,
    pullRequest: typeof number === 'number' && Number.isInteger(number) ? number : null,
    fromFork:
      headRepository !== undefined &&
      headRepository.toLowerCase() !== `${owner}/${repo}`.toLowerCase(),
    ref: env.GITHUB_REF ?? '',
    runUrl: runUrlFrom(env, serverUrl, owner, repo),
    serverUrl,
    apiUrl: trimTrailing(nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com', '/')
  }
}

/**
 * Reads and parses the event payload GitHub wrote to GITHUB_EVENT_PATH; an empty object when the
 * variable is not set (a local run). Anything but a JSON object is refused.
 */
export function readEventPayload(env: Environment): unknown {
  const path = nonEmpty(env.GITHUB_EVENT_PATH)
  if (!path) return {}
  let raw: string
  try {
    raw = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH (${path}) cannot be read: ${errorMessage(error)}; it must name the event JSON GitHub Actions writes`
    )
  }
  let payload: unknown
  try {
    payload = JSON.parse(raw) as unknown
  } catch {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH (${path}) is not valid JSON; it must name the event JSON GitHub Actions writes`
    )
  }
  if (record(payload) === undefined || Array.isArray(payload)) {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH (${path}) holds no JSON object; it must name the event JSON GitHub Actions writes`
    )
  }
  return payload
}

/** The context for this process: reads the event payload once and builds the context. */
export function loadGitHubContext(env: Environment = process.env): GitHubContext {
  return githubContextFrom(env, readEventPayload(env))
}

/**
 * What reading the run's GitHub context gave — "cannot read" is not "fine":
 * - `none`: not a GitHub Actions run and no repository named (a local run of the action);
 * - `read`: the context, the raw event payload, and whether this is a GitHub Actions run;
 * - `unreadable`: a GitHub Actions run whose event or repository could not be read. The caller
 *   must not run the checkout's commands (github/trust.ts) and cannot publish to the API.
 */
export type GitHubContextReading =
  | { kind: 'none' }
  | { kind: 'read'; context: GitHubContext; payload: Record<string, unknown>; actions: boolean }
  | { kind: 'unreadable'; reason: string }

/**
 * Reads the context without throwing. Inside GitHub Actions (GITHUB_ACTIONS=true, or an event
 * name or path set) the event file must be readable JSON, and GITHUB_EVENT_NAME and
 * GITHUB_REPOSITORY must be set and well formed.
 */
export function readGitHubContext(env: Environment = process.env): GitHubContextReading {
  const actions =
    env.GITHUB_ACTIONS === 'true' ||
    nonEmpty(env.GITHUB_EVENT_NAME) !== undefined ||
    nonEmpty(env.GITHUB_EVENT_PATH) !== undefined
  if (!actions && nonEmpty(env.GITHUB_REPOSITORY) === undefined) return { kind: 'none' }
  try {
    if (actions && nonEmpty(env.GITHUB_EVENT_PATH) === undefined) {
      return { kind: 'unreadable', reason: 'GITHUB_EVENT_PATH is not set' }
    }
    if (actions && nonEmpty(env.GITHUB_EVENT_NAME) === undefined) {
      return { kind: 'unreadable', reason: 'GITHUB_EVENT_NAME is not set' }
    }
    const payload = readEventPayload(env) as Record<string, unknown>
    return { kind: 'read', context: githubContextFrom(env, payload), payload, actions }
  } catch (error) {
    return { kind: 'unreadable', reason: errorMessage(error) }
  }
}

function repositoryFrom(env: Environment, payload: unknown): { owner: string; repo: string } {
  const fullName =
    nonEmpty(env.GITHUB_REPOSITORY) ?? text(record(record(payload)?.repository)?.full_name)
  if (!fullName) {
    throw new ConfigurationError(
      'GITHUB_REPOSITORY is not set: publishing to GitHub needs the repository as owner/name (run inside GitHub Actions)'
    )
  }
  const [owner, repo, ...rest] = fullName.split('/')
  if (!owner || !repo || rest.length > 0 || !OWNER.test(owner) || !REPOSITORY.test(repo)) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY ${quoteValue(fullName)} is invalid: expected owner/name`
    )
  }
  return { owner, repo }
}

/** GitHub's rules for account and repository names (they go into API paths). */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const REPOSITORY = /^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/

function runUrlFrom(
  env: Environment,
  serverUrl: string,
  owner: string,
  repo: string
): string | null {
  const runId = nonEmpty(env.GITHUB_RUN_ID)
  if (!runId) return null
  const attempt = nonEmpty(env.GITHUB_RUN_ATTEMPT)
  const base = `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`
  return attempt ? `${base}/attempts/${attempt}` : base
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : undefined
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}
