// Publishing a report the way a workflow run does: the real octokit (createOctokit) against the
// local GitHub server, with real webhook payloads and GitHub's token kinds.
import { beforeEach, describe, expect, it } from '@jest/globals'
import type { Annotation, RenderedReport } from '../../src/report/surfaces.js'
import { createOctokit, type GitHubClient } from '../../src/github/client.js'
import { githubContextFrom, type GitHubContext } from '../../src/github/context.js'
import {
  completeCheckRun,
  createCompletedCheckRun,
  startCheckRun,
  updateJobCheckRun
} from '../../src/github/checks.js'
import { commentMarker } from '../../src/github/comment.js'
import { publishReport, tryStartCheckRun, type PublishOptions } from '../../src/github/publish.js'
import {
  gitHubServerPerTest,
  startGitHubServer,
  type GitHubServer
} from '../support/github-server.js'
import {
  OTHER_APP_SLUG,
  PERSONAL_LOGIN,
  TOKENS,
  actionsToken,
  appInstallationToken,
  defaultTokens,
  personalToken
} from '../support/github-identities.js'
import {
  MERGE_SHA,
  PUSHED_SHA,
  actionsEnvironment,
  loadEvent,
  type EventFixture
} from '../support/github-events.js'

const REPO = 'Codertocat/Hello-World'
const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const CHECK_NAME = 'Readiness Gate'
const MARKER = commentMarker(CHECK_NAME)

let server: GitHubServer
let warnings: string[]

gitHubServerPerTest({ set: (started) => (server = started), get: () => server })
beforeEach(() => {
  warnings = []
})

function octokit(token: string = TOKENS.actions): GitHubClient {
  return createOctokit(token, server.url, {
    log: { warning: (message) => warnings.push(message), debug: () => undefined },
    maxWaitMs: 10
  })
}

/** The context of a run for this event, its payload's world seeded into the server. */
function runContext(fixture: EventFixture, eventName = fixture.split('.')[0]!): GitHubContext {
  const payload = loadEvent(fixture)
  const repository = payload.repository.full_name
  server.seedFromEvent(payload)
  const env = actionsEnvironment(eventName, {
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: repository
  })
  server.addCommit(repository, env.GITHUB_SHA!)
  return githubContextFrom(env, payload)
}

function annotations(count: number): Annotation[] {
  return Array.from({ length: count }, (_, index) => ({
    path: `src/lib${index % 7}.rs`,
    start_line: index + 1,
    end_line: index + 1,
    annotation_level: index % 3 === 0 ? 'failure' : 'warning',
    message: `finding ${index}`,
    title: `clippy::lint_${index}`
  }))
}

function report(overrides: Partial<RenderedReport> = {}): RenderedReport {
  return {
    conclusion: 'failure',
    title: 'Not ready: 2 blockers',
    checkSummary: '## Not ready\n\n2 blockers',
    checkText: '### Details\n\ncargo clippy found 2 warnings',
    comment: '## Readiness Gate: not ready\n\n- [ ] cargo audit',
    jobSummary: '# Readiness Gate\n\nNot ready',
    statusDescription: 'Not ready: 2 blockers',
    annotations: [],
    ...overrides
  }
}

const PR_RUN: PublishOptions = {
  checkRun: true,
  status: false,
  comment: true,
  checkName: CHECK_NAME
}

/** A PR run as the orchestrator makes it: start the check run, validate, publish. */
async function prRun(
  client: GitHubClient,
  ctx: GitHubContext,
  rendered: RenderedReport,
  options: Partial<PublishOptions> = {}
) {
  const checkRunId = await startCheckRun(client, ctx, CHECK_NAME)
  return publishReport(client, ctx, rendered, { ...PR_RUN, checkRunId, ...options })
}

/** What the tests read from a check run request body. */
interface CheckRunBody {
  conclusion?: string
  output?: { annotations?: unknown[] }
}

function requestsCarryingAnnotations(): number[] {
  return server.requests
    .filter((request) => request.operationId?.startsWith('checks/'))
    .map(
      (request) => ((request.body as CheckRunBody | undefined)?.output?.annotations ?? []).length
    )
    .filter((count) => count > 0)
}

