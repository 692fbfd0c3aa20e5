// Publish-only mode: which commit and pull request a report must be for comes from the event.
// workflow_run payloads shaped as GitHub sends them (webhook docs; @octokit/webhooks-examples).
import { afterAll, describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { githubContextFrom, readGitHubContext } from '../../src/github/context.js'
import {
  reportOriginFrom,
  reportToPublish,
  verifyPullRequestHead
} from '../../src/github/report-origin.js'
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES } from '../../src/readiness/model.js'
import { buildJsonReport } from '../../src/report/json.js'
import { maskForSurfaces } from '../../src/report/secrets.js'
import { context, seedChecklist, seedPlan, seedRunResults } from '../report/cases.js'
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

describe("reportToPublish: the workflow_run job publishing the pull_request job's artifact", () => {
  // Made in beforeAll, not while Jest collects: a run that filters this block out (-t)
  // makes nothing.
  let dir = ''
  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-publish-')))
  })
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })
  const assessment = assess({
    checklist: seedChecklist(),
    validations: seedPlan(),
    results: seedRunResults(),
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })

  function publish(reportSha: string, event = workflowRun()) {
    // What the unprivileged pull_request run wrote (its GITHUB_SHA was the merge commit; the
    // report names the PR head) and actions/download-artifact put in the working directory.
    const report = buildJsonReport(
      maskForSurfaces(assessment, []),
      context({ repository: 'Codertocat/Hello-World', sha: reportSha, pullRequest: 2 })
    )
    fs.mkdirSync(path.join(dir, 'artifact'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'artifact', 'readiness-report.json'), JSON.stringify(report))
    fs.writeFileSync(path.join(dir, 'event.json'), JSON.stringify(event))
    const env = actionsEnvironment('workflow_run', {
      GITHUB_EVENT_PATH: path.join(dir, 'event.json')
    })
    return reportToPublish({
      file: path.join(dir, 'artifact', 'readiness-report.json'),
      boundary: dir,
      reading: readGitHubContext(env),
      checkName: 'Readiness Gate'
    })
  }

  test('publishes on the PR head commit and pull request, linking the run that validated', () => {
    const result = publish(HEAD)
    if ('error' in result) throw new Error(result.error)
    expect(result.publishTo).toMatchObject({
      eventName: 'workflow_run',
      sha: HEAD,
      pullRequest: 2,
      runUrl: RUN_PAGE
    })
    expect(result.assessment.verdict).toBe(assessment.verdict)
    expect(result.context).toMatchObject({ sha: HEAD, runUrl: RUN_PAGE, pullRequest: 2 })
  })

  test('a report for another commit is refused in one line', () => {
    expect(publish('d'.repeat(40))).toEqual({
      error: expect.stringMatching(
        /^Input 'report-from' .+is for commit 'd{40}', but the event's commit is ec26c3e/
      )
    })
  })

  test("a fork's report: no pull request to comment on until verified", () => {
    const result = publish(HEAD, workflowRun({ pull_requests: [] }))
    if ('error' in result) throw new Error(result.error)
    expect(result.pullRequestNeedsVerification).toBe(true)
    expect(result.publishTo.pullRequest).toBeNull()
  })

  test('without a readable event there is nothing to check the report against', () => {
    const reading = readGitHubContext(
      actionsEnvironment('workflow_run', { GITHUB_EVENT_PATH: path.join(dir, 'missing.json') })
    )
    expect(reportToPublish({ file: 'x', boundary: dir, reading, checkName: 'x' })).toEqual({
      error: expect.stringMatching(/^Input 'report-from' needs the GitHub event .+cannot be read/)
    })
  })
})
