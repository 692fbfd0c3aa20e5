// A broken API or proxy must not stall the job nor eat its memory, and must not be taken for
// success: the real octokit (createOctokit) against the local GitHub server playing the faults —
// silent, dripping, huge, not JSON, pagination elsewhere — with small injected bounds. Each test
// shows publishing ends within its bound with an outcome the caller can still report.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { RenderedReport } from '../../src/report/surfaces.js'
import { createOctokit, MAX_RESPONSE_BYTES, type GitHubClient } from '../../src/github/client.js'
import { githubContextFrom, type GitHubContext } from '../../src/github/context.js'
import { startCheckRun } from '../../src/github/checks.js'
import { outsideApi } from '../../src/github/api-origin.js'
import { nextPageUrl } from '../../src/github/comment.js'
import {
  publishReport,
  tryStartCheckRun,
  type PublishOptions,
  type PublishOutcome
} from '../../src/github/publish.js'
import {
  gitHubServerPerTest,
  startGitHubServer,
  type GitHubServer
} from '../support/github-server.js'
import { TOKENS } from '../support/github-identities.js'
import { actionsEnvironment, loadEvent } from '../support/github-events.js'

const REPO = 'Codertocat/Hello-World'
const CHECK_NAME = 'Readiness Gate'
/** Per-request timeout in these tests (production: 20 s). */
const TIMEOUT_MS = 250
/** Attempts per call: the first and plugin-retry's 3 retries. */
const ATTEMPTS = 4
/** Scheduling noise allowed on a shared 2-core machine. */
const SLACK_MS = 3000

let server: GitHubServer
let warnings: string[]

gitHubServerPerTest({ set: (started) => (server = started), get: () => server })
beforeEach(() => {
  warnings = []
})

function octokit(options: { requestTimeoutMs?: number; maxWaitMs?: number } = {}): GitHubClient {
  return createOctokit(TOKENS.actions, server.url, {
    log: { warning: (message) => warnings.push(message), debug: () => undefined },
    maxWaitMs: options.maxWaitMs ?? 5,
    requestTimeoutMs: options.requestTimeoutMs ?? TIMEOUT_MS
  })
}

/** A pull_request run's context, its repository, PR and commits seeded into the server. */
function prContext(): GitHubContext {
  const payload = loadEvent('pull_request.opened')
  server.seedFromEvent(payload)
  const env = actionsEnvironment('pull_request', { GITHUB_API_URL: server.url })
  server.addCommit(REPO, env.GITHUB_SHA!)
  return githubContextFrom(env, payload)
}

function report(): RenderedReport {
  return {
    conclusion: 'failure',
    title: 'Not ready: 1 blocker',
    checkSummary: '## Not ready',
    checkText: '',
    comment: '## Readiness Gate: not ready',
    jobSummary: '# Readiness Gate',
    statusDescription: 'Not ready: 1 blocker',
    annotations: []
  }
}

const ALL_SURFACES: PublishOptions = {
  checkRun: true,
  status: true,
  comment: true,
  checkName: CHECK_NAME
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now()
  const result = await work()
  return { result, ms: performance.now() - started }
}

function summary(outcome: PublishOutcome): [string, boolean, string | undefined][] {
  return outcome.surfaces.map((surface) => [surface.name, surface.ok, surface.skipped])
}

/** Every held connection has been closed by the client: nothing is left waiting on them. */
async function allHeldConnectionsClosed(): Promise<void> {
  const held = server.requests.flatMap((request) => (request.held ? [request.held.closed] : []))
  await Promise.all(held)
}

const UNREACHABLE_ALL =
  'the check run, the commit status and the pull request comment were not published; the job summary and outputs still have the report'