describe('check run', () => {
  it('goes on the PR head commit (not GITHUB_SHA) with the conclusion, output and run link', async () => {
    const ctx = runContext('pull_request.opened')
    const outcome = await prRun(octokit(), ctx, report({ annotations: annotations(3) }))
    expect(outcome.surfaces.find((s) => s.name === 'check-run')).toMatchObject({ ok: true })
    const [run] = server.state.checkRuns
    expect(server.state.checkRuns).toHaveLength(1)
    expect(run!.headSha).toBe(HEAD_SHA)
    expect(run!.headSha).not.toBe(MERGE_SHA)
    expect(run).toMatchObject({
      name: CHECK_NAME,
      status: 'completed',
      conclusion: 'failure',
      detailsUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/9876543210/attempts/2',
      output: {
        title: 'Not ready: 2 blockers',
        summary: '## Not ready\n\n2 blockers',
        text: '### Details\n\ncargo clippy found 2 warnings'
      }
    })
    expect(run!.annotations).toHaveLength(3)
    expect(outcome.surfaces[0]!.url).toBe(`https://github.com/${REPO}/runs/${run!.id}`)
  })

  it('sends 120 annotations in exactly 3 requests of at most 50, completing with the last', async () => {
    const ctx = runContext('pull_request.synchronize', 'pull_request')
    await prRun(octokit(), ctx, report({ annotations: annotations(120) }))
    expect(requestsCarryingAnnotations()).toEqual([50, 50, 20])
    const run = server.state.checkRuns[0]!
    expect(run.annotations.map((a) => a.message)).toEqual(annotations(120).map((a) => a.message))
    const checkRequests = server.requests.filter((r) => r.operationId?.startsWith('checks/'))
    expect(checkRequests.map((r) => (r.body as CheckRunBody).conclusion ?? null)).toEqual([
      null,
      null,
      null,
      'failure'
    ])
  })

  it.each([
    [0, 0, 1],
    [1, 1, 1],
    [50, 1, 1],
    [51, 2, 2],
    [120, 3, 3]
  ])(
    'created whole: %i annotations → %i requests carrying them, %i requests in all',
    async (count, carrying, total) => {
      const ctx = runContext('pull_request.opened')
      const result = await createCompletedCheckRun(
        octokit(),
        ctx,
        CHECK_NAME,
        report({ annotations: annotations(count) })
      )
      expect(requestsCarryingAnnotations()).toHaveLength(carrying)
      expect(server.requests).toHaveLength(total)
      expect(server.checkRun(result.id)).toMatchObject({
        status: 'completed',
        conclusion: 'failure'
      })
      expect(server.checkRun(result.id).annotations).toHaveLength(count)
      expect(result.appSlug).toBe('github-actions')
    }
  )

  it("the job's own run gets the same batched output as ours, but never a conclusion", async () => {
    const ctx = runContext('pull_request.opened')
    const ours = await startCheckRun(octokit(), ctx, CHECK_NAME)
    const jobs = await startCheckRun(octokit(), ctx, 'build')
    const rendered = report({ annotations: annotations(120) })
    const sent = (id: number): unknown[] =>
      server.requests
        .filter((r) => r.operationId === 'checks/update' && r.path.endsWith(`/${id}`))
        .map((r) => r.body)
    await completeCheckRun(octokit(), ctx, ours, rendered)
    await updateJobCheckRun(octokit(), ctx, jobs, rendered)
    const completed = sent(ours) as Record<string, unknown>[]
    const updated = sent(jobs)
    expect(completed).toHaveLength(3)
    expect(updated).toHaveLength(3)
    const { status, conclusion, completed_at, details_url, ...lastOutput } = completed[2]!
    expect({ status, conclusion }).toEqual({ status: 'completed', conclusion: 'failure' })
    expect(completed_at).toEqual(expect.any(String))
    expect(details_url).toEqual(expect.any(String))
    expect(updated).toEqual([completed[0], completed[1], lastOutput])
    expect(server.checkRun(jobs)).toMatchObject({ status: 'in_progress', conclusion: null })
    expect(server.checkRun(jobs).annotations).toHaveLength(120)
  })

  it('keeps annotations within what GitHub accepts', async () => {
    const ctx = runContext('pull_request.opened')
    const id = await startCheckRun(octokit(), ctx, CHECK_NAME)
    const awkward: Annotation = {
      path: 'src/main.rs',
      start_line: 3,
      end_line: 5,
      start_column: 2,
      end_column: 9,
      annotation_level: 'warning',
      message: 'm'.repeat(70_000),
      title: 't'.repeat(300)
    }
    await completeCheckRun(octokit(), ctx, id, report({ annotations: [awkward] }))
    const [sent] = server.checkRun(id).annotations
    expect(sent!.start_column).toBeUndefined()
    expect(sent!.end_column).toBeUndefined()
    expect(Buffer.byteLength(sent!.message)).toBeLessThanOrEqual(64 * 1024)
    expect(Array.from(sent!.title!)).toHaveLength(255)
  })
})

