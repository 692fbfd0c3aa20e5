// Issue 17, defect 7: the pull_request_target guard failed open (an unreadable event or a
// malformed GITHUB_REPOSITORY warned and ran the commands) and was narrow (workflow_run,
// issue_comment and the review events ran them). Each case on real payloads and real files.
import { describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readGitHubContext } from '../../src/github/context.js'
import { untrustedCommandsRefusal } from '../../src/github/trust.js'
import { actionsEnvironment, eventPath } from '../support/github-events.js'
import { scratchDirectory } from '../support/temporary.js'

const scratch = scratchDirectory('rg-trust-')

function file(name: string, text: string): string {
  const path = join(scratch.dir, name)
  writeFileSync(path, text)
  return path
}

const PR_EVENT = eventPath('pull_request.opened')

function refusal(
  eventName: string,
  overrides: Record<string, string | undefined> = {},
  allow = false
): string | null {
  const env = actionsEnvironment(eventName, { GITHUB_EVENT_PATH: PR_EVENT, ...overrides })
  return untrustedCommandsRefusal(readGitHubContext(env), allow)
}

function expectOneLine(reason: string | null, pattern: RegExp): void {
  expect(reason).toMatch(pattern)
  expect(reason).toMatch(/allow-untrusted-commands: true/)
  expect(reason).not.toMatch(/[\r\n]/)
}

describe('fail closed: a run whose event or repository cannot be read runs no command', () => {
  test.each([
    [
      'a missing event file',
      () => ({ GITHUB_EVENT_PATH: join(scratch.dir, 'missing.json') }),
      /cannot be read/
    ],
    [
      'an event file that is not JSON',
      () => ({ GITHUB_EVENT_PATH: file('broken.json', '{ not') }),
      /not valid JSON/
    ],
    [
      'an event that is not an object',
      () => ({ GITHUB_EVENT_PATH: file('array.json', '[1]') }),
      /holds no JSON object/
    ],
    [
      'no GITHUB_EVENT_PATH',
      () => ({ GITHUB_EVENT_PATH: undefined }),
      /GITHUB_EVENT_PATH is not set/
    ],
    [
      'a malformed GITHUB_REPOSITORY',
      () => ({ GITHUB_REPOSITORY: 'just-a-name' }),
      /GITHUB_REPOSITORY 'just-a-name' is invalid/
    ],
    [
      'a repository with a path in it',
      () => ({ GITHUB_REPOSITORY: 'owner/../../x' }),
      /is invalid: expected owner\/name/
    ],
    ['a repository with a space', () => ({ GITHUB_REPOSITORY: 'own er/repo' }), /is invalid/]
  ])('%s', (_, overrides, pattern) => {
    // Before: loadGitHubContext threw, main warned "Not publishing" and ran the commands.
    const env = actionsEnvironment('pull_request_target', {
      GITHUB_EVENT_PATH: PR_EVENT,
      ...overrides()
    })
    const reading = readGitHubContext(env)
    expect(reading.kind).toBe('unreadable')
    const reason = untrustedCommandsRefusal(reading, false)
    expectOneLine(reason, /the GitHub event could not be read/)
    expect(reason).toMatch(pattern)
    // Even under an event that is otherwise allowed.
    expect(refusal('push', overrides())).toMatch(/could not be read/)
  })

  test('no event name inside GitHub Actions', () => {
    expectOneLine(refusal('', {}), /GITHUB_EVENT_NAME is not set/)
  })

  test('outside GitHub Actions (a local run) nothing is read and the commands run', () => {
    expect(readGitHubContext({})).toEqual({ kind: 'none' })
    expect(untrustedCommandsRefusal(readGitHubContext({}), false)).toBeNull()
  })
})

describe('events with a privileged token over content someone else may control', () => {
  test.each([
    ['pull_request_target', /under pull_request_target the run has a write token and secrets/],
    ['workflow_run', /under workflow_run .+triggering run's pull request/],
    ['issue_comment', /under issue_comment anyone who comments/],
    ['pull_request_review', /under pull_request_review anyone who reviews/],
    ['pull_request_review_comment', /under pull_request_review_comment anyone who comments/],
    ['dynamic', /the event 'dynamic' is not one the gate knows to be safe/]
  ])('%s: refused in one line, run with allow-untrusted-commands: true', (event, pattern) => {
    expectOneLine(refusal(event), pattern)
    expect(refusal(event, {}, true)).toBeNull()
  })

  test.each(['pull_request', 'push', 'merge_group', 'schedule', 'workflow_dispatch', 'release'])(
    '%s: the commands run',
    (event) => {
      expect(refusal(event)).toBeNull()
    }
  )

  test('the reading carries the context and payload the caller publishes with', () => {
    const env = actionsEnvironment('pull_request', { GITHUB_EVENT_PATH: PR_EVENT })
    const reading = readGitHubContext(env)
    expect(reading).toMatchObject({ kind: 'read', actions: true })
    if (reading.kind !== 'read') throw new Error('unreachable')
    // The pull request's head commit (where the check run shows), not the merge commit.
    expect(reading.context).toEqual({
      owner: 'Codertocat',
      repo: 'Hello-World',
      eventName: 'pull_request',
      sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      pullRequest: 2,
      fromFork: false,
      ref: 'refs/pull/2/merge',
      runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/9876543210/attempts/2',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com'
    })
    expect(reading.payload).toHaveProperty('pull_request')
  })
})
