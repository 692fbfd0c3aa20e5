// Each regex with Unicode property classes has an ASCII twin used on ASCII text (it compiles much
// faster). On ASCII text the two must find exactly the same matches: checked on every ASCII
// character, and on random ASCII text built from the fragments the regexes look for.
import fc from 'fast-check'
import { UnicodeRegex } from '../src/unicode-regex.js'
import { LEADING_DECORATION } from '../src/checklist/item-commands.js'
import { PLAIN_LABEL } from '../src/checklist/fields.js'
import { EMPHASIS_CLOSER, EMPHASIS_OPENER } from '../src/checklist/inline.js'
import { UNDERSCORES } from '../src/checklist/placeholders.js'
import { LABEL_KEYWORD, TEXT_KEYWORD } from '../src/checklist/priority.js'
import { ROLE_PREFIX, ROLE_UNWANTED_END } from '../src/checklist/signoffs.js'
import { NOT_LETTER } from '../src/checklist/declared-status.js'
import { PHASE_HEADING } from '../src/checklist/structure.js'
import { LETTER } from '../src/plan/script-steps.js'

const TWINS: [string, UnicodeRegex][] = [
  ['commands LEADING_DECORATION', LEADING_DECORATION],
  ['fields PLAIN_LABEL', PLAIN_LABEL],
  ['inline EMPHASIS_OPENER', EMPHASIS_OPENER],
  ['inline EMPHASIS_CLOSER', EMPHASIS_CLOSER],
  ['placeholders UNDERSCORES', UNDERSCORES],
  ['priority LABEL_KEYWORD', LABEL_KEYWORD],
  ['priority TEXT_KEYWORD', TEXT_KEYWORD],
  ['signoffs ROLE_PREFIX', ROLE_PREFIX],
  ['signoffs ROLE_UNWANTED_END', ROLE_UNWANTED_END],
  ['status NOT_LETTER', NOT_LETTER],
  ['structure PHASE_HEADING', PHASE_HEADING],
  ['script LETTER', LETTER]
]

const ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code))

/** Every match with its position and groups (a global regex is searched to the end). */
function matches(regex: RegExp, text: string): (string | number | undefined)[][] {
  const all = regex.global ? [...text.matchAll(regex)] : [regex.exec(text)]
  return all.flatMap((match) => (match === null ? [] : [[match.index, ...match]]))
}

const fragment = fc.oneof(
  fc.string({ unit: 'binary-ascii', maxLength: 4 }),
  // Long runs of letters and label characters, for the length limits (a label has at most 41).
  fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '/', '-', '_'), minLength: 30, maxLength: 50 }),
  fc.constantFrom(
    ' ',
    '\t',
    '\n',
    '-',
    ':',
    '(',
    ')',
    '[',
    '_',
    '___',
    '**',
    '__',
    '~~',
    '`',
    'not ',
    'Not ',
    'non-',
    'NON',
    'critical',
    'Must',
    'must have',
    'P0',
    'p3',
    'High Priority',
    'strongly  recommended',
    'nice-to-have',
    'optional',
    'Phase',
    'phase 2',
    'Signed',
    'Date',
    'Sign-off',
    '1.',
    'x9'
  )
)
const asciiText = fc
  .array(fragment, { maxLength: 14 })
  .map((parts) => parts.join(''))
  .filter((text) => !/[^\0-\x7f]/.test(text))

describe.each(TWINS)('%s', (_name, twin) => {
  test('the twins have the same flags, but for u', () => {
    expect(twin.ascii.flags).toBe(twin.unicode.flags.replace('u', ''))
  })

  test('the ASCII twin agrees on every ASCII character, alone and around what it looks for', () => {
    const contexts = (c: string): string[] => [
      c,
      `a${c}b`,
      `${c}critical${c}`,
      `${c}not${c}required`,
      `phase 1${c}x`,
      `${c}**a**${c}`,
      `${c}~~a_${c}`,
      `${c}___${c}`,
      `${c}Signed${c}: x`
    ]
    for (const char of ASCII) {
      for (const text of contexts(char)) {
        expect([text, matches(twin.ascii, text)]).toEqual([text, matches(twin.unicode, text)])
      }
    }
  })

  test('the ASCII twin agrees on random ASCII text', () => {
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(matches(twin.ascii, text)).toEqual(matches(twin.unicode, text))
      }),
      { numRuns: 1000, seed: 20_261_126 }
    )
  })
})

test('the Unicode regex is used as soon as the text holds any other character', () => {
  const twin = new UnicodeRegex(/\p{L}/u, /[A-Za-z]/)
  expect(twin.for('plain ASCII, even ~ and \x7f')).toBe(twin.ascii)
  for (const text of ['é', 'a\u0080', '🚀', '\u00a0', 'x\uffff'])
    expect(twin.for(text)).toBe(twin.unicode)
})
