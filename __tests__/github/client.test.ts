// The real octokit from createOctokit against the local GitHub server: which failures it retries,
// how long it waits, and what it says.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/errors.js'
import {
  createOctokit,
  maxWaitFromEnvironment,
  type GitHubClient
} from '../../src/github/client.js'
import { gitHubServerPerTest, type GitHubServer } from '../support/github-server.js'
import { PERSONAL_LOGIN, TOKENS } from '../support/github-identities.js'

const REPO = { owner: 'Codertocat', repo: 'Hello-World' }
const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'

let server: GitHubServer
let warnings: string[]

/** A client whose waits are capped at 20 ms, or GitHub's real waits with `uncapped`. */
function client(
  token: string = TOKENS.personal,
  timing: 'capped' | 'uncapped' = 'capped'
): GitHubClient {
  return createOctokit(token, server.url, {
    log: { warning: (message) => warnings.push(message), debug: () => undefined },
    ...(timing === 'capped' ? { maxWaitMs: 20 } : {})
  })
}

gitHubServerPerTest({ set: (started) => (server = started), get: () => server })
beforeEach(() => {
  server.addPullRequest('Codertocat/Hello-World', 2, SHA)
  warnings = []
})

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now()
  const result = await work()
  return { result, ms: performance.now() - started }
}

describe('retries', () => {
  it('retries 500, 502 and 503 and then succeeds', async () => {
    server.failNext(
      'users/get-authenticated',
      { kind: 'error', status: 500 },
      { kind: 'error', status: 502 },
      { kind: 'error', status: 503 }
    )
    const { data } = await client().rest.users.getAuthenticated()
    expect(data.login).toBe(PERSONAL_LOGIN)
    expect(server.callsTo('users/get-authenticated').map((r) => r.status)).toEqual([
      500, 502, 503, 200
    ])
  })

  it('gives up after three retries', async () => {
    server.failNext(
      'users/get-authenticated',
      ...Array.from({ length: 4 }, () => ({ kind: 'error' as const, status: 503 }))
    )
    await expect(client().rest.users.getAuthenticated()).rejects.toMatchObject({ status: 503 })
    expect(server.callsTo('users/get-authenticated')).toHaveLength(4)
  })

  it('retries a reset connection, also for a write', async () => {
    server.failNext('issues/create-comment', { kind: 'connection-reset' })
    const { data } = await client().rest.issues.createComment({
      ...REPO,
      issue_number: 2,
      body: 'hi'
    })
    expect(data.body).toBe('hi')
    expect(server.callsTo('issues/create-comment').map((r) => r.status)).toEqual([
      'connection-reset',
      201
    ])
    expect(server.commentsOn('Codertocat/Hello-World', 2)).toHaveLength(1)
  })

  it('does not retry what a retry cannot fix: 401, 403, 404, 422', async () => {
    for (const status of [401, 403, 404, 422]) {
      server.failNext('users/get-authenticated', {
        kind: 'error',
        status,
        message: `nope ${status}`
      })
      await expect(client().rest.users.getAuthenticated()).rejects.toMatchObject({ status })
    }
    expect(server.callsTo('users/get-authenticated')).toHaveLength(4)
  })

  it('waits GitHub’s 1 s back-off in production (no cap)', async () => {
    server.failNext('users/get-authenticated', { kind: 'error', status: 500 })
    const { ms } = await timed(() =>
      client(TOKENS.personal, 'uncapped').rest.users.getAuthenticated()
    )
    expect(ms).toBeGreaterThanOrEqual(950)
    expect(server.callsTo('users/get-authenticated')).toHaveLength(2)
  })
})

