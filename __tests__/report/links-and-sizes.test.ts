// Links to files and checklist lines, and sizes, as a reader of the report sees them: written
// from the survivors of the report-sections-format mutation run (docs/mutation-testing.md).
import { expect, test } from '@jest/globals'
import { formatBytes } from '../../src/report/format.js'
import {
  fileLineUrl,
  linesRef,
  linkDestination,
  type RenderContext
} from '../../src/report/render-context.js'

const context = (overrides: Partial<RenderContext> = {}): RenderContext => ({
  checkName: 'Gate',
  runUrl: null,
  repository: 'o/r',
  sha: 'abc123',
  ref: null,
  checklistPath: 'CHECKLIST.md',
  validationRoot: '.',
  workspace: null,
  serverUrl: null,
  ...overrides
})

test('sizes switch unit at exactly 1024 bytes and 1024 KB', () => {
  expect(formatBytes(1023)).toBe('1023 B')
  expect(formatBytes(1024)).toBe('1.0 KB')
  expect(formatBytes(1024 * 1024 - 1)).toBe('1024.0 KB')
  expect(formatBytes(1024 * 1024)).toBe('1.0 MB')
})

test('a file link needs both the repository and the commit', () => {
  expect(fileLineUrl(context(), 'src/a.ts', 3)).toBe(
    'https://github.com/o/r/blob/abc123/src/a.ts#L3'
  )
  expect(fileLineUrl(context({ sha: null }), 'src/a.ts', 3)).toBeNull()
  expect(fileLineUrl(context({ repository: null }), 'src/a.ts', 3)).toBeNull()
})

test('a file path is linked with forward slashes, without empty or "." segments, each segment encoded', () => {
  expect(fileLineUrl(context(), 'src\\win\\a.ts', 1)).toBe(
    'https://github.com/o/r/blob/abc123/src/win/a.ts#L1'
  )
  expect(fileLineUrl(context(), './src//./a b#?.ts', 2)).toBe(
    'https://github.com/o/r/blob/abc123/src/a%20b%23%3F.ts#L2'
  )
})

test('a link destination percent-encodes, in capitals and per UTF-8 byte, what would break it', () => {
  expect(linkDestination('https://x/a b(c)<d>')).toBe('https://x/a%20b%28c%29%3Cd%3E')
  expect(linkDestination('https://x/\u007f|`')).toBe('https://x/%7F%7C%60')
  // Existing escapes and other characters are left alone.
  expect(linkDestination('https://x/%C3%A9/é')).toBe('https://x/%C3%A9/é')
})

test('one line is "line N", several are "lines N, M" with only the first linked', () => {
  const linked = context()
  expect(linesRef(linked, [7], 5)).toBe(
    '[line 7](https://github.com/o/r/blob/abc123/CHECKLIST.md#L7)'
  )
  expect(linesRef(linked, [7, 9], 5)).toBe(
    'lines [7](https://github.com/o/r/blob/abc123/CHECKLIST.md#L7), 9'
  )
  expect(linesRef(context({ sha: null }), [7, 9, 11], 2)).toBe('lines 7, 9 …and 1 more')
})

test('the commit status names each kind of blocker in its own words', async () => {
  const { statusDescription } = await import('../../src/report/render.js')
  type Assessment = Parameters<typeof statusDescription>[0]
  const blockers: Assessment['blockers'] = [
    {
      kind: 'validation',
      text: 'Clippy — 2 errors',
      validationId: 'clippy',
      validationName: 'Clippy',
      status: 'failed',
      keyFinding: 'clippy: 2 errors',
      line: 4,
      hint: null
    },
    {
      kind: 'github-contradiction',
      text: 'Fix #13 — contradicted',
      itemText: 'Fix #13',
      line: 5,
      evidence: 'issue #13 is open'
    },
    {
      kind: 'unchecked-items',
      text: 'Docs — 1 of 2 unchecked',
      itemText: 'Docs',
      line: 6,
      phase: 'Phase 1',
      totalCount: 2,
      uncheckedCount: 1,
      uncheckedLines: [6]
    },
    {
      kind: 'waiver',
      text: 'Load — waiver does not hold',
      itemText: 'Load',
      line: 7,
      problems: [],
      why: 'expired'
    },
    {
      kind: 'checklist-change',
      text: 'Critical item removed',
      change: 'removed',
      itemText: 'Backups',
      line: 8,
      baseLine: 9,
      waiverProblems: null
    }
  ]
  const assessment = { verdict: 'not-ready', blockers } as unknown as Assessment
  expect(statusDescription(assessment)).toBe(
    'Not ready: 5 blockers — clippy: 2 errors; issue #13 is open; 1 unchecked: Docs; waiver does not hold: Load; critical item removed: Backups'
  )
})
