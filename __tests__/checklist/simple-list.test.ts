// The simple-list fast path (src/checklist/simple-list.ts) must change nothing but the speed: on
// generated lists and their near misses, the checklist parsed with it equals the checklist parsed
// by markdown-it's own rules alone (differential.test.ts checks the same on the seed, the fixtures
// and the real-world corpus), and the line marks computed once for the whole text equal the ones
// markdown-it's StateBlock computes.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import MarkdownIt from 'markdown-it'
import { BlockDocument, blockState, parseBlocks } from '../../src/checklist/markdown-blocks.js'
import { parseChecklist } from '../../src/checklist/parse.js'
import { SIMPLE_LIST, type SimpleListItems } from '../../src/checklist/simple-list.js'
import { SEED } from './helpers.js'

/** How many lists the fast path took, and how many list items markdown-it parsed itself. */
function pathsTaken(text: string): { simple: number; markdownIt: number } {
  const { simple, markdownIt } = countPaths(text)
  return { simple, markdownIt }
}

function countPaths(text: string): { simple: number; simpleItems: number; markdownIt: number } {
  let simple = 0
  let simpleItems = 0
  let markdownIt = 0
  parseBlocks(text, (tokens) => {
    for (const token of tokens) {
      if (token.type === SIMPLE_LIST) {
        simple++
        simpleItems += (token.meta as SimpleListItems).lines.length
      }
      if (token.type === 'list_item_open') markdownIt++
    }
  })
  return { simple, simpleItems, markdownIt }
}

/** Each list item's marker line and first paragraph's source, in document order. */
function itemParagraphs(text: string, simpleLists: boolean): [number, string | null][] {
  const items: [number, string | null][] = []
  parseBlocks(
    text,
    (tokens) => {
      tokens.forEach((token, index) => {
        if (token.type === SIMPLE_LIST) {
          const { lines, contents } = token.meta as SimpleListItems
          lines.forEach((line, item) => items.push([line, contents[item] ?? null]))
        }
        if (token.type === 'list_item_open') {
          const paragraph = tokens[index + 1]?.type === 'paragraph_open'
          items.push([token.map?.[0] ?? -1, paragraph ? (tokens[index + 2]?.content ?? '') : null])
        }
      })
    },
    { simpleLists }
  )
  return items
}

function expectSameAsMarkdownIt(text: string): void {
  // The paragraph sources themselves, before the model collapses their whitespace.
  expect(itemParagraphs(text, true)).toEqual(itemParagraphs(text, false))
  const fast = parseChecklist(text, 'list.md')
  expect(fast).toEqual(parseChecklist(text, 'list.md', { simpleLists: false }))
  // In small chunks too: the fast path must respect each chunk's end line.
  expect(parseChecklist(text, 'list.md', { chunkChars: 1 })).toEqual(fast)
}

describe('simple lists: taken where plain, declined on every near miss', () => {
  // [text, lists the fast path takes, list items markdown-it parses itself]
  const cases: [string, number, number][] = [
    ['- [ ] a\n- [x] b\n', 1, 0],
    ['- [ ] a\n  - [ ] child\n    - [X] grandchild\n- [ ] sibling\n', 1, 0],
    ['* [ ] star\n* [x] `cmd`\n', 1, 0],
    ['+ [ ] plus [NAME] ___\n', 1, 0],
    ['- [ ] a\n  continued\nlazy line\n      deeper continuation\n', 1, 0],
    ['- [ ] a\n - [ ] sibling at column 1\n   - [ ] child of the sibling\n', 1, 0],
    ['- [ ]\n- [ ] \n- [x]\tTab after the marker\n', 1, 0],
    ['- plain item\n  - [ ] task under a plain item\n', 1, 0],
    ['- [ ] a\n\nParagraph after a blank line\n', 1, 0],
    ['- [ ] a\n\n---\n', 1, 0],
    ['- [ ] a\n\n-not an item\n', 1, 0],
    ['- [ ] a\n## Heading right after\n- [ ] b\n', 2, 0],
    ['- [ ] a   \n  trailing spaces kept inside, trimmed at the end   \n', 1, 0],
    ['Intro paragraph\n- [ ] a list interrupting it\n', 1, 0],
    ['- [ ] a\n* [ ] another bullet starts another list\n', 1, 1],
    ['   - [ ] first item at column 3\n - [ ] sibling\n', 1, 0],
    ['    - [ ] column 4 is code\n', 0, 0],
    // Declined: markdown-it parses these lists itself.
    ['- [ ] a\n\t- [ ] tab in the indentation\n', 0, 2],
    ['-  [ ] two spaces after the marker\n', 0, 1],
    ['- [ ] a\n  1. [ ] nested ordered list\n', 0, 2],
    ['- [ ] a\n      - [ ] 4 columns past the parent content\n', 0, 1],
    ['- [ ] a\n\n  more of a after a blank line\n', 0, 1],
    ['- [ ] a\n\n- [ ] b after a blank line\n', 0, 2],
    ['- [ ] a\n\n-\n', 0, 2],
    ['- [ ] a\n  # heading inside the item\n', 0, 1],
    ['- [ ] a\n```\nfence right after an item\n```\n', 0, 1],
    ['- [ ] a\n  ---\n', 0, 1],
    ['- a | b\n  --|--\n', 0, 0],
    ['- [x]: /url\n', 0, 1],
    ['- 1. nested on the same line\n', 0, 2],
    ['- [ ] a\n  2) b cannot interrupt a paragraph\n', 0, 1],
    ['- [ ] a\n  > quoted\n', 0, 1],
    ['> - [ ] in a block quote\n', 0, 1],
    ['- [ ] a\n\ttab-indented continuation\n', 0, 1]
  ]
  test.each(cases)('%j: %d fast, %d by markdown-it', (text, simple, markdownIt) => {
    expect(pathsTaken(text)).toEqual({ simple, markdownIt })
    expectSameAsMarkdownIt(text)
  })
})

