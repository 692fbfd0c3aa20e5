// fast-check arbitraries for Markdown checklists: random mixes of the constructs that decide what
// a task item is (list markers, indentation with spaces and tabs, task markers and near-misses,
// fences, HTML, quotes, tables, headings, blank and lazy lines).
import fc from 'fast-check'

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

export const line = fc.oneof(
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
export const documentArbitrary = fc
  .array(line, { minLength: 1, maxLength: 30 })
  .map((lines) => `# Generated\n${lines.join('\n')}\n`)
