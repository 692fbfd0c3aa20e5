// End to end: the bundled action (dist/index.js) as a child process with the environment the
// runner gives it, publishing to the local GitHub API server.
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { GitHubServer } from '../support/github-server.js'
import { MERGE_SHA, PUSHED_SHA, loadEvent } from '../support/github-events.js'
import { toolLookup } from '../support/tool-lookup.js'
import {
  REPO_ROOT,
  commandLines,
  endToEndSetup,
  makeBin,
  makeWorkspace,
  runAction,
  type ActionRun,
  type RunOptions
} from './run-action.js'

const REPO = 'Codertocat/Hello-World'
const PR_NUMBER = 2
const HEAD_SHA = loadEvent('pull_request.opened').pull_request!.head.sha

/** A small checklist: one step that passes, one `cargo build` (a fake cargo on PATH). */
const CHECKLIST = `# Production Checklist

## Phase 1: Critical

- [x] Build passes
- [x] Lint is clean

### Quick Validation Script
\`\`\`bash
#!/bin/bash
set -e

echo "=== Phase 1: Critical Validations ==="

echo "1. Passes..."
true

echo "2. Rust build..."
cargo build

echo "=== All validations passed! ==="
\`\`\`
`

/**
 * A fake cargo on PATH: prints `count` rustc-style warnings, each with a file:line location, and
 * exits with `exitCode`.
 */
function fakeCargo(count: number, exitCode: number): string {
  return track(
    makeBin({
      cargo: [
        'i=1',
        `while [ $i -le ${count} ]; do`,
        "  printf 'warning: unused variable: `value_%d`\\n --> src/lib.rs:%d:5\\n  |\\n\\n' $i $i >&2",
        '  i=$((i+1))',
        'done',
        `exit ${exitCode}`
      ].join('\n')
    })
  )
}

let server: GitHubServer
const { track } = endToEndSetup({ set: (started) => (server = started), get: () => server })
const cleanups: (() => void)[] = []

function smallWorkspace(): string {
  const lib = Array.from({ length: 200 }, (_, i) => `// line ${i + 1}`).join('\n')
  return track(makeWorkspace({ 'PRODUCTION_CHECKLIST.md': CHECKLIST, 'src/lib.rs': lib }))
}

afterAll(() => {
  for (const cleanup of cleanups) cleanup()
})

type Scenario = Omit<RunOptions, 'server' | 'fixture' | 'eventName' | 'sha' | 'ref' | 'workspace'> &
  Partial<Pick<RunOptions, 'workspace'>>

function pullRequestRun(
  fixture: 'pull_request.opened' | 'pull_request.synchronize',
  scenario: Scenario = {}
): Promise<ActionRun> {
  return runAction({
    server,
    fixture,
    eventName: 'pull_request',
    sha: MERGE_SHA,
    ref: `refs/pull/${PR_NUMBER}/merge`,
    workspace: scenario.workspace ?? smallWorkspace(),
    ...scenario
  })
}

function withCargo(count: number, exitCode: number): Record<string, string> {
  return { PATH: `${fakeCargo(count, exitCode)}:${process.env.PATH ?? ''}` }
}

function commentCalls(): number {
  return server.requests.filter((request) => request.operationId?.includes('comment')).length
}

function annotationRequests(): number[] {
  return server.requests
    .filter((r) => r.operationId === 'checks/create' || r.operationId === 'checks/update')
    .map((r) => {
      const output = (r.body as { output?: { annotations?: unknown[] } } | undefined)?.output
      return output?.annotations?.length ?? 0
    })
    .filter((count) => count > 0)
}

