// The budget trim at its edges: exact fits, the first line, <details> and fences as the renderers
// and untrusted text can write them, and a cut that would split a character. Written from the
// mutation survivors in report/budget.ts (docs/mutation-testing.md).
import {
  fitLine,
  fits,
  trimToBudget,
  TRUNCATION_NOTE,
  type Budget
} from '../../src/report/budget.js'

const NOTE = `\n\n${TRUNCATION_NOTE}\n`
const chars = (limit: number): Budget => ({ limit, unit: 'chars' })
const bytes = (limit: number): Budget => ({ limit, unit: 'bytes' })
/** A budget with exactly `room` characters before the truncation note. */
const room = (room: number): Budget => chars(room + NOTE.length)

describe('fits', () => {
  test('in bytes: ASCII to the byte, and multi-byte text by its UTF-8 length', () => {
    expect(fits('abcdef', bytes(6))).toBe(true)
    expect(fits('abcdefg', bytes(6))).toBe(false)
    expect(fits('ééé', bytes(6))).toBe(true)
    expect(fits('éééé', bytes(6))).toBe(false)
  })
})

describe('trimToBudget: where the cut falls', () => {
  const doc = ['aaaa', 'bbbb', 'cccc', 'x'.repeat(200)].join('\n')

  test('lines that fill the room exactly are kept; the first line counts no newline', () => {
    expect(trimToBudget(doc, room(4))).toBe(`aaaa${NOTE}`)
    expect(trimToBudget(doc, room(9))).toBe(`aaaa\nbbbb${NOTE}`)
    expect(trimToBudget(doc, room(8))).toBe(`aaaa${NOTE}`)
    expect(trimToBudget(doc, room(3))).toBe(NOTE)
  })

  test('a cut inside a fence keeps the lines only while the closing fence fits too', () => {
    const fenced = ['```', 'one', 'two', 'x'.repeat(200)].join('\n')
    // "```\none" (7) + "\n```" (4) = 11.
    expect(trimToBudget(fenced, room(11))).toBe(`\`\`\`\none\n\`\`\`${NOTE}`)
    expect(trimToBudget(fenced, room(10))).toBe(`\`\`\`\n\`\`\`${NOTE}`)
  })

  test('no fence open: nothing is appended but the note', () => {
    expect(trimToBudget(doc, room(14))).toBe(`aaaa\nbbbb\ncccc${NOTE}`)
  })
})

describe('trimToBudget: which lines open and close blocks', () => {
  const cut = (lines: string[]): string =>
    trimToBudget([...lines, 'x'.repeat(500)].join('\n'), chars(400))
  const closed = (text: string): string => text.slice(0, text.indexOf(NOTE))

  test('a tilde fence closes with tildes, and is closed with its own fence when cut', () => {
    expect(closed(cut(['~~~', 'log', '~~~', 'after']))).toBe('~~~\nlog\n~~~\nafter')
    expect(closed(cut(['~~~~', 'log', '~~~', 'more']))).toBe('~~~~\nlog\n~~~\nmore\n~~~~')
    expect(closed(cut(['```', 'log', '```   ', 'after']))).toBe('```\nlog\n```   \nafter')
  })

  test('<details> on a line of its own, indented or with attributes, is closed when cut', () => {
    for (const open of ['<details>', '  <details>', '<details open>', '<DETAILS class="a b">']) {
      expect(closed(cut([open, 'body']))).toBe(`${open}\nbody\n\n</details>`)
    }
  })

  test('text that only mentions <details> opens nothing', () => {
    for (const text of ['<details> and more', 'see <details>', '<detailsx>', '<details\topen>x']) {
      expect(closed(cut([text, 'body']))).toBe(`${text}\nbody`)
    }
  })

  test('a </details> closes one open element, only on a line of its own, never below zero', () => {
    expect(closed(cut(['<details>', 'a', '</details>', 'b']))).toBe('<details>\na\n</details>\nb')
    expect(closed(cut(['<details>', 'a', '</details> later', 'b']))).toBe(
      '<details>\na\n</details> later\nb\n\n</details>'
    )
    // A stray closing tag first (a section the trim cut into): the next one opened is still closed.
    expect(closed(cut(['</details>', '<details>', 'b']))).toBe(
      '</details>\n<details>\nb\n\n</details>'
    )
  })
})

describe('fitLine', () => {
  test('runs of whitespace fold to one space', () => {
    expect(fitLine('a  \t\n  b', 140)).toBe('a b')
  })

  test('a text exactly the limit long is kept whole', () => {
    expect(fitLine('x'.repeat(140), 140)).toBe('x'.repeat(140))
    expect(fitLine('x'.repeat(141), 140)).toBe(`${'x'.repeat(139)}…`)
  })

  test('a cut never splits a character made of two code units', () => {
    // The cut falls between the two halves of the emoji: it goes before the emoji instead.
    const text = `${'x'.repeat(138)}😀${'y'.repeat(10)}`
    const line = fitLine(text, 140)
    expect(line).toBe(`${'x'.repeat(138)}…`)
    // Well-formed: a lone half would come back from UTF-8 as U+FFFD.
    expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line)
    expect(fitLine(`${'x'.repeat(137)}😀${'y'.repeat(10)}`, 140)).toBe(`${'x'.repeat(137)}😀…`)
  })
})
