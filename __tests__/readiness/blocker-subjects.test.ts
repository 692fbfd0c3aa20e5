// What a blocker is about, when the checklist's "Current Status" is compared with the run: a
// removed or demoted critical item and a waiver that does not hold are about their item's text;
// a failed validation also about what its key finding says; an unchecked group takes only the
// topic of the validations linked to it, not their names' words. Written from the mutation
// survivors in assess.ts (docs/mutation-testing.md): no test told these sources apart.
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES, type Assessment } from '../../src/readiness/model.js'
import type { BaseComparison, ItemChange } from '../../src/compare/model.js'
import type { Validation, ValidationResult } from '../../src/validations/model.js'
import { checklist, item, phase, result, status, validation } from './builders.js'

const NOW = new Date('2026-12-04T12:00:00Z')

function removedCritical(text: string): BaseComparison {
  const change: ItemChange = {
    kind: 'removed',
    base: { line: 6, text, phase: 'Phase 1: Critical' },
    head: null,
    anchorLine: 11,
    detail: 'removed'
  }
  return {
    state: 'compared',
    ref: 'main',
    source: 'git',
    diff: { items: [change], commands: [], ticks: [], scriptSteps: [] }
  }
}

function declaredOf(input: {
  items: ReturnType<typeof item>[]
  declared: string[]
  base?: BaseComparison
  validations?: Validation[]
  results?: ValidationResult[]
}): Assessment['reconciliation']['declared'] {
  const assessment = assess({
    checklist: checklist([phase(1, 'Critical', 'critical', 10, input.items)], {
      status: status(false, input.declared)
    }),
    validations: input.validations ?? [],
    results: input.results ?? [],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true,
    base: input.base ?? null,
    now: NOW
  })
  return assessment.reconciliation.declared
}

const newBlockerTexts = (declared: Assessment['reconciliation']['declared']): string[] =>
  declared.newBlockers.map(({ text }) => text)

describe('a removed critical item against a declared blocker', () => {
  const items = [item(11, 'Backups restored', { checked: true })]
  const base = removedCritical('Load test at 1k rps')

  it('is the blocker the status names when it names the item', () => {
    const declared = declaredOf({ items, base, declared: ['Load test at 1k rps dropped'] })
    expect(declared.newBlockers).toEqual([])
    expect(declared.blockers).toEqual([
      expect.objectContaining({ text: 'Load test at 1k rps dropped', state: 'still-holds' })
    ])
  })

  it('is new when the status names something else', () => {
    const declared = declaredOf({ items, base, declared: ['Pager rota unstaffed'] })
    expect(newBlockerTexts(declared)).toEqual([expect.stringContaining('Load test at 1k rps')])
  })
})

describe('a waiver that does not hold against a declared blocker', () => {
  // Expired on 2026-11-30: the waived critical item blocks as a waiver blocker.
  const items = [
    item(11, '~~Pen test by vendor~~ N/A: vendor late — approved by @lead until 2026-11-30')
  ]

  it('is about the waived item: a status naming it knew', () => {
    const declared = declaredOf({ items, declared: ['Vendor pen test outstanding'] })
    expect(declared.newBlockers).toEqual([])
    expect(declared.blockers).toEqual([
      expect.objectContaining({ text: 'Vendor pen test outstanding', state: 'still-holds' })
    ])
  })

  it('is new when the status names something else', () => {
    const declared = declaredOf({ items, declared: ['Pager rota unstaffed'] })
    expect(newBlockerTexts(declared)).toEqual([expect.stringContaining('Pen test by vendor')])
  })
})

describe('a failed validation against a declared blocker', () => {
  // No tool, so no topic: only words can match, and the name shares none with the status.
  const smoke = validation('smoke', { name: 'Smoke run', command: './smoke.sh', verifies: [11] })
  const items = [item(11, 'Smoke run passes', { checked: true })]

  it('is also about its key finding', () => {
    const declared = declaredOf({
      items,
      validations: [smoke],
      results: [result('smoke', 'failed', { summary: 'checkout page returns 502 upstream' })],
      declared: ['Checkout page 502 upstream errors']
    })
    expect(declared.newBlockers).toEqual([])
    expect(declared.blockers).toEqual([
      expect.objectContaining({ text: 'Checkout page 502 upstream errors', state: 'still-holds' })
    ])
  })

  it('is new when neither its name nor its key finding is what the status names', () => {
    const declared = declaredOf({
      items,
      validations: [smoke],
      results: [result('smoke', 'failed', { summary: 'login form times out' })],
      declared: ['Checkout page 502 upstream errors']
    })
    expect(newBlockerTexts(declared)).toEqual([expect.stringContaining('Smoke run')])
  })
})

describe('an unchecked item group against a declared blocker', () => {
  // The group's child is checked by a tool-less validation whose name is the status's words.
  const items = [
    item(11, 'Harden the edge', { children: [item(12, 'Verify: `./frobnicate --widgets`')] })
  ]
  const frob = validation('frob', {
    name: 'Frobnicate widgets nightly',
    command: './frobnicate --widgets',
    critical: false,
    verifies: [12]
  })

  it('does not take the linked validation’s name words as its own', () => {
    const declared = declaredOf({
      items,
      validations: [frob],
      declared: ['Frobnicate widgets nightly broken']
    })
    expect(declared.blockers).toEqual([
      expect.objectContaining({ text: 'Frobnicate widgets nightly broken', state: 'unknown' })
    ])
    expect(newBlockerTexts(declared)).toEqual([expect.stringContaining('Harden the edge')])
  })
})
