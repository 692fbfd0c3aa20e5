// Planned validations joined with their results, which statuses prove what, and the progress
// percentages. Written after mutation testing (npm run mutate) showed which of these rules no
// test told apart.
import { percent, phaseProgress, priorityCounts } from '../../src/readiness/progress.js'
import { joinResults, provesNothing, ranAndDidNotPass } from '../../src/readiness/validations.js'
import { VALIDATION_STATUSES } from '../../src/validations/model.js'
import type { AssessedStatus } from '../../src/readiness/model.js'
import { checklist, item, phase, result, validation } from './builders.js'

describe('what a status proves', () => {
  const expected: Record<AssessedStatus, [boolean, boolean]> = {
    // status: [ran and did not pass, proves nothing]
    passed: [false, false],
    failed: [true, false],
    'timed-out': [true, false],
    'missing-tool': [true, false],
    'modified-tree': [true, false],
    error: [true, false],
    skipped: [false, true],
    unassessable: [false, true],
    'not-run': [false, true]
  }

  it('covers every status', () => {
    expect(Object.keys(expected).sort()).toEqual([...VALIDATION_STATUSES, 'not-run'].sort())
  })

  it.each(Object.entries(expected))('%s → %j', (status, [didNotPass, nothing]) => {
    expect(ranAndDidNotPass(status as AssessedStatus)).toBe(didNotPass)
    expect(provesNothing(status as AssessedStatus)).toBe(nothing)
  })
})

describe('a planned validation joined with its result', () => {
  it('keeps its kind, the paths it checks and the result’s counts', () => {
    const [checked, plain] = joinResults(
      [
        validation('docs', {
          kind: 'paths-exist',
          check: { kind: 'paths-exist', paths: ['README.md', 'LICENSE'] }
        }),
        validation('fmt')
      ],
      [
        {
          ...result('docs', 'failed'),
          report: { ...result('docs', 'failed').report, counts: { missing: 1 } }
        },
        result('fmt', 'passed')
      ],
      true
    )
    expect(checked).toMatchObject({
      kind: 'paths-exist',
      paths: ['README.md', 'LICENSE'],
      counts: { missing: 1 }
    })
    expect(plain).toMatchObject({ kind: null, paths: null, counts: {} })
  })

  it.each([
    ['', 'failed'],
    ['  \n', 'failed'],
    ['clippy: 29 errors', 'clippy: 29 errors']
  ])('with summary %j reads %j', (summary, expected) => {
    const [joined] = joinResults([validation('v')], [result('v', 'failed', { summary })], true)
    expect(joined!.summary).toBe(expected)
  })

  it('without a result is not run, and says why', () => {
    expect(joinResults([validation('v')], [], true)[0]).toMatchObject({
      status: 'not-run',
      summary: 'no result was reported'
    })
    expect(joinResults([validation('v')], [], false)[0]).toMatchObject({
      status: 'not-run',
      summary: 'not run'
    })
  })
})

describe('progress', () => {
  it('rounds down, and a phase without items is done', () => {
    expect([percent(0, 0), percent(2, 3), percent(199, 200), percent(3, 3)]).toEqual([
      100, 66, 99, 100
    ])
  })

  it('counts one row per priority level that has phases, most important first', () => {
    const phases = phaseProgress(
      checklist([
        phase(4, 'Nice to have', 'none', 40, [item(41, 'a', { checked: true })]),
        phase(3, 'Later', 'low', 30, [item(31, 'b'), item(32, 'c', { checked: true })]),
        phase(2, 'Soon', 'medium', 20, [item(21, 'd')]),
        phase(1, 'Important', 'high', 10, []),
        phase(5, 'Also later', 'low', 50, [item(51, 'e')])
      ])
    )
    expect(phases.map(({ percent: p }) => p)).toEqual([100, 50, 0, 100, 0])
    expect(priorityCounts(phases)).toEqual([
      { level: 'high', phases: 1, checked: 0, total: 0 },
      { level: 'medium', phases: 1, checked: 0, total: 1 },
      { level: 'low', phases: 2, checked: 1, total: 3 },
      { level: 'none', phases: 1, checked: 1, total: 1 }
    ])
  })
})