describe('an API that never answers', () => {
  it('each attempt times out, the retries end, and one warning names every surface lost', async () => {
    const ctx = prContext()
    server.failNext(
      'checks/create',
      ...Array.from({ length: ATTEMPTS }, () => ({ kind: 'silent' as const }))
    )
    const { result, ms } = await timed(() => publishReport(octokit(), ctx, report(), ALL_SURFACES))
    expect(ms).toBeGreaterThanOrEqual(ATTEMPTS * TIMEOUT_MS - 50)
    expect(ms).toBeLessThan(ATTEMPTS * TIMEOUT_MS + SLACK_MS)
    expect(summary(result)).toEqual([
      ['check-run', false, undefined],
      ['commit-status', false, 'the GitHub API could not be reached'],
      ['comment', false, 'the GitHub API could not be reached']
    ])
    expect(result.surfaces[0]!.warning).toBe(
      `Could not reach the GitHub API at ${server.url} (no complete answer within 250ms), even after retrying: ${UNREACHABLE_ALL}`
    )
    expect(server.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual(
      Array.from({ length: ATTEMPTS }, () => 'checks/create no answer')
    )
    await allHeldConnectionsClosed()
  })

  it('publishing stops at its deadline: the request in flight is aborted, not retried', async () => {
    const ctx = prContext()
    server.failNext('checks/create', { kind: 'silent' })
    const deadlineMs = 400
    const { result, ms } = await timed(() =>
      publishReport(octokit({ requestTimeoutMs: 60_000 }), ctx, report(), {
        ...ALL_SURFACES,
        deadlineMs
      })
    )
    expect(ms).toBeGreaterThanOrEqual(deadlineMs - 50)
    expect(ms).toBeLessThan(deadlineMs + SLACK_MS)
    expect(summary(result)).toEqual([
      ['check-run', false, undefined],
      ['commit-status', false, 'publishing reached its deadline'],
      ['comment', false, 'publishing reached its deadline']
    ])
    expect(result.surfaces.map((surface) => surface.warning)).toEqual([
      `Publishing to the GitHub API at ${server.url} stopped at its 400ms deadline: ${UNREACHABLE_ALL}`,
      undefined,
      undefined
    ])
    await allHeldConnectionsClosed()
    expect(server.requests).toHaveLength(1)
  })

  it('the deadline names only what was left: the surfaces published before it stand', async () => {
    const ctx = prContext()
    server.failNext('repos/create-commit-status', { kind: 'silent' })
    const outcome = await publishReport(octokit({ requestTimeoutMs: 60_000 }), ctx, report(), {
      ...ALL_SURFACES,
      deadlineMs: 1000
    })
    expect(summary(outcome)).toEqual([
      ['check-run', true, undefined],
      ['commit-status', false, undefined],
      ['comment', false, 'publishing reached its deadline']
    ])
    expect(outcome.surfaces[1]!.warning).toMatch(
      /stopped at its 1s deadline: the commit status and the pull request comment were not published/
    )
    expect(server.state.checkRuns[0]).toMatchObject({ status: 'completed' })
    await allHeldConnectionsClosed()
  })

  it('a check-run start still pending is awaited within the deadline, then given up', async () => {
    const ctx = prContext()
    server.failNext('checks/create', { kind: 'silent' })
    const client = octokit({ requestTimeoutMs: 60_000 })
    const stopStart = new AbortController()
    const checkRunStart = tryStartCheckRun(client, ctx, CHECK_NAME, { signal: stopStart.signal })
    const { result, ms } = await timed(() =>
      publishReport(client, ctx, report(), { ...ALL_SURFACES, checkRunStart, deadlineMs: 300 })
    )
    expect(ms).toBeLessThan(300 + SLACK_MS)
    expect(result.surfaces[0]!.warning).toMatch(/stopped at its 300ms deadline: the check run, /)
    // The caller ends the start it began; it settles at once as a failure, never a throw.
    stopStart.abort()
    const started = await checkRunStart
    expect(started).toMatchObject({ failure: { name: 'check-run', ok: false } })
    await allHeldConnectionsClosed()
    expect(server.requests).toHaveLength(1)
  })

  it('a rate-limit wait (Retry-After 60 s, uncapped) ends when the caller’s signal does', async () => {
    const ctx = prContext()
    server.failNext('checks/create', {
      kind: 'secondary-rate-limit',
      status: 429,
      retryAfterSeconds: 60
    })
    const client = createOctokit(TOKENS.actions, server.url, {
      log: { warning: (message) => warnings.push(message), debug: () => undefined }
    })
    const stop = new AbortController()
    const started = tryStartCheckRun(client, ctx, CHECK_NAME, { signal: stop.signal })
    await until(() => warnings.length > 0)
    expect(warnings[0]).toMatch(/retrying in 1m/)
    const { result, ms } = await timed(async () => {
      stop.abort()
      return started
    })
    expect(ms).toBeLessThan(SLACK_MS)
    expect(result).toMatchObject({ failure: { ok: false } })
    expect(server.requests.map((r) => r.status)).toEqual([429])
  })
})

describe('retries within the deadline', () => {
  it('a rate-limit wait that would pass the deadline is not started', async () => {
    const ctx = prContext()
    server.failNext('checks/create', {
      kind: 'secondary-rate-limit',
      status: 429,
      retryAfterSeconds: 60
    })
    const client = createOctokit(TOKENS.actions, server.url, {
      log: { warning: (message) => warnings.push(message), debug: () => undefined }
    })
    // One write only: production clients space writes by 1 s (GitHub's advice).
    const { result, ms } = await timed(() =>
      publishReport(client, ctx, report(), {
        ...ALL_SURFACES,
        status: false,
        comment: false,
        deadlineMs: 30_000
      })
    )
    expect(ms).toBeLessThan(SLACK_MS)
    expect(warnings).toEqual([
      expect.stringMatching(
        /secondary rate limit hit on POST .*: giving up \(waiting 1m would pass the publishing deadline\)$/
      )
    ])
    expect(result.surfaces).toEqual([
      {
        name: 'check-run',
        ok: false,
        warning: expect.stringMatching(
          /^Could not publish the check run: GitHub's rate limit still applied after retrying \(429: /
        )
      }
    ])
    expect(server.callsTo('checks/create').map((r) => r.status)).toEqual([429])
  })

  it('a retry whose back-off would pass the deadline is not made', async () => {
    const ctx = prContext()
    server.failNext('issues/list-comments', { kind: 'error', status: 502 })
    // Production back-off (1 s before the first retry) against a deadline nearer than that; a
    // read, which production clients do not space out.
    const client = createOctokit(TOKENS.actions, server.url, {
      log: { warning: (message) => warnings.push(message), debug: () => undefined },
      requestTimeoutMs: 60_000
    })
    const outcome = await publishReport(client, ctx, report(), {
      checkRun: false,
      status: false,
      comment: true,
      checkName: CHECK_NAME,
      deadlineMs: 900
    })
    expect(outcome.surfaces).toEqual([
      {
        name: 'comment',
        ok: false,
        warning:
          'Could not publish the pull request comment: GitHub did not answer successfully, even after retrying (502: Bad Gateway)'
      }
    ])
    expect(server.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'issues/list-comments 502'
    ])
  })
})

