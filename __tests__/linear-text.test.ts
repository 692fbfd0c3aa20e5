// The linear text helpers (src/linear-text.ts) against the regexes they replace, on generated strings
// made of the characters that matter to them.
import fc from 'fast-check'
import {
  replaceQuoted,
  trimEndMatching,
  trimMatching,
  trimRuns,
  trimTrailing
} from '../src/linear-text.js'

// The regex replaceQuoted stands for, with `[\s\S]` for `.`: as in the shell, a backslash in double
// quotes escapes a line break too (a continuation line), which the old `\\.` did not.
const QUOTED = /'[^']*'|"(?:[^"\\]|\\[\s\S])*"/g
const shellish = fc.string({
  unit: fc.constantFrom("'", '"', '\\', ' ', 'a', '$', '\n'),
  maxLength: 40
})
const dashes = fc.string({ unit: fc.constantFrom('-', '/', 'a', ' '), maxLength: 20 })

test('replaceQuoted does what the quoted-string regex does', () => {
  fc.assert(
    fc.property(shellish, (text) => {
      const mark = (quoted: string): string => `<${quoted.length}>`
      expect(replaceQuoted(text, mark)).toBe(text.replace(QUOTED, mark))
    }),
    { numRuns: 5_000, seed: 3 }
  )
})

test('replaceQuoted: escapes, unclosed quotes, and quotes of one kind inside the other', () => {
  const q = (text: string): string => replaceQuoted(text, () => 'Q')
  expect(q(`echo "a \\" b" 'c' d`)).toBe('echo Q Q d')
  expect(q(`echo "it's" 'say "hi"'`)).toBe('echo Q Q')
  expect(q(`echo "unclosed 'x'`)).toBe(`echo "unclosed Q`)
  expect(q(`echo 'unclosed "x"`)).toBe(`echo 'unclosed Q`)
  expect(q(`"\\`)).toBe(`"\\`)
})

test('trimTrailing and trimRuns do what /x+$/ and /^x+|x+$/g do', () => {
  fc.assert(
    fc.property(dashes, (text) => {
      expect(trimTrailing(text, '/')).toBe(text.replace(/\/+$/, ''))
      expect(trimRuns(text, '-')).toBe(text.replace(/^-+|-+$/g, ''))
    }),
    { numRuns: 2_000, seed: 5 }
  )
})

test('trimMatching and trimEndMatching keep surrogate pairs whole', () => {
  expect(trimMatching('🚀 ready 🚀', /\P{L}/u)).toBe('ready')
  expect(trimEndMatching('ready 🚀🚀', /\P{L}/u)).toBe('ready')
})
