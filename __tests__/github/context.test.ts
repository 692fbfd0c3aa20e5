// Which commit, pull request and run a report goes to, from real webhook payloads.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import { githubContextFrom, loadGitHubContext, readEventPayload } from '../../src/github/context.js'
import {
  MERGE_SHA,
  PUSHED_SHA,
  actionsEnvironment,
  eventPath,
  loadEvent
} from '../support/github-events.js'

describe('githubContextFrom', () => {
  it('reports a pull_request run on the PR head commit, not on the merge commit in GITHUB_SHA', () => {
    const payload = loadEvent('pull_request.opened')
    const ctx = githubContextFrom(actionsEnvironment('pull_request'), payload)
    expect(ctx.sha).toBe(payload.pull_request!.head.sha)
    expect(ctx.sha).not.toBe(MERGE_SHA)
    expect(ctx).toMatchObject({
      owner: 'Codertocat',
      repo: 'Hello-World',
      eventName: 'pull_request',
      pullRequest: 2,
      fromFork: false,
      ref: 'refs/pull/2/merge',
      runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/9876543210/attempts/2',
      apiUrl: 'https://api.github.com'
    })
  })

  it('does the same for synchronize and for pull_request_target', () => {
    const payload = loadEvent('pull_request.synchronize')
    for (const eventName of ['pull_request', 'pull_request_target']) {
      const ctx = githubContextFrom(actionsEnvironment(eventName), payload)
      expect(ctx.sha).toBe('ec26c3e57ca3a959ca5aad62de7213c562f8c821')
      expect(ctx.pullRequest).toBe(2)
    }
  })

  it('uses GITHUB_SHA and has no pull request for release, push and workflow_dispatch', () => {
    for (const [eventName, fixture] of [
      ['release', 'release.published'],
      ['push', 'push.tag'],
      ['push', 'push.branch'],
      ['workflow_dispatch', 'workflow_dispatch']
    ] as const) {
      const ctx = githubContextFrom(actionsEnvironment(eventName), loadEvent(fixture))
      expect(ctx.sha).toBe(PUSHED_SHA)
      expect(ctx.pullRequest).toBeNull()
      expect(ctx.eventName).toBe(eventName)
    }
  })

  it('ignores a pull_request object in the payload of other events', () => {
    const payload = {
      ...loadEvent('push.branch'),
      pull_request: { number: 9, head: { sha: 'f'.repeat(40) } }
    }
    const ctx = githubContextFrom(actionsEnvironment('push'), payload)
    expect(ctx.sha).toBe(PUSHED_SHA)
    expect(ctx.pullRequest).toBeNull()
  })

  it('spots a pull request from a fork, whose GITHUB_TOKEN is read-only', () => {
    const payload = loadEvent('pull_request.opened')
    payload.pull_request!.head.repo.full_name = 'someone-else/Hello-World'
    expect(githubContextFrom(actionsEnvironment('pull_request'), payload).fromFork).toBe(true)
  })

  it('builds the run URL for GitHub Enterprise Server and without an attempt; none outside Actions', () => {
    const env = actionsEnvironment('push', {
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
      GITHUB_RUN_ATTEMPT: undefined
    })
    const ctx = githubContextFrom(env, loadEvent('push.branch'))
    expect(ctx.runUrl).toBe(
      'https://ghe.example.com/Codertocat/Hello-World/actions/runs/9876543210'
    )
    expect(ctx.apiUrl).toBe('https://ghe.example.com/api/v3')
    expect(
      githubContextFrom(actionsEnvironment('push', { GITHUB_RUN_ID: '' }), {}).runUrl
    ).toBeNull()
  })

  it('falls back to the payload repository, and rejects a missing or malformed one clearly', () => {
    const payload = loadEvent('push.tag')
    const ctx = githubContextFrom(
      actionsEnvironment('push', { GITHUB_REPOSITORY: undefined }),
      payload
    )
    expect(`${ctx.owner}/${ctx.repo}`).toBe('Codertocat/Hello-World')
    expect(() =>
      githubContextFrom(actionsEnvironment('push', { GITHUB_REPOSITORY: undefined }), {})
    ).toThrow(ConfigurationError)
    expect(() =>
      githubContextFrom(actionsEnvironment('push', { GITHUB_REPOSITORY: 'just-a-name' }), {})
    ).toThrow(/GITHUB_REPOSITORY 'just-a-name' is invalid: expected owner\/name/)
    expect(() =>
      githubContextFrom(actionsEnvironment('push', { GITHUB_SHA: undefined }), {})
    ).toThrow(/GITHUB_SHA is not set/)
  })
})

describe('reading the event payload', () => {
  it('reads GITHUB_EVENT_PATH, and is empty without it', () => {
    const env = actionsEnvironment('pull_request', {
      GITHUB_EVENT_PATH: eventPath('pull_request.opened')
    })
    expect(loadGitHubContext(env).sha).toBe('ec26c3e57ca3a959ca5aad62de7213c562f8c821')
    expect(readEventPayload({})).toEqual({})
  })

  it('names the variable and the problem when the file is missing or not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-event-'))
    try {
      const broken = join(dir, 'event.json')
      writeFileSync(broken, '{ not json')
      expect(() => readEventPayload({ GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toThrow(
        /GITHUB_EVENT_PATH \(.*missing\.json\) cannot be read/
      )
      expect(() => readEventPayload({ GITHUB_EVENT_PATH: broken })).toThrow(ConfigurationError)
      expect(() => readEventPayload({ GITHUB_EVENT_PATH: broken })).toThrow(/is not valid JSON/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
