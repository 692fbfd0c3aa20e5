// The small pure pieces: code spans per CommonMark, heading text, priority labels, readiness
// words, task markers, front matter and line counting.
import { findCodeSpans, maskCodeAndComments, plainText } from '../../src/checklist/inline.js'
import { priorityInHeading } from '../../src/checklist/priority.js'
import { readinessOf } from '../../src/checklist/declared-status.js'
import { matchTaskMarker } from '../../src/checklist/task-marker.js'
import { blankFrontMatter, countLines, prepareSource } from '../../src/checklist/source.js'
import { commandRole } from '../../src/checklist/item-commands.js'
import { isFilled } from '../../src/checklist/fields.js'
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'

describe('code spans (CommonMark 0.31 §6.1 examples)', () => {
  test.each([
    ['`foo`', ['foo']],
    ['`` foo ` bar ``', ['foo ` bar']],
    ['` `` `', ['``']],
    ['`  ``  `', [' `` ']],
    ['` a`', [' a']],
    ['` `\n`  `', [' ', '  ']],
    ['``\nfoo\nbar  \nbaz\n``', ['foo bar   baz']],
    ['`foo   bar \nbaz`', ['foo   bar  baz']],
    ['`foo\\`bar`', ['foo\\']],
    ['``foo`bar``', ['foo`bar']],
    ['*foo`*`', ['*']],
    ['```foo``', []],
    ['`foo', []],
    ['`foo``bar``', ['bar']],
    ['\\`not` `code`', [' ']]
  ])('%j', (source, expected) => {
    expect(findCodeSpans(source).map((span) => span.text)).toEqual(expected)
  })

  test('5,000 generated sources: the same spans as markdown-it (runs, escapes, unclosed openers)', () => {
    const md = new MarkdownIt()
    // markdown-it strips a space from each side of an all-space span too; CommonMark and
    // cmark-gfm keep it (the examples above), so such spans are compared by kind only.
    const comparable = (text: string): string => (text.trim() === '' ? '(spaces)' : text)
    const spansOf = (source: string): string[] =>
      (md.parseInline(source, {})[0]?.children ?? [])
        .filter((token) => token.type === 'code_inline')
        .map((token) => comparable(token.content))
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('`', '`', '``', '```', 'a', ' ', '\\', '\n'), { maxLength: 40 }),
        (parts) => {
          const source = parts.join('')
          expect(findCodeSpans(source).map((span) => comparable(span.text))).toEqual(
            spansOf(source)
          )
        }
      ),
      { numRuns: 5000, seed: 11 }
    )
  })

  test('masking keeps offsets and line breaks', () => {
    const source = 'a `[NAME]`\nb <!-- [EMAIL]\n--> c'
    const masked = maskCodeAndComments(source)
    expect(masked).toHaveLength(source.length)
    expect(masked.split('\n')).toHaveLength(3)
    expect(masked).not.toMatch(/NAME|EMAIL/)
    expect(masked.endsWith(' c')).toBe(true)
  })
})

test.each([
  ['Phase 1: **Critical** Fixes', 'Phase 1: Critical Fixes'],
  ['Use `cargo fmt` and [docs](https://x.y) ![logo](l.png)', 'Use cargo fmt and docs logo'],
  ['snake_case_name stays', 'snake_case_name stays'],
  ['Install <em>now</em> \\*really\\*', 'Install now *really*'],
  ['  lots   of\tspace  ', 'lots of space']
])('plain heading text: %j', (source, expected) => {
  expect(plainText(source)).toBe(expected)
})

