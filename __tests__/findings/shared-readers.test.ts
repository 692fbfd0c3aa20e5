/**
 * Readers that share one home for a rule: cargo build and clippy read rustc's diagnostics with
 * one parser (only their summary lines differ); tstyche and vitest read their totals into the
 * tally with one readTotals.
 */
import { cargoBuildParser } from '../../src/findings/cargo-build.js'
import { clippyParser } from '../../src/findings/clippy.js'
import { emptyTally, readTotals } from '../../src/findings/test-tally.js'
import { fixtureExit, fixtureText, runParser } from './fixtures.js'

describe.each(['clippy/deny-warnings', 'cargo-build/warning', 'cargo-build/error'])(
  'cargo build and clippy on %s',
  (fixture) => {
    const output = fixtureText(`${fixture}.txt`)
    const exit = fixtureExit(fixture)
    const build = runParser(cargoBuildParser, 'cargo build', output, exit)
    const clippy = runParser(clippyParser, 'cargo clippy', output, exit)

    it('find the same diagnostics and counts', () => {
      expect(build.findings.length).toBeGreaterThan(0)
      expect(clippy.findings).toEqual(build.findings)
      expect(clippy.counts).toEqual(build.counts)
      expect(clippy.droppedFindings).toBe(build.droppedFindings)
    })

    it('each says it in its own words', () => {
      expect(build.summary).toMatch(/^cargo build: /)
      expect(clippy.summary).toMatch(/^clippy: /)
    })
  }
)

test('readTotals: the four counts by name, absent ones 0, and the totals seen', () => {
  const tally = emptyTally()
  tally.failed = 9
  readTotals(
    tally,
    new Map([
      ['passed', 3],
      ['skipped', 2]
    ])
  )
  expect(tally).toMatchObject({ sawTotals: true, failed: 0, passed: 3, skipped: 2, todo: 0 })
})
