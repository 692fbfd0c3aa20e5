// The base comparison assessed (pure): which item changes become `checklist-change` blockers
// (removed or demoted critical items without a waiver that holds; reworded ones never), which
// waivers of critical items become `waiver` blockers, what a newly ticked item's evidence says,
// and what the report is told when the base was new, skipped or not asked for.
import { describe, expect, test } from '@jest/globals'
import type { BaseComparison, ChecklistDiff, ItemChange } from '../../src/compare/model.js'
import { assessChanges } from '../../src/readiness/comparison.js'
import type { AssessedStatus, AssessedValidation } from '../../src/readiness/model.js'
import type { ConfiguredWaiver } from '../../src/readiness/waivers.js'
import { item } from './builders.js'

const NOW = new Date('2026-12-04T12:00:00Z')
const EVIDENCE = {
  approvals: { kind: 'read' as const, approvers: new Set(['lead']) },
  now: NOW
}
const CRITICAL = 'Phase 1: Critical'

const items = [
  item(3, 'Keys rotated'),
  item(4, '~~Load test at 1k rps~~ N/A: no endpoint — approved by @lead until 2027-01-31'),
  item(5, '~~Pen test~~ Waived: vendor late — approved by @bob until 2027-01-31'),
  item(9, '~~Old check~~ N/A: gone — approved by @bob until 2027-01-31'),
  item(11, 'Backups tested'),
  item(12, '~~Docs built~~ N/A: docs later — approved by @lead until 2027-01-31'),
  item(13, '~~Smoke test~~ N/A: flaky — until 2027-01-31')
]
const criticalLines = new Set([3, 4, 5])

const configured: ConfiguredWaiver[] = [
  {
    item: 'rollback rehearsed',
    reason: 'no prod',
    approver: 'lead',
    expires: '2027-01-31',
    line: 2
  },
  { item: 'status page', reason: 'later', approver: 'lead', expires: '2026-01-01', line: 7 }
]

function removed(line: number, text: string, anchorLine: number): ItemChange {
  return {
    kind: 'removed',
    base: { line, text, phase: CRITICAL },
    head: null,
    anchorLine,
    detail: 'removed'
  }
}
function moved(
  kind: 'demoted' | 'reworded',
  baseLine: number,
  baseText: string,
  headLine: number,
  headText: string
): ItemChange {
  return {
    kind,
    base: { line: baseLine, text: baseText, phase: CRITICAL },
    head: {
      line: headLine,
      text: headText,
      phase: kind === 'demoted' ? 'Phase 2: Later' : CRITICAL
    },
    anchorLine: headLine,
    detail: kind
  }
}

const diff: ChecklistDiff = {
  items: [
    removed(20, 'Rollback rehearsed', 6),
    removed(21, 'Alerts configured', 6),
    removed(22, 'Status page ready', 7),
    moved('demoted', 23, 'Backups tested', 11, 'Backups tested'),
    moved('demoted', 24, 'Docs built', 12, 'Docs built'),
    moved('demoted', 25, 'Smoke test', 13, 'Smoke test'),
    moved('reworded', 26, 'Keys rotated weekly', 3, 'Keys rotated')
  ],
  commands: [
    {
      kind: 'weakened',
      item: { baseLine: 3, headLine: 3, text: 'Keys rotated' },
      base: { line: 3, text: 'cargo test --locked' },
      head: { line: 3, text: 'cargo test' },
      anchorLine: 3,
      lost: ['--locked']
    }
  ],
  ticks: [3, 4, 5, 11].map((line) => ({
    kind: 'ticked' as const,
    baseLine: line,
    headLine: line,
    text: `item ${line}`,
    critical: true
  })),
  scriptSteps: [{ base: { line: 40, text: 'npm audit' }, anchorLine: 38 }]
}

function validation(id: string, verifies: number[], status: AssessedStatus): AssessedValidation {
  return { id, verifies, status } as AssessedValidation
}
const validations = [
  validation('keys', [3], 'passed'),
  validation('load', [4], 'failed'),
  validation('pen-a', [5], 'passed'),
  validation('pen-b', [5], 'failed')
]

function run(base: BaseComparison | null): ReturnType<typeof assessChanges> {
  return assessChanges({ items, criticalLines, configured, evidence: EVIDENCE, base, validations })
}