test.each([
  ['Phase 1: Critical Fixes (MUST COMPLETE)', 'critical', 'MUST COMPLETE', '(MUST COMPLETE)'],
  [
    'High Priority (STRONGLY RECOMMENDED)',
    'high',
    'STRONGLY RECOMMENDED',
    '(STRONGLY RECOMMENDED)'
  ],
  ['Medium Priority (RECOMMENDED)', 'medium', 'RECOMMENDED', '(RECOMMENDED)'],
  ['Hardening [P2]', 'medium', 'P2', '[P2]'],
  ['Polish (Low)', 'low', 'Low', '(Low)'],
  ['Must (Must)', 'critical', 'Must', '(Must)'],
  ['Security Blockers', 'critical', 'Blockers', null],
  ['High Priority Items', 'high', 'High Priority', null],
  ['Optional extras', 'low', 'Optional', null],
  ['Things you must know', 'none', null, null],
  ['Must fix before launch', 'critical', 'Must fix', null],
  ['High availability setup', 'none', null, null],
  ['Not required for launch', 'none', null, null],
  ['Non-critical cleanup', 'none', null, null],
  ['Rollout (week 2)', 'none', null, null],
  // Negations in any case, in a label or in the text.
  ['NON-CRITICAL cleanup', 'none', null, null],
  ['Noncritical cleanup', 'none', null, null],
  ['Cleanup (not required)', 'none', null, null],
  ['Cleanup (NOT REQUIRED) [Optional]', 'low', 'Optional', '[Optional]'],
  ['Cannot ship: critical', 'critical', 'critical', null],
  // The label keeps the case it is written in.
  ['hIgH pRiOrItY tasks', 'high', 'hIgH pRiOrItY', null],
  ['Extras [Nice-To-Have]', 'low', 'Nice-To-Have', '[Nice-To-Have]'],
  ['Fixes (Must  Fix)', 'critical', 'Must  Fix', '(Must  Fix)'],
  // A keyword is a whole word: letters and digits of any script next to it make another word.
  ['Criticality review', 'none', null, null],
  ['P01 rollout', 'none', null, null],
  ['Écritical path', 'none', null, null],
  ['Criticalé path', 'none', null, null],
  ['漢critical', 'none', null, null],
  ['½critical', 'none', null, null],
  ['𝐀critical', 'none', null, null],
  ['✅ Critical fixes', 'critical', 'Critical', null],
  ['Critical✅ fixes', 'critical', 'Critical', null],
  ['Étape 1 (OPTIONAL)', 'low', 'OPTIONAL', '(OPTIONAL)'],
  ['Sécurité (P0)', 'critical', 'P0', '(P0)'],
  ['Ünot required', 'none', null, null],
  ['Ënon-critical', 'none', null, null]
])('priority of %j', (heading, level, label, group) => {
  expect(priorityInHeading(heading)).toEqual({ priority: { level, label }, group })
})

test.each([
  ['NOT READY', false],
  ['❌ NOT READY (2/24 criteria met)', false],
  ['BLOCKED', false],
  ['NO-GO', false],
  ['No go', false],
  ['READY', true],
  ['Ready for production deployment', true],
  ['GO', true],
  ['APPROVED', true],
  ['In progress', null],
  ['70%', null]
])('readiness of %j', (value, expected) => {
  expect(readinessOf(value)).toBe(expected)
})

test.each([
  ['[ ] a', 'x', { checked: false, rest: 'a' }],
  ['[x]\ta', 'x', { checked: true, rest: 'a' }],
  ['[X] a', 'x', { checked: true, rest: 'a' }],
  ['[ ]', '- [ ] ', { checked: false, rest: '' }],
  ['[ ]', '- [ ]', null],
  ['[x]a', 'x', null],
  ['[ ]\na', 'x', null],
  ['[  ] a', 'x', null],
  ['[y] a', 'x', null]
])('task marker in %j (source line %j)', (paragraph, sourceLine, expected) => {
  expect(matchTaskMarker(paragraph, () => sourceLine)).toEqual(expected)
})

test.each([
  ['Verify: `x`', 'verify'],
  ['verify that `x` passes', 'verify'],
  ['**Verify:** `x`', 'verify'],
  ['✅ Verify `x`', 'verify'],
  ['Run: `x`', 'fix'],
  ['Run `x`', 'mention'],
  ['Verifying `x`', 'mention'],
  ['Document `x`', 'mention']
])('command role of %j', (text, role) => {
  expect(commandRole(text)).toBe(role)
})

test.each([
  ['Jane Doe', true],
  ['2025-01-31', true],
  ['', false],
  ['_________', false],
  ['[NAME]', false],
  ['<name>', false],
  ['TBD', false],
  ['**___**', false],
  ['N/A', false]
])('signature value %j filled: %s', (value, filled) => {
  expect(isFilled(value)).toBe(filled)
})

describe('source preparation', () => {
  test('front matter is blanked line for line; only at the very top and only when closed', () => {
    expect(blankFrontMatter('---\na: 1\n---\n# T\n')).toBe('\n\n\n# T\n')
    expect(blankFrontMatter('---\na: 1\n...\n# T')).toBe('\n\n\n# T')
    expect(blankFrontMatter('---\na: 1\n# T\n')).toBe('---\na: 1\n# T\n')
    expect(blankFrontMatter('\n---\na: 1\n---\n')).toBe('\n---\na: 1\n---\n')
  })
  test('BOM, CRLF and lone CR', () => {
    expect(prepareSource('\uFEFF# A\r\nb\rc\n')).toBe('# A\nb\nc\n')
  })
  test.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['a\n\n', 2],
    ['\n', 1]
  ])('line count of %j is %i', (text, count) => {
    expect(countLines(text)).toBe(count)
  })
})