describe('sticky comment', () => {
  it('three runs leave one comment, edited in place', async () => {
    const ctx = runContext('pull_request.opened')
    for (const run of [1, 2, 3]) {
      const outcome = await prRun(octokit(), ctx, report({ comment: `run ${run}` }))
      expect(outcome.surfaces.find((s) => s.name === 'comment')).toMatchObject({ ok: true })
    }
    const comments = server.commentsOn(REPO, 2)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toBe(`${MARKER}\nrun 3`)
    expect(comments[0]!.author.login).toBe('github-actions[bot]')
    expect(server.callsTo('issues/create-comment')).toHaveLength(1)
    expect(server.callsTo('issues/update-comment')).toHaveLength(2)
    expect(server.callsTo('users/get-authenticated')).toHaveLength(0)
  })

  it('two runs racing on one PR (both list before either creates) end with one comment', async () => {
    const ctx = runContext('pull_request.opened')
    // Hold both runs' first listing until both have asked, so neither sees the other's comment.
    const [first, second] = await Promise.all([
      publishReport(octokit(), ctx, report({ comment: 'run A' }), { ...PR_RUN, checkRun: false }),
      publishReport(octokit(), ctx, report({ comment: 'run B' }), { ...PR_RUN, checkRun: false })
    ])
    const listed = server.requests.map((r) => r.operationId)
    expect(listed.slice(0, 2)).toEqual(['issues/list-comments', 'issues/list-comments'])
    expect(server.callsTo('issues/create-comment')).toHaveLength(2)
    const comments = server.commentsOn(REPO, 2)
    expect(comments).toHaveLength(1)
    expect([`${MARKER}\nrun A`, `${MARKER}\nrun B`]).toContain(comments[0]!.body)
    for (const outcome of [first, second]) {
      expect(outcome.surfaces.find((s) => s.name === 'comment')).toMatchObject({
        ok: true,
        url: expect.stringContaining(`#issuecomment-${comments[0]!.id}`)
      })
    }
    expect(warnings).toHaveLength(0)
  })

  it('does not edit an unchanged comment', async () => {
    const ctx = runContext('pull_request.opened')
    await prRun(octokit(), ctx, report())
    await prRun(octokit(), ctx, report())
    expect(server.callsTo('issues/update-comment')).toHaveLength(0)
    expect(server.commentsOn(REPO, 2)).toHaveLength(1)
  })

  it('leaves a spoofed marker comment by another user or another bot alone', async () => {
    const ctx = runContext('pull_request.opened')
    const byUser = server.seedComment(
      REPO,
      2,
      `${MARKER}\nI am the gate now`,
      personalToken('mallory', 666)
    )
    const byBot = server.seedComment(
      REPO,
      2,
      `${MARKER}\nme too`,
      appInstallationToken('evil-app', 666)
    )
    await prRun(octokit(), ctx, report({ comment: 'the real report' }))
    const comments = server.commentsOn(REPO, 2)
    expect(comments).toHaveLength(3)
    expect(comments.find((c) => c.id === byUser.id)!.body).toBe(`${MARKER}\nI am the gate now`)
    expect(comments.find((c) => c.id === byBot.id)!.body).toBe(`${MARKER}\nme too`)
    expect(comments[2]).toMatchObject({
      body: `${MARKER}\nthe real report`,
      author: { login: 'github-actions[bot]' }
    })
    expect(server.callsTo('issues/update-comment')).toHaveLength(0)
    expect(server.callsTo('issues/delete-comment')).toHaveLength(0)
  })

  it('needs the marker on the first line: a quoted marker further down is not ours', async () => {
    const ctx = runContext('pull_request.opened')
    server.seedComment(REPO, 2, `Look at this:\n${MARKER}`, actionsToken())
    await prRun(octokit(), ctx, report())
    expect(server.commentsOn(REPO, 2)).toHaveLength(2)
  })

  it('keeps the oldest of duplicate comments, across pages, and deletes the others', async () => {
    const ctx = runContext('pull_request.opened')
    const bot = actionsToken()
    for (let i = 0; i < 120; i++)
      server.seedComment(REPO, 2, `chatter ${i}`, personalToken('someone', 7))
    const oldest = server.seedComment(
      REPO,
      2,
      `${MARKER}\nold`,
      bot,
      new Date('2024-01-01T00:00:00Z')
    )
    for (let i = 0; i < 100; i++)
      server.seedComment(REPO, 2, `more chatter ${i}`, personalToken('someone', 7))
    server.seedComment(REPO, 2, `${MARKER}\nnewer`, bot, new Date('2024-01-02T00:00:00Z'))
    server.seedComment(REPO, 2, `${MARKER}\nnewest`, bot, new Date('2024-01-03T00:00:00Z'))
    const outcome = await prRun(octokit(), ctx, report({ comment: 'current' }))
    expect(outcome.surfaces.find((s) => s.name === 'comment')!.url).toContain(
      `#issuecomment-${oldest.id}`
    )
    const ours = server.commentsOn(REPO, 2).filter((c) => c.body.startsWith(MARKER))
    expect(ours.map((c) => [c.id, c.body])).toEqual([[oldest.id, `${MARKER}\ncurrent`]])
    expect(server.callsTo('issues/list-comments').map((r) => r.query.page ?? '1')).toEqual([
      '1',
      '2',
      '3'
    ])
    expect(server.callsTo('issues/list-comments').every((r) => r.query.per_page === '100')).toBe(
      true
    )
    expect(server.callsTo('issues/delete-comment')).toHaveLength(2)
    expect(server.commentsOn(REPO, 2)).toHaveLength(221)
  })

  it('a personal token finds its comments through GET /user; its check run is refused clearly', async () => {
    const ctx = runContext('pull_request.opened')
    const options = { checkRun: true, status: true, comment: true, checkName: CHECK_NAME }
    const first = await publishReport(
      octokit(TOKENS.personal),
      ctx,
      report({ comment: 'one' }),
      options
    )
    await publishReport(octokit(TOKENS.personal), ctx, report({ comment: 'two' }), options)
    expect(first.surfaces.map((s) => [s.name, s.ok])).toEqual([
      ['check-run', false],
      ['commit-status', true],
      ['comment', true]
    ])
    expect(first.surfaces[0]!.warning).toMatch(/only a GitHub App token .* can create check runs/)
    const comments = server.commentsOn(REPO, 2)
    expect(comments.map((c) => [c.author.login, c.body])).toEqual([
      [PERSONAL_LOGIN, `${MARKER}\ntwo`]
    ])
    expect(server.callsTo('users/get-authenticated')).toHaveLength(2)
  })

  it('another GitHub App’s token comments as <slug>[bot], learned from its check run', async () => {
    const ctx = runContext('pull_request.opened')
    server.seedComment(REPO, 2, `${MARKER}\nfrom the workflow token`, actionsToken())
    await prRun(octokit(TOKENS.otherApp), ctx, report({ comment: 'one' }))
    await prRun(octokit(TOKENS.otherApp), ctx, report({ comment: 'two' }))
    const comments = server.commentsOn(REPO, 2)
    expect(comments.map((c) => [c.author.login, c.body])).toEqual([
      ['github-actions[bot]', `${MARKER}\nfrom the workflow token`],
      [`${OTHER_APP_SLUG}[bot]`, `${MARKER}\ntwo`]
    ])
    expect(server.callsTo('users/get-authenticated')).toHaveLength(0)
  })

  it('without a check run, an app token relies on the comment-author setting', async () => {
    const ctx = runContext('pull_request.opened')
    const options = { ...PR_RUN, checkRun: false, commentAuthor: `${OTHER_APP_SLUG}[bot]` }
    await publishReport(octokit(TOKENS.otherApp), ctx, report({ comment: 'one' }), options)
    await publishReport(octokit(TOKENS.otherApp), ctx, report({ comment: 'two' }), options)
    expect(server.commentsOn(REPO, 2).map((c) => c.body)).toEqual([`${MARKER}\ntwo`])
  })

  it('a token of unknown form that GET /user refuses as an integration is treated as a bot', async () => {
    await server.close()
    const legacy = '0123456789abcdef0123456789abcdef01234567'
    server = await startGitHubServer({ tokens: { ...defaultTokens(), [legacy]: actionsToken() } })
    const ctx = runContext('pull_request.opened')
    await prRun(octokit(legacy), ctx, report({ comment: 'one' }))
    await prRun(octokit(legacy), ctx, report({ comment: 'two' }))
    expect(server.commentsOn(REPO, 2).map((c) => c.body)).toEqual([`${MARKER}\ntwo`])
    expect(server.callsTo('users/get-authenticated').map((r) => r.status)).toEqual([403, 403])
  })

  it('a duplicate already deleted by a concurrent run is fine', async () => {
    const ctx = runContext('pull_request.opened')
    server.seedComment(REPO, 2, `${MARKER}\nfirst`, actionsToken())
    server.seedComment(REPO, 2, `${MARKER}\nsecond`, actionsToken())
    server.failNext('issues/delete-comment', { kind: 'error', status: 404 })
    const outcome = await prRun(octokit(), ctx, report({ comment: 'third' }))
    expect(outcome.surfaces.every((s) => s.ok)).toBe(true)
    expect(server.commentsOn(REPO, 2).map((c) => c.body)[0]).toBe(`${MARKER}\nthird`)
  })

  it('without a check run, the workflow token is github-actions[bot] by default', async () => {
    const ctx = runContext('pull_request.opened')
    const options = { ...PR_RUN, checkRun: false }
    await publishReport(octokit(), ctx, report({ comment: 'one' }), options)
    await publishReport(octokit(), ctx, report({ comment: 'two' }), options)
    expect(server.commentsOn(REPO, 2).map((c) => c.body)).toEqual([`${MARKER}\ntwo`])
    expect(server.requests.map((r) => r.operationId)).toEqual([
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments', // the creating run looks once more for a racing run's comment
      'issues/list-comments',
      'issues/update-comment'
    ])
  })
})

