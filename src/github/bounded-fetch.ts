/**
 * The fetch every GitHub request goes through, bounded in time and in size. octokit's own fetch
 * waits as long as the socket lives (undici's 300 s header timeout, none at all for a body that
 * trickles in) and buffers any body whole; a faulty API or proxy must cost the job neither its
 * runtime nor its memory.
 *
 * The answer is read here, before octokit sees it: octokit swallows a failure while reading a
 * body (the data becomes ""), so a body cut short would pass for an empty success.
 */
import { formatDuration } from '../duration.js'
import { formatBytes } from '../report/format.js'
import { outsideApi } from './api-origin.js'

/** The fetch octokit calls (the WHATWG signature). */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

export interface FetchBounds {
  /** Longest one request may take, from sending it to the last byte of the answer. */
  timeoutMs: number
  /** Largest answer body read, in bytes; a larger one is abandoned unread. */
  maxResponseBytes: number
  /**
   * The API's base URL: an answer redirected outside it is refused unread. (fetch already drops
   * the token on a redirect to another origin; the answer from there is not GitHub's either.)
   */
  apiBase: string
}

/** No complete answer within the request timeout. octokit retries it like a dropped connection. */
export class ApiTimeoutError extends Error {
  override name = 'ApiTimeoutError'
}

/**
 * An answer that cannot be used, whatever it says. Not retried: the same request gets the same
 * answer.
 */
export class UnusableAnswerError extends Error {
  override name = 'UnusableAnswerError'
}

/** The answer's body is larger than the cap. */
export class ApiResponseTooLargeError extends UnusableAnswerError {
  override name = 'ApiResponseTooLargeError'
}

/** The answer came, through redirects, from outside the API. */
export class RedirectedOutsideApiError extends UnusableAnswerError {
  override name = 'RedirectedOutsideApiError'
}

/** Statuses whose Response must not have a body (the Response constructor throws otherwise). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

/**
 * Wraps `underlying` so each call ends within `timeoutMs` (headers and body) and reads at most
 * `maxResponseBytes`. When the caller's own signal ends the call (the publishing deadline), the
 * rejection is an AbortError, which octokit's retry plugin does not retry.
 */
export function boundedFetch(underlying: FetchLike, bounds: FetchBounds): FetchLike {
  return async (input, init = {}) => {
    const callerSignal = init.signal ?? undefined
    const timeout = new AbortController()
    const timer = setTimeout(() => {
      timeout.abort()
    }, bounds.timeoutMs)
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal
    try {
      const response = await underlying(input, { ...init, signal })
      refuseRedirectOutside(response, bounds.apiBase)
      const body = await readBody(response, bounds.maxResponseBytes)
      return rebuilt(response, body)
    } catch (error) {
      if (callerSignal?.aborted) throw abortError(callerSignal)
      if (timeout.signal.aborted) {
        throw new ApiTimeoutError(`no complete answer within ${formatDuration(bounds.timeoutMs)}`)
      }
      throw error
    } finally {
      clearTimeout(timer)
    }
  }
}

function refuseRedirectOutside(response: Response, apiBase: string): void {
  if (!response.redirected || response.url === '') return
  const outside = outsideApi(new URL(response.url), apiBase)
  if (outside === null) return
  void response.body?.cancel().catch(() => undefined)
  throw new RedirectedOutsideApiError(
    `the API redirected the request to ${outside}, outside the API at ${apiBase}; that answer was left unread (and the token is not sent there)`
  )
}

/** The whole body, or an ApiResponseTooLargeError as soon as it passes `limit` bytes. */
async function readBody(response: Response, limit: number): Promise<Uint8Array | null> {
  const body = response.body
  if (body === null) return null
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (declared > limit) {
    await body.cancel().catch(() => undefined)
    throw tooLarge(limit, `${declared} bytes announced`)
  }
  const chunks: Uint8Array[] = []
  let bytes = 0
  // Leaving the loop early (the throw) cancels the stream, which closes the connection.
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength
    if (bytes > limit) throw tooLarge(limit, 'more than that received')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function tooLarge(limit: number, detail: string): ApiResponseTooLargeError {
  return new ApiResponseTooLargeError(
    `the API's answer was larger than ${formatBytes(limit)} (${detail}) and was left unread`
  )
}

/** A Response over the bytes already read, with the original's status, headers and URL. */
function rebuilt(original: Response, body: Uint8Array | null): Response {
  const response = new Response(NULL_BODY_STATUSES.has(original.status) ? null : body, {
    status: original.status,
    statusText: original.statusText,
    headers: new Headers(original.headers)
  })
  // octokit reports response.url; a constructed Response has none of its own.
  Object.defineProperty(response, 'url', { value: original.url })
  return response
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  if (reason instanceof Error && reason.name === 'AbortError') return reason
  const error = new Error(reason instanceof Error ? reason.message : 'The operation was aborted')
  error.name = 'AbortError'
  return error
}
