// When a waiver holds (pure): a reason, an approver whose latest review approves, and an expiry
// date not passed (it holds through that day, UTC). Each problem kind, the sentence the report
// shows for it, and which waiver an item gets (written on the item first, else the first config
// entry whose words appear in the item's words).
import { describe, expect, test } from '@jest/globals'
import type { WrittenWaiver } from '../../src/checklist/waivers.js'
import type { Approvals } from '../../src/readiness/approvals.js'
import {
  configuredFor,
  itemWaivers,
  judgeWaiver,
  type ConfiguredWaiver,
  type WaiverEvidence
} from '../../src/readiness/waivers.js'
import { item } from './builders.js'

const NOW = new Date('2026-12-04T12:00:00Z')
const APPROVED: Approvals = { kind: 'read', approvers: new Set(['lead']) }
const evidence = (approvals: Approvals = APPROVED, now = NOW): WaiverEvidence => ({
  approvals,
  now
})
const written = (fields: Partial<WrittenWaiver> = {}): WrittenWaiver => ({
  subject: 'Load test at 1k rps',
  reason: 'no public endpoint yet',
  approver: 'lead',
  expires: '2027-01-31',
  ...fields
})

describe('judgeWaiver', () => {
  test('a complete, approved, unexpired waiver holds and says who approved it until when', () => {
    expect(judgeWaiver(written(), evidence())).toEqual({
      valid: true,
      problems: [],
      why: 'approved by @lead until 2027-01-31'
    })
  })

  const cases: [string, Partial<WrittenWaiver>, Approvals, string, string][] = [
    ['no reason', { reason: null }, APPROVED, 'no-reason', 'no reason given'],
    [
      'no approver',
      { approver: null },
      APPROVED,
      'no-approver',
      'no approver named ("approved by @login")'
    ],
    ['no expiry', { expires: null }, APPROVED, 'no-expiry', 'no expiry date ("until YYYY-MM-DD")'],
    [
      'an expiry that is not a date',
      { expires: '2027-02-30' },
      APPROVED,
      'bad-expiry',
      "expiry '2027-02-30' is not a date (YYYY-MM-DD)"
    ],
    ['expired', { expires: '2026-12-03' }, APPROVED, 'expired', 'expired on 2026-12-03'],
    [
      'approver has not approved',
      { approver: 'bob' },
      APPROVED,
      'not-approved',
      '@bob has not approved this pull request'
    ],
    [
      'no pull request to approve',
      {},
      { kind: 'no-pull-request' },
      'approval-unverified',
      "@lead's approval could not be verified (no pull request)"
    ],
    [
      'reviews unreadable',
      {},
      { kind: 'unreadable', reason: '403 on reviews' },
      'approval-unverified',
      "@lead's approval could not be verified (403 on reviews)"
    ]
  ]
  test.each(cases)('%s: does not hold', (_name, fields, approvals, problem, why) => {
    expect(judgeWaiver(written(fields), evidence(approvals))).toEqual({
      valid: false,
      problems: [problem],
      why
    })
  })

  test('every problem is listed, in order, joined into one sentence', () => {
    const judged = judgeWaiver(
      written({ reason: null, approver: null, expires: null }),
      evidence({ kind: 'no-pull-request' })
    )
    expect(judged.problems).toEqual(['no-reason', 'no-expiry', 'no-approver'])
    expect(judged.why).toBe(
      'no reason given; no expiry date ("until YYYY-MM-DD"); no approver named ("approved by @login")'
    )
  })

  test('it holds through the last millisecond of its day, UTC, and not one after', () => {
    const at = (iso: string): boolean =>
      judgeWaiver(written(), evidence(APPROVED, new Date(iso))).valid
    expect(at('2027-01-31T23:59:59.999Z')).toBe(true)
    expect(at('2027-02-01T00:00:00.000Z')).toBe(false)
  })
})

describe('itemWaivers', () => {
  const configured: ConfiguredWaiver[] = [
    { item: 'load test', reason: 'not yet', approver: 'lead', expires: '2027-01-31', line: 12 }
  ]

  test('a waiver written on the item wins over the config, and is judged the same way', () => {
    const items = [
      item(3, '~~Load test at 1k rps~~ N/A: no endpoint — approved by @bob until 2027-01-31'),
      item(4, 'Load test the checkout'),
      item(5, 'Keys rotated')
    ]
    const waivers = itemWaivers(items, configured, evidence())
    expect([...waivers.keys()]).toEqual([3, 4])
    expect(waivers.get(3)).toEqual({
      source: 'checklist',
      line: 3,
      configLine: null,
      subject: 'Load test at 1k rps',
      reason: 'no endpoint',
      approver: 'bob',
      expires: '2027-01-31',
      valid: false,
      problems: ['not-approved'],
      why: '@bob has not approved this pull request'
    })
    expect(waivers.get(4)).toEqual({
      source: 'config',
      line: 4,
      configLine: 12,
      subject: 'Load test the checkout',
      reason: 'not yet',
      approver: 'lead',
      expires: '2027-01-31',
      valid: true,
      problems: [],
      why: 'approved by @lead until 2027-01-31'
    })
  })
})

describe('configuredFor', () => {
  const entry = (itemText: string, line: number): ConfiguredWaiver => ({
    item: itemText,
    reason: 'r',
    approver: 'lead',
    expires: '2027-01-31',
    line
  })

  test('the first entry whose words appear, in order, as whole words of the item', () => {
    const entries = [entry('rps', 1), entry('load test', 2), entry('test', 3)]
    expect(configuredFor('Load test at 1k rps', entries)?.line).toBe(1)
    expect(configuredFor('Load test the checkout', entries)?.line).toBe(2)
    expect(configuredFor('Test the download', entries)?.line).toBe(3)
    expect(configuredFor('Download tests', [entry('load test', 2)])).toBeNull()
  })

  test('an entry with no words waives nothing, not even an item without words', () => {
    expect(configuredFor('—', [entry('***', 1)])).toBeNull()
    expect(configuredFor('Keys rotated', [entry('', 1)])).toBeNull()
  })
})