describe('failures stay on their surface', () => {
  it('403 on comments → a warning naming the permission; check run and status still published', async () => {
    await server.close()
    server = await startGitHubServer({
      tokens: {
        ...defaultTokens(),
        ghs_noComments: actionsToken({ checks: 'write', statuses: 'write', pull_requests: 'read' })
      }
    })
    const ctx = runContext('pull_request.opened')
    const outcome = await prRun(octokit('ghs_noComments'), ctx, report(), { status: true })
    expect(outcome.surfaces.map((s) => [s.name, s.ok])).toEqual([
      ['check-run', true],
      ['commit-status', true],
      ['comment', false]
    ])
    const comment = outcome.surfaces[2]!
    expect(comment.missingPermission).toBe('pull-requests: write')
    expect(comment.warning).toBe(
      'Could not publish the pull request comment: the token lacks "pull-requests: write" (or "issues: write"); add it to the job\'s permissions'
    )
    expect(server.state.checkRuns[0]!.conclusion).toBe('failure')
  })

  it('a read-only fork token: every API surface fails with the permission and the fork named', async () => {
    const payload = loadEvent('pull_request.opened')
    payload.pull_request!.head.repo.full_name = 'forker/Hello-World'
    server.seedFromEvent(payload)
    const ctx = githubContextFrom(
      actionsEnvironment('pull_request', { GITHUB_API_URL: server.url }),
      payload
    )
    const outcome = await publishReport(octokit(TOKENS.readOnlyActions), ctx, report(), {
      ...PR_RUN,
      status: true
    })
    expect(outcome.surfaces.map((s) => [s.name, s.ok, s.missingPermission])).toEqual([
      ['check-run', false, 'checks: write'],
      ['commit-status', false, 'statuses: write'],
      ['comment', false, 'pull-requests: write']
    ])
    expect(
      outcome.surfaces.every((s) => /forks get a read-only GITHUB_TOKEN/.test(s.warning!))
    ).toBe(true)
  })

  it('starting the check run without "checks: write" → a failure outcome, not a throw', async () => {
    const ctx = runContext('pull_request.opened')
    const started = await tryStartCheckRun(octokit(TOKENS.readOnlyActions), ctx, CHECK_NAME)
    expect(started).toEqual({
      failure: {
        name: 'check-run',
        ok: false,
        missingPermission: 'checks: write',
        warning:
          'Could not publish the check run: the token lacks "checks: write"; add it to the job\'s permissions'
      }
    })
    expect(await tryStartCheckRun(octokit(), ctx, CHECK_NAME)).toEqual({
      checkRunId: server.state.checkRuns[0]!.id,
      appSlug: 'github-actions'
    })
  })

  it('404 for a deleted pull request → a clear warning, no throw', async () => {
    const ctx = runContext('pull_request.opened')
    server.removeIssue(REPO, 2)
    const outcome = await prRun(octokit(), ctx, report())
    expect(outcome.surfaces.map((s) => [s.name, s.ok])).toEqual([
      ['check-run', true],
      ['comment', false]
    ])
    expect(outcome.surfaces[1]!.warning).toBe(
      'Could not publish the pull request comment: pull request #2 was not found (404): it may have been deleted, or the token cannot see it'
    )
  })

  it('422 on completing the check run → GitHub’s message in one line; the comment still goes out', async () => {
    const ctx = runContext('pull_request.opened')
    server.failNext('checks/update', { kind: 'error', status: 422, message: 'Validation Failed' })
    const outcome = await prRun(octokit(), ctx, report())
    expect(outcome.surfaces[0]).toMatchObject({
      name: 'check-run',
      ok: false,
      warning:
        'Could not publish the check run: GitHub rejected the request (422: Validation Failed)'
    })
    expect(outcome.surfaces[1]).toMatchObject({ name: 'comment', ok: true })
  })

  it('retries 500 then 200, a reset connection and a secondary rate limit within one run', async () => {
    const ctx = runContext('pull_request.opened')
    server.failNext('checks/update', { kind: 'error', status: 500 })
    server.failNext('issues/list-comments', { kind: 'connection-reset' })
    server.failNext('issues/create-comment', {
      kind: 'secondary-rate-limit',
      status: 429,
      retryAfterSeconds: 2
    })
    const outcome = await prRun(octokit(), ctx, report())
    expect(outcome.surfaces.every((s) => s.ok)).toBe(true)
    expect(server.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'checks/create 201',
      'checks/update 500',
      'checks/update 200',
      'issues/list-comments connection-reset',
      'issues/list-comments 200',
      'issues/create-comment 429',
      'issues/create-comment 201',
      'issues/list-comments 200'
    ])
    expect(server.commentsOn(REPO, 2)).toHaveLength(1)
    expect(warnings).toHaveLength(1)
  })

  it('connections that keep dropping → one warning naming every surface lost, no further calls', async () => {
    const ctx = runContext('pull_request.opened')
    server.failNext(
      'repos/create-commit-status',
      ...Array.from({ length: 4 }, () => ({ kind: 'connection-reset' as const }))
    )
    const outcome = await publishReport(octokit(), ctx, report(), {
      ...PR_RUN,
      checkRun: false,
      status: true,
      comment: true
    })
    expect(outcome.surfaces.map((s) => [s.name, s.ok, s.skipped])).toEqual([
      ['commit-status', false, undefined],
      ['comment', false, 'the GitHub API could not be reached']
    ])
    expect(outcome.surfaces[0]!.warning).toMatch(
      new RegExp(
        `^Could not reach the GitHub API at ${server.url.replace(/[.]/g, '\\.')} \\(.+\\), even after retrying: ` +
          'the commit status and the pull request comment were not published; the job summary and outputs still have the report$'
      )
    )
    expect(outcome.surfaces[1]!.warning).toBeUndefined()
    expect(server.requests.map((r) => r.operationId)).toEqual(
      Array.from({ length: 4 }, () => 'repos/create-commit-status')
    )
  })

  it('a server that keeps failing → a warning after the retries, never a throw', async () => {
    const ctx = runContext('pull_request.opened')
    server.failNext(
      'repos/create-commit-status',
      ...Array.from({ length: 4 }, () => ({ kind: 'error' as const, status: 502 }))
    )
    const outcome = await publishReport(octokit(), ctx, report(), {
      ...PR_RUN,
      checkRun: false,
      comment: false,
      status: true
    })
    expect(outcome.surfaces).toEqual([
      {
        name: 'commit-status',
        ok: false,
        warning:
          'Could not publish the commit status: GitHub did not answer successfully, even after retrying (502: Bad Gateway)'
      }
    ])
  })
})

