// What an item's text says about GitHub: issues and pull requests, checks, files — and what is
// not a reference (code, anchors, other hosts, paths that leave the repository).
import { describe, expect, test } from '@jest/globals'
import {
  findItemReferences,
  MAX_REFERENCES_PER_ITEM,
  referencesIn,
  type ReferenceScope
} from '../../src/checklist/github-references.js'
import { signatureLogin } from '../../src/checklist/signoffs.js'
import { approversOf } from '../../src/github/reviews.js'
import type { TaskItem } from '../../src/checklist/model.js'
import { expectLinear } from '../support/linearity.js'

const SCOPE: ReferenceScope = {
  owner: 'octo-org',
  repo: 'shop',
  serverUrl: 'https://github.com',
  checklistDir: 'docs'
}

function item(text: string, checked = true): TaskItem {
  return { text, checked, line: 3, depth: 0, commands: [], children: [] }
}

const refs = (text: string, scope = SCOPE): unknown[] => referencesIn(item(text), scope)

describe('issues and pull requests', () => {
  test.each([
    ['Fix #12', [{ kind: 'issue', owner: 'octo-org', repo: 'shop', number: 12 }]],
    ['Merged octo-org/lib#45.', [{ kind: 'issue', owner: 'octo-org', repo: 'lib', number: 45 }]],
    [
      'See https://github.com/other/repo/pull/7, then https://github.com/octo-org/shop/issues/9.',
      [
        { kind: 'issue', owner: 'other', repo: 'repo', number: 7 },
        { kind: 'issue', owner: 'octo-org', repo: 'shop', number: 9 }
      ]
    ],
    [
      '[the fix](https://github.com/octo-org/shop/pull/31#issuecomment-1)',
      [{ kind: 'issue', owner: 'octo-org', repo: 'shop', number: 31 }]
    ],
    ['Fix #12 and again #12', [{ kind: 'issue', owner: 'octo-org', repo: 'shop', number: 12 }]]
  ])('%s', (text, expected) => {
    expect(refs(text)).toEqual(expected)
  })

  test.each([
    ['in code', 'Run `gh issue view #12`'],
    ['in an HTML comment', 'Done <!-- #12 -->'],
    ['an anchor', 'See [setup](#12-setup) and page#12'],
    ['a colour', 'Brand colour #123abc'],
    ['a number of another host', 'See https://gitlab.com/a/b/issues/3'],
    ['#0', 'Ticket #0'],
    ['a word', 'C#12 support']
  ])('not a reference: %s', (_, text) => {
    expect(refs(text)).toEqual([])
  })

  test('a GitHub Enterprise Server URL is one; github.com is then another host', () => {
    const ghes = { ...SCOPE, serverUrl: 'https://git.corp.example' }
    expect(refs('https://git.corp.example/octo-org/shop/issues/4', ghes)).toEqual([
      { kind: 'issue', owner: 'octo-org', repo: 'shop', number: 4 }
    ])
    expect(refs('https://github.com/octo-org/shop/issues/4', ghes)).toEqual([])
  })
})

describe('checks', () => {
  test.each([
    ['The `build` check passes', 'build'],
    ['`CI / test` workflow is green', 'CI / test'],
    ['the check `lint` passes', 'lint'],
    ['the workflow `Release` succeeded', 'Release']
  ])('%s', (text, name) => {
    expect(refs(text)).toEqual([{ kind: 'check', name }])
  })

  test('a command in code is not a check', () => {
    expect(refs('Verify: `cargo check`')).toEqual([])
    expect(refs('Run `npm test` before merging')).toEqual([])
  })
})

describe('files', () => {
  test.each([
    ['[guide](guide.md)', 'docs/guide.md'],
    ['[runbook](../ops/runbook.md#rollback)', 'ops/runbook.md'],
    ['[root](/SECURITY.md)', 'SECURITY.md'],
    ['[spaced](my%20file.md)', 'docs/my file.md'],
    ['https://github.com/octo-org/shop/blob/main/src/app.ts', 'src/app.ts'],
    ['[deep](https://github.com/octo-org/shop/blob/v1.2/a/b.md)', 'a/b.md']
  ])('%s', (text, file) => {
    expect(refs(text)).toEqual([{ kind: 'file', path: file }])
  })

  test.each([
    ['leaving the repository', '[x](../../etc/passwd)'],
    ['another repository', 'https://github.com/other/repo/blob/main/a.md'],
    ['a mail link', '[mail](mailto:a@b.c)'],
    ['an anchor', '[top](#top)'],
    ['in code', '`[guide](guide.md)`']
  ])('not a file: %s', (_, text) => {
    expect(refs(text)).toEqual([])
  })
})

test('items without references are left out; an item lists at most MAX_REFERENCES_PER_ITEM', () => {
  const many = Array.from({ length: 30 }, (_, i) => `#${i + 1}`).join(' ')
  const found = findItemReferences([item('Nothing here'), item(many, false)], SCOPE)
  expect(found).toHaveLength(1)
  expect(found[0]!.checked).toBe(false)
  expect(found[0]!.references).toHaveLength(MAX_REFERENCES_PER_ITEM)
})

test('a long line of unmatched brackets and hashes is read in linear time', () => {
  // n = 2,000 is 20,000 "[](#", 20,000 "#" and 2,000 URLs: 138,000 characters.
  const hostile = (n: number) =>
    '[](#'.repeat(10 * n) + '#'.repeat(10 * n) + 'https://github.com/'.repeat(n)
  expectLinear(
    (n) => {
      const text = hostile(n)
      return () => refs(text)
    },
    { n: 200 }
  )
})

describe('the login a signature names', () => {
  test.each([
    ['Jane Doe (@jdoe)', 'jdoe'],
    ['@Jane-Doe on 2026-12-01', 'jane-doe'],
    ['jane@example.com', null],
    ['Jane Doe', null],
    [null, null]
  ])('%s', (value, login) => {
    expect(signatureLogin(value)).toBe(login)
  })
})

describe('approvers: the latest deciding review per user', () => {
  const review = (login: string, state: string): { user: { login: string }; state: string } => ({
    user: { login },
    state
  })
  test('a comment after an approval keeps it; a change request or a dismissal ends it', () => {
    expect(
      approversOf([
        review('a', 'APPROVED'),
        review('a', 'COMMENTED'),
        review('b', 'APPROVED'),
        review('b', 'CHANGES_REQUESTED'),
        review('c', 'DISMISSED'),
        review('D', 'CHANGES_REQUESTED'),
        review('d', 'APPROVED'),
        review('e', 'PENDING')
      ])
    ).toEqual(new Set(['a', 'd']))
  })
})
