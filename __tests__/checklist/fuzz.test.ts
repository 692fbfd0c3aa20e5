// Property-based fuzzing of the checklist parser: random Markdown built from realistic and
// hostile fragments, and random mutations of the seed checklist. The parser must never throw,
// must point every task item at a real source line holding its list marker and `[`, must agree
// with itself across LF / CRLF / CR line endings, and must finish (a hang keeps the suite from finishing;
// speed itself is measured by `npm run bench`). Figures are printed for the README.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import fc from 'fast-check'
import { loadChecklist } from '../../src/checklist/load.js'
import { allItems, type Checklist } from '../../src/checklist/model.js'
import { parseChecklist } from '../../src/checklist/parse.js'
import { ConfigurationError } from '../../src/errors.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SEED_PATH = path.join(ROOT, 'examples/llm-memory-graph/PRODUCTION_CHECKLIST.md')
const SEED = fs.readFileSync(SEED_PATH, 'utf8')
const SEED_LINES = SEED.split('\n')
const NUM_RUNS = 300
const FAST_CHECK_SEED = 20_261_126

const LINE_BREAK = /\r\n|\r|\n/
/** A list marker (bullet or ordered) followed by a space or tab, anywhere on the line. */
const LIST_MARKER = /(?:^|[^\S\r\n]|>)(?:[-*+]|\d{1,9}[.)])[ \t]/

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now()
  const result = run()
  return { result, ms: performance.now() - start }
}

function itemKeys(checklist: Checklist): string[] {
  return allItems(checklist)
    .map((item) => `${item.line}:${item.checked ? 'x' : ' '}`)
    .sort()
}

/** Problems with the items' line numbers, as readable strings (empty when all is well). */
function lineProblems(text: string, checklist: Checklist): string[] {
  const lines = text.split(LINE_BREAK)
  const problems: string[] = []
  for (const item of allItems(checklist)) {
    const line = lines[item.line - 1]
    if (line === undefined) problems.push(`item at line ${item.line} is past the end`)
    else if (!line.includes('['))
      problems.push(`line ${item.line} has no '[': ${line.slice(0, 80)}`)
    else if (!LIST_MARKER.test(line))
      problems.push(`line ${item.line} has no list marker: ${line.slice(0, 80)}`)
  }
  return problems
}

const toLf = (text: string): string => text.replace(/\r\n?/g, '\n')

// --- Arbitraries -----------------------------------------------------------------------------

const indent = fc.constantFrom('', '', ' ', '  ', '   ', '    ', '\t', ' \t', '\t\t', '      ')
const listMarker = fc.constantFrom('-', '*', '+', '1.', '1)', '2.', '10)', '123456789.')
// Mostly real task boxes, some near misses that GitHub does not render as boxes.
const taskBox = fc.constantFrom(
  '[ ]',
  '[ ]',
  '[ ]',
  '[x]',
  '[x]',
  '[X]',
  '[]',
  '[  ]',
  '[y]',
  '[ x]'
)
const afterBox = fc.constantFrom(' ', ' ', ' ', ' ', '\t', '', '  ', '\v')
const quote = fc.constantFrom('', '', '> ', '>', '> > ', '>>> ')
const word = fc.constantFrom(
  'Run tests',
  'Verify: `cargo test`',
  'Run: `npm ci`',
  '**Critical** fix',
  '[SPECIFY]',
  '_____',
  '`code span [ ] with box`',
  '<!-- - [ ] hidden -->',
  '<b>html</b>',
  'a | b | c',
  '\\[ ] escaped',
  '[link](http://x)',
  'é ü 漢字 🚀',
  '\0',
  ''
)
const text = fc.oneof(
  word,
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 })
)

