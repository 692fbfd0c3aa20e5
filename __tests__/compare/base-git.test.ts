// The base comparison end to end through evaluateReadiness, on real git repositories built here:
// a change that deletes a critical item is not ready; with a config waiver that holds it is
// ready; an expired, reasonless or unapproved waiver blocks and says why; a shallow clone, whose
// history lacks the base, falls back to the contents API on the local GitHub server; the CLI's
// --base compares with a local ref.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { evaluateReadiness, type GateOptions } from '../../src/gate.js'
import type { Approvals } from '../../src/readiness/approvals.js'
import { git, writeFile } from '../support/git-project.js'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { TOKENS } from '../support/github-identities.js'
import { createOctokit } from '../../src/github/client.js'
import { readFileAtRef } from '../../src/github/contents.js'
import { runCli } from '../../src/cli/commands.js'
import { buildJsonReport } from '../../src/report/json.js'
import { parseJsonReport } from '../../src/report/read-json.js'
import { renderReport } from '../../src/report/render.js'
import { maskForSurfaces } from '../../src/report/secrets.js'
import { renderContextFor } from '../../src/report/render-context.js'

const BASE = `# Release checklist

## Phase 1: Critical Fixes (MUST COMPLETE)

- [x] Fix all clippy errors
  - [x] Verify: \`cargo clippy --all-targets -- -D warnings\`
- [x] Load test at 1k rps
- [x] Rotate the signing keys

## Phase 2: Polish (NICE TO HAVE)

- [ ] Update the changelog
`

/** The head: the load test deleted, the clippy command weakened. */
const HEAD = BASE.replace('- [x] Load test at 1k rps\n', '').replace(
  'cargo clippy --all-targets -- -D warnings',
  'cargo clippy'
)

const NOW = new Date('2026-12-04T12:00:00Z')
const LEAD_APPROVED: Approvals = { kind: 'read', approvers: new Set(['lead']) }

let dir: string
let baseSha: string

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-base-')))
  writeFile(dir, 'CHECKLIST.md', BASE)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  baseSha = git(dir, 'rev-parse', 'HEAD').trim()
  git(dir, 'checkout', '-q', '-b', 'change')
  writeFile(dir, 'CHECKLIST.md', HEAD)
  git(dir, 'commit', '-q', '-am', 'drop the load test')
  // Validations are not run here: the verdict rests on the items (and the comparison).
  writeFile(dir, 'readiness.yml', 'gate:\n  require-validations: false\n')
})

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

function options(overrides: Partial<GateOptions> = {}): GateOptions {
  return {
    checklistPath: path.join(dir, 'CHECKLIST.md'),
    configPath: path.join(dir, 'readiness.yml'),
    configRequired: false,
    root: dir,
    runValidations: false,
    refuseCommands: null,
    concurrency: null,
    compare: { ref: baseSha, fallback: null, noBase: null },
    approvals: LEAD_APPROVED,
    now: NOW,
    ...overrides
  }
}

function waiverConfig(fields: string): void {
  writeFile(
    dir,
    'readiness.yml',
    `gate:\n  require-validations: false\nwaivers:\n  - item: Load test at 1k rps\n${fields}`
  )
}

