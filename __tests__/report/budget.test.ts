import fc from 'fast-check'
import {
  BUDGETS,
  COMMENT_BUDGET,
  fitLine,
  fits,
  measure,
  trimToBudget,
  TRUNCATION_NOTE,
  type Budget
} from '../../src/report/budget.js'

const bytes = (limit: number): Budget => ({ limit, unit: 'bytes' })
const chars = (limit: number): Budget => ({ limit, unit: 'chars' })

describe('budgets', () => {
  test("GitHub's limits, with room for the comment's hidden marker", () => {
    expect(COMMENT_BUDGET).toBe(65_336)
    expect(BUDGETS.comment).toEqual({ limit: 65_336, unit: 'chars' })
    expect(BUDGETS.checkSummary).toEqual({ limit: 65_535, unit: 'bytes' })
    expect(BUDGETS.checkText).toEqual({ limit: 65_535, unit: 'bytes' })
    expect(BUDGETS.jobSummary).toEqual({ limit: 1_048_576, unit: 'bytes' })
    expect(BUDGETS.statusDescription).toEqual({ limit: 140, unit: 'chars' })
  })

  test('bytes are UTF-8 bytes, chars are UTF-16 code units', () => {
    expect(measure('é😀', 'bytes')).toBe(6)
    expect(measure('é😀', 'chars')).toBe(3)
    expect(fits('😀'.repeat(10), bytes(40))).toBe(true)
    expect(fits('😀'.repeat(10), bytes(39))).toBe(false)
  })
})

describe('trimToBudget', () => {
  test('returns text that fits unchanged', () => {
    expect(trimToBudget('a\nb', chars(3))).toBe('a\nb')
  })

  test('cuts at a line boundary, closes an open code fence and <details>, adds the note', () => {
    const doc = [
      '# Report',
      '<details>',
      '<summary>x</summary>',
      '',
      '````text',
      ...Array.from({ length: 200 }, (_, i) => `log line ${i}`),
      '````',
      '',
      '</details>'
    ].join('\n')
    const out = trimToBudget(doc, chars(600))
    expect(out.length).toBeLessThanOrEqual(600)
    expect(out.endsWith(`\n\n${TRUNCATION_NOTE}\n`)).toBe(true)
    const body = out.slice(0, out.indexOf(`\n\n${TRUNCATION_NOTE}`))
    expect(body).toMatch(/\nlog line \d+\n````\n\n<\/details>$/)
    const kept = body.replace(/\n````\n\n<\/details>$/, '')
    expect(doc.startsWith(kept)).toBe(true)
    expect(doc.charAt(kept.length)).toBe('\n')
  })

  test('a fence closes only with the same character and at least its length', () => {
    const doc = ['<details>', '', '`````', '```', '~~~~~', 'x'.repeat(500)].join('\n')
    const out = trimToBudget(doc, chars(200))
    expect(out).toContain('```\n~~~~~\n`````\n\n</details>')
  })

  test('never exceeds the budget, in bytes or chars, whatever the lines (generated inputs)', () => {
    const line = fc.oneof(
      fc.constantFrom('```', '````', '~~~', '<details>', '</details>', '', 'é😀 text'),
      fc.string({ maxLength: 60 })
    )
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 80 }),
        fc.integer({ min: 120, max: 2000 }),
        fc.boolean(),
        (lines, limit, inBytes) => {
          const budget = inBytes ? bytes(limit) : chars(limit)
          const out = trimToBudget(lines.join('\n'), budget)
          expect(measure(out, budget.unit)).toBeLessThanOrEqual(limit)
        }
      ),
      { numRuns: 500 }
    )
  })

  test('a first line longer than the budget leaves just the note', () => {
    expect(trimToBudget('x'.repeat(1000), chars(200))).toBe(`\n\n${TRUNCATION_NOTE}\n`)
  })
})

describe('fitLine', () => {
  test('folds whitespace and cuts with an ellipsis at the limit', () => {
    expect(fitLine('a\n b', 140)).toBe('a b')
    const long = fitLine('word '.repeat(100), 140)
    expect(long).toHaveLength(140)
    expect(long.endsWith('…')).toBe(true)
  })
})