const taskLine = fc
  .tuple(quote, indent, listMarker, fc.constantFrom(' ', ' ', '\t', '  '), taskBox, afterBox, text)
  .map(([q, i, m, s, b, a, t]) => `${q}${i}${m}${s}${b}${a}${t}`)

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 24, arbitrary: taskLine },
  fc.tuple(fc.integer({ min: 1, max: 7 }), text).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc.constantFrom(
    '## Phase 1: Critical Fixes (MUST COMPLETE)',
    '## Sign-off',
    '### Technical Lead Sign-off',
    '## Current Status',
    '**Overall Readiness:** NOT READY',
    'Signed: ____ Date: ____'
  ),
  // Openers of blocks that run to their closer (or the end): rarer, or every document would be
  // one code block after the first few lines.
  {
    weight: 1,
    arbitrary: fc.constantFrom('```', '```bash', '~~~', '~~~~', '````', '<!--', '<pre>')
  },
  fc.constantFrom('-->', '</pre>', '<div>', '</div>', '<!-- - [x] c -->'),
  fc.constantFrom('    indented code', '\t- [ ] tab code'),
  fc.constantFrom('| a | b |', '|---|---|', '| - [ ] x | y |', '- [ ] a | b', '---', '===', '***'),
  fc.constantFrom('', '', ' ', '\t', '>', '> '),
  fc.constantFrom('\0', '- [ ] \0', '\0- [ ] nul first', '- [\0] nul box'),
  fc.constantFrom('---', 'title: x', '...'),
  fc
    .tuple(
      fc.constantFrom('- [ ] ', 'x', '`', '[', '*', '<A'),
      fc.integer({ min: 1_000, max: 50_000 })
    )
    .map(([unit, n]) => (unit === '- [ ] ' ? unit + 'y'.repeat(n) : unit.repeat(n))),
  text
)

const lineEnding = fc.constantFrom('\n', '\n', '\n', '\n', '\r\n', '\r', '\n\n')

const randomMarkdown = fc
  .array(fc.tuple(fragment, lineEnding), { maxLength: 80, size: 'medium' })
  .map((parts) => parts.map(([f, e]) => f + e).join(''))

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'insert'; at: number; column: number; chars: string }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    column: fc.nat(),
    chars: fc.oneof(
      fc.string({ minLength: 1, maxLength: 5 }),
      fc.constantFrom('[', ']', '`', '```', '>', '- ', '\t', '\r', '\r\n', '\0', '<!--', '#', '|')
    )
  })
)

function mutate(lines: readonly string[], mutations: Mutation[]): string {
  const out = [...lines]
  for (const m of mutations) {
    if (out.length === 0) break
    const at = m.at % out.length
    if (m.kind === 'delete') out.splice(at, 1)
    else if (m.kind === 'duplicate') out.splice(at, 0, out[at]!)
    else if (m.kind === 'swap') {
      const other = m.other % out.length
      ;[out[at], out[other]] = [out[other]!, out[at]!]
    } else {
      const line = out[at]!
      const column = m.column % (line.length + 1)
      out[at] = line.slice(0, column) + m.chars + line.slice(column)
    }
  }
  return out.join('\n')
}

const mutatedSeed = fc
  .array(mutation, { minLength: 1, maxLength: 30 })
  .map((mutations) => mutate(SEED_LINES, mutations))

// --- Properties ------------------------------------------------------------------------------

interface Figures {
  runs: number
  chars: number
  items: number
  maxMs: number
  totalMs: number
}

function checkAll(input: string, figures: Figures): void {
  const { result, ms } = timed(() => parseChecklist(input, 'fuzz.md'))
  figures.runs++
  figures.chars += input.length
  figures.items += allItems(result).length
  figures.maxMs = Math.max(figures.maxMs, ms)
  figures.totalMs += ms
  expect(lineProblems(input, result)).toEqual([])
  // Same document with every line ending spelled LF, CRLF and CR: same items on the same lines.
  const lf = toLf(input)
  const expected = itemKeys(parseChecklist(lf, 'fuzz.md'))
  expect(itemKeys(result)).toEqual(expected)
  expect(itemKeys(parseChecklist(lf.replace(/\n/g, '\r\n'), 'fuzz.md'))).toEqual(expected)
  expect(itemKeys(parseChecklist(lf.replace(/\n/g, '\r'), 'fuzz.md'))).toEqual(expected)
}

function report(name: string, figures: Figures, wallMs: number): void {
  console.log(
    `${name}: ${figures.runs} inputs tried (numRuns ${NUM_RUNS}), ${figures.chars.toLocaleString('en')} chars, ` +
      `${figures.items.toLocaleString('en')} task items; max ${figures.maxMs.toFixed(1)} ms per parse, ` +
      `parse total ${figures.totalMs.toFixed(0)} ms, wall ${wallMs.toFixed(0)} ms (incl. LF/CRLF/CR re-parses)`
  )
}

describe('property-based fuzzing of parseChecklist', () => {
  test.each([
    ['random Markdown fragments', randomMarkdown],
    ['mutations of the seed checklist', mutatedSeed]
  ])('%s: never throws, lines are real, line endings agree', (name, arbitrary) => {
    const figures: Figures = { runs: 0, chars: 0, items: 0, maxMs: 0, totalMs: 0 }
    const { ms } = timed(() => {
      fc.assert(
        fc.property(arbitrary, (input) => {
          checkAll(input, figures)
        }),
        { numRuns: NUM_RUNS, seed: FAST_CHECK_SEED }
      )
    })
    report(name, figures, ms)
    expect(figures.items).toBeGreaterThan(0)
  })
})

