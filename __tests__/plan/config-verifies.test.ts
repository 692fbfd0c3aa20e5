/**
 * A config entry's `verifies`: checklist line numbers, or text naming one task item — an exact
 * match (any case) before a substring match; several matches are an error listing at most five
 * of their lines. The result is each item once, in line order.
 */
import { parseChecklist } from '../../src/checklist/parse.js'
import type { Checklist } from '../../src/checklist/model.js'
import { ConfigurationError } from '../../src/errors.js'
import { parseConfig } from '../../src/plan/config.js'
import { planValidations } from '../../src/plan/plan.js'

const FILE = '.github/readiness.yml'

/** A script step `tests`, then the task items at lines 8 to 9 + docs. */
function checklist(docs: number): Checklist {
  return parseChecklist(
    [
      '# Release', // 1
      '## Validation', // 2
      '```bash', // 3
      'echo "1. Tests"', // 4
      'cargo test', // 5
      '```', // 6
      '## Phase 1: Blockers (CRITICAL)', // 7
      '- [ ] Tests pass', // 8
      '- [ ] Integration tests pass', // 9
      ...Array.from({ length: docs }, (_, i) => `- [ ] Docs page ${i + 1} reviewed`) // 10…
    ].join('\n'),
    'CHECKLIST.md'
  )
}

function verifiesOf(refs: string, docs = 0): number[] {
  const config = parseConfig(`validations:\n  - id: tests\n    verifies: ${refs}\n`, FILE)
  const plan = planValidations(checklist(docs), config)
  return plan.validations.find((v) => v.id === 'tests')!.verifies
}

function errorOf(action: () => unknown): Error {
  try {
    action()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected an error, none was thrown')
}

describe("'verifies' in a config entry", () => {
  test('text equal to an item (any case) names it, though a longer item contains it', () => {
    expect(verifiesOf('["Tests pass"]')).toEqual([8])
    expect(verifiesOf('["TESTS PASS"]')).toEqual([8])
  })

  test('text inside one item only names that item', () => {
    expect(verifiesOf('["INTEGRATION"]')).toEqual([9])
  })

  test('text inside exactly five items lists all five lines', () => {
    const error = errorOf(() => verifiesOf('["docs page"]', 5))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `${FILE}:3: 'verifies' text "docs page" matches 5 task items in CHECKLIST.md (lines 10, 11, 12, 13, 14); use a line number or more of the item's text`
    )
  })

  test('text inside more than five items lists the first five lines, then …', () => {
    const error = errorOf(() => verifiesOf('["docs page"]', 7))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `${FILE}:3: 'verifies' text "docs page" matches 7 task items in CHECKLIST.md (lines 10, 11, 12, 13, 14, …); use a line number or more of the item's text`
    )
  })

  test('each item once, in line order, however the entry names and orders them', () => {
    expect(verifiesOf('[12, "integration tests pass", 8, 9, "Docs page 1 reviewed"]', 3)).toEqual([
      8, 9, 10, 12
    ])
  })
})
