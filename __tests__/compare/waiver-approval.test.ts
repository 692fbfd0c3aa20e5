// The action's run() from source on a pull_request event, with GitHub served by the local
// OpenAPI-validating server and the checkout a real git repository: a pull request that deletes a
// critical item is not ready (the base read from the git history, or through the contents API
// when the history lacks it); a config waiver of the removed item holds only when it has a reason,
// has not expired and its approver's latest review on the pull request is an approval; a 403 on
// the reviews leaves the waiver unverified, warned once. Outputs, check run, comment and JSON
// report give the one verdict. run() has no injectable clock: expiries are far in the past or
// future (2001-01-01, 2099-12-31).
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../../src/main.js'
import { gitHubServerPerTest, type GitHubServer } from '../support/github-server.js'
import { actionsEnvironment, loadEvent } from '../support/github-events.js'
import { TOKENS, tokensWithoutPullRequests, type Account } from '../support/github-identities.js'
import { fakeActionIo, tempDirs, type FakeActionIo } from '../support/entry-io.js'
import { git, writeFile } from '../support/git-project.js'
import type { ReviewRecord } from '../support/github-state.js'

const temp = tempDirs('rg-waiver-')
const REPO = 'Codertocat/Hello-World'
const PR = 2
const CHECKLIST = 'PRODUCTION_CHECKLIST.md'
const CONFIG = '.github/readiness.yml'
const NO_PULLS = 'ghs_WaiverNoPullRequestsWorkflowToken0005'
const LEAD: Account = { login: 'lead', id: 4242, type: 'User' }
const SOMEONE_ELSE: Account = { login: 'someone-else', id: 4343, type: 'User' }

const BASE = `# Checklist

### Phase 1: Critical (MUST COMPLETE)

- [x] Fix the crash on startup
- [x] Load test at 1k rps
- [x] Rotate the signing keys

### Phase 2: Polish (NICE TO HAVE)

- [ ] Update the changelog
`

/** The pull request's head: the load test (base line 6) deleted. */
const HEAD = BASE.replace('- [x] Load test at 1k rps\n', '')

const NO_VALIDATIONS = 'gate:\n  require-validations: false\n'

function waiverConfig(expires: string): string {
  return `${NO_VALIDATIONS}waivers:\n  - item: Load test at 1k rps\n    reason: no public endpoint yet\n    approver: "@lead"\n    expires: "${expires}"\n`
}

let server: GitHubServer

gitHubServerPerTest(
  { set: (started) => (server = started), get: () => server },
  { tokens: tokensWithoutPullRequests(NO_PULLS) }
)
beforeEach(() => {
  // The pull request (number 2, its head commit) as GitHub knows it; reviews are added to it.
  server.seedFromEvent(loadEvent('pull_request.opened'))
})
afterEach(() => {
  temp.cleanup()
})
afterAll(() => {
  temp.cleanup()
})

interface PullRequestRun {
  workspace: string
  baseSha: string
  io: FakeActionIo
  code: number
}

/**
 * A repository whose base commit holds BASE and whose head commit (checked out) holds HEAD and
 * `config`; the event is the real pull_request.opened payload with its base SHA set to the base
 * commit (`history: 'full'`), or left as GitHub sent it, so the checkout lacks the base and the
 * base checklist is served by the contents API at that SHA (`history: 'without-base'`).
 */
async function pullRequestRun(
  config: string,
  options: { history?: 'full' | 'without-base'; token?: string } = {}
): Promise<PullRequestRun> {
  const dir = temp.make()
  const workspace = path.join(dir, 'repo')
  fs.mkdirSync(workspace)
  writeFile(workspace, CHECKLIST, BASE)
  writeFile(workspace, CONFIG, NO_VALIDATIONS)
  git(workspace, 'init', '-q', '-b', 'master')
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-q', '-m', 'base')
  const event = loadEvent('pull_request.opened') as ReturnType<typeof loadEvent> & {
    pull_request: { base: { sha: string } }
  }
  if (options.history === 'without-base') {
    server.addFile(REPO, event.pull_request.base.sha, CHECKLIST, BASE)
    // A fresh history: only the head commit, as in a shallow checkout.
    fs.rmSync(path.join(workspace, '.git'), { recursive: true, force: true })
    git(workspace, 'init', '-q', '-b', 'master')
  } else {
    event.pull_request.base.sha = git(workspace, 'rev-parse', 'HEAD').trim()
  }
  writeFile(workspace, CHECKLIST, HEAD)
  writeFile(workspace, CONFIG, config)
  git(workspace, 'add', '-A')
  git(workspace, 'commit', '-q', '-m', 'drop the load test')
  const eventFile = path.join(dir, 'event.json')
  fs.writeFileSync(eventFile, JSON.stringify(event))
  server.addCommit(REPO, event.pull_request.base.sha)
  const io = fakeActionIo({
    cwd: workspace,
    inputs: {
      'github-token': options.token ?? TOKENS.actions,
      'run-validations': 'false',
      'report-path': 'report.json'
    },
    env: actionsEnvironment('pull_request', {
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_API_URL: server.url,
      READINESS_GATE_RETRY_AFTER_MAX_MS: '10'
    })
  })
  const code = await run(io)
  return { workspace, baseSha: event.pull_request.base.sha, io, code }
}

