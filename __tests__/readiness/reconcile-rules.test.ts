// Where the document's ticks and signatures disagree with the run and the pull request's
// reviews: claimed-done items that fail, and who has really signed. Written after mutation
// testing (npm run mutate) showed which of these rules no test told apart.
import type { Approvals } from '../../src/readiness/approvals.js'
import { itemMismatches, signOffSummary } from '../../src/readiness/reconcile.js'
import { joinResults } from '../../src/readiness/validations.js'
import type { SignOff } from '../../src/checklist/model.js'
import { checklist, item, phase, result, validation } from './builders.js'

describe('an item ticked as done', () => {
  const doc = checklist([
    phase(1, 'Critical', 'critical', 10, [
      item(11, 'Build and test pass', { checked: true }),
      item(12, 'Not linked to anything', { checked: true })
    ])
  ])

  it('is claimed done but failing when any one of its validations ran and did not pass', () => {
    const validations = joinResults(
      [validation('build', { verifies: [11] }), validation('test', { verifies: [11] })],
      [result('build', 'passed'), result('test', 'failed', { summary: '3 failed' })],
      true
    )
    const { claimedDoneFailing, passesTickIt } = itemMismatches(doc, validations)
    expect(claimedDoneFailing).toEqual([
      {
        line: 11,
        text: 'Build and test pass',
        checked: true,
        phase: 'Phase 1: Critical',
        validations: [
          { id: 'build', name: 'build', status: 'passed', summary: 'passed' },
          { id: 'test', name: 'test', status: 'failed', summary: '3 failed' }
        ]
      }
    ])
    expect(passesTickIt).toEqual([])
  })

  it('is left alone when its validations passed or proved nothing', () => {
    const validations = joinResults(
      [validation('build', { verifies: [11] }), validation('test', { verifies: [11] })],
      [result('build', 'passed'), result('test', 'skipped')],
      true
    )
    expect(itemMismatches(doc, validations)).toEqual({ claimedDoneFailing: [], passesTickIt: [] })
  })
})

const signOff = (role: string, signed: string | null): SignOff => ({
  role,
  line: 500,
  items: [item(501, 'Reviewed', { checked: true }), item(502, 'Tested')],
  signed: { filled: signed !== null, value: signed, line: signed === null ? null : 503 },
  date: { filled: false, value: null, line: null }
})

describe('sign-offs', () => {
  const signOffs = [
    signOff('Technical Lead', '@Alice'),
    signOff('Security', '@bob'),
    signOff('Product', 'Carol Smith'),
    signOff('Operations', null)
  ]
  const verdicts = (approvals?: Approvals) =>
    signOffSummary(signOffs, approvals).roles.map(({ role, state, login }) => [role, state, login])

  it('naming a login are signed only by that login’s approval, claimed without it', () => {
    const summary = signOffSummary(signOffs, { kind: 'read', approvers: new Set(['alice']) })
    expect(summary.roles.map(({ role, state }) => [role, state])).toEqual([
      ['Technical Lead', 'signed'],
      ['Security', 'claimed'],
      ['Product', 'signed'],
      ['Operations', 'unsigned']
    ])
    expect([summary.signed, summary.total]).toEqual([2, 4])
    expect(summary.roles[0]).toMatchObject({ login: 'alice', itemsChecked: 1, itemsTotal: 2 })
  })

  it.each<[string, Approvals | undefined]>([
    ['without a pull request', { kind: 'no-pull-request' }],
    ['when the reviews could not be read', { kind: 'unreadable', reason: 'HTTP 403' }],
    ['when no approvals are given', undefined]
  ])('naming a login are unverified %s', (_, approvals) => {
    expect(verdicts(approvals)).toEqual([
      ['Technical Lead', 'unverified', 'alice'],
      ['Security', 'unverified', 'bob'],
      ['Product', 'signed', null],
      ['Operations', 'unsigned', null]
    ])
    expect(signOffSummary(signOffs, approvals).signed).toBe(1)
  })
})
