// End to end: the bundled action against a broken GitHub API — one that never answers, one that
// drips its answer forever, one that answers 440 MB, one whose comment pages lead to another
// origin. Each run ends within its bound with the outputs and the job summary written.
import { describe, expect, it } from '@jest/globals'
import { startGitHubServer, type Fault, type GitHubServer } from '../support/github-server.js'
import { MERGE_SHA } from '../support/github-events.js'
import {
  commandLines,
  endToEndSetup,
  makeWorkspace,
  runAction,
  type ActionRun
} from './run-action.js'

const CHECKLIST = `# Production Checklist

## Phase 1: Critical

- [x] Tests pass

### Quick Validation Script
\`\`\`bash
echo "1. Tests..."
true
\`\`\`
`

/** Per-request timeout given to the action (READINESS_GATE_REQUEST_TIMEOUT_MS). */
const TIMEOUT_MS = 300
/** The action's own start-up, validation and writing on a shared 2-core machine. */
const SLACK_MS = 10_000

let server: GitHubServer
const { track } = endToEndSetup({ set: (started) => (server = started), get: () => server })

async function timedRun(requestTimeoutMs = TIMEOUT_MS): Promise<{ run: ActionRun; ms: number }> {
  const workspace = track(makeWorkspace({ 'PRODUCTION_CHECKLIST.md': CHECKLIST }))
  const started = performance.now()
  const run = await runAction({
    server,
    fixture: 'pull_request.opened',
    eventName: 'pull_request',
    sha: MERGE_SHA,
    ref: 'refs/pull/2/merge',
    workspace,
    env: { READINESS_GATE_REQUEST_TIMEOUT_MS: String(requestTimeoutMs) },
    timeoutMs: 60_000
  })
  return { run, ms: performance.now() - started }
}

/** The verdict reached the outputs and the job summary. */
function expectReported(run: ActionRun): void {
  expect(run.code).toBe(0)
  expect(run.outputs).toMatchObject({ ready: 'true', verdict: 'ready' })
  expect(run.summary).toContain('Ready')
  expect(run.stderr).not.toMatch(/\n\s+at /)
}

function every(fault: Fault, count = 8): Fault[] {
  return Array.from({ length: count }, () => ({ ...fault }))
}

describe('the bundled action against a broken API', () => {
  const stalls: [string, Fault][] = [
    ['never answers', { kind: 'silent' }],
    ['drips its answer forever', { kind: 'drip', status: 201, everyMs: 20 }]
  ]
  it.each(stalls)(
    'an API that %s: outputs and summary written, one warning, in bounded time',
    async (_, fault) => {
      server.failNext('checks/create', ...every(fault))
      const { run, ms } = await timedRun()
      expectReported(run)
      // At most 4 attempts of one call time out; the other surfaces are then not attempted.
      expect(ms).toBeLessThan(4 * TIMEOUT_MS + SLACK_MS)
      const warnings = commandLines(run.stdout, 'warning')
      expect(warnings).toEqual([
        expect.stringMatching(
          /^::warning::Could not reach the GitHub API at .* \(no complete answer within 300ms\), even after retrying: the check run and the pull request comment were not published/
        )
      ])
      expect(server.callsTo('issues/list-comments')).toHaveLength(0)
    },
    // The bound asserted above (4 timed-out attempts plus 10 s of slack) fits well within this;
    // 9 s under load.
    45_000
  )

  it('an answer of 440 MB is cut off at 32 MiB: the comment fails alone, the check run is published', async () => {
    server.failNext('issues/list-comments', { kind: 'huge', bytes: 440 * 1024 * 1024 })
    // Time enough to read 32 MiB on a busy machine: the cap, not the timeout, must end it.
    const { run } = await timedRun(30_000)
    expectReported(run)
    expect(commandLines(run.stdout, 'warning')).toEqual([
      "::warning::Could not publish the pull request comment: the API's answer was larger than 32.0 MB (more than that received) and was left unread"
    ])
    expect(server.state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' })
    expect(server.callsTo('issues/list-comments')).toHaveLength(1)
    // Longer than the default 30 s: the run is given a 30 s request timeout (above) so that only
    // the cap can end the read; 9.5 s under load, and the timeout must not fire before the cap's.
  }, 90_000)

  it('a non-JSON 201 on the check-run start is not taken for a check run', async () => {
    server.failNext('checks/create', {
      kind: 'answer',
      status: 201,
      body: '<html>OK</html>',
      contentType: 'text/html'
    })
    const { run } = await timedRun()
    expectReported(run)
    const warnings = commandLines(run.stdout, 'warning')
    expect(warnings[0]).toBe(
      '::warning::Could not publish the check run: GitHub answered 201 without the check run: the body is not JSON (text/html, 15 bytes)'
    )
    // Nothing was "completed" on the strength of an id that never came.
    expect(server.callsTo('checks/update')).toHaveLength(0)
  })

  it('a Link "next" at another origin: the token is never sent there', async () => {
    const foreign = await startGitHubServer()
    try {
      server.failNext('issues/list-comments', {
        kind: 'next-page-at',
        url: `${foreign.url}/repos/Codertocat/Hello-World/issues/2/comments?page=2`
      })
      const { run } = await timedRun()
      expectReported(run)
      expect(foreign.requests).toEqual([])
      expect(commandLines(run.stdout, 'warning')).toEqual([
        expect.stringMatching(
          /^::warning::Could not publish the pull request comment: GitHub's answer put the next page of comments at http:\/\/127\.0\.0\.1:\d+, outside the API at .*; the token was not sent there/
        )
      ])
    } finally {
      await foreign.close()
    }
  })
})