describe('events without a pull request', () => {
  it.each(['release.published', 'push.tag', 'push.branch', 'workflow_dispatch'] as const)(
    '%s: check run and status on GITHUB_SHA, no comment calls',
    async (fixture) => {
      const ctx = runContext(fixture)
      const outcome = await publishReport(octokit(), ctx, report({ conclusion: 'success' }), {
        ...PR_RUN,
        status: true
      })
      expect(outcome.surfaces).toEqual([
        { name: 'check-run', ok: true, url: expect.stringContaining('/runs/') },
        { name: 'commit-status', ok: true, url: ctx.runUrl },
        { name: 'comment', ok: true, skipped: `no pull request for a ${ctx.eventName} run` }
      ])
      expect(server.state.checkRuns[0]!.headSha).toBe(PUSHED_SHA)
      expect(server.requests.filter((r) => r.operationId?.startsWith('issues/'))).toEqual([])
      expect(server.state.statuses[0]).toMatchObject({
        sha: PUSHED_SHA,
        state: 'success',
        context: CHECK_NAME,
        targetUrl: ctx.runUrl
      })
    }
  )
})

describe('commit status', () => {
  it('maps the conclusion, keeps the description to 140 characters, and can report an error', async () => {
    const ctx = runContext('pull_request.opened')
    const long = `Not ready: ${'blocker, '.repeat(30)}`
    const options = { checkRun: false, comment: false, status: true, checkName: CHECK_NAME }
    await publishReport(octokit(), ctx, report({ statusDescription: long }), options)
    await publishReport(octokit(), ctx, report({ conclusion: 'success' }), options)
    await publishReport(octokit(), ctx, report(), { ...options, statusState: 'error' })
    const [failure, success, error] = server.state.statuses
    expect(failure).toMatchObject({ sha: HEAD_SHA, state: 'failure', context: CHECK_NAME })
    expect(Array.from(failure!.description!)).toHaveLength(140)
    expect(failure!.description!.endsWith('…')).toBe(true)
    expect(success!.state).toBe('success')
    expect(error!.state).toBe('error')
  })
})

