import { checklistLineUrl, linkDestination, linesRef } from '../../src/report/render-context.js'
import { capList, formatBytes } from '../../src/report/format.js'
import { plural } from '../../src/wording.js'
import { context } from './cases.js'

test('formatBytes, plural, capList', () => {
  expect(formatBytes(512)).toBe('512 B')
  expect(formatBytes(44_134)).toBe('43.1 KB')
  expect(formatBytes(1_258_291)).toBe('1.2 MB')
  expect(plural(1, 'blocker')).toBe('1 blocker')
  expect(plural(2, 'entry', 'entries')).toBe('2 entries')
  expect(capList([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 })
})

test('linkDestination encodes what would end a Markdown link, once', () => {
  expect(linkDestination('https://x.example/a b(c)<d>|e%20f')).toBe(
    'https://x.example/a%20b%28c%29%3Cd%3E%7Ce%20f'
  )
})

test('checklist line links need a repository and a commit; GHES server URLs are honoured', () => {
  expect(checklistLineUrl(context(), 3)).toBeNull()
  const ghes = context({
    repository: 'o/r',
    sha: 'abc',
    serverUrl: 'https://ghe.example/',
    checklistPath: './docs/a#b.md'
  })
  expect(checklistLineUrl(ghes, 3)).toBe('https://ghe.example/o/r/blob/abc/docs/a%23b.md#L3')
  expect(linesRef(context(), [1, 2, 3, 4], 2)).toBe('lines 1, 2 …and 2 more')
})
