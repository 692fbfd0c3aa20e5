/**
 * "Ticked, but nothing checks it": every ticked Verify item no validation checks is listed in
 * the report — never passed over in silence — with why (refused by the effect policy, with its
 * effect, or not planned). Written from the mutants of report/reconciliation.ts no report test
 * reached (docs/mutation-testing.md).
 */
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES } from '../../src/readiness/model.js'
import { renderReport } from '../../src/report/render.js'
import type { UnverifiedClaim } from '../../src/validations/model.js'
import { checklist, item, phase } from '../readiness/builders.js'
import { context, masked } from './cases.js'

const refused: UnverifiedClaim = {
  line: 12,
  text: 'Code is formatted',
  command: 'cargo fmt',
  why: 'refused',
  effect: 'format',
  reason: 'fix command (changes the tree): never run'
}
const notPlanned = (line: number): UnverifiedClaim => ({
  line,
  text: `Docs *built* ${line}`,
  command: 'make docs',
  why: 'not-planned',
  effect: null,
  reason: 'no planned validation runs it'
})

function comment(claims: UnverifiedClaim[]): string {
  const assessment = assess({
    checklist: checklist([
      phase(1, 'Critical', 'critical', 10, [item(12, 'Code is formatted', { checked: true })])
    ]),
    validations: [],
    results: [],
    rules: DEFAULT_GATE_RULES,
    unverifiedClaims: claims,
    validationsRun: true
  })
  return renderReport(masked(assessment), context()).comment
}

/** The section, from its title to the next blank-line-separated block that is not its list. */
function section(text: string): string {
  const start = text.indexOf('**Ticked, but nothing checks it**')
  expect(start).toBeGreaterThanOrEqual(0)
  const rest = text.slice(start)
  const end = rest.search(/\n\n(?!- |<details>|<summary>|<\/details>)/)
  return end === -1 ? rest : rest.slice(0, end)
}

describe('ticked items nothing checks', () => {
  test('a refused claim names the effect and the reason; a claim not planned only the reason', () => {
    const text = section(comment([refused, notPlanned(20)]))
    const lines = text.split('\n')
    expect(lines[0]).toBe('**Ticked, but nothing checks it** (2)')
    expect(lines[1]).toBe('')
    expect(lines[2]).toMatch(
      /^- ☑ Code is formatted \(.*line 12.*\) — `cargo fmt`: refused \(_formats files_\): fix command \(changes the tree\): never run$/
    )
    expect(lines[3]).toMatch(
      /^- ☑ Docs \\\*built\\\* 20 \(.*line 20.*\) — `make docs`: no planned validation runs it$/
    )
    expect(text).not.toContain('<details>')
  })

  test('a refused claim without an effect reads as its reason alone', () => {
    const text = section(comment([{ ...refused, effect: null }]))
    expect(text).toContain('— `cargo fmt`: fix command (changes the tree): never run')
    expect(text).not.toContain('refused (_')
  })

  test('up to five claims are open; more are folded, all of them counted', () => {
    const five = section(comment([1, 2, 3, 4, 5].map((i) => notPlanned(20 + i))))
    expect(five.startsWith('**Ticked, but nothing checks it** (5)\n\n- ☑')).toBe(true)
    expect(five).not.toContain('<details>')

    const six = section(comment([1, 2, 3, 4, 5, 6].map((i) => notPlanned(20 + i))))
    expect(
      six.startsWith(
        '**Ticked, but nothing checks it** (6)\n\n<details>\n<summary>6 unverified claims</summary>\n\n- ☑'
      )
    ).toBe(true)
    expect(six.trimEnd().endsWith('</details>')).toBe(true)
    expect(six.match(/^- ☑/gm)).toHaveLength(6)
  })

  test('a long list is capped, and what is left out is counted', () => {
    const text = section(comment(Array.from({ length: 3_000 }, (_, i) => notPlanned(100 + i))))
    const shown = text.match(/^- ☑/gm)?.length ?? 0
    const more = Number(/^- …and (\d+) more$/m.exec(text)?.[1])
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(3_000)
    expect(shown + more).toBe(3_000)
  })

  test('none: no section', () => {
    expect(comment([])).not.toContain('Ticked, but nothing checks it')
  })
})
