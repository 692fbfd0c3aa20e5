// Issue 13 items 3–5: sign-offs against approvals, items that point at GitHub checked against
// GitHub, in few calls — the real gate and the real octokit against the local GitHub server
// (OpenAPI-validated REST, GraphQL validated against GitHub's public schema).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { evaluateReadiness, type GateOutcome } from '../../src/gate.js'
import { createOctokit } from '../../src/github/client.js'
import { gitHubEvidenceSource } from '../../src/github/evidence-lookups.js'
import type { EvidenceTarget } from '../../src/github/evidence-source.js'
import { issueQuery } from '../../src/github/graphql-issues.js'
import { buildJsonReport } from '../../src/report/json.js'
import { reportShapeProblem } from '../../src/report/read-json.js'
import { renderReport } from '../../src/report/render.js'
import { renderContextFor } from '../../src/report/render-context.js'
import { maskForSurfaces } from '../../src/report/secrets.js'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { actionsToken, type Identity } from '../support/github-identities.js'
import { githubSchema } from '../support/github-graphql.js'
import { parse, validate } from 'graphql'

const REPO = 'octo-org/shop'
const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const PR = 7
const TOKEN = 'ghs_EvidenceWorkflowToken000000000000001'
const NO_PULLS_TOKEN = 'ghs_EvidenceNoPullRequests00000000000002'
const JDOE = { login: 'JDoe', id: 501, type: 'User' as const }
const BOB = { login: 'bob', id: 502, type: 'User' as const }

const CHECKLIST = `# Release checklist

## Phase 1: Critical Fixes (MUST COMPLETE)

- [x] Fix the crash reported in #13
- [ ] Fix the leak in #12
- [x] The \`build\` check passes
- [x] Docs written: [guide](docs/guide.md)
- [x] Not a reference: \`#99\` in code

## Phase 2: Polish (LOW)

- [x] Upstream fix merged: octo-org/lib#45

## Sign-off

### Technical Lead Sign-off
**Signed:** Jane Doe (@jdoe) **Date:** 2026-12-01

### Security Sign-off
**Signed:** Bob (@bob) **Date:** 2026-12-01
`

let server: GitHubServer
let dir: string
let warnings: string[]

beforeEach(async () => {
  server = await startGitHubServer({
    tokens: {
      [TOKEN]: actionsToken({ checks: 'read', issues: 'read', pull_requests: 'read' }),
      [NO_PULLS_TOKEN]: actionsToken({ checks: 'read', issues: 'read' })
    }
  })
  server.addPullRequest(REPO, PR, HEAD)
  server.addIssue(REPO, 12, { state: 'closed', stateReason: 'COMPLETED' })
  server.addIssue(REPO, 13)
  server.addIssue('octo-org/lib', 45, { isPullRequest: true, state: 'closed', merged: true })
  server.addCheckRun(REPO, HEAD, 'build', 'completed', 'failure')
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-'))
  fs.mkdirSync(path.join(dir, 'docs'))
  fs.writeFileSync(path.join(dir, 'docs', 'guide.md'), '# Guide\n')
  warnings = []
})

afterEach(async () => {
  await server.close()
  fs.rmSync(dir, { recursive: true, force: true })
  server.assertNoViolations()
})

async function gate(
  checklist: string,
  options: { token?: string; pullRequest?: number | null } = {}
): Promise<GateOutcome> {
  const file = path.join(dir, 'CHECKLIST.md')
  fs.writeFileSync(file, checklist)
  const octokit = createOctokit(options.token ?? TOKEN, server.url, {
    log: { warning: (message) => warnings.push(message), debug: () => undefined },
    maxWaitMs: 10
  })
  const target: EvidenceTarget = {
    owner: 'octo-org',
    repo: 'shop',
    sha: HEAD,
    pullRequest: options.pullRequest === undefined ? PR : options.pullRequest,
    serverUrl: 'https://github.com',
    workspace: dir,
    checklistDir: ''
  }
  return evaluateReadiness({
    checklistPath: file,
    configPath: null,
    configRequired: false,
    root: dir,
    runValidations: false,
    refuseCommands: null,
    concurrency: 1,
    github: gitHubEvidenceSource(() => Promise.resolve(octokit), target)
  })
}

function byTarget(outcome: GateOutcome): Record<string, { state: string; evidence: string }> {
  return Object.fromEntries(
    outcome.assessment.reconciliation.github.references.map((check) => [
      check.reference.target,
      { state: check.state, evidence: check.evidence }
    ])
  )
}