interface Report {
  verdict: { state: string; ready: boolean }
  blockers: {
    kind: string
    change?: string
    itemText?: string
    baseLine?: number
    waiverProblems?: string[] | null
    text: string
  }[]
  githubEvidence: { apiCalls: number }
  comparison?: {
    state: string
    source: string
    ref: string
    items: { kind: string; waiver?: { valid: boolean; problems: string[]; why: string } }[]
  }
}

function report(workspace: string): Report {
  return JSON.parse(fs.readFileSync(path.join(workspace, 'report.json'), 'utf8')) as Report
}

function gateCheckRun() {
  const runs = server.state.checkRuns.filter((checkRun) => checkRun.name === 'Readiness Gate')
  expect(runs).toHaveLength(1)
  return runs[0]!
}

function comment(): string {
  const comments = server.commentsOn(REPO, PR)
  expect(comments).toHaveLength(1)
  return comments[0]!.body
}

/** The one verdict, everywhere it goes: exit code, outputs, check run, JSON report. */
function expectVerdict(result: PullRequestRun, ready: boolean): void {
  expect(result.code).toBe(ready ? 0 : 1)
  expect(result.io.outputs).toMatchObject({
    ready: String(ready),
    verdict: ready ? 'ready' : 'not-ready'
  })
  expect(gateCheckRun().conclusion).toBe(ready ? 'success' : 'failure')
  expect(report(result.workspace).verdict).toMatchObject({
    ready,
    state: ready ? 'ready' : 'not-ready'
  })
}

const REMOVED_LINE =
  '**Critical item removed** (removed from Phase 1: Critical): base line 6: “Load test at 1k rps”'

describe('a pull request that deletes a critical item, nothing waiving it', () => {
  test.each<['full' | 'without-base', string]>([
    ['full', 'git'],
    ['without-base', 'api']
  ])(
    'is not ready, the blocker naming the removed item (history: %s, base read from %s)',
    async (history, source) => {
      const result = await pullRequestRun(NO_VALIDATIONS, { history })
      expectVerdict(result, false)
      const json = report(result.workspace)
      expect(json.comparison).toMatchObject({ state: 'compared', source, ref: result.baseSha })
      expect(json.blockers).toEqual([
        expect.objectContaining({
          kind: 'checklist-change',
          change: 'removed',
          itemText: 'Load test at 1k rps',
          baseLine: 6,
          waiverProblems: null
        })
      ])
      expect(comment()).toContain(REMOVED_LINE)
      expect(comment()).toContain(
        '1. ➖ Critical item removed: **Load test at 1k rps** (base line 6) — no waiver · [line 5]'
      )
      expect(gateCheckRun().annotations).toContainEqual(
        expect.objectContaining({
          path: CHECKLIST,
          start_line: 5,
          title: 'Critical item removed',
          annotation_level: 'failure'
        })
      )
      expect(server.callsTo('repos/get-content').map((call) => [call.path, call.query])).toEqual(
        history === 'full'
          ? []
          : [[`/repos/${REPO}/contents/${CHECKLIST}`, { ref: result.baseSha }]]
      )
    }
  )
})

/** A login as the comment shows it: a zero-width joiner after the @, so nobody is notified. */
const MENTION_LEAD = '@\u200Dlead'