describe('rate limits', () => {
  it('waits out a 429 secondary rate limit for Retry-After, then succeeds', async () => {
    server.failNext('users/get-authenticated', {
      kind: 'secondary-rate-limit',
      status: 429,
      retryAfterSeconds: 1
    })
    const { result, ms } = await timed(() =>
      client(TOKENS.personal, 'uncapped').rest.users.getAuthenticated()
    )
    expect(result.data.login).toBe(PERSONAL_LOGIN)
    expect(ms).toBeGreaterThanOrEqual(950)
    expect(server.callsTo('users/get-authenticated').map((r) => r.status)).toEqual([429, 200])
    expect(warnings).toEqual([
      expect.stringMatching(/secondary rate limit .*GET \/user: retrying in 1s \(retry 1 of 2\)/)
    ])
  })

  it('waits out a 403 secondary rate limit (capped for tests) and warns only once', async () => {
    server.failNext(
      'issues/create-comment',
      { kind: 'secondary-rate-limit', status: 403, retryAfterSeconds: 60 },
      { kind: 'secondary-rate-limit', status: 403, retryAfterSeconds: 60 }
    )
    const { result, ms } = await timed(() =>
      client().rest.issues.createComment({ ...REPO, issue_number: 2, body: 'after the limit' })
    )
    expect(result.status).toBe(201)
    expect(ms).toBeLessThan(5000)
    expect(server.callsTo('issues/create-comment').map((r) => r.status)).toEqual([403, 403, 201])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/retrying in 1m/)
  })

  it('waits for a primary rate limit reset', async () => {
    server.failNext('issues/list-comments', { kind: 'rate-limit', status: 403, resetInSeconds: 30 })
    const { data } = await client().rest.issues.listComments({ ...REPO, issue_number: 2 })
    expect(data).toEqual([])
    expect(server.callsTo('issues/list-comments').map((r) => r.status)).toEqual([403, 200])
    expect(warnings[0]).toMatch(/GitHub rate limit hit/)
  })

  it('gives up after two rate-limit retries, and at once when the reset is too far away', async () => {
    const limit = {
      kind: 'secondary-rate-limit' as const,
      status: 429 as const,
      retryAfterSeconds: 1
    }
    server.failNext('users/get-authenticated', limit, limit, limit)
    await expect(client().rest.users.getAuthenticated()).rejects.toMatchObject({ status: 429 })
    expect(server.callsTo('users/get-authenticated')).toHaveLength(3)
    server.failNext('issues/list-comments', { kind: 'rate-limit', resetInSeconds: 3600 })
    await expect(
      client().rest.issues.listComments({ ...REPO, issue_number: 2 })
    ).rejects.toMatchObject({ status: 403 })
    expect(server.callsTo('issues/list-comments')).toHaveLength(1)
  })
})

describe('configuration', () => {
  it('refuses an empty token with a clear ConfigurationError', () => {
    expect(() =>
      createOctokit(' ', server.url, { log: { warning: () => undefined, debug: () => undefined } })
    ).toThrow(ConfigurationError)
  })

  it('reads the wait cap from READINESS_GATE_RETRY_AFTER_MAX_MS', () => {
    expect(maxWaitFromEnvironment({})).toBeUndefined()
    expect(maxWaitFromEnvironment({ READINESS_GATE_RETRY_AFTER_MAX_MS: '25' })).toBe(25)
    expect(() => maxWaitFromEnvironment({ READINESS_GATE_RETRY_AFTER_MAX_MS: 'soon' })).toThrow(
      /READINESS_GATE_RETRY_AFTER_MAX_MS 'soon' is invalid/
    )
  })

  it('reads the request timeout from READINESS_GATE_REQUEST_TIMEOUT_MS, refusing a bad one', () => {
    const previous = process.env.READINESS_GATE_REQUEST_TIMEOUT_MS
    process.env.READINESS_GATE_REQUEST_TIMEOUT_MS = 'forever'
    try {
      expect(() =>
        createOctokit(TOKENS.actions, server.url, {
          log: { warning: () => undefined, debug: () => undefined }
        })
      ).toThrow("READINESS_GATE_REQUEST_TIMEOUT_MS 'forever' is invalid: expected milliseconds")
    } finally {
      if (previous === undefined) delete process.env.READINESS_GATE_REQUEST_TIMEOUT_MS
      else process.env.READINESS_GATE_REQUEST_TIMEOUT_MS = previous
    }
  })

  it('sends the token and talks to the configured API URL', async () => {
    await client(TOKENS.actions).rest.issues.listComments({ ...REPO, issue_number: 2 })
    expect(server.requests[0]).toMatchObject({ login: 'github-actions[bot]', status: 200 })
  })
})
