// Items that point at GitHub, judged (pure, no HTTP): ticked + contradicted, unticked +
// satisfied ("done on GitHub — tick it"), what could not be read is unverified, and which
// contradictions become blockers (critical items only, one per item). The HTTP edge is tested in
// __tests__/github/evidence.test.ts; this pins every state and evidence line a user reads.
import { describe, expect, test } from '@jest/globals'
import type { GitHubReference, ItemReferences } from '../../src/checklist/github-references.js'
import {
  contradictionBlockers,
  judgeReferences,
  type CheckLookup,
  type GitHubLookups,
  type IssueLookup
} from '../../src/readiness/github-evidence.js'

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const ISSUE_URL = 'https://github.com/octo/shop/issues/12'
const CHECK_URL = 'https://github.com/octo/shop/runs/1'

const issue12: GitHubReference = { kind: 'issue', owner: 'octo', repo: 'shop', number: 12 }
const otherRepo: GitHubReference = { kind: 'issue', owner: 'Octo', repo: 'Lib', number: 45 }
const build: GitHubReference = { kind: 'check', name: 'build' }
const guide: GitHubReference = { kind: 'file', path: 'docs/guide.md' }

function lookups(
  extra: {
    issues?: [string, IssueLookup][]
    checks?: [string, CheckLookup][]
    files?: [string, boolean][]
    headSha?: string | null
  } = {}
): GitHubLookups {
  return {
    issues: new Map(extra.issues ?? []),
    checks: new Map(extra.checks ?? []),
    files: new Map(extra.files ?? []),
    headSha: extra.headSha === undefined ? HEAD : extra.headSha,
    unreadable: ['checks: the token cannot read check runs'],
    apiCalls: 3,
    repository: { owner: 'octo', repo: 'shop' }
  }
}

function one(
  reference: GitHubReference,
  checked: boolean,
  read: GitHubLookups | null
): { state: string; evidence: string; url: string | null } {
  const items: ItemReferences[] = [{ line: 5, text: 'Fix it', checked, references: [reference] }]
  const [check] = judgeReferences(items, read, new Set()).references
  return { state: check!.state, evidence: check!.evidence, url: check!.url }
}

const openIssue: IssueLookup = { kind: 'issue', state: 'open', stateReason: null, url: ISSUE_URL }
const closedIssue: IssueLookup = {
  kind: 'issue',
  state: 'closed',
  stateReason: 'COMPLETED',
  url: ISSUE_URL
}
const notPlanned: IssueLookup = { ...closedIssue, stateReason: 'NOT_PLANNED' }
const pull = (state: 'open' | 'closed' | 'merged'): IssueLookup => ({
  kind: 'pull-request',
  state,
  url: ISSUE_URL
})

describe('issues and pull requests', () => {
  const cases: [string, IssueLookup, boolean, string, string, string | null][] = [
    ['ticked, issue open', openIssue, true, 'contradicted', 'issue #12 is open', ISSUE_URL],
    ['ticked, issue closed', closedIssue, true, 'confirmed', 'issue #12 is closed', ISSUE_URL],
    [
      'ticked, closed as not planned (still closed)',
      notPlanned,
      true,
      'confirmed',
      'issue #12 is closed as not planned',
      ISSUE_URL
    ],
    ['unticked, issue closed', closedIssue, false, 'tick-it', 'issue #12 is closed', ISSUE_URL],
    ['unticked, issue open', openIssue, false, 'open', 'issue #12 is open', ISSUE_URL],
    [
      'ticked, pull request merged',
      pull('merged'),
      true,
      'confirmed',
      'pull request #12 is merged',
      ISSUE_URL
    ],
    [
      'ticked, pull request open',
      pull('open'),
      true,
      'contradicted',
      'pull request #12 is open',
      ISSUE_URL
    ],
    [
      'ticked, pull request closed unmerged',
      pull('closed'),
      true,
      'contradicted',
      'pull request #12 was closed without merging',
      ISSUE_URL
    ],
    [
      'unticked, pull request merged',
      pull('merged'),
      false,
      'tick-it',
      'pull request #12 is merged',
      ISSUE_URL
    ],
    [
      'ticked, not found: unverified, never contradicted',
      { kind: 'not-found' },
      true,
      'unverified',
      '#12 was not found (or the token cannot see it)',
      null
    ],
    [
      'unticked, not found: unverified, never tick-it',
      { kind: 'not-found' },
      false,
      'unverified',
      '#12 was not found (or the token cannot see it)',
      null
    ]
  ]
  test.each(cases)('%s', (_name, found, checked, state, evidence, url) => {
    const read = lookups({ issues: [['issue:octo/shop#12', found]] })
    expect(one(issue12, checked, read)).toEqual({ state, evidence, url })
  })

  test('an issue of another repository is labelled owner/repo#n and looked up case-insensitively', () => {
    const read = lookups({ issues: [['issue:octo/lib#45', pull('merged')]] })
    expect(one(otherRepo, true, read)).toEqual({
      state: 'confirmed',
      evidence: 'pull request Octo/Lib#45 is merged',
      url: ISSUE_URL
    })
  })

  test('an issue that was not read is unverified, whatever the tick', () => {
    for (const checked of [true, false]) {
      expect(one(issue12, checked, lookups())).toEqual({
        state: 'unverified',
        evidence: '#12 could not be read',
        url: null
      })
    }
  })
})