describe('a config waiver of the removed item', () => {
  test('with a reason, unexpired, approved by its approver: ready, the waiver shown as holding', async () => {
    server.addReview(REPO, PR, LEAD, 'APPROVED')
    const result = await pullRequestRun(waiverConfig('2099-12-31'))
    expectVerdict(result, true)
    const json = report(result.workspace)
    expect(json.blockers).toEqual([])
    expect(json.comparison?.items).toEqual([
      expect.objectContaining({
        kind: 'removed',
        waiver: expect.objectContaining({
          valid: true,
          problems: [],
          why: 'approved by @lead until 2099-12-31'
        })
      })
    ])
    expect(comment()).toContain(`${REMOVED_LINE}; near [line 5]`)
    expect(comment()).toContain(`— waived (approved by ${MENTION_LEAD} until 2099-12-31)`)
    // API calls of this run: 6 — 1 for the evidence (the reviews, one page), 5 to publish on a
    // pull request's first run (check run created and completed, comments listed, comment
    // created, comments listed again); the base came from the git history, so no contents call.
    expect(server.requests.map((request) => request.operationId).sort()).toEqual([
      'checks/create',
      'checks/update',
      'issues/create-comment',
      'issues/list-comments',
      'issues/list-comments',
      'pulls/list-reviews'
    ])
    expect(server.callsTo('pulls/list-reviews')[0]!.query).toMatchObject({ per_page: '100' })
    // The report counts the evidence call (it said 0 while the reviews were read after the
    // reference lookups had answered: src/github/evidence-lookups.ts now waits for them).
    expect(json.githubEvidence.apiCalls).toBe(1)
  })

  test.each<[string, ReviewRecord['state'][]]>([
    ['no review by @lead', []],
    ['@lead approved, then requested changes', ['APPROVED', 'CHANGES_REQUESTED']]
  ])(
    "whose approver has not approved (%s; someone else approved): not ready, 'not-approved'",
    async (_, leadReviews) => {
      for (const state of leadReviews) server.addReview(REPO, PR, LEAD, state)
      server.addReview(REPO, PR, SOMEONE_ELSE, 'APPROVED')
      const result = await pullRequestRun(waiverConfig('2099-12-31'))
      expectVerdict(result, false)
      expectBlockingWaiver(result, ['not-approved'], '@lead has not approved this pull request')
      expect(comment()).toContain(
        `— waiver does not hold: ${MENTION_LEAD} has not approved this pull request`
      )
    }
  )

  test("that has expired, though approved: not ready, 'expired'", async () => {
    server.addReview(REPO, PR, LEAD, 'APPROVED')
    const result = await pullRequestRun(waiverConfig('2001-01-01'))
    expectVerdict(result, false)
    expectBlockingWaiver(result, ['expired'], 'expired on 2001-01-01')
    expect(comment()).toContain('— waiver does not hold: expired on 2001-01-01')
  })

  test("whose approval cannot be read (reviews answered 403): not ready, 'approval-unverified', one warning", async () => {
    server.addReview(REPO, PR, LEAD, 'APPROVED')
    const result = await pullRequestRun(waiverConfig('2099-12-31'), { token: NO_PULLS })
    expect(server.callsTo('pulls/list-reviews').map((call) => call.status)).toEqual([403])
    // The refused call is still a call: the report counts it.
    expect(report(result.workspace).githubEvidence.apiCalls).toBe(1)
    expectVerdict(result, false)
    expectBlockingWaiver(result, ['approval-unverified'], "@lead's approval could not be verified")
    // Exactly one warning in the whole run, and it names the missing permission.
    expect(result.io.log.of('warning')).toEqual([
      expect.stringContaining('the token lacks "pull-requests: read"')
    ])
    expect(comment()).toContain(
      `— waiver does not hold: ${MENTION_LEAD}'s approval could not be verified (the pull request's reviews could not be read (403`
    )
  })
})

function expectBlockingWaiver(result: PullRequestRun, problems: string[], why: string): void {
  const json = report(result.workspace)
  expect(json.blockers).toEqual([
    expect.objectContaining({
      kind: 'checklist-change',
      change: 'removed',
      itemText: 'Load test at 1k rps',
      waiverProblems: problems
    })
  ])
  expect(json.blockers[0]!.text).toContain(why)
  expect(json.comparison?.items).toEqual([
    expect.objectContaining({
      kind: 'removed',
      waiver: expect.objectContaining({ valid: false, problems })
    })
  ])
}
