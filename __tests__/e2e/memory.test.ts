// End to end, memory across runs (issue 14): the bundled action run three times on one pull
// request against the local OpenAPI-validating GitHub server, reading its previous record back
// from its own sticky comment; forged, malformed and oversized records; the previous-report
// input; and check-run-id, which puts the report on the job's own check run.
import { describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { GitHubServer } from '../support/github-server.js'
import { loadEvent, PUSHED_SHA, type EventPayload } from '../support/github-events.js'
import { personalToken, TOKENS, actionsToken } from '../support/github-identities.js'
import { STATE_BLOCK_LIMIT, STATE_BLOCK_PREFIX } from '../../src/history/state-block.js'
import {
  commandLines,
  endToEndSetup,
  makeBin,
  makeWorkspace,
  runAction,
  type ActionRun
} from './run-action.js'

const REPO = 'Codertocat/Hello-World'
const PR_NUMBER = 2
const MARKER = '<!-- readiness-gate:readiness-gate -->'

/** One Verify item proven by `cargo build` (ticked); an item of a low phase ticked on the third run. */
function checklist(docsTicked: boolean): string {
  return `# Production Checklist

## Phase 1: Critical

- [x] Build is clean
  - [x] Verify: \`cargo build\` passes

## Phase 2: Polish (nice to have)

- [${docsTicked ? 'x' : ' '}] Docs reviewed
`
}

let server: GitHubServer
const { track } = endToEndSetup({ set: (started) => (server = started), get: () => server })

/** A fake cargo printing `warnings` rustc warnings and exiting with `exitCode`. */
function cargo(warnings: number, exitCode: number): Record<string, string> {
  const bin = track(
    makeBin({
      cargo: [
        'i=1',
        `while [ $i -le ${warnings} ]; do`,
        "  printf 'warning: unused variable: `v%d`\\n --> src/lib.rs:%d:5\\n  |\\n\\n' $i $i >&2",
        '  i=$((i+1))',
        'done',
        `exit ${exitCode}`
      ].join('\n')
    })
  )
  return { PATH: `${bin}:${process.env.PATH ?? ''}` }
}

function workspace(docsTicked = false): string {
  const lib = Array.from({ length: 20 }, (_, i) => `// line ${i + 1}`).join('\n')
  return track(
    makeWorkspace({ 'PRODUCTION_CHECKLIST.md': checklist(docsTicked), 'src/lib.rs': lib })
  )
}

/** The pull_request event with its head at `sha` (each push is a new commit). */
function pushedTo(sha: string): EventPayload {
  const payload = loadEvent('pull_request.synchronize')
  payload.pull_request!.head.sha = sha
  return payload
}

const SHA = {
  one: '1111111111111111111111111111111111111111',
  two: '2222222222222222222222222222222222222222',
  three: '3333333333333333333333333333333333333333'
}

function prRun(
  sha: string,
  env: Record<string, string>,
  options: { ws?: string; inputs?: Record<string, string> } = {}
): Promise<ActionRun> {
  return runAction({
    server,
    fixture: 'pull_request.synchronize',
    payload: pushedTo(sha),
    eventName: 'pull_request',
    sha: `${sha.slice(0, 39)}f`,
    ref: `refs/pull/${PR_NUMBER}/merge`,
    workspace: options.ws ?? workspace(),
    env,
    ...(options.inputs === undefined ? {} : { inputs: options.inputs })
  })
}

function ourComment(): string {
  const ours = server
    .commentsOn(REPO, PR_NUMBER)
    .filter((c) => c.author.login === 'github-actions[bot]')
  expect(ours).toHaveLength(1)
  return ours[0]!.body
}

describe('memory across runs on one pull request', () => {
  it('the third comment shows the delta against the second and a three-point trend', async () => {
    const first = await prRun(SHA.one, cargo(3, 1))
    expect(first.code).toBe(1)
    expect(ourComment()).not.toContain('Since the last run')
    expect(ourComment()).not.toContain('xychart-beta')
    const second = await prRun(SHA.two, cargo(0, 0))
    expect(second.code).toBe(0)
    expect(ourComment()).toContain('### Since the last run · compared with `1111111`')
    expect(ourComment()).toContain('- Newly passing: **')
    const third = await prRun(SHA.three, cargo(2, 1), { ws: workspace(true) })
    expect(third.code).toBe(1)
    expect(commandLines(third.stdout, 'warning')).toEqual([])

    const comment = ourComment()
    expect(comment.split('\n')[0]).toBe(MARKER)
    expect(comment).toContain('### Since the last run · compared with `2222222`')
    expect(comment).toContain('- Verdict: ✅ ready → **❌ not ready**')
    expect(comment).toMatch(/- Newly failing: \*\*[^*]+\*\* \(passed → failed\)/)
    expect(comment).toContain('0 → 2 warnings')
    expect(comment).toMatch(/- Ticked \(1\): ☑ Docs reviewed/)
    expect(comment).toContain('x-axis ["1111111", "2222222", "3333333"]')
    expect(comment).toContain('  line [0, 1, 0]')
    expect(comment).toMatch(/Oldest to newest — critical validations passed: 0\/1 → 1\/1 → 0\/1/)
    expect(comment).toContain('regressed since `2222222`')
    // The record is the last thing in the comment, hidden in an HTML comment.
    expect(comment.trimEnd().split('\n').at(-1)).toMatch(/^<!-- readiness-gate-state \{.*\} -->$/)

    // The job summary opens with the same block; the check run's title carries the short delta.
    expect(third.summary).toContain('### Since the last run · compared with `2222222`')
    expect(third.summary).not.toContain(STATE_BLOCK_PREFIX)
    const checkRun = server.state.checkRuns.at(-1)!
    expect(checkRun.output.title).toMatch(/^Not ready: \d+ blockers? \(\+\d since 2222222\)$/)
    expect([checkRun.status, checkRun.conclusion]).toEqual(['completed', 'failure'])

    // The JSON report has the delta and the trend.
    const report = JSON.parse(
      readFileSync(path.join(third.workspace, 'readiness-report.json'), 'utf8')
    ) as { schemaVersion: number; history: { delta: { since: string }; trend: unknown[] } }
    expect(report.schemaVersion).toBe(2)
    expect(report.history.delta.since).toBe(SHA.two.slice(0, 12))
    expect(report.history.trend).toHaveLength(3)
  })

  it('reads the record without an extra request: 4 publishing calls on a later run', async () => {
    await prRun(SHA.one, cargo(0, 0))
    const before = server.requests.length
    await prRun(SHA.two, cargo(0, 0))
    // The workspace has no git history, so the base checklist comes from the contents API once
    // (issue 13's base comparison), at no fixed place among the others.
    const operations = server.requests.slice(before).map((r) => r.operationId)
    expect(operations.filter((operation) => operation !== 'repos/get-content')).toEqual([
      'checks/create',
      'issues/list-comments',
      'checks/update',
      'issues/update-comment'
    ])
    expect(operations.filter((operation) => operation === 'repos/get-content')).toHaveLength(1)
    expect(ourComment()).toContain('**Since the last run** (`1111111`): nothing changed.')
  })

  it("ignores a forged record in someone else's comment that carries the marker", async () => {
    const forged = `${MARKER}\n${STATE_BLOCK_PREFIX}{"v":1,"c":"deadbeef0000","t":0,"r":"ready","b":0,"V":[],"k":"","h":[["deadbeef0000",9,9,9,9]]} -->\n`
    const mallory = personalToken('mallory', 666)
    server.seedComment(REPO, PR_NUMBER, forged, mallory)
    const run = await prRun(SHA.one, cargo(0, 0))
    expect(run.code).toBe(0)
    const comment = ourComment()
    expect(comment).not.toContain('Since the last run')
    expect(comment).not.toContain('deadbeef')
    expect(comment).not.toContain('xychart-beta')
    // Mallory's comment is left as it was.
    expect(server.commentsOn(REPO, PR_NUMBER).find((c) => c.author.login === 'mallory')!.body).toBe(
      forged
    )
  })

  it.each([
    ['malformed', `${STATE_BLOCK_PREFIX}{"v":1,"c": -->`, 'it is not valid JSON'],
    [
      'of an unknown version',
      `${STATE_BLOCK_PREFIX}{"v":99} -->`,
      'its version 99 is not one this gate reads'
    ],
    [
      'oversized',
      `${STATE_BLOCK_PREFIX}{"v":1,"pad":"${'x'.repeat(STATE_BLOCK_LIMIT * 4)}"} -->`,
      `it is longer than ${STATE_BLOCK_LIMIT} characters`
    ]
  ])(
    'a %s record in its own comment is ignored with a note; the run still publishes',
    async (_, block, why) => {
      server.seedComment(
        REPO,
        PR_NUMBER,
        `${MARKER}\nan earlier report\n${block}\n`,
        actionsToken()
      )
      const run = await prRun(SHA.one, cargo(3, 1))
      expect(run.code).toBe(1)
      const comment = ourComment()
      expect(comment).toContain(`> The previous run's record in this comment was ignored: ${why}.`)
      expect(comment).not.toContain('an earlier report')
      expect(comment).not.toContain('### Since the last run')
      expect(run.summary).toContain('was ignored')
      expect(server.state.checkRuns.at(-1)!.conclusion).toBe('failure')
    }
  )
})

describe('previous-report: memory without a comment', () => {
  it('a push run compares with the report the last run left (as actions/cache restores it)', async () => {
    const push = (
      ws: string,
      env: Record<string, string>,
      inputs: Record<string, string> = {}
    ): Promise<ActionRun> =>
      runAction({
        server,
        fixture: 'push.tag',
        eventName: 'push',
        sha: PUSHED_SHA,
        ref: 'refs/heads/main',
        workspace: ws,
        env,
        inputs: { 'check-run': 'false', ...inputs }
      })
    const ws = workspace()
    // The first run: the input names a file that is not there yet (a cache miss).
    const first = await push(ws, cargo(3, 1), { 'previous-report': 'cache/previous.json' })
    expect(first.code).toBe(1)
    expect(first.summary).not.toContain('Since the last run')
    expect(first.summary).not.toContain('ignored')
    const cache = path.join(ws, 'cache')
    mkdirSync(cache)
    copyFileSync(path.join(ws, 'readiness-report.json'), path.join(cache, 'previous.json'))
    const second = await push(ws, cargo(0, 0), { 'previous-report': 'cache/previous.json' })
    expect(second.code).toBe(0)
    expect(second.summary).toContain(
      `### Since the last run · compared with \`${PUSHED_SHA.slice(0, 7)}\``
    )
    expect(second.summary).toContain('- Verdict: ❌ not ready → **✅ ready**')
    expect(second.summary).toContain('3 → 0 warnings')
    expect(second.summary).toContain('xychart-beta')
  })

  it('a file that is not a report is ignored with a note', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'previous.json'), '{"schemaVersion": 2, "surprise": true}')
    const run = await runAction({
      server,
      fixture: 'push.tag',
      eventName: 'push',
      sha: PUSHED_SHA,
      ref: 'refs/heads/main',
      workspace: ws,
      env: cargo(0, 0),
      inputs: { 'check-run': 'false', 'previous-report': 'previous.json' }
    })
    expect(run.code).toBe(0)
    expect(run.summary).toContain(
      "> The previous report was ignored: Input 'previous-report' is not a Readiness Gate report"
    )
  })
})

