// Issue 17, defect 8: under pull_request_target a 460 KB checklist of 20,000
// `- [ ] Owner: [SPECIFY]` items made 40,000 annotations and 804 API writes with the write token.
// The cap (max-annotations, default 200) is decided when the annotations are built, so the
// publisher's writes are bounded: here the whole run is published through the real octokit to
// the local GitHub server and every request is counted.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { evaluateReadiness } from '../../src/gate.js'
import type { Assessment } from '../../src/readiness/model.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import type { RenderContext } from '../../src/report/render-context.js'
import { DEFAULT_MAX_ANNOTATIONS, renderReport } from '../../src/report/render.js'
import type { RenderedReport } from '../../src/report/surfaces.js'
import { maskForSurfaces } from '../../src/report/secrets.js'
import { ANNOTATIONS_PER_REQUEST } from '../../src/github/limits.js'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { publishAsPullRequestRun } from '../support/publish-run.js'
import { localGateOptions } from '../support/gate-options.js'

const ITEMS = 20_000
let dir: string
let assessment: Assessment
let context: RenderContext

beforeAll(async () => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-flood-')))
  const checklist = path.join(dir, 'PRODUCTION_CHECKLIST.md')
  const items = '- [ ] Owner: [SPECIFY]\n'.repeat(ITEMS)
  fs.writeFileSync(checklist, `# Checklist\n\n### Phase 1: Critical (MUST COMPLETE)\n\n${items}`)
  expect(fs.statSync(checklist).size).toBeGreaterThan(460_000)
  const outcome = await evaluateReadiness(
    localGateOptions(dir, {
      checklistPath: checklist,
      refuseCommands: 'under pull_request_target the checklist may come from the pull request',
      concurrency: null
    })
  )
  assessment = outcome.assessment
  context = {
    checkName: 'Readiness Gate',
    runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/9876543210',
    repository: 'Codertocat/Hello-World',
    sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    ref: 'refs/pull/2/merge',
    checklistPath: 'PRODUCTION_CHECKLIST.md',
    validationRoot: '.',
    workspace: dir
  }
  // A 460 KB checklist of 20,000 items read and assessed by the whole engine: seconds, more under load.
}, 60_000)

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

function renderWith(maxAnnotations?: number): RenderedReport {
  return renderReport(
    maskForSurfaces(assessment, []),
    maskForSurfaces(context, []),
    undefined,
    maxAnnotations === undefined ? {} : { maxAnnotations }
  )
}

/** Publishes a PR run (check run started early, then completed; status; sticky comment). */
async function publishPullRequestRun(
  server: GitHubServer,
  rendered: RenderedReport
): Promise<void> {
  const outcome = await publishAsPullRequestRun(server, rendered, 'pull_request_target')
  expect(outcome.surfaces.map((s) => [s.name, s.ok])).toEqual([
    ['check-run', true],
    ['commit-status', true],
    ['comment', true]
  ])
}

const writes = (server: GitHubServer) => server.requests.filter((r) => r.method !== 'GET')

test('the flood exists uncapped: 40,000 annotations (the issue’s count)', () => {
  expect(buildAnnotations(assessment, context)).toHaveLength(2 * ITEMS)
})

test('capped at 200 annotations, said on the check run and the job summary', () => {
  const rendered = renderWith()
  expect(DEFAULT_MAX_ANNOTATIONS).toBe(200)
  expect(rendered.annotations).toHaveLength(200)
  // Unticked critical items (warnings) come before placeholders (notices).
  expect(rendered.annotations.every((a) => a.annotation_level === 'warning')).toBe(true)
  const note = '39800 more annotations left out (at most 200 per check run)'
  expect(rendered.checkSummary).toContain(note)
  expect(rendered.jobSummary).toContain(note)
  expect(rendered.comment).not.toContain(note)
})

test('a bounded number of API writes: 7 for the whole PR run, 4 carrying annotations', async () => {
  const server = await startGitHubServer()
  try {
    await publishPullRequestRun(server, renderWith())
    const batches = writes(server)
      .map((r) => (r.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? [])
      .filter((a) => a.length > 0)
    expect(batches.map((b) => b.length)).toEqual([50, 50, 50, 50])
    // Check run started + 4 updates (the last completes it), one status, one comment.
    expect(writes(server)).toHaveLength(1 + DEFAULT_MAX_ANNOTATIONS / ANNOTATIONS_PER_REQUEST + 2)
    // Reads: the comments listed, and once more by the run that creates the comment.
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(2)
    expect(server.state.checkRuns[0]!.annotations).toHaveLength(200)
    server.assertNoViolations()
  } finally {
    await server.close()
  }
})

test('max-annotations: 0 sends none; 1000 sends 20 batches at most', async () => {
  expect(renderWith(0).annotations).toEqual([])
  expect(renderWith(0).checkSummary).toContain('40000 more annotations left out (at most 0')
  const server = await startGitHubServer()
  try {
    await publishPullRequestRun(server, renderWith(1000))
    expect(writes(server)).toHaveLength(1 + 1000 / ANNOTATIONS_PER_REQUEST + 2)
    server.assertNoViolations()
  } finally {
    await server.close()
  }
})
