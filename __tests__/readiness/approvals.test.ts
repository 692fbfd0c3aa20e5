import { approvalState, normalizeLogin, type Approvals } from '../../src/readiness/approvals.js'

describe('approvalState', () => {
  const read: Approvals = { kind: 'read', approvers: new Set(['lead', 'jdoe']) }

  const cases: [Approvals, string, string][] = [
    [read, '@Lead', 'approved'],
    [read, 'jdoe', 'approved'],
    [read, '@someone', 'not-approved'],
    // Only a leading @ is dropped: a mistyped 'le@ad' is not @lead.
    [read, 'le@ad', 'not-approved'],
    [{ kind: 'no-pull-request' }, '@lead', 'unverified'],
    [{ kind: 'unreadable', reason: '403 on reviews' }, '@lead', 'unverified']
  ]
  it.each(cases)('%o / %s → %s', (approvals, login, expected) => {
    expect(approvalState(approvals, login)).toBe(expected)
  })

  it('normalizes logins case-insensitively and without the @', () => {
    expect(normalizeLogin('@JDoe')).toBe('jdoe')
    expect(normalizeLogin('jdoe')).toBe('jdoe')
  })
})