describe('a change that deletes a critical item', () => {
  test('is not ready: the blocker names the item and its base line; the tree is untouched', async () => {
    const status = git(dir, 'status', '--porcelain')
    const { assessment } = await evaluateReadiness(options())
    expect(assessment.verdict).toBe('not-ready')
    expect(assessment.blockers).toEqual([
      expect.objectContaining({
        kind: 'checklist-change',
        change: 'removed',
        itemText: 'Load test at 1k rps',
        baseLine: 7,
        line: 6,
        waiverProblems: null
      })
    ])
    expect(assessment.comparison).toMatchObject({ state: 'compared', ref: baseSha, source: 'git' })
    expect(git(dir, 'status', '--porcelain')).toBe(status)
  })

  test('the same change without the deletion is ready (the blocker is the deletion, nothing else)', async () => {
    writeFile(dir, 'CHECKLIST.md', BASE)
    const { assessment } = await evaluateReadiness(options())
    expect(assessment.verdict).toBe('ready')
    expect(assessment.comparison?.items).toEqual([])
  })

  test('with a config waiver that holds (reason, approved approver, not expired) it is ready', async () => {
    waiverConfig(
      '    reason: no public endpoint yet\n    approver: "@Lead"\n    expires: "2027-01-31"\n'
    )
    const { assessment } = await evaluateReadiness(options())
    expect(assessment.blockers).toEqual([])
    expect(assessment.verdict).toBe('ready')
    expect(assessment.comparison?.items[0]?.waiver).toMatchObject({
      source: 'config',
      valid: true,
      why: 'approved by @Lead until 2027-01-31'
    })
  })

  test.each<[string, string, Approvals, string[], RegExp]>([
    [
      'expired',
      '    reason: no public endpoint yet\n    approver: lead\n    expires: "2026-11-30"\n',
      LEAD_APPROVED,
      ['expired'],
      /expired on 2026-11-30/
    ],
    [
      'without a reason',
      '    approver: lead\n    expires: "2027-01-31"\n',
      LEAD_APPROVED,
      ['no-reason'],
      /no reason given/
    ],
    [
      'whose approver has not approved',
      '    reason: no public endpoint yet\n    approver: lead\n    expires: "2027-01-31"\n',
      { kind: 'read', approvers: new Set(['someone-else']) },
      ['not-approved'],
      /@lead has not approved this pull request/
    ],
    [
      'whose approval cannot be read',
      '    reason: no public endpoint yet\n    approver: lead\n    expires: "2027-01-31"\n',
      { kind: 'unreadable', reason: 'reviews answered 403' },
      ['approval-unverified'],
      /could not be verified \(reviews answered 403\)/
    ]
  ])(
    'a waiver %s does not hold: the change blocks and says why',
    async (_, fields, approvals, problems, why) => {
      waiverConfig(fields)
      const { assessment } = await evaluateReadiness(options({ approvals }))
      expect(assessment.verdict).toBe('not-ready')
      expect(assessment.blockers).toEqual([
        expect.objectContaining({ kind: 'checklist-change', waiverProblems: problems })
      ])
      expect(assessment.blockers[0]!.text).toMatch(why)
    }
  )

  test('demoting a critical item (moving it to a non-critical phase) blocks; moving within the phase does not', async () => {
    const moved = BASE.replace('- [x] Load test at 1k rps\n', '').replace(
      '- [x] Fix all clippy errors',
      '- [x] Load test at 1k rps\n- [x] Fix all clippy errors'
    )
    writeFile(dir, 'CHECKLIST.md', moved)
    expect((await evaluateReadiness(options())).assessment.verdict).toBe('ready')
    const demoted = BASE.replace('- [x] Load test at 1k rps\n', '').replace(
      '- [ ] Update the changelog',
      '- [ ] Update the changelog\n- [ ] Load test at 1k rps'
    )
    writeFile(dir, 'CHECKLIST.md', demoted)
    const { assessment } = await evaluateReadiness(options())
    expect(assessment.blockers).toEqual([
      expect.objectContaining({
        kind: 'checklist-change',
        change: 'demoted',
        baseLine: 7,
        line: 12
      })
    ])
  })
})

describe('waivers written in the checklist', () => {
  const waived = (tail: string): string =>
    HEAD.replace('- [x] Rotate the signing keys', `- [ ] ~~Rotate the signing keys~~ N/A: ${tail}`)

  test('an unchecked critical item with a waiver that holds does not block', async () => {
    writeFile(dir, 'CHECKLIST.md', waived('no keys yet — approved by @lead until 2027-01-31'))
    const { assessment } = await evaluateReadiness(options({ compare: undefined }))
    expect(assessment.verdict).toBe('ready')
    expect(assessment.waivers).toEqual([
      expect.objectContaining({ source: 'checklist', line: 7, valid: true, reason: 'no keys yet' })
    ])
  })

  test('an expired one blocks, on its line, saying why', async () => {
    writeFile(dir, 'CHECKLIST.md', waived('no keys yet — approved by @lead until 2026-01-31'))
    const { assessment } = await evaluateReadiness(options({ compare: undefined }))
    expect(assessment.verdict).toBe('not-ready')
    expect(assessment.blockers).toEqual([
      expect.objectContaining({ kind: 'waiver', line: 7, problems: ['expired'] })
    ])
  })

  test('outside a pull request nobody can approve it: the approval is unverified and it blocks', async () => {
    writeFile(dir, 'CHECKLIST.md', waived('no keys yet — approved by @lead until 2027-01-31'))
    const { assessment } = await evaluateReadiness(
      options({ compare: undefined, approvals: { kind: 'no-pull-request' } })
    )
    expect(assessment.blockers).toEqual([
      expect.objectContaining({ kind: 'waiver', problems: ['approval-unverified'] })
    ])
  })
})

