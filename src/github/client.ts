/**
 * The one octokit every adapter uses: @actions/github's (proxy-aware, GITHUB_API_URL for GHES)
 * with plugin-retry for server errors and dropped connections and plugin-throttling for GitHub's
 * rate limits, as GitHub asks integrators to behave.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { ConfigurationError } from '../errors.js'
import { trimTrailing } from '../text.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientLog {
  warning(message: string): void
  debug(message: string): void
}

export interface ClientOptions {
  log: ClientLog
  /**
   * Longest the client ever waits on its own: retry back-off, Retry-After / rate-limit reset,
   * and the spacing GitHub asks for between writes. Unset in production, where GitHub's values
   * hold; tests that drive a local server set it (or READINESS_GATE_RETRY_AFTER_MAX_MS) low.
   */
  maxWaitMs?: number
}

/** Env variable for `maxWaitMs`, for tests that run the bundled action as a process. */
export const MAX_WAIT_ENV = 'READINESS_GATE_RETRY_AFTER_MAX_MS'

/** Retries after 500/502/503/… and connection resets (which octokit reports as status 500). */
const SERVER_ERROR_RETRIES = 3
/** plugin-retry waits (retry number)² × base: 1 s, 4 s, 9 s with GitHub-friendly 1 s base. */
const LONGEST_BACKOFF_FACTOR = SERVER_ERROR_RETRIES ** 2
const RATE_LIMIT_RETRIES = 2
/**
 * A primary rate limit can reset up to an hour away; a job idling that long costs more than a
 * missing report, so longer waits fail the surface with a warning instead.
 */
const LONGEST_RATE_LIMIT_WAIT_SECONDS = 10 * 60
/**
 * 4xx answers that no retry can change. 403 and 429 are here too: they are rate limits (handled,
 * with GitHub's Retry-After, by plugin-throttling) or refusals; plugin-retry's own back-off would
 * retry them early, which GitHub penalises.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

export function createOctokit(token: string, apiUrl: string, options: ClientOptions): GitHubClient {
  if (token.trim() === '') {
    throw new ConfigurationError(
      'The github-token input is empty: pass a token (the default, ${{ github.token }}, works)'
    )
  }
  const maxWaitMs = options.maxWaitMs ?? maxWaitFromEnvironment(process.env)
  const { log } = options
  return getOctokit(
    token,
    {
      baseUrl: trimTrailing(apiUrl, '/'),
      userAgent: 'readiness-gate',
      log: {
        debug: (message: string) => {
          log.debug(message)
        },
        info: (message: string) => {
          log.debug(message)
        },
        warn: (message: string) => {
          log.warning(message)
        },
        error: (message: string) => {
          log.debug(message)
        }
      },
      retry: {
        retries: SERVER_ERROR_RETRIES,
        doNotRetry: DO_NOT_RETRY,
        retryAfterBaseValue:
          maxWaitMs === undefined ? 1000 : Math.min(1000, maxWaitMs / LONGEST_BACKOFF_FACTOR)
      },
      throttle: throttleOptions(log, maxWaitMs)
    },
    retry,
    throttling
  )
}

/** Reads READINESS_GATE_RETRY_AFTER_MAX_MS; undefined when unset. */
export function maxWaitFromEnvironment(
  env: Readonly<Record<string, string | undefined>>
): number | undefined {
  const raw = env[MAX_WAIT_ENV]?.trim()
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(
      `${MAX_WAIT_ENV} '${raw}' is invalid: expected milliseconds (0 or more)`
    )
  }
  return value
}

/** plugin-throttling's handler type, as its typings declare it. */
type LimitHandler = NonNullable<ThrottlingOptions['onRateLimit']>

type RateLimitHandler = (
  retryAfterSeconds: number,
  request: { method: string; url: string },
  octokit: unknown,
  retryCount: number
) => Promise<boolean>

function throttleOptions(log: ClientLog, maxWaitMs: number | undefined): ThrottlingOptions {
  const warnedOnce = { value: false }
  const onRateLimit = rateLimitHandler('rate limit', log, warnedOnce, maxWaitMs)
  const onSecondaryRateLimit = rateLimitHandler('secondary rate limit', log, warnedOnce, maxWaitMs)
  return {
    // The handlers below do the waiting themselves (so it can be capped); the plugin adds none.
    retryAfterBaseValue: 0,
    // plugin-throttling awaits its handlers (Bottleneck events await listeners), though its
    // typings declare them as returning void.
    onRateLimit: onRateLimit as unknown as LimitHandler,
    onSecondaryRateLimit: onSecondaryRateLimit as unknown as LimitHandler,
    ...(maxWaitMs !== undefined && maxWaitMs < 1000
      ? { write: UNSPACED as never, notifications: UNSPACED as never }
      : {})
  }
}

/**
 * Rate limited: retry at most RATE_LIMIT_RETRIES times after GitHub's Retry-After (or reset), and
 * warn once per client (further hits go to the debug log) so a throttled run does not flood
 * the job log.
 */
function rateLimitHandler(
  kind: string,
  log: ClientLog,
  warnedOnce: { value: boolean },
  maxWaitMs: number | undefined
): RateLimitHandler {
  return async (retryAfterSeconds, request, _octokit, retryCount) => {
    const retrying =
      retryCount < RATE_LIMIT_RETRIES && retryAfterSeconds <= LONGEST_RATE_LIMIT_WAIT_SECONDS
    const message =
      `GitHub ${kind} hit on ${request.method} ${request.url}: ` +
      (retrying
        ? `retrying in ${retryAfterSeconds} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`
        : 'giving up')
    if (warnedOnce.value) {
      log.debug(message)
    } else {
      warnedOnce.value = true
      log.warning(message)
    }
    if (!retrying) return false
    await sleep(Math.min(retryAfterSeconds * 1000, maxWaitMs ?? Number.POSITIVE_INFINITY))
    return true
  }
}

/**
 * Stands in for plugin-throttling's write and notification limiters, which space writes by 1 s
 * and 3 s as GitHub recommends: right against github.com, pure delay against a local test server.
 */
const UNSPACED = {
  key: () => ({
    schedule: <T>(_options: unknown, job: () => T): T => job()
  })
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