describe('sign-offs against approvals', () => {
  it('signs a sign-off whose login approved, and calls one whose login did not "claimed"', async () => {
    server.addReview(REPO, PR, JDOE, 'APPROVED')
    // A later comment does not withdraw an approval.
    server.addReview(REPO, PR, JDOE, 'COMMENTED')
    server.addReview(REPO, PR, BOB, 'COMMENTED')
    const outcome = await gate(CHECKLIST)
    const { signOffs } = outcome.assessment.reconciliation
    expect(signOffs.roles.map((role) => [role.role, role.login, role.state])).toEqual([
      ['Technical Lead', 'jdoe', 'signed'],
      ['Security', 'bob', 'claimed']
    ])
    expect(signOffs.signed).toBe(1)
  })

  it('a dismissed approval or a later change request no longer signs', async () => {
    server.addReview(REPO, PR, JDOE, 'APPROVED')
    server.addReview(REPO, PR, JDOE, 'CHANGES_REQUESTED')
    server.addReview(REPO, PR, BOB, 'APPROVED').state = 'DISMISSED'
    const outcome = await gate(CHECKLIST)
    expect(outcome.assessment.reconciliation.signOffs.roles.map((role) => role.state)).toEqual([
      'claimed',
      'claimed'
    ])
  })

  it('reads every page of reviews', async () => {
    for (let i = 0; i < 130; i++) {
      server.addReview(REPO, PR, { login: `r${i}`, id: 1000 + i, type: 'User' }, 'COMMENTED')
    }
    server.addReview(REPO, PR, JDOE, 'APPROVED')
    const outcome = await gate(CHECKLIST)
    expect(outcome.assessment.reconciliation.signOffs.roles[0]!.state).toBe('signed')
    expect(server.callsTo('pulls/list-reviews')).toHaveLength(2)
    expect(outcome.assessment.reconciliation.github.apiCalls).toBe(server.requests.length)
  })

  it('without a pull request, sign-offs naming a login are unverified and no review is read', async () => {
    const outcome = await gate(CHECKLIST, { pullRequest: null })
    expect(outcome.assessment.reconciliation.signOffs.roles.map((role) => role.state)).toEqual([
      'unverified',
      'unverified'
    ])
    expect(server.callsTo('pulls/list-reviews')).toHaveLength(0)
  })

  it('a 403 on the reviews degrades to unverified, said once, naming the permission', async () => {
    server.addReview(REPO, PR, JDOE, 'APPROVED')
    const outcome = await gate(CHECKLIST, { token: NO_PULLS_TOKEN })
    const { reconciliation, notes } = outcome.assessment
    expect(reconciliation.signOffs.roles.map((role) => role.state)).toEqual([
      'unverified',
      'unverified'
    ])
    const about = notes.filter((note) => note.includes("pull request's reviews"))
    expect(about).toHaveLength(1)
    expect(about[0]).toContain('"pull-requests: read"')
    // The issues are still read: only what the token cannot read (reviews, and the pull request
    // octo-org/lib#45, refused by GraphQL for that alias alone) is unverified.
    const targets = byTarget(outcome)
    expect(targets['#13']!.state).toBe('contradicted')
    expect(targets['octo-org/lib#45']!.state).toBe('unverified')
    expect(reconciliation.github.unreadable).toEqual([
      about[0],
      'Some referenced issues or pull requests could not be read (Resource not accessible by integration): the token lacks "issues: read" or "pull-requests: read", or cannot see them; items that name them are unverified.'
    ])
  })
})