describe('what the comparison reports besides blockers', () => {
  test('a weakened Verify command is reported with both lines and what it lost', async () => {
    const { assessment } = await evaluateReadiness(options())
    expect(assessment.comparison?.commands).toEqual([
      {
        kind: 'weakened',
        item: { baseLine: 6, headLine: 6, text: 'Verify: `cargo clippy`' },
        base: { line: 6, text: 'cargo clippy --all-targets -- -D warnings' },
        head: { line: 6, text: 'cargo clippy' },
        anchorLine: 6,
        lost: ['--all-targets', '-D warnings']
      }
    ])
  })

  test('every surface shows it: JSON (schema 2, read back strictly), comment, annotations', async () => {
    const { assessment } = await evaluateReadiness(options())
    const context = renderContextFor({
      checkName: 'Readiness Gate',
      workspace: dir,
      root: dir,
      checklistPath: path.join(dir, 'CHECKLIST.md'),
      github: null
    })
    const masked = maskForSurfaces(assessment, [])
    const json = buildJsonReport(masked, maskForSurfaces(context, []))
    expect(json.schemaVersion).toBe(2)
    const read = parseJsonReport(JSON.stringify(json))
    expect('report' in read && read.report.comparison?.items[0]?.kind).toBe('removed')
    const rendered = renderReport(masked, maskForSurfaces(context, []))
    expect(rendered.comment).toContain('### Changes since the base')
    expect(rendered.comment).toContain(
      '**Critical item removed** (removed from Phase 1: Critical Fixes): base line 7: “Load test at 1k rps”; near line 6'
    )
    expect(rendered.comment).toContain(
      '**Verify command weakened**: base line 6 `cargo clippy --all-targets -- -D warnings`; now `cargo clippy` at line 6 — lost `--all-targets`, `-D warnings`'
    )
    expect(rendered.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          start_line: 6,
          title: 'Critical item removed',
          annotation_level: 'failure'
        }),
        expect.objectContaining({ start_line: 6, title: 'Verify command weakened' })
      ])
    )
    const removed = rendered.annotations.find((a) => a.title === 'Critical item removed')!
    expect(removed.message).toContain('base line 7')
  })

  test('a checklist that is new at the base is compared with nothing and says so', async () => {
    git(dir, 'mv', 'CHECKLIST.md', 'RELEASE.md')
    git(dir, 'commit', '-q', '-m', 'rename')
    const { assessment } = await evaluateReadiness(
      options({ checklistPath: path.join(dir, 'RELEASE.md') })
    )
    expect(assessment.comparison).toMatchObject({ state: 'new', source: 'git' })
    expect(assessment.verdict).toBe('ready')
  })

  test('a ref that is not in the history and no fallback: skipped with the reason, not an error', async () => {
    const { assessment } = await evaluateReadiness(
      options({ compare: { ref: 'f'.repeat(40), fallback: null, noBase: null } })
    )
    expect(assessment.comparison).toMatchObject({ state: 'skipped' })
    expect(assessment.notes.join('\n')).toMatch(
      /Not compared with the base: .*not in the git history/
    )
  })
})

describe('a shallow clone', () => {
  let server: GitHubServer
  let clone: string

  beforeEach(async () => {
    server = await startGitHubServer()
    clone = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-shallow-')))
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'change', `file://${dir}`, 'repo')
  })

  afterEach(async () => {
    await server.close()
    fs.rmSync(clone, { recursive: true, force: true })
  })

  test('lacks the base commit, so the base is read through the contents API at the base SHA', async () => {
    const repo = path.join(clone, 'repo')
    expect(() => git(repo, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow()
    server.addFile('octo/app', baseSha, 'CHECKLIST.md', BASE)
    const octokit = createOctokit(TOKENS.actions, server.url, {
      log: { warning: () => undefined, debug: () => undefined },
      maxWaitMs: 0
    })
    writeFile(repo, 'readiness.yml', 'gate:\n  require-validations: false\n')
    const { assessment } = await evaluateReadiness(
      options({
        checklistPath: path.join(repo, 'CHECKLIST.md'),
        configPath: path.join(repo, 'readiness.yml'),
        root: repo,
        compare: {
          ref: baseSha,
          fallback: (ref) =>
            readFileAtRef(octokit, { owner: 'octo', repo: 'app' }, 'CHECKLIST.md', ref),
          noBase: null
        }
      })
    )
    expect(assessment.comparison).toMatchObject({ state: 'compared', source: 'api' })
    expect(assessment.verdict).toBe('not-ready')
    expect(assessment.blockers).toEqual([
      expect.objectContaining({ kind: 'checklist-change', itemText: 'Load test at 1k rps' })
    ])
    const calls = server.callsTo('repos/get-content')
    expect(calls.map((call) => [call.path, call.query])).toEqual([
      ['/repos/octo/app/contents/CHECKLIST.md', { ref: baseSha }]
    ])
    server.assertNoViolations()
  })
})

describe('the CLI', () => {
  test('check --base REF compares with a local ref: the deletion blocks (exit 1) and is printed', async () => {
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(
      ['check', '--cwd', dir, '--checklist', 'CHECKLIST.md', '--no-run', '--base', 'main'],
      {
        out: (text) => out.push(text),
        err: (text) => err.push(text),
        cwd: dir
      }
    )
    expect(code).toBe(1)
    expect(out.join('')).toContain('Critical item removed (base line 7): Load test at 1k rps')
  })

  test('--base refuses what is not a ref (an option would reach git)', async () => {
    const err: string[] = []
    const code = await runCli(['check', '--cwd', dir, '--base=--output=/tmp/x'], {
      out: () => undefined,
      err: (text) => err.push(text),
      cwd: dir
    })
    expect(code).toBe(2)
    expect(err.join('')).toMatch(/--base .* is not a git ref/)
  })
})
