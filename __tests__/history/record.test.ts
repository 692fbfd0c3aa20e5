// The history of three runs of the seed: the delta of each against the one before, the trend, and
// the stale ticks (regressed, never proven).
import { describe, expect, it } from '@jest/globals'
import { itemKey, recordedCommit, recordRun, trackedItems } from '../../src/history/record.js'
import { seedChecklist } from '../report/cases.js'
import { encodeStateBlock, readStateBlock } from '../../src/history/state-block.js'
import { firstRun, historyOf, SHAS, secondRun, thirdRun, threeRuns } from './runs.js'

describe('runHistory over three runs', () => {
  const { first, second, third } = threeRuns()

  it('the first run has no previous run, no delta, one trend point and no stale ticks', () => {
    expect(first.previous).toBeNull()
    expect(first.delta).toBeNull()
    expect(first.trend).toHaveLength(1)
    expect(first.staleTicks).toEqual([])
  })

  it('the second run (a fix) names what now passes and the counts that moved', () => {
    const delta = second.delta!
    expect(second.previous).toEqual({
      source: 'comment',
      commit: SHAS.first.slice(0, 12),
      at: '2026-12-01T10:00:00Z'
    })
    expect(delta.since).toBe(SHAS.first.slice(0, 12))
    expect(delta.newlyPassing.map((c) => [c.id, c.from, c.to])).toEqual([
      ['clippy-linting', 'failed', 'passed'],
      ['rust-tests', 'failed', 'passed']
    ])
    // The audit went from failed to missing-tool: still not passing, not newly failing.
    expect(delta.newlyFailing).toEqual([])
    expect(delta.counts).toContainEqual({
      id: 'clippy-linting',
      name: expect.any(String) as unknown as string,
      count: 'errors',
      from: 29,
      to: 0
    })
    expect(delta.blockers.to).toBeLessThan(delta.blockers.from)
    expect(delta.ticked).toEqual([])
    expect(delta.unticked).toEqual([])
    expect(delta.unchanged).toBe(false)
  })

  it('the third run (a regression and two ticks) names them against the second', () => {
    const delta = third.delta!
    expect(delta.since).toBe(SHAS.second.slice(0, 12))
    expect(delta.newlyFailing.map((c) => [c.id, c.from, c.to])).toEqual([
      ['clippy-linting', 'passed', 'failed']
    ])
    expect(delta.newlyPassing).toEqual([])
    expect(delta.counts.map((c) => [c.id, c.count, c.from, c.to])).toEqual([
      ['clippy-linting', 'errors', 0, 3]
    ])
    expect(delta.ticked!.map((c) => [c.line, c.text])).toEqual([
      [17, 'Verify no new vulnerabilities: `cargo audit`'],
      [25, 'Verify: `cargo fmt -- --check` passes']
    ])
    expect(delta.unticked).toEqual([])
    expect(delta.blockers).toEqual({ from: second.state.blockers, to: third.state.blockers })
  })

  it('the trend has one point per run, oldest first', () => {
    expect(third.trend.map((p) => p.commit)).toEqual(
      [SHAS.first, SHAS.second, SHAS.third].map((sha) => sha.slice(0, 12))
    )
    const passed = third.trend.map((p) => p.validationsPassed)
    expect(passed[1]).toBeGreaterThan(passed[0]!)
    expect(passed[2]).toBe(passed[1]! - 1)
  })

  it('a tick whose validation passed at the second run and fails now is regressed since then', () => {
    expect(third.staleTicks.filter((t) => t.kind === 'regressed')).toEqual([
      {
        kind: 'regressed',
        line: 26,
        text: 'Fix all clippy errors (29 errors)',
        validationIds: ['clippy-linting'],
        since: SHAS.second.slice(0, 12)
      },
      {
        kind: 'regressed',
        line: 29,
        text: 'Verify: `cargo clippy --all-targets --all-features -- -D warnings` passes',
        validationIds: ['clippy-linting'],
        since: SHAS.second.slice(0, 12)
      }
    ])
  })

  it('a tick whose validation never passed in the record is never proven', () => {
    expect(third.staleTicks.filter((t) => t.kind === 'never-proven')).toEqual([
      {
        kind: 'never-proven',
        line: 17,
        text: 'Verify no new vulnerabilities: `cargo audit`',
        validationIds: ['security-audit'],
        since: null
      }
    ])
  })

  it('the same run twice is "nothing changed"', () => {
    const again = historyOf(thirdRun(), third.state)
    expect(again.delta!.unchanged).toBe(true)
  })

  it('a tick removed shows as unticked', () => {
    const back = historyOf(secondRun(), third.state)
    expect(back.delta!.unticked!.map((c) => c.line)).toEqual([17, 25])
    expect(back.delta!.ticked).toEqual([])
  })

  it('the trend keeps the last N runs', () => {
    let state = historyOf(firstRun(), null).state
    for (let i = 0; i < 25; i++) state = historyOf(secondRun(), state).state
    expect(state.trend).toHaveLength(20)
    const five = recordRun(
      { assessment: secondRun().assessment, items: null, sha: null, at: null, trendRuns: 5 },
      state
    )
    expect(five.trend).toHaveLength(5)
    expect(five.ticked).toBeNull()
  })

  it('the record survives its hidden block unchanged', () => {
    const read = readStateBlock(`report\n${encodeStateBlock(third.state).block}\n`)
    expect(read).toEqual({ kind: 'read', state: third.state })
  })
})

describe('item keys and commits', () => {
  it('an item keeps its key when it moves or its whitespace changes; repeats differ', () => {
    expect(itemKey('Fix  all clippy\nerrors')).toBe(itemKey('Fix all clippy errors'))
    expect(itemKey('Tests pass', 0)).not.toBe(itemKey('Tests pass', 1))
    expect(itemKey('a')).toMatch(/^[0-9a-f]{6}$/)
  })

  it("the seed's 230 items have 230 different keys", () => {
    const keys = trackedItems(seedChecklist()).map((item) => item.key)
    expect(keys).toHaveLength(230)
    expect(new Set(keys).size).toBe(230)
  })

  it('a commit is kept as 12 lower-case hex digits, anything else as none', () => {
    expect(recordedCommit('ABCDEF0123456789abcdef0123456789abcdef01')).toBe('abcdef012345')
    expect(recordedCommit('not a sha')).toBeNull()
    expect(recordedCommit(null)).toBeNull()
  })
})