describe('checks', () => {
  const run = (status: string, conclusion: string | null, url: string | null = CHECK_URL) =>
    ({ kind: 'run', status, conclusion, url }) as const
  const cases: [string, CheckLookup, boolean, string, string, string | null][] = [
    [
      'ticked, success',
      run('completed', 'success'),
      true,
      'confirmed',
      "check 'build' concluded success on a1b2c3d",
      CHECK_URL
    ],
    [
      'ticked, failure',
      run('completed', 'failure'),
      true,
      'contradicted',
      "check 'build' concluded failure on a1b2c3d",
      CHECK_URL
    ],
    [
      'unticked, success',
      run('completed', 'success'),
      false,
      'tick-it',
      "check 'build' concluded success on a1b2c3d",
      CHECK_URL
    ],
    [
      'unticked, failure',
      run('completed', 'failure'),
      false,
      'open',
      "check 'build' concluded failure on a1b2c3d",
      CHECK_URL
    ],
    [
      'ticked, completed without a conclusion',
      run('completed', null, null),
      true,
      'contradicted',
      "check 'build' concluded no conclusion on a1b2c3d",
      null
    ],
    [
      'still running: unverified, with its url',
      run('in_progress', null),
      true,
      'unverified',
      "check 'build' is in progress on a1b2c3d",
      CHECK_URL
    ],
    [
      'no run of that name',
      { kind: 'none' },
      true,
      'unverified',
      "no check run named 'build' on a1b2c3d",
      null
    ]
  ]
  test.each(cases)('%s', (_name, found, checked, state, evidence, url) => {
    const read = lookups({ checks: [['check:build', found]] })
    expect(one(build, checked, read)).toEqual({ state, evidence, url })
  })

  test('without a head commit the evidence says "the head commit"; unread checks are unverified', () => {
    const read = lookups({ checks: [['check:build', { kind: 'none' }]], headSha: null })
    expect(one(build, true, read).evidence).toBe("no check run named 'build' on the head commit")
    expect(one(build, true, lookups())).toEqual({
      state: 'unverified',
      evidence: "check 'build' could not be read",
      url: null
    })
  })
})

describe('files', () => {
  const cases: [boolean, boolean, string, string][] = [
    [true, true, 'confirmed', 'docs/guide.md exists at the head'],
    [true, false, 'contradicted', 'docs/guide.md does not exist at the head'],
    [false, true, 'tick-it', 'docs/guide.md exists at the head'],
    [false, false, 'open', 'docs/guide.md does not exist at the head']
  ]
  test.each(cases)('ticked %s, exists %s → %s', (checked, exists, state, evidence) => {
    const read = lookups({ files: [['file:docs/guide.md', exists]] })
    expect(one(guide, checked, read)).toEqual({ state, evidence, url: null })
  })

  test('a file that was not looked up is unverified', () => {
    expect(one(guide, true, lookups())).toEqual({
      state: 'unverified',
      evidence: 'docs/guide.md could not be looked up',
      url: null
    })
  })
})