describe('an answer that drips forever', () => {
  it('hits the timeout although bytes keep coming: the timeout covers the body', async () => {
    const ctx = prContext()
    server.failNext(
      'checks/create',
      ...Array.from({ length: ATTEMPTS }, () => ({
        kind: 'drip' as const,
        status: 201,
        everyMs: 10
      }))
    )
    const { result, ms } = await timed(() => publishReport(octokit(), ctx, report(), ALL_SURFACES))
    expect(ms).toBeLessThan(ATTEMPTS * TIMEOUT_MS + SLACK_MS)
    expect(result.surfaces[0]!.warning).toBe(
      `Could not reach the GitHub API at ${server.url} (no complete answer within 250ms), even after retrying: ${UNREACHABLE_ALL}`
    )
    await allHeldConnectionsClosed()
    // The headers came at once and the body kept moving: only a timeout over the body ends it.
    expect(server.requests.every((r) => r.status === 201 && r.held!.bytesSent > 0)).toBe(true)
  })
})

describe('a huge answer', () => {
  const HUGE = 440 * 1024 * 1024

  it('440 MB streamed is cut off at the 32 MiB cap, read once, with memory bounded', async () => {
    const ctx = prContext()
    server.failNext('issues/list-comments', { kind: 'huge', bytes: HUGE })
    const client = octokit({ requestTimeoutMs: 60_000 })
    const memory = rssSampler()
    const outcome = await publishReport(client, ctx, report(), ALL_SURFACES)
    const growth = memory.stop()
    expect(summary(outcome)).toEqual([
      ['check-run', true, undefined],
      ['commit-status', true, undefined],
      ['comment', false, undefined]
    ])
    expect(outcome.surfaces[2]!.warning).toBe(
      "Could not publish the pull request comment: the API's answer was larger than 32.0 MB (more than that received) and was left unread"
    )
    await allHeldConnectionsClosed()
    const [listing] = server.callsTo('issues/list-comments')
    expect(server.callsTo('issues/list-comments')).toHaveLength(1)
    expect(listing!.held!.bytesSent).toBeGreaterThan(MAX_RESPONSE_BYTES)
    expect(listing!.held!.bytesSent).toBeLessThan(HUGE / 4)
    expect(growth).toBeLessThan(100 * 1024 * 1024)
  })

  it('a body announced larger than the cap is refused before it is read', async () => {
    const ctx = prContext()
    server.failNext('checks/create', { kind: 'huge', status: 201, bytes: HUGE, announce: true })
    const started = await tryStartCheckRun(octokit(), ctx, CHECK_NAME)
    expect(started).toEqual({
      failure: {
        name: 'check-run',
        ok: false,
        warning: `Could not publish the check run: the API's answer was larger than 32.0 MB (${HUGE} bytes announced) and was left unread`
      }
    })
    await allHeldConnectionsClosed()
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]!.held!.bytesSent).toBeLessThan(HUGE / 4)
  })
})

