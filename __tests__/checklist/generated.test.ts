// Generated documents: random mixes of the constructs that decide what a task item is (list
// markers, indentation with spaces and tabs, task markers and near-misses, fences, HTML, quotes,
// tables, headings, blank and lazy lines) must give exactly cmark-gfm's task items, and must never
// crash the parser or report a line outside the document.
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { allItems } from '../../src/checklist/model.js'
import { parseChecklist } from '../../src/checklist/parse.js'
import { scratchDirectory } from '../support/temporary.js'
import { cmarkAvailable, cmarkTaskKeys, comparableKeys, taskKeys } from './helpers.js'

const indent = fc.constantFrom('', ' ', '  ', '   ', '    ', '      ', '\t', ' \t', '\t\t', '  \t')
const listMarker = fc.constantFrom('-', '*', '+', '1.', '2)', '10.')
const afterMarker = fc.constantFrom(' ', '  ', '\t', '     ')
const taskMarker = fc.constantFrom(
  '[ ] ',
  '[x] ',
  '[X] ',
  '[ ]\t',
  '[ ]',
  '[x]',
  '[]',
  '[x]done ',
  '[ x] ',
  ''
)
const words = fc.constantFrom(
  'task',
  'Verify: `cargo test`',
  'Run: `npm ci`',
  '[NAME] ___',
  'see [x] later',
  '**bold**'
)

const line = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(indent, listMarker, afterMarker, taskMarker, words)
      .map((parts) => parts.join(''))
  },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.tuple(indent, words).map(([space, text]) => `${space}${text}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '```',
      '~~~',
      '```bash',
      '````',
      '  ```',
      '<!--',
      '-->',
      '<details>',
      '</details>'
    )
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '## Heading',
      '---',
      '===',
      '| a | [ ] |',
      '|---|---|',
      '> - [ ] quoted'
    )
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('- - [ ] same line', '> > - [x] deep quote', '1. - [ ] mixed')
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('> ', '>', '> > ', '>\t', '  > '),
        indent,
        listMarker,
        afterMarker,
        taskMarker,
        words
      )
      .map((parts) => parts.join(''))
  }
)
// The title line keeps a leading `---` from opening YAML front matter, which GitHub (and the
// parser) hide but cmark-gfm does not know about.
const documentArbitrary = fc
  .array(line, { minLength: 1, maxLength: 30 })
  .map((lines) => `# Generated\n${lines.join('\n')}\n`)

const scratch = scratchDirectory('checklist-generated-')
const haveCmark = cmarkAvailable()
if (!haveCmark)
  console.warn('cmark-gfm is not installed: the generated differential test is skipped')

;(haveCmark ? test : test.skip)('300 generated documents: task items equal cmark-gfm', () => {
  let run = 0
  fc.assert(
    fc.property(documentArbitrary, (text) => {
      const file = path.join(scratch.dir, `doc-${run++}.md`)
      writeFileSync(file, text)
      const lines = text.split('\n')
      const ours = comparableKeys(taskKeys(parseChecklist(text, file)), lines)
      expect(ours).toEqual(comparableKeys(cmarkTaskKeys(file), lines))
    }),
    { numRuns: Number(process.env.GEN_RUNS ?? 300), seed: Number(process.env.GEN_SEED ?? 20251129) }
  )
})

test('1,000 generated documents: parsing in tiny chunks gives exactly the one-piece result', () => {
  fc.assert(
    fc.property(documentArbitrary, (text) => {
      const whole = parseChecklist(text, 'generated.md', { chunkChars: Number.POSITIVE_INFINITY })
      expect(parseChecklist(text, 'generated.md', { chunkChars: 1 })).toEqual(whole)
    }),
    { numRuns: 1000, seed: 7 }
  )
})

test('1,000 generated documents: no crash, every line inside the document, depth matches nesting', () => {
  fc.assert(
    fc.property(documentArbitrary, (text) => {
      const checklist = parseChecklist(text, 'generated.md')
      const lineCount = checklist.lineCount
      for (const item of allItems(checklist)) {
        expect(item.line).toBeGreaterThanOrEqual(1)
        expect(item.line).toBeLessThanOrEqual(lineCount)
        for (const child of item.children) {
          expect(child.depth).toBe(item.depth + 1)
          expect(child.line).toBeGreaterThan(item.line)
        }
      }
      for (const placeholder of checklist.placeholders)
        expect(placeholder.line).toBeLessThanOrEqual(lineCount)
    }),
    { numRuns: 1000, seed: 42 }
  )
})