describe('the summary', () => {
  const items: ItemReferences[] = [
    { line: 3, text: 'Crash fixed in #12', checked: true, references: [issue12, build] },
    { line: 4, text: 'Upstream octo/lib#45', checked: false, references: [otherRepo] },
    { line: 9, text: 'Guide written', checked: true, references: [guide] }
  ]

  test('GitHub not consulted: every reference unverified, labelled without a repository scope', () => {
    const summary = judgeReferences(items, null, new Set([3]))
    expect(summary).toEqual({
      consulted: false,
      apiCalls: 0,
      unreadable: [],
      tickIt: [],
      references: [
        ['octo/shop#12', 'issue', 3, true],
        ['build', 'check', 3, true],
        ['Octo/Lib#45', 'issue', 4, false],
        ['docs/guide.md', 'file', 9, false]
      ].map(([target, kind, line, critical]) => ({
        line,
        itemText: items.find((i) => i.line === line)!.text,
        checked: line !== 4,
        critical,
        reference: { kind, target },
        state: 'unverified',
        evidence: 'GitHub was not consulted (no token or repository)',
        url: null
      }))
    })
  })

  test('consulted: calls, unreadable lines and labels relative to the repository', () => {
    const summary = judgeReferences(items, lookups(), new Set())
    expect(summary.consulted).toBe(true)
    expect(summary.apiCalls).toBe(3)
    expect(summary.unreadable).toEqual(['checks: the token cannot read check runs'])
    expect(summary.references.map((r) => [r.reference.target, r.critical])).toEqual([
      ['#12', false],
      ['build', false],
      ['Octo/Lib#45', false],
      ['docs/guide.md', false]
    ])
  })

  test('"tick it" lists an unticked item only when every one of its references is satisfied', () => {
    const both: ItemReferences = {
      line: 7,
      text: 'Merged and built',
      checked: false,
      references: [issue12, build]
    }
    const ticked: ItemReferences = { ...both, line: 8, checked: true }
    const read = (conclusion: string): GitHubLookups =>
      lookups({
        issues: [['issue:octo/shop#12', closedIssue]],
        checks: [['check:build', { kind: 'run', status: 'completed', conclusion, url: null }]]
      })
    expect(judgeReferences([both, ticked], read('success'), new Set()).tickIt).toEqual([7])
    expect(judgeReferences([both, ticked], read('failure'), new Set()).tickIt).toEqual([])
    // The first reference unsatisfied, the second satisfied: still not all.
    const reversed: ItemReferences = { ...both, references: [build, issue12] }
    expect(judgeReferences([reversed], read('failure'), new Set()).tickIt).toEqual([])
  })
})

describe('contradiction blockers', () => {
  const read = lookups({
    issues: [['issue:octo/shop#12', openIssue]],
    checks: [
      ['check:build', { kind: 'run', status: 'completed', conclusion: 'failure', url: null }]
    ],
    files: [['file:docs/guide.md', false]]
  })
  const items: ItemReferences[] = [
    { line: 3, text: 'Crash fixed', checked: true, references: [issue12, build] },
    { line: 4, text: 'Guide written', checked: true, references: [guide] },
    { line: 5, text: 'Leak fixed', checked: false, references: [issue12] }
  ]

  test('one blocker per critical contradicted item, with every contradiction', () => {
    const summary = judgeReferences(items, read, new Set([3, 5]))
    expect(contradictionBlockers(summary)).toEqual([
      {
        kind: 'github-contradiction',
        text: "Crash fixed — ticked, contradicted by GitHub: issue #12 is open; check 'build' concluded failure on a1b2c3d",
        itemText: 'Crash fixed',
        line: 3,
        evidence: "issue #12 is open; check 'build' concluded failure on a1b2c3d"
      }
    ])
  })

  test('a contradicted item outside the critical phase, or nothing contradicted, blocks nothing', () => {
    expect(contradictionBlockers(judgeReferences(items, read, new Set([5])))).toEqual([])
    expect(contradictionBlockers(judgeReferences(items, null, new Set([3, 4, 5])))).toEqual([])
  })

  test('two critical items contradicted: two blockers in item order', () => {
    const summary = judgeReferences(items, read, new Set([3, 4]))
    expect(contradictionBlockers(summary).map((b) => [b.line, b.evidence])).toEqual([
      [3, "issue #12 is open; check 'build' concluded failure on a1b2c3d"],
      [4, 'docs/guide.md does not exist at the head']
    ])
  })
})
