// The action's run() on a pull_request event, with GitHub served by the local server: sign-offs
// are checked against the pull request's reviews, items that point at GitHub against GitHub, the
// one verdict follows (outputs, JSON report, check run), what the token cannot read is warned
// about once, and the calls stay within the budget.
import { afterAll, beforeEach, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../../src/main.js'
import { gitHubServerPerTest, type GitHubServer } from '../support/github-server.js'
import { actionsEnvironment, eventPath, loadEvent } from '../support/github-events.js'
import { TOKENS, tokensWithoutPullRequests } from '../support/github-identities.js'
import { fakeActionIo, tempDirs, writeProject } from '../support/entry-io.js'

const temp = tempDirs('rg-evidence-')
const REPO = 'Codertocat/Hello-World'
const PR = 2
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const NO_PULLS = 'ghs_NoPullRequestsWorkflowToken000000005'
let server: GitHubServer

gitHubServerPerTest(
  { set: (started) => (server = started), get: () => server },
  { tokens: tokensWithoutPullRequests(NO_PULLS) }
)
beforeEach(() => {
  server.seedFromEvent(loadEvent('pull_request.opened'))
  server.addIssue(REPO, 12, { state: 'closed' })
  server.addIssue(REPO, 13)
  server.addCheckRun(REPO, HEAD, 'build', 'completed', 'success')
})
afterAll(() => {
  temp.cleanup()
})

const ITEMS = [
  '- [x] Fix the crash (#12)',
  '- [x] The `build` check passes',
  '- [ ] Fix the leak (#13)'
].join('\n')

const SIGN_OFF =
  '\n## Technical Lead Sign-off\n\n**Signed:** Jane Doe (@jdoe) **Date:** 2026-12-01\n'

function project(items: string): string {
  const dir = writeProject(temp.make(), { items, script: 'true' })
  fs.appendFileSync(path.join(dir, 'PRODUCTION_CHECKLIST.md'), SIGN_OFF)
  return dir
}

function pullRequestIo(workspace: string, token: string = TOKENS.actions) {
  return fakeActionIo({
    cwd: workspace,
    inputs: { 'github-token': token, 'run-validations': 'false', 'report-path': 'report.json' },
    env: actionsEnvironment('pull_request', {
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_PATH: eventPath('pull_request.opened'),
      GITHUB_API_URL: server.url,
      READINESS_GATE_RETRY_AFTER_MAX_MS: '10'
    })
  })
}

function report(workspace: string): {
  signOffs: { roles: { state: string }[] }
  githubEvidence: {
    apiCalls: number
    references: { reference: { target: string }; state: string }[]
  }
} {
  return JSON.parse(fs.readFileSync(path.join(workspace, 'report.json'), 'utf8'))
}

test('an approved sign-off is signed, #12 closed confirms, #13 open is still to do, all in 3 calls', async () => {
  server.addReview(REPO, PR, { login: 'jdoe', id: 77, type: 'User' }, 'APPROVED')
  const workspace = project(ITEMS)
  const io = pullRequestIo(workspace)
  expect(await run(io)).toBe(1)
  const json = report(workspace)
  expect(json.signOffs.roles.map((role) => role.state)).toEqual(['signed'])
  expect(
    json.githubEvidence.references.map((check) => [check.reference.target, check.state])
  ).toEqual([
    ['#12', 'confirmed'],
    ['build', 'confirmed'],
    ['#13', 'open']
  ])
  const evidenceCalls = ['pulls/list-reviews', 'graphql', 'checks/list-for-ref']
  const made = server.requests.filter((r) => evidenceCalls.includes(r.operationId ?? ''))
  expect(made.map((r) => r.operationId).sort()).toEqual(evidenceCalls.sort())
  expect(json.githubEvidence.apiCalls).toBe(3)
  // #13 unticked in the critical phase blocks; the outputs and the check run say the same.
  expect(io.outputs).toMatchObject({ ready: 'false', verdict: 'not-ready' })
  expect(server.state.checkRuns.at(-1)!.conclusion).toBe('failure')
})

test('a token without pull-requests: read leaves sign-offs unverified, warned once', async () => {
  server.addReview(REPO, PR, { login: 'jdoe', id: 77, type: 'User' }, 'APPROVED')
  const workspace = project('- [x] Fix the crash (#12)')
  const io = pullRequestIo(workspace, NO_PULLS)
  await run(io)
  expect(report(workspace).signOffs.roles.map((role) => role.state)).toEqual(['unverified'])
  const warnings = io.log.of('warning').filter((line) => line.includes("pull request's reviews"))
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toContain('"pull-requests: read"')
  expect(io.summary.join('')).toContain('unverified (no pull request approval was read)')
})

test('a ticked item whose check failed is contradicted: annotated on its line and blocking', async () => {
  server.addCheckRun(REPO, HEAD, 'build', 'completed', 'failure', new Date(Date.now() + 1000))
  const workspace = project('- [x] The `build` check passes')
  const io = pullRequestIo(workspace)
  expect(await run(io)).toBe(1)
  const checkRun = server.state.checkRuns.find((r) => r.name === 'Readiness Gate')!
  expect(checkRun.conclusion).toBe('failure')
  expect(checkRun.annotations).toContainEqual(
    expect.objectContaining({
      path: 'PRODUCTION_CHECKLIST.md',
      start_line: 5,
      title: 'Ticked, contradicted by GitHub'
    })
  )
  const comment = server.commentsOn(REPO, PR)[0]!.body
  expect(comment).toContain("check 'build' concluded failure")
})