describe('items that point at GitHub', () => {
  it('reports #12 closed (tick it) and #13 open (ticked, contradicted), and blocks on the critical one', async () => {
    const outcome = await gate(CHECKLIST)
    const targets = byTarget(outcome)
    expect(targets['#13']).toEqual({ state: 'contradicted', evidence: 'issue #13 is open' })
    expect(targets['#12']).toEqual({ state: 'tick-it', evidence: 'issue #12 is closed' })
    expect(targets['octo-org/lib#45']).toEqual({
      state: 'confirmed',
      evidence: 'pull request octo-org/lib#45 is merged'
    })
    expect(targets['#99']).toBeUndefined()
    expect(outcome.assessment.reconciliation.github.tickIt).toEqual([6])
    const contradictions = outcome.assessment.blockers.filter(
      (blocker) => blocker.kind === 'github-contradiction'
    )
    expect(contradictions.map((blocker) => blocker.line)).toEqual([5, 7])
    expect(outcome.assessment.verdict).toBe('not-ready')
  })

  it('a named check that failed contradicts its ticked item; one that passed confirms it', async () => {
    let outcome = await gate(CHECKLIST)
    expect(byTarget(outcome).build).toEqual({
      state: 'contradicted',
      evidence: `check 'build' concluded failure on ${HEAD.slice(0, 7)}`
    })
    server.addCheckRun(REPO, HEAD, 'build', 'completed', 'success', new Date(Date.now() + 1000))
    outcome = await gate(CHECKLIST)
    expect(byTarget(outcome).build!.state).toBe('confirmed')
    const query = server.callsTo('checks/list-for-ref')[0]!.query
    expect(query).toMatchObject({ check_name: 'build', filter: 'latest' })
  })

  it('a linked file is looked up in the checked-out tree', async () => {
    const outcome = await gate(`${CHECKLIST}\n## More\n\n- [x] See [runbook](docs/runbook.md)\n`)
    const targets = byTarget(outcome)
    expect(targets['docs/guide.md']!.state).toBe('confirmed')
    expect(targets['docs/runbook.md']).toEqual({
      state: 'contradicted',
      evidence: 'docs/runbook.md does not exist at the head'
    })
  })

  it('the JSON report (schema 2) carries the evidence and the calls, and reads back', async () => {
    server.addReview(REPO, PR, JDOE, 'APPROVED')
    const outcome = await gate(CHECKLIST)
    const context = maskForSurfaces(
      renderContextFor({
        checkName: 'Readiness Gate',
        workspace: dir,
        root: dir,
        checklistPath: path.join(dir, 'CHECKLIST.md'),
        github: null
      }),
      []
    )
    const report = buildJsonReport(maskForSurfaces(outcome.assessment, []), context)
    expect(report.schemaVersion).toBe(2)
    expect(report.githubEvidence!.apiCalls).toBe(server.requests.length)
    expect(reportShapeProblem(JSON.parse(JSON.stringify(report)))).toBeNull()
    const rendered = renderReport(maskForSurfaces(outcome.assessment, []), context, {
      checkRun: true,
      commitStatus: false,
      comment: true,
      jobSummary: true
    })
    expect(rendered.comment).toContain('Ticked, contradicted by GitHub')
    expect(rendered.comment).toContain('is open')
    expect(rendered.comment).toContain('claimed, no approval')
    const lines = rendered.annotations.map((annotation) => [
      annotation.start_line,
      annotation.title
    ])
    expect(lines).toContainEqual([5, 'Ticked, contradicted by GitHub'])
    expect(lines).toContainEqual([6, 'Done on GitHub: tick this item'])
  })
})

describe('few calls', () => {
  /** A critical phase of `count` ticked items, each naming its own issue. */
  function manyReferences(count: number): string {
    const items = Array.from({ length: count }, (_, i) => `- [x] Fixed #${1000 + i}`)
    return `# Many\n\n## Phase 1: Fixes (MUST COMPLETE)\n\n${items.join('\n')}\n\n- [x] The \`build\` check passes\n- [x] The \`lint\` check passes\n\n## Release Sign-off\n\n**Signed:** (@jdoe)\n`
  }

  it.each([1, 150])(
    'stays within the budget for %i references: 1 for reviews + ⌈n/100⌉ GraphQL + 1 per check name',
    async (count) => {
      for (let i = 0; i < count; i++) {
        server.addIssue(REPO, 1000 + i, { state: i % 2 === 0 ? 'closed' : 'open' })
      }
      const outcome = await gate(manyReferences(count))
      const budget = 1 + Math.ceil(count / 100) + 2
      expect(server.requests.length).toBe(budget)
      expect(outcome.assessment.reconciliation.github.apiCalls).toBe(server.requests.length)
      expect(server.callsTo('graphql')).toHaveLength(Math.ceil(count / 100))
      const states = outcome.assessment.reconciliation.github.references
        .filter((check) => check.reference.kind === 'issue')
        .map((check) => check.state)
      expect(states).toHaveLength(count)
      expect(states.filter((state) => state === 'contradicted')).toHaveLength(Math.floor(count / 2))
    }
  )

  it('reads no review when no sign-off names a login', async () => {
    await gate('# X\n\n## Phase 1: A (MUST COMPLETE)\n\n- [x] Fix #12\n')
    expect(server.requests.map((request) => request.operationId)).toEqual(['graphql'])
  })

  it('an issue GitHub does not find is unverified, the others are still judged', async () => {
    const outcome = await gate('# X\n\n## Phase 1: A (MUST COMPLETE)\n\n- [x] #12 and #404\n')
    const targets = byTarget(outcome)
    expect(targets['#404']!.state).toBe('unverified')
    expect(targets['#12']!.state).toBe('confirmed')
  })

  it("the query is valid against GitHub's GraphQL schema for any batch size", () => {
    for (const count of [1, 2, 100]) {
      expect(validate(githubSchema(), parse(issueQuery(count)))).toEqual([])
    }
  })
})

export type { Identity }
