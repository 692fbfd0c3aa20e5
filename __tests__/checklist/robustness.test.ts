// Hostile input: nesting far beyond any real checklist, and inline text built to make naive
// scanners quadratic. The parser must finish quickly, never overflow the stack, and keep finding
// the items that are within its documented nesting limit (MAX_NESTING in markdown-blocks.ts).
import { allItems } from '../../src/checklist/model.js'
import { MAX_NESTING } from '../../src/checklist/markdown-blocks.js'
import { parseChecklist } from '../../src/checklist/parse.js'

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now()
  const result = run()
  return { result, ms: performance.now() - start }
}

test('10,000 levels of ">" on one line: no crash; the deep item is dropped, the next one found', () => {
  const text = `${'>'.repeat(10_000)} - [ ] deep\n- [ ] shallow\n`
  const { result, ms } = timed(() => parseChecklist(text, 'quotes.md'))
  expect(allItems(result).map((item) => [item.line, item.text])).toEqual([[2, 'shallow']])
  expect(ms).toBeLessThan(2_000)
})

test('10,000 list levels opened on one line ("- - - … [ ] x"): no crash, nothing reported', () => {
  const text = `${'- '.repeat(10_000)}[ ] x\n- [ ] after\n`
  const checklist = parseChecklist(text, 'lists.md')
  expect(allItems(checklist).map((item) => item.line)).toEqual([2])
})

test('a 1,000-level staircase of nested tasks: items down to the nesting limit, in order', () => {
  const levels = 1_000
  const lines = Array.from(
    { length: levels },
    (_, level) => `${'  '.repeat(level)}- [ ] level ${level}`
  )
  const text = `${lines.join('\n')}\n\n- [ ] back at the top\n`
  const { result, ms } = timed(() => parseChecklist(text, 'staircase.md'))
  const items = allItems(result)
  // Each list level costs markdown-it two nesting levels (list + item).
  const reachable = MAX_NESTING / 2 - 1
  expect(items).toHaveLength(reachable + 1)
  expect(
    items
      .slice(0, reachable)
      .every((item, index) => item.depth === index && item.line === index + 1)
  ).toBe(true)
  expect(items.at(-1)).toMatchObject({ line: levels + 2, depth: 0, text: 'back at the top' })
  expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  expect(ms).toBeLessThan(5_000)
})

test('10,000 block-quote lines each one level deeper: linear, the reachable items found', () => {
  // Quoting grows one ">" per line, so this is ~50 MB; keep it to 2,000 lines (~2 MB).
  const depth = 2_000
  const lines = Array.from(
    { length: depth },
    (_, level) => `${'>'.repeat(level + 1)} - [ ] q${level}`
  )
  const { result, ms } = timed(() => parseChecklist(`${lines.join('\n')}\n`, 'deep-quotes.md'))
  const items = allItems(result)
  expect(items.length).toBeGreaterThan(0)
  expect(items.length).toBeLessThan(MAX_NESTING)
  expect(items[0]).toMatchObject({ line: 1, text: 'q0' })
  expect(ms).toBeLessThan(5_000)
})

test.each([
  [
    '5,000 unmatched backtick runs of growing length',
    `- [ ] ${Array.from({ length: 5_000 }, (_, i) => '`'.repeat((i % 97) + 1) + 'a').join(' ')}\n`
  ],
  ['100,000 opening brackets', `- [ ] ${'['.repeat(100_000)}\n`],
  ['a 100,000-letter bracket with no end', `- [ ] [${'A'.repeat(100_000)}\n`],
  ['100,000 underscores then a letter', `- [ ] ${'_'.repeat(100_000)}x\n`],
  ['50,000 "**" labels in a status section', `## Status\n${'**a** '.repeat(50_000)}\n- [ ] x\n`],
  ['100,000 "<A" openings', `- [ ] ${'<A'.repeat(100_000)}\n`]
])('%s: linear time', (_name, text) => {
  const { result, ms } = timed(() => parseChecklist(text, 'pathological.md'))
  expect(allItems(result).length).toBeGreaterThanOrEqual(1)
  expect(ms).toBeLessThan(1_500)
})

test('NUL and other control characters are data, not errors', () => {
  const checklist = parseChecklist('- [ ] a\u0000b\u0007c\n- [x] \u001b[31mred\n', 'controls.md')
  expect(allItems(checklist).map((item) => [item.line, item.checked])).toEqual([
    [1, false],
    [2, true]
  ])
  // markdown-it replaces NUL with U+FFFD, as CommonMark requires.
  expect(allItems(checklist)[0]?.text).toBe('a\uFFFDb\u0007c')
})

test('an unclosed fence near the top of a large document: chunking falls back, result unchanged', () => {
  const sections = Array.from(
    { length: 2_000 },
    (_, i) => `# Section ${i}\n- [ ] task ${i}\n`
  ).join('')
  const text = `- [ ] before\n\`\`\`\n${sections}`
  const { result, ms } = timed(() => parseChecklist(text, 'unclosed.md', { chunkChars: 64 }))
  expect(result).toEqual(
    parseChecklist(text, 'unclosed.md', { chunkChars: Number.POSITIVE_INFINITY })
  )
  expect(allItems(result).map((item) => item.line)).toEqual([1])
  expect(result.codeBlocks).toHaveLength(1)
  expect(ms).toBeLessThan(2_000)
})

test('chunks start only after a real line break: `#` after U+2028 is not a heading line', () => {
  // U+2028 ends a line for a JavaScript /m regex, not for Markdown: a chunk cut there would start
  // mid-paragraph and turn `# …` into a heading.
  const text = Array.from(
    { length: 50 },
    (_, i) => `## Part ${i}\n- [ ] task ${i}\u2028# not a heading\n`
  ).join('')
  const whole = parseChecklist(text, 'ls.md', { chunkChars: Number.POSITIVE_INFINITY })
  expect(parseChecklist(text, 'ls.md', { chunkChars: 1 })).toEqual(whole)
  expect(allItems(whole)).toHaveLength(50)
  expect(allItems(whole)[0]?.text).toBe('task 0\u2028# not a heading')
})

test('100,000 link reference definitions: linear time, all of them known to placeholders', () => {
  const definitions = Array.from(
    { length: 100_000 },
    (_, i) => `# H${i}\n[REF${'A'.repeat(i % 7)}X]: /r${i}\n`
  ).join('')
  const text = `- [ ] see [REFX] and [OTHER]\n${definitions}`
  const { result, ms } = timed(() => parseChecklist(text, 'references.md'))
  expect(result.placeholders.map((placeholder) => placeholder.text)).toEqual(['[OTHER]'])
  expect(ms).toBeLessThan(5_000)
})
