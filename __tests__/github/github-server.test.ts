// The local GitHub API server itself: it must reject what GitHub rejects, page like GitHub and
// know tokens like GitHub, or the adapter tests that rely on it prove nothing.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { OperationCatalog, toJsonSchema } from '../support/github-openapi.js'
import {
  OTHER_APP_SLUG,
  PERSONAL_LOGIN,
  TOKENS,
  actionsToken,
  personalToken
} from '../support/github-identities.js'

const REPO = 'Codertocat/Hello-World'
const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'

let server: GitHubServer

beforeEach(async () => {
  server = await startGitHubServer()
  server.addPullRequest(REPO, 2, SHA)
})

afterEach(async () => {
  await server.close()
})

interface Answer {
  status: number
  // GitHub's JSON, read field by field in the assertions below.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any
  headers: Headers
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  token: string = TOKENS.actions
): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `token ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' })
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  const text = await response.text()
  return {
    status: response.status,
    json: text === '' ? null : JSON.parse(text),
    headers: response.headers
  }
}

describe('request validation against the OpenAPI subset', () => {
  it('accepts a valid check run and answers with a body that fits GitHub’s response schema', async () => {
    const { status, json } = await call('POST', `/repos/${REPO}/check-runs`, {
      name: 'Readiness Gate',
      head_sha: SHA,
      status: 'in_progress'
    })
    expect(status).toBe(201)
    expect(json.app.slug).toBe('github-actions')
    expect(server.violations).toEqual([])
  })

  it('rejects a body that breaks the schema, and records the violation', async () => {
    const { status, json } = await call('POST', `/repos/${REPO}/check-runs`, {
      head_sha: 42,
      status: 'done'
    })
    expect(status).toBe(422)
    expect(json.message).toMatch(/Invalid request/)
    expect(json.message).toMatch(/name/)
    expect(server.violations.join('\n')).toMatch(/checks\/create: .*head_sha must be string/)
    expect(server.violations.join('\n')).toMatch(
      /status must be equal to one of the allowed values/
    )
    expect(server.state.checkRuns).toHaveLength(0)
    expect(() => {
      server.assertNoViolations()
    }).toThrow(/contract violations/)
  })

  it('rejects a misspelt field that GitHub would silently ignore', async () => {
    const { status } = await call('POST', `/repos/${REPO}/check-runs`, {
      name: 'x',
      head_sha: SHA,
      output: { title: 't', summary: 's', annotation: [] }
    })
    expect(status).toBe(422)
    expect(server.violations[0]).toMatch(/must NOT have additional properties \('annotation'\)/)
  })

  it('rejects more than 50 annotations in one request', async () => {
    const annotation = {
      path: 'a.rs',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning',
      message: 'm'
    }
    const { status } = await call('POST', `/repos/${REPO}/check-runs`, {
      name: 'x',
      head_sha: SHA,
      output: {
        title: 't',
        summary: 's',
        annotations: Array.from({ length: 51 }, () => annotation)
      }
    })
    expect(status).toBe(422)
    expect(server.violations[0]).toMatch(/must NOT have more than 50 items/)
  })

  it('rejects unknown routes, unknown query parameters, bad path parameters and bad JSON', async () => {
    expect((await call('GET', `/repos/${REPO}/issues/2/comment`)).status).toBe(404)
    expect((await call('GET', `/repos/${REPO}/issues/2/comments?perpage=100`)).status).toBe(422)
    expect(
      (await call('PATCH', `/repos/${REPO}/check-runs/abc`, { status: 'queued' })).status
    ).toBe(404)
    expect((await call('POST', `/repos/${REPO}/issues/2/comments`, '{"body":')).status).toBe(400)
    expect(server.violations).toHaveLength(4)
    expect(server.violations[0]).toMatch(/matches no operation/)
    expect(server.violations[1]).toMatch(/query must NOT have additional properties \('perpage'\)/)
    expect(server.violations[2]).toMatch(/check_run_id must be integer/)
    expect(server.violations[3]).toMatch(/not JSON/)
  })

  it('turns OpenAPI nullable (also on enums and compositions) into JSON Schema', () => {
    expect(
      toJsonSchema({ type: 'string', nullable: true, enum: ['a'] }, { forbidUnknownFields: false })
    ).toEqual({
      type: ['string', 'null'],
      enum: ['a', null]
    })
    expect(
      toJsonSchema({ nullable: true, allOf: [{ type: 'object' }] }, { forbidUnknownFields: false })
    ).toEqual({ anyOf: [{ type: 'null' }, { allOf: [{ type: 'object' }] }] })
    const catalog = new OperationCatalog()
    expect(
      catalog.validateRequest(
        'repos/create-commit-status',
        { owner: 'o', repo: 'r', sha: SHA },
        {},
        {
          state: 'success',
          target_url: null
        }
      )
    ).toEqual([])
  })
})

describe('GitHub rules beyond the schema', () => {
  it('refuses status descriptions over 140 characters and comments over 65,536', async () => {
    const status = await call('POST', `/repos/${REPO}/statuses/${SHA}`, {
      state: 'success',
      description: 'x'.repeat(141)
    })
    expect(status.status).toBe(422)
    expect(status.json.errors[0].message).toMatch(/maximum is 140/)
    const comment = await call('POST', `/repos/${REPO}/issues/2/comments`, {
      body: 'x'.repeat(65537)
    })
    expect(comment.status).toBe(422)
    expect(server.violations).toEqual([])
  })

  it('refuses a check run on an unknown commit, and a completed one without a conclusion', async () => {
    const unknown = await call('POST', `/repos/${REPO}/check-runs`, {
      name: 'x',
      head_sha: 'f'.repeat(40)
    })
    expect(unknown.status).toBe(422)
    expect(unknown.json.message).toMatch(/No commit found/)
    const noConclusion = await call('POST', `/repos/${REPO}/check-runs`, {
      name: 'x',
      head_sha: SHA,
      status: 'completed'
    })
    expect(noConclusion.status).toBe(422)
  })

  it('appends annotations across updates and remembers each request’s batch', async () => {
    const annotation = {
      path: 'a.rs',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning',
      message: 'm'
    }
    const created = await call('POST', `/repos/${REPO}/check-runs`, {
      name: 'x',
      head_sha: SHA,
      output: { title: 't', summary: 's', annotations: [annotation, annotation] }
    })
    const updated = await call('PATCH', `/repos/${REPO}/check-runs/${created.json.id}`, {
      conclusion: 'success',
      output: { title: 't', summary: 's2', annotations: [annotation] }
    })
    expect(updated.json.status).toBe('completed')
    expect(updated.json.output.annotations_count).toBe(3)
    expect(server.checkRun(created.json.id).annotationsPerRequest).toEqual([2, 1])
    expect(server.violations).toEqual([])
  })
})

describe('pagination', () => {
  it('pages with per_page/page and a Link header with next and last', async () => {
    for (let i = 0; i < 250; i++)
      server.seedComment(REPO, 2, `comment ${i}`, personalToken('someone', 9))
    const first = await call('GET', `/repos/${REPO}/issues/2/comments?per_page=100`)
    expect(first.json).toHaveLength(100)
    expect(first.json[0].body).toBe('comment 0')
    const link = first.headers.get('link') ?? ''
    expect(link).toMatch(/[?&]page=2>; rel="next"/)
    expect(link).toMatch(/[?&]page=3>; rel="last"/)
    const last = await call('GET', `/repos/${REPO}/issues/2/comments?per_page=100&page=3`)
    expect(last.json).toHaveLength(50)
    expect(last.json[49].body).toBe('comment 249')
    expect(last.headers.get('link')).toMatch(/rel="prev"/)
    expect(last.headers.get('link')).not.toMatch(/rel="next"/)
    const defaults = await call('GET', `/repos/${REPO}/issues/2/comments`)
    expect(defaults.json).toHaveLength(30)
    const capped = await call('GET', `/repos/${REPO}/issues/2/comments?per_page=500`)
    expect(capped.json).toHaveLength(100)
    expect(server.violations).toEqual([])
  })

  it('answers 404 for a pull request that does not exist', async () => {
    expect((await call('GET', `/repos/${REPO}/issues/999/comments`)).status).toBe(404)
    expect((await call('GET', `/repos/nobody/nothing/issues/2/comments`)).status).toBe(404)
  })
})

describe('identities', () => {
  it('GET /user: 403 for installation tokens, the user for a personal token, 401 otherwise', async () => {
    const actions = await call('GET', '/user', undefined, TOKENS.actions)
    expect(actions.status).toBe(403)
    expect(actions.json.message).toBe('Resource not accessible by integration')
    expect((await call('GET', '/user', undefined, TOKENS.otherApp)).status).toBe(403)
    const personal = await call('GET', '/user', undefined, TOKENS.personal)
    expect(personal.status).toBe(200)
    expect(personal.json.login).toBe(PERSONAL_LOGIN)
    const unknown = await call('GET', '/user', undefined, 'ghp_nope')
    expect(unknown.status).toBe(401)
    expect(unknown.json.message).toBe('Bad credentials')
    expect(server.violations).toEqual([])
  })

  it('authors comments as github-actions[bot], <slug>[bot] or the user', async () => {
    const byActions = await call(
      'POST',
      `/repos/${REPO}/issues/2/comments`,
      { body: 'a' },
      TOKENS.actions
    )
    const byApp = await call(
      'POST',
      `/repos/${REPO}/issues/2/comments`,
      { body: 'b' },
      TOKENS.otherApp
    )
    const byUser = await call(
      'POST',
      `/repos/${REPO}/issues/2/comments`,
      { body: 'c' },
      TOKENS.personal
    )
    expect([byActions.json.user.login, byActions.json.user.type]).toEqual([
      'github-actions[bot]',
      'Bot'
    ])
    expect(byActions.json.performed_via_github_app.slug).toBe('github-actions')
    expect([byApp.json.user.login, byApp.json.user.type]).toEqual([`${OTHER_APP_SLUG}[bot]`, 'Bot'])
    expect([byUser.json.user.login, byUser.json.user.type]).toEqual([PERSONAL_LOGIN, 'User'])
    expect(byUser.json.performed_via_github_app).toBeNull()
    expect(server.violations).toEqual([])
  })

  it('enforces permissions: read-only GITHUB_TOKEN, check runs only for apps, same app updates', async () => {
    const readOnly = await call(
      'POST',
      `/repos/${REPO}/issues/2/comments`,
      { body: 'a' },
      TOKENS.readOnlyActions
    )
    expect(readOnly.status).toBe(403)
    expect(
      (await call('GET', `/repos/${REPO}/issues/2/comments`, undefined, TOKENS.readOnlyActions))
        .status
    ).toBe(200)
    const byUser = await call(
      'POST',
      `/repos/${REPO}/check-runs`,
      { name: 'x', head_sha: SHA },
      TOKENS.personal
    )
    expect(byUser.status).toBe(403)
    expect(byUser.json.message).toBe('You must authenticate via a GitHub App.')
    const created = await call('POST', `/repos/${REPO}/check-runs`, { name: 'x', head_sha: SHA })
    const other = await call(
      'PATCH',
      `/repos/${REPO}/check-runs/${created.json.id}`,
      { status: 'in_progress' },
      TOKENS.otherApp
    )
    expect(other.status).toBe(403)
    expect(server.violations).toEqual([])
  })

  it('can be configured with other token → identity pairs', async () => {
    await server.close()
    server = await startGitHubServer({ tokens: { ghs_custom: actionsToken({ checks: 'write' }) } })
    server.addPullRequest(REPO, 2, SHA)
    expect(
      (await call('POST', `/repos/${REPO}/check-runs`, { name: 'x', head_sha: SHA }, 'ghs_custom'))
        .status
    ).toBe(201)
    expect(
      (await call('POST', `/repos/${REPO}/statuses/${SHA}`, { state: 'success' }, 'ghs_custom'))
        .status
    ).toBe(403)
    expect((await call('GET', '/user', undefined, TOKENS.actions)).status).toBe(401)
  })
})

describe('faults and the request log', () => {
  it('plays scripted faults per operation and per request index, then behaves again', async () => {
    server.failNext(
      'issues/list-comments',
      { kind: 'error', status: 502 },
      { kind: 'secondary-rate-limit', status: 429, retryAfterSeconds: 7 }
    )
    server.failRequest(3, { kind: 'not-accessible' })
    const first = await call('GET', `/repos/${REPO}/issues/2/comments`)
    const second = await call('GET', `/repos/${REPO}/issues/2/comments`)
    const third = await call('GET', `/repos/${REPO}/issues/2/comments`)
    const fourth = await call('GET', `/repos/${REPO}/issues/2/comments`)
    expect([first.status, second.status, third.status, fourth.status]).toEqual([502, 429, 200, 403])
    expect(second.headers.get('retry-after')).toBe('7')
    expect(second.json.message).toMatch(/secondary rate limit/)
    expect(server.requests.map((r) => r.fault)).toEqual([
      'error',
      'secondary-rate-limit',
      null,
      'not-accessible'
    ])
    expect(server.callsTo('issues/list-comments')).toHaveLength(4)
  })

  it('resets the connection', async () => {
    server.failNext('users/get-authenticated', { kind: 'connection-reset' })
    await expect(call('GET', '/user', undefined, TOKENS.personal)).rejects.toThrow()
    expect(server.requests[0]?.status).toBe('connection-reset')
    expect((await call('GET', '/user', undefined, TOKENS.personal)).status).toBe(200)
  })

  it('logs method, path, body and who called', async () => {
    await call('POST', `/repos/${REPO}/issues/2/comments`, { body: 'hello' }, TOKENS.personal)
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: `/repos/${REPO}/issues/2/comments`,
      operationId: 'issues/create-comment',
      body: { body: 'hello' },
      login: PERSONAL_LOGIN,
      status: 201
    })
  })
})
