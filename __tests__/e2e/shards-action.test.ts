// End to end: the bundled action in shard mode publishes nothing and writes a partial report; in
// aggregate mode (merge-reports) it publishes the merged verdict once — one check run, one sticky
// comment, the outputs and the exit code — to the local OpenAPI-validating GitHub server.
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import type { GitHubServer } from '../support/github-server.js'
import { MERGE_SHA, loadEvent } from '../support/github-events.js'
import { endToEndSetup, makeBin, makeWorkspace, runAction, type ActionRun } from './run-action.js'
import type { JsonReport } from '../../src/report/json.js'

const REPO = 'Codertocat/Hello-World'
const PR_NUMBER = 2
const HEAD_SHA = loadEvent('pull_request.opened').pull_request!.head.sha

/** Three steps: two that pass, and a `cargo build` that fails (a fake cargo on PATH). */
const CHECKLIST = `# Production Checklist

## Phase 1: Critical

- [x] Build passes

### Quick Validation Script
\`\`\`bash
echo "1. Passes..."
true

echo "2. Rust build..."
cargo build

echo "3. Docs exist..."
test -f README.md
\`\`\`
`

let server: GitHubServer
const { track } = endToEndSetup({ set: (started) => (server = started), get: () => server })
let workspace: string
let cargoPath: string

beforeAll(() => {
  const bin = track(
    makeBin({
      cargo: "printf 'error: expected one of `;`\\n --> src/lib.rs:3:5\\n' >&2\nexit 101"
    })
  )
  cargoPath = `${bin}:${process.env.PATH ?? ''}`
})

beforeEach(() => {
  workspace = track(
    makeWorkspace({
      'PRODUCTION_CHECKLIST.md': CHECKLIST,
      'README.md': '# Project\n',
      'src/lib.rs': 'fn main() {\n\n  let x = ;\n}\n'
    })
  )
})

function pullRequestRun(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    server,
    fixture: 'pull_request.opened',
    eventName: 'pull_request',
    sha: MERGE_SHA,
    ref: `refs/pull/${PR_NUMBER}/merge`,
    workspace,
    inputs,
    env: { PATH: cargoPath, RUNNER_OS: 'Linux' }
  })
}

/** Runs shard i/n with the action and puts its report where download-artifact would. */
async function shard(index: number, count: number): Promise<ActionRun> {
  const run = await pullRequestRun({
    shard: `${index}/${count}`,
    'report-path': `readiness-shard-${index}.json`
  })
  const artifact = path.join(workspace, 'shards', `readiness-shard-${index}`)
  mkdirSync(artifact, { recursive: true })
  cpSync(run.outputs['shard-report']!, path.join(artifact, `readiness-shard-${index}.json`))
  return run
}

describe('the bundled action with shards', () => {
  it('a shard publishes nothing: no API call, exit 0, the shard-report output and a summary', async () => {
    const run = await shard(1, 2)
    expect(run.code).toBe(0)
    expect(server.requests).toHaveLength(0)
    expect(run.outputs).toEqual({ 'shard-report': path.join(workspace, 'readiness-shard-1.json') })
    const report = JSON.parse(readFileSync(run.outputs['shard-report']!, 'utf8')) as {
      kind: string
      shard: unknown
      platform: string
      fingerprint: { commit: string }
    }
    expect(report).toMatchObject({
      kind: 'readiness-gate-shard',
      shard: { index: 1, count: 2 },
      platform: 'Linux',
      fingerprint: { commit: MERGE_SHA }
    })
    expect(run.summary).toContain('shard 1/2 on Linux')
    expect(run.summary).toContain('This is not a verdict')
  })

  it('merge-reports publishes the merged verdict once: one check run, one comment, outputs, exit code', async () => {
    for (const index of [1, 2]) expect((await shard(index, 2)).code).toBe(0)
    expect(server.requests).toHaveLength(0)

    const merged = await pullRequestRun({ 'merge-reports': 'shards' })
    expect(merged.code).toBe(1)
    expect(merged.outputs).toMatchObject({
      ready: 'false',
      verdict: 'not-ready',
      blockers: '1',
      'failed-validations': '1'
    })
    expect(server.state.checkRuns).toHaveLength(1)
    const check = server.state.checkRuns[0]!
    expect([check.headSha, check.status, check.conclusion]).toEqual([
      HEAD_SHA,
      'completed',
      'failure'
    ])
    const comments = server.commentsOn(REPO, PR_NUMBER)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('Rust build')
    const report = JSON.parse(readFileSync(merged.outputs['report-path']!, 'utf8')) as JsonReport
    expect(report.schemaVersion).toBe(2)
    expect(report.merge).toMatchObject({ shardCount: 2, platforms: ['Linux'], refusals: [] })
    expect(report.validations.map((v) => [v.id, v.status])).toEqual([
      ['passes', 'passed'],
      ['rust-build', 'failed'],
      ['docs-exist', 'passed']
    ])
    expect(merged.summary).toContain('Rust build')
  })

  it('merge-reports with a shard missing: unassessed on every surface, the missing shard named', async () => {
    expect((await shard(1, 2)).code).toBe(0)
    const merged = await pullRequestRun({ 'merge-reports': 'shards/**/*.json' })
    expect(merged.code).toBe(1)
    expect(merged.outputs).toMatchObject({ ready: 'false', verdict: 'unassessed' })
    expect(server.state.checkRuns).toHaveLength(1)
    expect(server.state.checkRuns[0]!.conclusion).toBe('failure')
    const comments = server.commentsOn(REPO, PR_NUMBER)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('Shard 2/2 on Linux is missing')
    expect(merged.summary).toContain('Shard 2/2 on Linux is missing')
  })

  it('shard and merge-reports together are a configuration error naming both inputs', async () => {
    const run = await pullRequestRun({ shard: '1/2', 'merge-reports': 'shards' })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain("Inputs 'shard' and 'merge-reports' are different modes")
  })
})
