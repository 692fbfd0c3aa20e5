/**
 * Readers that share one home for a rule: cargo build and clippy read rustc's diagnostics with
 * one parser (only their summary lines differ); tstyche and vitest read their totals into the
 * tally with one readTotals.
 */
import { cargoBuildParser } from '../../src/findings/cargo-build.js'
import { clippyParser } from '../../src/findings/clippy.js'
import { emptyTally, readTotals, withErrors } from '../../src/findings/test-tally.js'
import type { ToolSection } from '../../src/findings/types.js'
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

test('withErrors: pytest and unittest add their errors to the section alike', () => {
  const section: ToolSection = {
    tool: 'pytest',
    at: 0,
    findings: [],
    droppedFindings: 0,
    counts: { passed: 3 },
    summary: 'pytest: 3 passed'
  }
  expect(withErrors(section, 0)).toBe(section)
  expect(withErrors(section, 1)).toMatchObject({
    counts: { passed: 3, errors: 1 },
    summary: 'pytest: 3 passed, 1 error'
  })
  expect(withErrors(section, 2).summary).toBe('pytest: 3 passed, 2 errors')
})