describe('call budget', () => {
  it('a PR run makes 4 calls (check create + complete, list, edit); the first one lists once more', async () => {
    const ctx = runContext('pull_request.opened')
    await prRun(octokit(), ctx, report({ annotations: annotations(50) }))
    expect(server.requests.map((r) => r.operationId)).toEqual([
      'checks/create',
      'checks/update',
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments'
    ])
    const before = server.requests.length
    await prRun(octokit(), ctx, report({ comment: 'second run', annotations: annotations(50) }))
    expect(server.requests.slice(before).map((r) => r.operationId)).toEqual([
      'checks/create',
      'checks/update',
      'issues/list-comments',
      'issues/update-comment'
    ])
  })

  it('plus one per 50 annotations beyond the first 50; the next run edits instead of creating', async () => {
    const ctx = runContext('pull_request.opened')
    await prRun(octokit(), ctx, report({ annotations: annotations(120) }))
    expect(server.requests).toHaveLength(5 + 2)
    const before = server.requests.length
    await prRun(octokit(), ctx, report({ comment: 'second run', annotations: annotations(10) }))
    expect(server.requests.slice(before).map((r) => r.operationId)).toEqual([
      'checks/create',
      'checks/update',
      'issues/list-comments',
      'issues/update-comment'
    ])
  })
})
