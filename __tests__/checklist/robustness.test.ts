// Hostile input: nesting far beyond any real checklist, and inline text built to make naive
// scanners quadratic. The parser must finish quickly, never overflow the stack, and keep finding
// the items that are within its documented nesting limit (MAX_NESTING in markdown-blocks.ts).
import { allItems } from '../../src/checklist/model.js'
import { MAX_NESTING } from '../../src/checklist/markdown-blocks.js'
import { parseChecklist } from '../../src/checklist/parse.js'
import { expectLinear } from '../support/linearity.js'

// Each time guard parses a hostile text of n characters (or units) and of 8·n, and fails when
// the large one takes far more than 8 times as long (support/linearity.ts): a quadratic parser
// takes 64 times. The functional assertions run on the original, larger texts.

/** The work support/linearity.ts times: parsing the text `make` builds for a size. */
const parsing = (make: (n: number) => string, options?: { chunkChars: number }) => (n: number) => {
  const text = make(n)
  return () => parseChecklist(text, 'hostile.md', options)
}

/** Lines from `line(0)`, `line(1)`, … until they hold at least `chars` characters. */
function linesOf(chars: number, line: (index: number) => string): string {
  const lines: string[] = []
  for (let length = 0; length < chars;) {
    const next = line(lines.length)
    lines.push(next)
    length += next.length + 1
  }
  return `${lines.join('\n')}\n`
}

test('10,000 levels of ">" on one line: no crash; the deep item is dropped, the next one found', () => {
  const quotes = (n: number) => `${'>'.repeat(n)} - [ ] deep\n- [ ] shallow\n`
  const result = parseChecklist(quotes(10_000), 'quotes.md')
  expect(allItems(result).map((item) => [item.line, item.text])).toEqual([[2, 'shallow']])
  expectLinear(parsing(quotes), { n: 12_500 })
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
  const result = parseChecklist(text, 'staircase.md')
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
  // Linear in the text's length, which grows with the square of the depth: n is characters.
  const staircase = (chars: number) =>
    linesOf(chars, (level) => `${'  '.repeat(level)}- [ ] level ${level}`)
  expectLinear(parsing(staircase), { n: 12_500 })
})

test('10,000 block-quote lines each one level deeper: linear, the reachable items found', () => {
  // Quoting grows one ">" per line, so this is ~50 MB; keep it to 2,000 lines (~2 MB).
  const depth = 2_000
  const lines = Array.from(
    { length: depth },
    (_, level) => `${'>'.repeat(level + 1)} - [ ] q${level}`
  )
  const result = parseChecklist(`${lines.join('\n')}\n`, 'deep-quotes.md')
  const items = allItems(result)
  expect(items.length).toBeGreaterThan(0)
  expect(items.length).toBeLessThan(MAX_NESTING)
  expect(items[0]).toMatchObject({ line: 1, text: 'q0' })
  // n is characters, as for the staircase.
  const deepQuotes = (chars: number) =>
    linesOf(chars, (level) => `${'>'.repeat(level + 1)} - [ ] q${level}`)
  expectLinear(parsing(deepQuotes), { n: 12_500 })
})

// [name, the text for a size, the size named, the small size timed (the large one is 8 times it)]
test.each<[string, (n: number) => string, number, number]>([
  [
    '5,000 unmatched backtick runs of growing length',
    (n) =>
      `- [ ] ${Array.from({ length: n }, (_, i) => '`'.repeat((i % 97) + 1) + 'a').join(' ')}\n`,
    5_000,
    250
  ],
  ['100,000 opening brackets', (n) => `- [ ] ${'['.repeat(n)}\n`, 100_000, 12_500],
  ['a 100,000-letter bracket with no end', (n) => `- [ ] [${'A'.repeat(n)}\n`, 100_000, 12_500],
  ['100,000 underscores then a letter', (n) => `- [ ] ${'_'.repeat(n)}x\n`, 100_000, 12_500],
  [
    '50,000 "**" labels in a status section',
    (n) => `## Status\n${'**a** '.repeat(n)}\n- [ ] x\n`,
    50_000,
    2_000
  ],
  ['100,000 "<A" openings', (n) => `- [ ] ${'<A'.repeat(n)}\n`, 100_000, 6_250]
])('%s: linear time', (_name, make, size, n) => {
  const result = parseChecklist(make(size), 'pathological.md')
  expect(allItems(result).length).toBeGreaterThanOrEqual(1)
  expectLinear(parsing(make), { n })
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
  const unclosed = (n: number) =>
    `- [ ] before\n\`\`\`\n${Array.from({ length: n }, (_, i) => `# Section ${i}\n- [ ] task ${i}\n`).join('')}`
  const text = unclosed(2_000)
  const result = parseChecklist(text, 'unclosed.md', { chunkChars: 64 })
  expect(result).toEqual(
    parseChecklist(text, 'unclosed.md', { chunkChars: Number.POSITIVE_INFINITY })
  )
  expect(allItems(result).map((item) => item.line)).toEqual([1])
  expect(result.codeBlocks).toHaveLength(1)
  expectLinear(parsing(unclosed, { chunkChars: 64 }), { n: 250 })
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
  const references = (n: number) =>
    `- [ ] see [REFX] and [OTHER]\n${Array.from({ length: n }, (_, i) => `# H${i}\n[REF${'A'.repeat(i % 7)}X]: /r${i}\n`).join('')}`
  const result = parseChecklist(references(100_000), 'references.md')
  expect(result.placeholders.map((placeholder) => placeholder.text)).toEqual(['[OTHER]'])
  expectLinear(parsing(references), { n: 500 })
})
