/**
 * The one octokit every adapter uses: @actions/github's (proxy-aware, GITHUB_API_URL for GHES)
 * with plugin-retry for server errors and dropped connections and plugin-throttling for GitHub's
 * rate limits, as GitHub asks integrators to behave. Every request is bounded: a timeout that
 * covers the whole answer, a cap on the answer's size, and no retry (nor rate-limit wait) once
 * the caller's signal (the publishing deadline) has ended the call.
 */
import { getOctokit } from '@actions/github'
import { defaults as actionsDefaults } from '@actions/github/lib/utils'
import type { Octokit } from '@octokit/core'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { formatDuration } from '../duration.js'
import { ConfigurationError } from '../errors.js'
import { trimTrailing } from '../linear-text.js'
import { boundedFetch, UnusableAnswerError, type FetchLike } from './bounded-fetch.js'

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
  /**
   * Longest one request may take, headers and body (default REQUEST_TIMEOUT_MS); a request that
   * times out is retried like a dropped connection. Env: READINESS_GATE_REQUEST_TIMEOUT_MS.
   */
  requestTimeoutMs?: number
  /** Largest answer body read (default MAX_RESPONSE_BYTES); a larger one fails the request. */
  maxResponseBytes?: number
}

/** Env variable for `maxWaitMs`, for tests that run the bundled action as a process. */
export const MAX_WAIT_ENV = 'READINESS_GATE_RETRY_AFTER_MAX_MS'
/** Env variable for `requestTimeoutMs`, for tests that run the bundled action as a process. */
export const REQUEST_TIMEOUT_ENV = 'READINESS_GATE_REQUEST_TIMEOUT_MS'

/**
 * GitHub answers the calls made here in well under a second; 20 s is a server or a proxy that
 * is not going to answer. With 3 retries and their back-off, one call gives up within 94 s.
 */
export const REQUEST_TIMEOUT_MS = 20_000
/**
 * The largest answer expected is a page of 100 comments of up to 65,536 characters each (about
 * 6.5 MB of ASCII, up to 4 times that in other scripts); anything beyond 32 MiB is not GitHub's.
 */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024

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
  const timeoutMs =
    options.requestTimeoutMs ??
    msFromEnvironment(process.env, REQUEST_TIMEOUT_ENV) ??
    REQUEST_TIMEOUT_MS
  const { log } = options
  const baseUrl = trimTrailing(apiUrl, '/')
  const backoffBaseMs =
    maxWaitMs === undefined ? 1000 : Math.min(1000, maxWaitMs / LONGEST_BACKOFF_FACTOR)
  return getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'readiness-gate',
      request: {
        fetch: boundedFetch(actionsFetch(), {
          timeoutMs,
          maxResponseBytes: options.maxResponseBytes ?? MAX_RESPONSE_BYTES,
          apiBase: baseUrl
        })
      },
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
        retryAfterBaseValue: backoffBaseMs
      },
      throttle: throttleOptions(log, maxWaitMs)
    },
    // Before plugin-retry: its error hook must see what noRetryWhenFutile decided.
    noRetryWhenFutile(backoffBaseMs),
    retry,
    throttling
  )
}

/** What an adapter call takes besides its data: the signal that ends it (the deadline). */
export interface CallOptions {
  signal?: AbortSignal
  /**
   * When `signal` will abort (epoch ms), if known: a retry or a rate-limit wait that cannot end
   * before it is not started.
   */
  deadlineAt?: number
}

/** The request options this module reads back in its hooks. */
interface BudgetedRequest {
  signal?: AbortSignal
  deadlineAt?: number
  retries?: number
  retryCount?: number
}

/** The octokit request options that carry `call` to every attempt of the request. */
export function callOptions(call: CallOptions): {
  request?: { signal: AbortSignal; deadlineAt?: number }
} {
  if (!call.signal) return {}
  return {
    request: {
      signal: call.signal,
      ...(call.deadlineAt === undefined ? {} : { deadlineAt: call.deadlineAt })
    }
  }
}

/**
 * @actions/github's fetch (undici through the runner's proxy settings). Passing our own
 * `request` option replaces @actions/github's defaults whole, so the bounded fetch wraps theirs.
 */
function actionsFetch(): FetchLike {
  const fetch = (actionsDefaults.request as { fetch?: FetchLike } | undefined)?.fetch
  return fetch ?? globalThis.fetch
}

/**
 * A retry cannot help when the caller's signal ended the call (the deadline passed), when its
 * back-off would end after the deadline, or when the answer was unusable (too large, or from
 * outside the API: it would be again). plugin-retry reads `request.retries` per call.
 */
function noRetryWhenFutile(backoffBaseMs: number): (octokit: Octokit) => void {
  return (octokit) => {
    octokit.hook.error('request', (error, options) => {
      const request = options.request as BudgetedRequest | undefined
      if (request === undefined) throw error
      const cause = (error as { cause?: unknown }).cause
      // plugin-retry waits (retry number)² × base before the next attempt.
      const backoffMs = ((request.retryCount ?? 0) + 1) ** 2 * backoffBaseMs
      if (
        isAborted(request.signal) ||
        !fitsBefore(request.deadlineAt, backoffMs) ||
        cause instanceof UnusableAnswerError
      ) {
        request.retries = 0
      }
      throw error
    })
  }
}

/** Waiting `ms` from now still ends before `deadlineAt` (always, when there is none). */
function fitsBefore(deadlineAt: number | undefined, ms: number): boolean {
  return deadlineAt === undefined || Date.now() + ms < deadlineAt
}

/** Reads READINESS_GATE_RETRY_AFTER_MAX_MS; undefined when unset. */
export function maxWaitFromEnvironment(
  env: Readonly<Record<string, string | undefined>>
): number | undefined {
  return msFromEnvironment(env, MAX_WAIT_ENV)
}

/** A duration in milliseconds from an env variable (0 or more); undefined when unset. */
export function msFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  name: string
): number | undefined {
  const raw = env[name]?.trim()
  if (raw === undefined || raw === '') return undefined
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(`${name} '${raw}' is invalid: expected milliseconds (0 or more)`)
  }
  return value
}

/** plugin-throttling's handler type, as its typings declare it. */
type LimitHandler = NonNullable<ThrottlingOptions['onRateLimit']>

type RateLimitHandler = (
  retryAfterSeconds: number,
  request: { method: string; url: string; request?: BudgetedRequest },
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
    const signal = request.request?.signal
    const waitMs = Math.min(retryAfterSeconds * 1000, maxWaitMs ?? Number.POSITIVE_INFINITY)
    const withinDeadline = !isAborted(signal) && fitsBefore(request.request?.deadlineAt, waitMs)
    const retrying =
      retryCount < RATE_LIMIT_RETRIES &&
      retryAfterSeconds <= LONGEST_RATE_LIMIT_WAIT_SECONDS &&
      withinDeadline
    const message =
      `GitHub ${kind} hit on ${request.method} ${request.url}: ` +
      (retrying
        ? `retrying in ${formatDuration(retryAfterSeconds * 1000)} (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`
        : withinDeadline
          ? 'giving up'
          : `giving up (waiting ${formatDuration(retryAfterSeconds * 1000)} would pass the publishing deadline)`)
    if (warnedOnce.value) {
      log.debug(message)
    } else {
      warnedOnce.value = true
      log.warning(message)
    }
    if (!retrying) return false
    await sleep(waitMs, signal)
    // The deadline passed while waiting: the retry would be cut off at once.
    return !isAborted(signal)
  }
}

function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true
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

/** Waits `ms`, or less when `signal` aborts first (so no timer outlives the deadline). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve()
      return
    }
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}
