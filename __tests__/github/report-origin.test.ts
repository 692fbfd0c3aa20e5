// Publish-only mode: which commit and pull request a report must be for comes from the event.
// workflow_run payloads shaped as GitHub sends them (webhook docs; @octokit/webhooks-examples).
import { describe, expect, test } from '@jest/globals'
import { githubContextFrom } from '../../src/github/context.js'
import { reportOriginFrom, verifyPullRequestHead } from '../../src/github/report-origin.js'
import { actionsEnvironment, loadEvent } from '../support/github-events.js'

const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const RUN_PAGE = 'https://github.com/Codertocat/Hello-World/actions/runs/30433642'

function workflowRun(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    action: 'completed',
    repository: { full_name: 'Codertocat/Hello-World' },
    workflow_run: {
      event: 'pull_request',
      head_sha: HEAD,
      head_branch: 'changes',
      head_repository: { full_name: 'Codertocat/Hello-World' },
      html_url: RUN_PAGE,
      conclusion: 'success',
      pull_requests: [
        {
          number: 2,
          head: { ref: 'changes', sha: HEAD, repo: { name: 'Hello-World' } },
          base: { ref: 'master', sha: 'f'.repeat(40), repo: { name: 'Hello-World' } }
        }
      ],
      ...overrides
    }
  }
}

function origin(payload: Record<string, unknown>, eventName = 'workflow_run') {
  const context = githubContextFrom(actionsEnvironment(eventName), payload)
  return reportOriginFrom(context, payload)
}

describe('reportOriginFrom', () => {
  test("workflow_run: the triggering run's head commit, its listed pull request and its page", () => {
    expect(origin(workflowRun())).toEqual({
      repository: 'Codertocat/Hello-World',
      sha: HEAD,
      pullRequests: [2],
      runUrl: RUN_PAGE
    })
  })

  test("a fork's pull request is not listed: the event cannot say which, so it must be verified", () => {
    const fork = workflowRun({
      pull_requests: [],
      head_repository: { full_name: 'someone/Hello-World' }
    })
    expect(origin(fork)).toMatchObject({ sha: HEAD, pullRequests: null })
  })

  test('a run for a push names no pull request; one listed for another head is ignored', () => {
    expect(origin(workflowRun({ event: 'push', pull_requests: [] }))).toMatchObject({
      pullRequests: []
    })
    const stale = workflowRun({
      event: 'push',
      pull_requests: [{ number: 9, head: { sha: 'a'.repeat(40) } }]
    })
    expect(origin(stale)).toMatchObject({ pullRequests: [] })
  })

  test('a page on another host is not linked: this run is', () => {
    const result = origin(workflowRun({ html_url: 'https://evil.example/actions/runs/1' }))
    expect(result).toMatchObject({
      runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/9876543210/attempts/2'
    })
  })

  test('no head_sha: one line naming report-from', () => {
    expect(origin(workflowRun({ head_sha: 'main' }))).toEqual({
      error: expect.stringMatching(/^Input 'report-from' needs the workflow_run event's head_sha/)
    })
  })

  test("other events: this run's commit and pull request", () => {
    expect(origin(loadEvent('pull_request.opened'), 'pull_request')).toMatchObject({
      sha: HEAD,
      pullRequests: [2]
    })
    expect(origin(loadEvent('push.branch'), 'push')).toMatchObject({ pullRequests: [] })
  })
})

describe('verifyPullRequestHead (for a fork, whose pull request the event does not list)', () => {
  const o = { repository: 'Codertocat/Hello-World', sha: HEAD, pullRequests: null, runUrl: null }
  const pull = (number: number, head: string, base = 'Codertocat/Hello-World') => ({
    number,
    head: { sha: head, repo: { full_name: 'someone/Hello-World' } },
    base: { repo: { full_name: base } }
  })

  test('the pull request whose head is the commit is accepted', () => {
    expect(verifyPullRequestHead(pull(2, HEAD), 2, o)).toBeNull()
  })

  test('a report claiming another pull request (head elsewhere, other base, not found) is not', () => {
    expect(verifyPullRequestHead(pull(7, 'b'.repeat(40)), 7, o)).toMatch(
      /#7's head is not ec26c3e, the commit the report is for/
    )
    expect(verifyPullRequestHead(pull(7, HEAD, 'other/repo'), 7, o)).toMatch(/is not into/)
    expect(verifyPullRequestHead({ message: 'Not Found' }, 7, o)).toMatch(/#7 was not found/)
  })
})