const indent = fc.constantFrom('', '', '', ' ', '  ', '  ', '    ', '     ', '      ', '\t', '  \t')
const marker = fc.constantFrom('-', '-', '-', '*', '+', '1.')
const after = fc.constantFrom(' ', ' ', ' ', '  ', '\t')
const content = fc.constantFrom(
  '[ ] Verify: `cargo test` passes',
  '[x] Run: `npm ci`',
  '[X] owner [NAME], ___',
  '[ ]',
  '[ ] ',
  '[x]done',
  'plain item',
  '1. ordered',
  '# heading',
  '> quote',
  '`code`',
  '---',
  '[foo]: /url'
)
const plainItem = fc
  .tuple(
    fc.constantFrom('', '', '  ', '  ', '    ', ' ', '   '),
    fc.constantFrom('[ ] Fix it', '[x] Verify: `cargo test`', 'plain [SPECIFY]', '[ ]')
  )
  .map(([space, text]) => `${space}- ${text}`)
const line = fc.oneof(
  { weight: 20, arbitrary: plainItem },
  {
    weight: 10,
    arbitrary: fc.tuple(indent, marker, after, content).map((parts) => parts.join(''))
  },
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 3,
    arbitrary: fc
      .tuple(indent, fc.constantFrom('continued text', 'More [SPECIFY]', '2) two', '| a |'))
      .map(([space, text]) => `${space}${text}`)
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '## Current Status',
      '### Technical Lead Sign-off',
      '**Overall Readiness:** NOT READY',
      '#### Blockers',
      '```bash',
      '```',
      '<!-- note -->',
      '===',
      '|---|---|',
      '> - [ ] quoted'
    )
  }
)
// Mostly plain documents, where lists are often taken, and mixed ones full of near misses.
const plainLine = fc.oneof(
  { weight: 12, arbitrary: plainItem },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\n## Section',
      '     continued',
      'lazy line',
      '## Heading',
      '\nText'
    )
  },
  { weight: 1, arbitrary: line }
)
const documentArbitrary = fc
  .oneof(
    fc.array(plainLine, { minLength: 1, maxLength: 40 }),
    fc.array(line, { minLength: 1, maxLength: 40 })
  )
  .map((lines) => `# Generated\n${lines.join('\n')}\n`)

test('3,000 generated documents: the same checklist with and without the fast path', () => {
  let simple = 0
  let markdownIt = 0
  fc.assert(
    fc.property(documentArbitrary, (text) => {
      const taken = countPaths(text)
      simple += taken.simpleItems
      markdownIt += taken.markdownIt
      expectSameAsMarkdownIt(text)
    }),
    { numRuns: 3000, seed: 2026 }
  )
  // Both paths were exercised, on many items.
  expect(simple).toBeGreaterThan(5_000)
  expect(markdownIt).toBeGreaterThan(5_000)
})

test('the seed checklist: the same with and without the fast path, most lists taken', () => {
  const text = readFileSync(SEED, 'utf8')
  expectSameAsMarkdownIt(text)
  expect(pathsTaken(text).simple).toBeGreaterThan(20)
})

describe('line marks computed once for the whole text', () => {
  const md = new MarkdownIt()
  const fields = ['bMarks', 'eMarks', 'tShift', 'sCount', 'bsCount', 'lineMax'] as const
  const expectSameMarks = (text: string): void => {
    const ours = blockState(md, text, {})
    const theirs = new md.block.State(text, md, {}, [])
    for (const field of fields) {
      const [mine, markdownIts] = [ours[field], theirs[field]]
      expect([field, typeof mine === 'number' ? mine : Array.from(mine)]).toEqual([
        field,
        markdownIts
      ])
    }
    expect(ours.src).toBe(text)
  }
  test.each(['', '\n', 'a', 'a\n', '  \n', 'a\n   ', 'a\n  b', '\t\tx\n \t y\n   \t\n', 'x\n\n\n'])(
    '%j',
    expectSameMarks
  )
  test('generated texts of spaces, tabs, newlines and letters', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(' ', '\t', '\n', 'a', '-'), { maxLength: 60 })
          .map((c) => c.join('')),
        expectSameMarks
      ),
      { numRuns: 2000, seed: 5 }
    )
  })
  test('sourceLine(N) is line N of the text, from the same marks', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(' ', '\t', '\n', 'a', '-'), { maxLength: 60 })
          .map((c) => c.join('')),
        (text) => {
          const document = new BlockDocument(text)
          const lines = text.split('\n')
          for (let line = 0; line <= lines.length + 1; line++)
            expect([line, document.sourceLine(line)]).toEqual([line, lines[line - 1] ?? ''])
        }
      ),
      { numRuns: 2000, seed: 6 }
    )
  })
})