describe('compared with the base', () => {
  const assessment = run({ state: 'compared', ref: 'v1.0.0', source: 'git', diff })

  test('removed and demoted critical items block unless their waiver holds; rewording never does', () => {
    expect(assessment.changeBlockers).toEqual([
      {
        kind: 'checklist-change',
        text: 'Critical item removed (base line 21): Alerts configured',
        change: 'removed',
        itemText: 'Alerts configured',
        line: 6,
        baseLine: 21,
        waiverProblems: null
      },
      {
        kind: 'checklist-change',
        text: 'Critical item removed (base line 22): Status page ready — waiver does not hold: expired on 2026-01-01',
        change: 'removed',
        itemText: 'Status page ready',
        line: 7,
        baseLine: 22,
        waiverProblems: ['expired']
      },
      {
        kind: 'checklist-change',
        text: 'Critical item moved out of Phase 1: Critical (base line 23): Backups tested',
        change: 'demoted',
        itemText: 'Backups tested',
        line: 11,
        baseLine: 23,
        waiverProblems: null
      },
      {
        kind: 'checklist-change',
        text: 'Critical item moved out of Phase 1: Critical (base line 25): Smoke test — waiver does not hold: no approver named ("approved by @login")',
        change: 'demoted',
        itemText: 'Smoke test',
        line: 13,
        baseLine: 25,
        waiverProblems: ['no-approver']
      }
    ])
  })

  test('each change carries its waiver: the head item’s own, or for a removed item the config’s', () => {
    expect(
      assessment.comparison?.items.map((change) => [
        change.base.line,
        change.waiver === null
          ? null
          : [change.waiver.source, change.waiver.line, change.waiver.valid]
      ])
    ).toEqual([
      [20, ['config', null, true]],
      [21, null],
      [22, ['config', null, false]],
      [23, null],
      [24, ['checklist', 12, true]],
      [25, ['checklist', 13, false]],
      [26, null]
    ])
  })

  test('the waivers list holds every item waiver once, then the removed items’ waivers', () => {
    expect(assessment.waivers.map((w) => [w.subject, w.line])).toEqual([
      ['Load test at 1k rps', 4],
      ['Pen test', 5],
      ['Old check', 9],
      ['Docs built', 12],
      ['Smoke test', 13],
      ['Rollback rehearsed', null],
      ['Status page ready', null]
    ])
    expect([...assessment.waivedLines]).toEqual([4, 5, 9, 12, 13])
  })

  test('only a critical item’s waiver that does not hold is a waiver blocker', () => {
    expect(assessment.waiverBlockers).toEqual([
      {
        kind: 'waiver',
        text: 'Pen test — waiver does not hold: @bob has not approved this pull request',
        itemText: 'Pen test',
        line: 5,
        problems: ['not-approved'],
        why: '@bob has not approved this pull request'
      }
    ])
  })

  test('a new tick is waived (a waiver that holds), proven (all linked passed), failing, or unproven', () => {
    expect(assessment.comparison?.ticks.map((t) => [t.headLine, t.evidence])).toEqual([
      [3, 'proven'],
      [4, 'waived'],
      [5, 'failing'],
      [11, 'unproven']
    ])
  })

  test('the comparison names its base and passes the command and script changes through', () => {
    expect(assessment.comparison).toMatchObject({
      state: 'compared',
      ref: 'v1.0.0',
      source: 'git',
      reason: null,
      commands: diff.commands,
      scriptSteps: diff.scriptSteps
    })
    expect(assessment.notes).toEqual([])
  })
})

describe('nothing compared', () => {
  const empty = { items: [], commands: [], ticks: [], scriptSteps: [] }

  test('a checklist new at the base: compared with nothing, no change blockers, no note', () => {
    const assessment = run({ state: 'new', ref: 'main', source: 'api' })
    expect(assessment.comparison).toEqual({
      state: 'new',
      ref: 'main',
      source: 'api',
      reason: null,
      ...empty
    })
    expect(assessment.changeBlockers).toEqual([])
    expect(assessment.notes).toEqual([])
  })

  test('a named base that could not be read: said next to the verdict', () => {
    const assessment = run({ state: 'skipped', ref: 'main', reason: "git could not read 'main'" })
    expect(assessment.comparison).toEqual({
      state: 'skipped',
      ref: 'main',
      source: null,
      reason: "git could not read 'main'",
      ...empty
    })
    expect(assessment.notes).toEqual(["Not compared with the base: git could not read 'main'."])
  })

  test('no base named (not a pull request): no note; no base asked for: no comparison', () => {
    expect(run({ state: 'skipped', ref: null, reason: 'not a pull request' }).notes).toEqual([])
    const none = run(null)
    expect(none.comparison).toBeNull()
    expect(none.notes).toEqual([])
    expect(none.changeBlockers).toEqual([])
    // The item waivers are judged all the same.
    expect(none.waiverBlockers.map((b) => b.line)).toEqual([5])
    expect([...none.waivedLines]).toEqual([4, 5, 9, 12, 13])
  })
})
