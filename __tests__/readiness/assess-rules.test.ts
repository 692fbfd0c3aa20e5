// What the assessment carries from its input and says about it, exactly: written after mutation
// testing (npm run mutate) showed which of these no test told apart.
import { assess, type AssessInput } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES, type Assessment } from '../../src/readiness/model.js'
import type { RefusedCommand, UnverifiedClaim } from '../../src/validations/model.js'
import { checklist, item, phase, result, validation } from './builders.js'

const TICKED = checklist([
  phase(1, 'Critical', 'critical', 10, [item(11, 'Fix', { checked: true })])
])

function assessed(overrides: Partial<AssessInput> = {}): Assessment {
  return assess({
    checklist: TICKED,
    validations: [validation('fmt', { name: 'Format' })],
    results: [result('fmt', 'passed')],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true,
    ...overrides
  })
}

describe('the assessment', () => {
  it('carries the refused commands and unverified claims as given, and no waivers when none', () => {
    const refused: RefusedCommand = {
      command: 'cargo fmt',
      line: 30,
      effect: 'format',
      reason: 'cargo fmt rewrites the sources'
    }
    const claim: UnverifiedClaim = {
      line: 11,
      text: 'Fix',
      command: 'cargo fmt',
      why: 'refused',
      effect: 'format',
      reason: 'cargo fmt rewrites the sources'
    }
    const assessment = assessed({ refused: [refused], unverifiedClaims: [claim] })
    expect(assessment.refused).toEqual([refused])
    expect(assessment.reconciliation.unverifiedClaims).toEqual([claim])
    expect(assessment).not.toHaveProperty('waivers')
  })
})

describe('the notes on what the verdict rests on', () => {
  it('say that no critical validation was planned when only non-critical ones were', () => {
    const { verdict, notes } = assessed({
      validations: [validation('fmt', { name: 'Format', critical: false })],
      results: [result('fmt', 'failed')]
    })
    expect(verdict).toBe('ready')
    expect(notes).toEqual(['No critical validation was planned: no command proves the checklist.'])
  })

  it('say nothing when a critical validation ran and passed and a critical item is ticked', () => {
    expect(assessed().notes).toEqual([])
  })

  it('for a validation that changed the tree without a recorded change, name no file', () => {
    expect(assessed({ results: [result('fmt', 'modified-tree')] }).notes).toEqual([
      "Validation 'Format' changed 0 files; the gate did not restore them."
    ])
  })
})