describe("check-run-id: the report on the job's own check run", () => {
  it('updates its output and annotations and leaves its status and conclusion alone', async () => {
    // The job's check run, as the runner made it (the github-actions app), in progress.
    server.addCommit(REPO, SHA.one)
    server.seedFromEvent(pushedTo(SHA.one))
    const created = await fetch(`${server.url}/repos/${REPO}/check-runs`, {
      method: 'POST',
      headers: { authorization: `token ${TOKENS.actions}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'build (ubuntu-latest)',
        head_sha: SHA.one,
        status: 'in_progress'
      })
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: number }
    const before = server.requests.length

    const run = await prRun(SHA.one, cargo(60, 1), { inputs: { 'check-run-id': String(id) } })
    expect(run.code).toBe(1)
    const calls = server.requests.slice(before).map((r) => r.operationId)
    expect(calls).not.toContain('checks/create')
    const updates = server.requests.slice(before).filter((r) => r.operationId === 'checks/update')
    // 60 warnings: two annotation batches, neither with a status or a conclusion.
    expect(updates).toHaveLength(2)
    for (const update of updates) {
      const body = update.body as Record<string, unknown>
      expect(body.status).toBeUndefined()
      expect(body.conclusion).toBeUndefined()
      expect(update.status).toBe(200)
    }
    const job = server.checkRun(id)
    expect(job.name).toBe('build (ubuntu-latest)')
    expect([job.status, job.conclusion]).toEqual(['in_progress', null])
    expect(job.output.title).toMatch(/^Not ready: /)
    expect(job.output.summary).toContain('## ❌ Not ready')
    expect(job.annotations.length).toBeGreaterThanOrEqual(60)
    expect(server.state.checkRuns).toHaveLength(1)
    // The comment still finds its author (the app of the job's check run).
    expect(ourComment()).toContain('## ❌ Not ready')
  })

  it('refuses a value that is not a check run id, naming the input', async () => {
    const run = await prRun(SHA.one, cargo(0, 0), {
      inputs: { 'check-run-id': '${{ job.check_run_id }}' }
    })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain("Input 'check-run-id' must be a check run's id")
  })
})
