/**
 * The overview's verdict facts, each with its exact text: the gate line (what the verdict rests
 * on), the blocker list's cap, an unchecked group's count, and a plan with no validation. Written
 * from the mutants of report/overview.ts the report tests did not kill
 * (docs/mutation-testing.md).
 */
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES, type GateRules } from '../../src/readiness/model.js'
import { renderReport } from '../../src/report/render.js'
import type { Validation, ValidationResult } from '../../src/validations/model.js'
import { checklist, item, phase, result, validation } from '../readiness/builders.js'
import { context, masked } from './cases.js'

function summary(input: {
  items?: ReturnType<typeof item>[]
  validations?: Validation[]
  results?: ValidationResult[]
  rules?: GateRules
  refused?: { command: string; line: number | null; effect: 'format'; reason: string }[]
}): string {
  const assessment = assess({
    checklist: checklist(
      input.items === undefined ? [] : [phase(1, 'Critical', 'critical', 10, input.items)]
    ),
    validations: input.validations ?? [],
    results: input.results ?? [],
    rules: input.rules ?? DEFAULT_GATE_RULES,
    refused: input.refused ?? [],
    validationsRun: true
  })
  return renderReport(masked(assessment), context()).jobSummary
}

const gateLine = (text: string): string | null => /^Gate: .*$/m.exec(text)?.[0] ?? null

describe('the gate line', () => {
  const validations = [
    validation('build', { name: 'Build' }),
    validation('lint', { name: 'Lint', critical: false }),
    validation('test', { name: 'Test' })
  ]
  const results = [result('build', 'passed'), result('lint', 'failed'), result('test', 'failed')]
  const items = [item(11, 'Done', { checked: true }), item(12, 'Open'), item(13, 'Open too')]

  test('counts critical validations only, and the critical items ticked', () => {
    expect(gateLine(summary({ items, validations, results }))).toBe(
      'Gate: 1 of 2 critical validations passed; 1 of 3 critical checklist items ticked.'
    )
  })

  test('leaves out what does not gate', () => {
    expect(
      gateLine(
        summary({
          items,
          validations,
          results,
          rules: { requireValidations: true, requireItems: false }
        })
      )
    ).toBe('Gate: 1 of 2 critical validations passed.')
    expect(
      gateLine(
        summary({
          items,
          validations,
          results,
          rules: { requireValidations: false, requireItems: true }
        })
      )
    ).toBe('Gate: 1 of 3 critical checklist items ticked.')
    expect(
      gateLine(
        summary({
          items,
          validations,
          results,
          rules: { requireValidations: false, requireItems: false }
        })
      )
    ).toBeNull()
  })
})

describe('the blockers', () => {
  test('an unchecked group of one says "unchecked", a larger one how many of how many', () => {
    const text = summary({
      items: [
        item(11, 'Alone'),
        item(12, 'Group', { children: [item(13, 'Child', { checked: true }), item(14, 'Other')] })
      ]
    })
    expect(text).toMatch(/^1\. ☐ \*\*Alone\*\* — unchecked · /m)
    expect(text).toMatch(/^2\. ☐ \*\*Group\*\* — 2 of 3 unchecked · /m)
  })

  test('a long list is capped, and what is left out is counted', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => item(100 + i, `Task ${i}`))
    const text = summary({ items: many })
    const shown = text.match(/^\d+\. ☐/gm)?.length ?? 0
    const more = Number(/^…and (\d+) more blockers\.$/m.exec(text)?.[1])
    expect(shown).toBeGreaterThan(0)
    expect(shown + more).toBe(2_000)
  })
})

describe('a plan with no validation', () => {
  test('says no command proves the checklist', () => {
    expect(summary({ items: [item(11, 'Open')] })).toContain(
      '### Validations\n\nThe checklist plans no validation: no command proves it.'
    )
  })

  test('with refused commands, lists them instead', () => {
    const text = summary({
      items: [item(11, 'Open')],
      refused: [{ command: 'cargo fmt', line: 24, effect: 'format', reason: 'fix command' }]
    })
    expect(text).not.toContain('The checklist plans no validation')
    expect(text).toContain('- `cargo fmt` (line 24) — _formats files_: fix command')
  })
})