// --- Explicit hostile cases ------------------------------------------------------------------

describe('explicit extremes', () => {
  test('10,000 nesting levels (lists, "> " quotes, both on separate lines): no throw', () => {
    const depth = 10_000
    const cases: [string, string][] = [
      [
        'list staircase',
        Array.from({ length: depth }, (_, i) => `${'  '.repeat(i % 2_000)}- [ ] l${i}`).join('\n')
      ],
      ['list on one line', `${'- '.repeat(depth)}[ ] x\n- [ ] after`],
      ['quotes on one line', `${'> '.repeat(depth)}- [ ] deep\n\n- [ ] after`],
      ['quotes and lists mixed', `${'> - '.repeat(depth)}[ ] deep\n\n- [ ] after`]
    ]
    for (const [name, text] of cases) {
      const { result, ms } = timed(() => parseChecklist(text, 'deep.md'))
      console.log(`10,000 levels (${name}): ${ms.toFixed(0)} ms, ${allItems(result).length} items`)
      expect(lineProblems(text, result)).toEqual([])
    }
  })

  test('a 10 MiB file made by repeating the seed: N × the seed’s item count', () => {
    const single = allItems(parseChecklist(SEED, 'seed.md')).length
    const body = SEED.endsWith('\n') ? SEED : `${SEED}\n`
    const copies = Math.ceil((10 * 1024 * 1024) / body.length)
    const big = body.repeat(copies)
    const { result, ms } = timed(() => parseChecklist(big, 'big.md'))
    const items = allItems(result)
    console.log(
      `10 MiB file: ${copies} copies of the seed, ${(big.length / 1024 / 1024).toFixed(1)} MiB, ` +
        `${items.length.toLocaleString('en')} items (${single} × ${copies}) in ${ms.toFixed(0)} ms`
    )
    expect(items).toHaveLength(single * copies)
    expect(result.lineCount).toBe(parseChecklist(SEED, 'seed.md').lineCount * copies)
  })

  test('a 5 MB single line: parses, finds the one item', () => {
    const line = `- [ ] ${'word `code` [x] '.repeat(Math.ceil(5_000_000 / 17))}`
    const { result, ms } = timed(() => parseChecklist(line, 'long.md'))
    console.log(`5 MB single line (${line.length.toLocaleString('en')} chars): ${ms.toFixed(0)} ms`)
    expect(allItems(result).map((item) => item.line)).toEqual([1])
  })

  describe('loadChecklist on unusable bytes', () => {
    let dir: string
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-fuzz-'))
    })
    afterAll(() => {
      fs.rmSync(dir, { recursive: true, force: true })
    })

    test.each([
      ['lone continuation byte', Buffer.from([0x2d, 0x20, 0x5b, 0x20, 0x5d, 0x20, 0x80, 0x0a])],
      [
        'truncated 3-byte sequence',
        Buffer.concat([Buffer.from('- [ ] a\n'), Buffer.from([0xe2, 0x82])])
      ],
      ['overlong encoding', Buffer.concat([Buffer.from('- [ ] '), Buffer.from([0xc0, 0xaf])])],
      ['UTF-16 surrogate', Buffer.concat([Buffer.from('- [ ] '), Buffer.from([0xed, 0xa0, 0x80])])],
      ['Latin-1 text', Buffer.from('- [ ] caf\xe9\n', 'latin1')],
      ['NUL byte', Buffer.from('- [ ] ok\n- [ ] \0 nul\n')],
      ['UTF-16LE file', Buffer.from('\ufeff- [ ] a\n', 'utf16le')]
    ])('%s → one-line ConfigurationError naming the file', (_name, bytes) => {
      const file = path.join(dir, 'PRODUCTION_CHECKLIST.md')
      fs.writeFileSync(file, bytes)
      let caught: unknown
      try {
        loadChecklist(file, 'docs/PRODUCTION_CHECKLIST.md')
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(ConfigurationError)
      const message = (caught as Error).message
      expect(message.split('\n')).toHaveLength(1)
      expect(message).toContain("'docs/PRODUCTION_CHECKLIST.md'")
      expect(message).toMatch(/UTF-8|binary/)
    })
  })
})