describe('the bundled action', () => {
  it('on pull_request: completes a check run on the PR head, writes outputs, summary and report', async () => {
    const result = await pullRequestRun('pull_request.opened', {
      env: withCargo(3, 1)
    })
    expect(result.code).toBe(1)
    expect(result.outputs.ready).toBe('false')
    expect(result.outputs.verdict).toBe('not-ready')
    expect(path.isAbsolute(result.outputs['report-path']!)).toBe(true)
    const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8')) as Record<
      string,
      unknown
    >
    expect(report).toMatchObject({ verdict: { state: 'not-ready', conclusion: 'failure' } })
    expect(result.summary.trim()).not.toBe('')
    expect(server.state.checkRuns).toHaveLength(1)
    const run = server.state.checkRuns[0]!
    expect(run.headSha).toBe(HEAD_SHA)
    expect(run.headSha).not.toBe(MERGE_SHA)
    expect(run.status).toBe('completed')
    expect(run.conclusion).toBe('failure')
  })

  it('keeps exactly one sticky comment across three runs on the same PR, updated in place', async () => {
    // Each run is a new attempt, so its comment links a different run and always differs from the
    // last one (step timings alone can coincide, and an unchanged comment is rightly not edited).
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await pullRequestRun('pull_request.synchronize', {
        env: { ...withCargo(2, 1), GITHUB_RUN_ATTEMPT: String(attempt) }
      })
      expect(result.code).toBe(1)
    }
    const comments = server.commentsOn(REPO, PR_NUMBER)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.author.login).toBe('github-actions[bot]')
    expect(server.callsTo('issues/create-comment')).toHaveLength(1)
    const updates = server.callsTo('issues/update-comment')
    expect(updates).toHaveLength(2)
    for (const update of updates) expect(update.path).toContain(`/comments/${comments[0]!.id}`)
    expect(server.callsTo('issues/delete-comment')).toHaveLength(0)
    expect(server.state.checkRuns).toHaveLength(3)
    // Three runs of the bundled action one after the other.
  }, 60_000)

  it('sends 120 file:line findings as annotations in exactly 3 requests of at most 50', async () => {
    const result = await pullRequestRun('pull_request.opened', { env: withCargo(120, 1) })
    expect(result.code).toBe(1)
    const batches = annotationRequests()
    expect(batches).toHaveLength(3)
    for (const size of batches) expect(size).toBeLessThanOrEqual(50)
    expect(batches.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(120)
    const run = server.state.checkRuns[0]!
    expect(run.annotations.filter((a) => a.path === 'src/lib.rs')).toHaveLength(120)
    expect(run.conclusion).toBe('failure')
  })

  it('masks the runtime and OIDC tokens in finding fields on every surface (issue 17, defect 3)', async () => {
    // Values that match no secret shape: only the values the action collects can mask them.
    const runtime = 'eyJhbGciOiJSUzI1NiJ9.e2e_runtime_token.sig'
    const oidc = 'oidc_e2e_request_token_7c1d'
    const cargo = track(
      makeBin({
        cargo: [
          `printf '%s\\n' 'error[${runtime}]: mismatched types' ' --> src/${oidc}/main.rs:3:5' >&2`,
          `printf '%s\\n' '  |' '' 'warning: unused: ${oidc}' ' --> src/lib.rs:4:1' >&2`,
          'exit 101'
        ].join('\n')
      })
    )
    const result = await pullRequestRun('pull_request.opened', {
      env: {
        PATH: `${cargo}:${process.env.PATH ?? ''}`,
        ACTIONS_RUNTIME_TOKEN: runtime,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc
      }
    })
    expect(result.code).toBe(1)
    const report = readFileSync(result.outputs['report-path']!, 'utf8')
    expect(report).toContain('src/***/main.rs')
    const sent = JSON.stringify(server.requests.map((request) => request.body))
    expect(sent).toContain('src/***/main.rs')
    for (const text of [report, sent, result.summary]) {
      for (const secret of [runtime, oidc]) expect(text).not.toContain(secret)
    }
    const annotations = server.state.checkRuns[0]!.annotations
    // The finding whose path held a token gets no annotation; the others do.
    expect(annotations.map((a) => a.path).filter((p) => p.startsWith('src/'))).toEqual([
      'src/lib.rs'
    ])
  })

  it('on 403 for comments still tells the truth, with one warning naming the permission', async () => {
    server.failNext('issues/list-comments', {
      kind: 'error',
      status: 403,
      message: 'Resource not accessible by integration'
    })
    server.failNext('issues/create-comment', {
      kind: 'error',
      status: 403,
      message: 'Resource not accessible by integration'
    })
    const result = await pullRequestRun('pull_request.opened', { env: withCargo(2, 1) })
    expect(result.code).toBe(1)
    expect(result.outputs.ready).toBe('false')
    expect(result.outputs.verdict).toBe('not-ready')
    expect(result.summary).toContain('Not ready')
    const warnings = commandLines(result.stdout, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/pull-requests: write|issues: write/)
    expect(server.state.checkRuns[0]!.status).toBe('completed')
  })

  it.each([
    [
      '404: the pull request was deleted meanwhile',
      'issues/list-comments',
      { kind: 'error', status: 404, message: 'Not Found' },
      /Could not publish the pull request comment: pull request #\d+ was not found \(404\)/
    ],
    [
      '422: GitHub refuses the check run update',
      'checks/update',
      { kind: 'error', status: 422, message: 'Validation Failed' },
      /Could not publish the check run: GitHub rejected the request \(422: Validation Failed\)/
    ],
    [
      '503 on every attempt',
      'issues/create-comment',
      { kind: 'error', status: 503, message: 'Service Unavailable' },
      /Could not publish the pull request comment: GitHub did not answer successfully, even after retrying \(503/
    ]
  ] as const)(
    'on %s: summary, outputs and exit code right, one clear warning',
    async (_name, operation, fault, warning) => {
      for (let attempt = 0; attempt < 4; attempt++) server.failNext(operation, { ...fault })
      const result = await pullRequestRun('pull_request.opened', { env: withCargo(2, 1) })
      expect(result.code).toBe(1)
      expect(result.outputs).toMatchObject({ ready: 'false', verdict: 'not-ready' })
      expect(result.summary).toContain('Not ready')
      const warnings = commandLines(result.stdout, 'warning')
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(warning)
      expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/^\s+at .+[:(]\d+/m)
    }
  )

  it('waits out a 429 secondary rate limit on the comment, then publishes it', async () => {
    server.failNext('issues/create-comment', {
      kind: 'secondary-rate-limit',
      status: 429,
      retryAfterSeconds: 1
    })
    const result = await pullRequestRun('pull_request.opened', { env: withCargo(2, 1) })
    expect(result.code).toBe(1)
    expect(result.outputs.verdict).toBe('not-ready')
    expect(server.callsTo('issues/create-comment').map((r) => r.status)).toEqual([429, 201])
    expect(server.commentsOn(REPO, PR_NUMBER)).toHaveLength(1)
  })

  it('retries a 500 on the check run creation and succeeds', async () => {
    server.failNext('checks/create', { kind: 'error', status: 500 })
    const result = await pullRequestRun('pull_request.opened', { env: withCargo(0, 0) })
    expect(result.code).toBe(0)
    expect(result.outputs.ready).toBe('true')
    expect(server.callsTo('checks/create').map((r) => r.status)).toEqual([500, 201])
    expect(server.state.checkRuns).toHaveLength(1)
    expect(server.state.checkRuns[0]!.conclusion).toBe('success')
    expect(commandLines(result.stdout, 'warning')).toEqual([])
  })

  it('when the API host does not resolve (DNS failure) still tells the truth, with one warning', async () => {
    const result = await pullRequestRun('pull_request.opened', {
      env: { ...withCargo(2, 1), GITHUB_API_URL: 'http://api.readiness-gate.invalid' }
    })
    expect(result.code).toBe(1)
    expect(result.outputs.ready).toBe('false')
    expect(result.outputs.verdict).toBe('not-ready')
    expect(result.summary).toContain('Not ready — 1 blocker')
    const warnings = commandLines(result.stdout, 'warning')
    expect(warnings).toHaveLength(1)
    // ENOTFOUND, or EAI_AGAIN on a machine without a resolver.
    expect(warnings[0]).toMatch(
      /^::warning::Could not reach the GitHub API at http:\/\/api\.readiness-gate\.invalid \(getaddrinfo \w+ api\.readiness-gate\.invalid\), even after retrying: the check run and the pull request comment were not published; the job summary and outputs still have the report$/
    )
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(server.requests).toHaveLength(0)
  })

  it('on release: gates per fail-on, checks GITHUB_SHA, never touches comments', async () => {
    const release = (failOn: string): Promise<ActionRun> =>
      runAction({
        server,
        fixture: 'release.published',
        eventName: 'release',
        sha: PUSHED_SHA,
        ref: 'refs/tags/0.0.1',
        workspace: smallWorkspace(),
        inputs: { 'fail-on': failOn },
        env: withCargo(2, 1)
      })
    const strict = await release('not-ready')
    expect(strict.code).toBe(1)
    expect(strict.outputs.ready).toBe('false')
    const lenient = await release('never')
    expect(lenient.code).toBe(0)
    expect(lenient.outputs.ready).toBe('false')
    expect(commandLines(lenient.stdout, 'error')).toEqual([])
    expect(commentCalls()).toBe(0)
    expect(server.state.checkRuns.map((run) => run.headSha)).toEqual([PUSHED_SHA, PUSHED_SHA])
  })

  it('on a tag push and on workflow_dispatch: runs fine without comment calls', async () => {
    const tag = await runAction({
      server,
      fixture: 'push.tag',
      eventName: 'push',
      sha: PUSHED_SHA,
      ref: 'refs/tags/simple-tag',
      workspace: smallWorkspace(),
      env: withCargo(0, 0)
    })
    expect(tag.code).toBe(0)
    expect(tag.outputs.ready).toBe('true')
    const dispatch = await runAction({
      server,
      fixture: 'workflow_dispatch',
      eventName: 'workflow_dispatch',
      sha: PUSHED_SHA,
      ref: 'refs/heads/main',
      workspace: smallWorkspace(),
      inputs: { 'run-validations': 'false' }
    })
    // Ticked boxes with the validations switched off prove nothing: never ready.
    expect(dispatch.code).toBe(1)
    expect(dispatch.outputs).toMatchObject({
      verdict: 'unassessed',
      ready: 'false',
      'failed-validations': '0'
    })
    expect(commentCalls()).toBe(0)
    expect(server.state.checkRuns.map((run) => [run.repository, run.headSha])).toEqual([
      [REPO, PUSHED_SHA],
      ['octo-org/octo-repo', PUSHED_SHA]
    ])
    expect(server.state.checkRuns.map((run) => [run.status, run.conclusion])).toEqual([
      ['completed', 'success'],
      ['completed', 'failure']
    ])
    expect(commandLines(tag.stdout + dispatch.stdout, 'warning')).toEqual([])
  })

  it("under pull_request_target refuses the checkout's commands unless opted in, and still reports", async () => {
    const markerDir = track(makeBin({}))
    const marker = path.join(markerDir, 'cargo-was-run')
    const spy = track(makeBin({ cargo: `touch '${marker}'\nexit 0` }))
    const target = (inputs: Record<string, string>): Promise<ActionRun> =>
      runAction({
        server,
        fixture: 'pull_request.opened',
        eventName: 'pull_request_target',
        sha: MERGE_SHA,
        ref: 'refs/heads/main',
        workspace: smallWorkspace(),
        inputs,
        env: { PATH: `${spy}:${process.env.PATH ?? ''}` }
      })
    const refused = await target({ 'fail-on': 'never' })
    expect(refused.code).toBe(0)
    expect(existsSync(marker)).toBe(false)
    expect(refused.summary).toMatch(/Validations were not run: under pull\\?_request\\?_target/)
    expect(refused.outputs.verdict).toBe('unassessed')
    expect(refused.outputs.ready).toBe('false')
    const optedIn = await target({ 'fail-on': 'never', 'allow-untrusted-commands': 'true' })
    expect(optedIn.code).toBe(0)
    expect(existsSync(marker)).toBe(true)
  })

  it('on a bad input fails with one clear error naming it, and no stack trace', async () => {
    const result = await pullRequestRun('pull_request.opened', {
      inputs: { 'fail-on': 'sometimes' },
      env: withCargo(0, 0)
    })
    expect(result.code).toBe(2)
    const errors = commandLines(result.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain("'fail-on'")
    expect(result.summary).toContain('fail-on')
    expect(result.outputs.ready).toBe('false')
    expect(result.outputs.verdict).toBe('error')
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/^\s+at .+[:(]\d+/m)
  })

  it('makes 5 REST calls for a PR run with at most 50 annotations (6 when it creates the comment)', async () => {
    const result = await pullRequestRun('pull_request.opened', { env: withCargo(40, 1) })
    expect(result.code).toBe(1)
    const batches = annotationRequests()
    expect(batches).toHaveLength(1)
    expect(batches[0]).toBeGreaterThanOrEqual(40)
    expect(batches[0]).toBeLessThanOrEqual(50)
    // The run that creates the comment lists the comments once more (a racing run's duplicate);
    // one call reads the base checklist, which the workspace's history lacks.
    expect(server.requests).toHaveLength(6)
    expect(server.callsTo('repos/get-content')).toHaveLength(1)
    const first = server.requests.length
    // A second attempt links another run, so the comment always changes and is edited.
    await pullRequestRun('pull_request.synchronize', {
      env: { ...withCargo(40, 1), GITHUB_RUN_ATTEMPT: '2' }
    })
    // The comments are listed before rendering (the previous run's record is in ours), once;
    // The base is read while the validations run: its place among the others is not fixed.
    const operations = server.requests.slice(first).map((r) => r.operationId)
    expect(operations.filter((operation) => operation !== 'repos/get-content')).toEqual([
      'checks/create',
      'issues/list-comments',
      'checks/update',
      'issues/update-comment'
    ])
    expect(operations.filter((operation) => operation === 'repos/get-content')).toHaveLength(1)
    expect(server.commentsOn(REPO, PR_NUMBER)).toHaveLength(1)
  })

  it('two runs on one PR at the same time end with one comment', async () => {
    const runs = await Promise.all([
      pullRequestRun('pull_request.opened', { env: withCargo(3, 1) }),
      pullRequestRun('pull_request.synchronize', { env: withCargo(3, 1) })
    ])
    for (const run of runs) expect(run.code).toBe(1)
    expect(server.commentsOn(REPO, PR_NUMBER)).toHaveLength(1)
    expect(server.state.checkRuns).toHaveLength(2)
  })

  it(
    'on the example project runs every validation for real and gates per fail-on',
    async () => {
      const workspace = track(mkdtempSync(path.join(tmpdir(), 'rg-e2e-example-')))
      const source = path.join(REPO_ROOT, 'examples', 'llm-memory-graph')
      cpSync(source, workspace, {
        recursive: true,
        filter: (from) =>
          !path
            .relative(source, from)
            .split(path.sep)
            .some((part) => part === 'target' || part === 'node_modules')
      })
      expect(existsSync(path.join(workspace, 'target'))).toBe(false)
      const targetDir = track(mkdtempSync(path.join(tmpdir(), 'rg-e2e-cargo-target-')))
      // cargo-audit is missing by choice, whether or not this machine has it.
      const tools = toolLookup({ missing: ['cargo-audit'] })
      cleanups.push(tools.remove)
      const example = (failOn: string): Promise<ActionRun> =>
        pullRequestRun('pull_request.opened', {
          workspace,
          inputs: { 'fail-on': failOn },
          env: { CARGO_TARGET_DIR: targetDir, ...tools.env },
          timeoutMs: 15 * 60_000
        })
      const strict = await example('not-ready')
      expect(strict.code).toBe(1)
      expect(strict.outputs.ready).toBe('false')
      expect(strict.outputs.verdict).toBe('not-ready')
      const report = JSON.parse(readFileSync(strict.outputs['report-path']!, 'utf8')) as {
        blockers: { kind: string; keyFinding?: string }[]
      }
      const audit = report.blockers.filter(
        (blocker) => blocker.kind === 'validation' && /cargo-audit/.test(blocker.keyFinding ?? '')
      )
      expect(audit).toHaveLength(1)
      expect(audit[0]!.keyFinding).toBe('cargo-audit not installed')
      const lenient = await example('never')
      expect(lenient.code).toBe(0)
      expect(lenient.outputs.ready).toBe('false')
      expect(server.commentsOn(REPO, PR_NUMBER)).toHaveLength(1)
    },
    30 * 60_000
  )
})