describe('a success status is not success without the answer', () => {
  it('a non-JSON 201 on check-run creation is a clear failure; the other surfaces go on', async () => {
    const ctx = prContext()
    const html = '<html><body>Welcome to the proxy</body></html>'
    server.failNext('checks/create', {
      kind: 'answer',
      status: 201,
      body: html,
      contentType: 'text/html; charset=utf-8'
    })
    const outcome = await publishReport(octokit(), ctx, report(), ALL_SURFACES)
    expect(outcome.surfaces.map((s) => [s.name, s.ok])).toEqual([
      ['check-run', false],
      ['commit-status', true],
      ['comment', true]
    ])
    expect(outcome.surfaces[0]!.warning).toBe(
      `Could not publish the check run: GitHub answered 201 without the check run: the body is not JSON (text/html, ${html.length} bytes)`
    )
    expect(server.commentsOn(REPO, 2)).toHaveLength(1)
  })

  it.each([
    ['no id at all', '{"message":"Created"}', 'no id field'],
    ['a string id', '{"id":"17"}', 'id is the string "17"'],
    ['a JSON array', '[]', null],
    ['an empty body', '', null]
  ])('a 201 with %s on the check-run start is a failure, not an id', async (_, body, detail) => {
    const ctx = prContext()
    server.failNext('checks/create', {
      kind: 'answer',
      status: 201,
      body,
      contentType: 'application/json; charset=utf-8'
    })
    const started = await tryStartCheckRun(octokit(), ctx, CHECK_NAME)
    expect(started).toMatchObject({ failure: { name: 'check-run', ok: false } })
    const warning = (started as { failure: { warning: string } }).failure.warning
    expect(warning).toMatch(
      /^Could not publish the check run: GitHub answered 201 without the check run/
    )
    if (detail !== null) expect(warning).toContain(detail)
    await expect(startCheckRun(octokit(), ctx, CHECK_NAME)).resolves.toBeGreaterThan(0)
  })

  it('a start passed as a promise: its id is completed; its failure is the check run’s outcome', async () => {
    const ctx = prContext()
    const client = octokit()
    const good = await publishReport(client, ctx, report(), {
      ...ALL_SURFACES,
      checkRunStart: tryStartCheckRun(client, ctx, CHECK_NAME)
    })
    expect(good.surfaces.every((s) => s.ok)).toBe(true)
    expect(server.state.checkRuns).toHaveLength(1)
    expect(server.state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' })
    server.failNext('checks/create', {
      kind: 'answer',
      status: 201,
      body: '',
      contentType: 'text/html'
    })
    const before = server.requests.length
    const bad = await publishReport(client, ctx, report(), {
      ...ALL_SURFACES,
      checkRunStart: tryStartCheckRun(client, ctx, CHECK_NAME)
    })
    expect(bad.surfaces.map((s) => [s.name, s.ok])).toEqual([
      ['check-run', false],
      ['commit-status', true],
      ['comment', true]
    ])
    expect(bad.surfaces[0]!.warning).toBe(
      'Could not publish the check run: GitHub answered 201 without the check run: the body is empty (text/html)'
    )
    // No second check run is created, and no id is made up to complete.
    expect(server.requests.slice(before).map((r) => r.operationId)).toEqual([
      'checks/create',
      'repos/create-commit-status',
      'issues/list-comments' // the comment is unchanged
    ])
  })

  it('a non-JSON 201 on comment creation fails the comment, not the check run', async () => {
    const ctx = prContext()
    server.failNext('issues/create-comment', {
      kind: 'answer',
      status: 201,
      body: 'OK',
      contentType: 'text/plain'
    })
    const outcome = await publishReport(octokit(), ctx, report(), ALL_SURFACES)
    expect(outcome.surfaces.map((s) => [s.name, s.ok])).toEqual([
      ['check-run', true],
      ['commit-status', true],
      ['comment', false]
    ])
    expect(outcome.surfaces[2]!.warning).toBe(
      'Could not publish the pull request comment: GitHub answered 201 without the comment: the body is not JSON (text/plain, 2 bytes)'
    )
  })

  it('an edit answered 200 without the comment’s id fails the comment', async () => {
    const ctx = prContext()
    await publishReport(octokit(), ctx, report(), { ...ALL_SURFACES, checkRun: false })
    server.failNext('issues/update-comment', {
      kind: 'answer',
      status: 200,
      body: '{"ok":true}',
      contentType: 'application/json'
    })
    const outcome = await publishReport(
      octokit(),
      ctx,
      { ...report(), comment: 'changed' },
      { ...ALL_SURFACES, checkRun: false, status: false }
    )
    expect(outcome.surfaces[0]).toMatchObject({
      name: 'comment',
      ok: false,
      warning: expect.stringContaining("GitHub answered 200 without the comment's numeric id")
    })
  })

  it('a page of comments that is not a JSON array fails the comment', async () => {
    const ctx = prContext()
    server.failNext('issues/list-comments', {
      kind: 'answer',
      status: 200,
      body: '{"comments":[]}',
      contentType: 'application/json'
    })
    const outcome = await publishReport(octokit(), ctx, report(), ALL_SURFACES)
    expect(outcome.surfaces[2]!.warning).toBe(
      'Could not publish the pull request comment: GitHub answered 200 without a page of comments: the body is a JSON object'
    )
    expect(server.callsTo('issues/create-comment')).toHaveLength(0)
  })
})

describe('pagination stays within the API', () => {
  let foreign: GitHubServer

  beforeEach(async () => {
    foreign = await startGitHubServer()
  })

  afterEach(async () => {
    await foreign.close()
  })

  it('a Link "next" at another origin is never requested: the token stays home', async () => {
    const ctx = prContext()
    const elsewhere = `${foreign.url}/repos/${REPO}/issues/2/comments?per_page=100&page=2`
    server.failNext('issues/list-comments', { kind: 'next-page-at', url: elsewhere })
    const outcome = await publishReport(octokit(), ctx, report(), ALL_SURFACES)
    expect(foreign.requests).toEqual([])
    expect(outcome.surfaces.map((s) => [s.name, s.ok])).toEqual([
      ['check-run', true],
      ['commit-status', true],
      ['comment', false]
    ])
    expect(outcome.surfaces[2]!.warning).toBe(
      `Could not publish the pull request comment: GitHub's answer put the next page of comments at ${foreign.url}, outside the API at ${server.url}; the token was not sent there and the listing stopped after 1 page`
    )
    // No comment is written from a partial listing (it could duplicate ours on a later page).
    expect(server.callsTo('issues/create-comment')).toHaveLength(0)
    expect(server.requests.every((r) => r.authorized)).toBe(true)
  })

  it('an answer redirected to another origin is refused unread, and the token is not sent along', async () => {
    const ctx = prContext()
    const elsewhere = `${foreign.url}/repos/${REPO}/issues/2/comments`
    server.failNext('issues/list-comments', { kind: 'redirect', status: 302, location: elsewhere })
    const outcome = await publishReport(octokit(), ctx, report(), ALL_SURFACES)
    expect(foreign.requests.map((r) => [r.path, r.authorized])).toEqual([
      [`/repos/${REPO}/issues/2/comments`, false]
    ])
    expect(outcome.surfaces[2]).toEqual({
      name: 'comment',
      ok: false,
      warning: `Could not publish the pull request comment: the API redirected the request to ${foreign.url}, outside the API at ${server.url}; that answer was left unread (and the token is not sent there)`
    })
    // Not retried: the same request would be redirected again.
    expect(server.callsTo('issues/list-comments')).toHaveLength(1)
  })

  it('a Link "next" inside the API is followed, with the token', async () => {
    const ctx = prContext()
    const samePlace = `${server.url}/repos/${REPO}/issues/2/comments?per_page=100&page=2`
    server.failNext('issues/list-comments', { kind: 'next-page-at', url: samePlace })
    const outcome = await publishReport(octokit(), ctx, report(), ALL_SURFACES)
    expect(outcome.surfaces.every((s) => s.ok)).toBe(true)
    expect(server.callsTo('issues/list-comments').map((r) => [r.query.page, r.authorized])).toEqual(
      [
        [undefined, true],
        ['2', true],
        [undefined, true]
      ]
    )
  })

  it.each([
    [
      'https://api.github.com',
      'https://api.github.com/repositories/1/issues/2/comments?page=2',
      null
    ],
    [
      'https://api.github.com',
      'https://evil.example/repos/o/r/issues/2/comments',
      'https://evil.example'
    ],
    ['https://api.github.com', 'http://api.github.com/repos/o/r', 'http://api.github.com'],
    [
      'https://api.github.com',
      'https://api.github.com:8443/repos/o/r',
      'https://api.github.com:8443'
    ],
    ['https://ghe.example/api/v3', 'https://ghe.example/api/v3/repos/o/r?page=2', null],
    [
      'https://ghe.example/api/v3',
      'https://ghe.example/api/v30/x',
      'https://ghe.example/api/v30/x'
    ],
    ['https://ghe.example/api/v3', 'https://ghe.example/login', 'https://ghe.example/login']
  ])('base %s, next %s → outside: %s', (base, next, outside) => {
    expect(outsideApi(new URL(next), base)).toBe(outside)
  })

  it('reads rel="next" from a Link header, relative targets resolved against the API', () => {
    const base = 'https://ghe.example/api/v3'
    expect(
      nextPageUrl(
        '<https://x.test/a?page=1>; rel="prev", <https://x.test/a?page=3>; rel="next"',
        base
      )?.href
    ).toBe('https://x.test/a?page=3')
    expect(nextPageUrl('</api/v3/a?page=2>; rel="next"', base)?.href).toBe(
      'https://ghe.example/api/v3/a?page=2'
    )
    expect(nextPageUrl('<https://x.test/a,b?page=2>; rel="last next"', base)?.href).toBe(
      'https://x.test/a,b?page=2'
    )
    expect(nextPageUrl('<https://x.test/a>; rel="last"', base)).toBeNull()
    expect(nextPageUrl(undefined, base)).toBeNull()
  })
})

/** Resolves once `condition` holds, checking on each turn of the event loop (no fixed sleep). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve))
}

/** Samples RSS every few milliseconds; stop() returns the largest growth over the start. */
function rssSampler(): { stop(): number } {
  const start = process.memoryUsage.rss()
  let peak = start
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 5)
  return {
    stop: () => {
      clearInterval(timer)
      peak = Math.max(peak, process.memoryUsage.rss())
      return peak - start
    }
  }
}
