/**
 * The JSON report's optional fields appear exactly when the run has them, and nothing unmasked
 * gets in: written from the mutants of report/json.ts the report tests did not kill
 * (docs/mutation-testing.md). The JSON report is one of the surfaces that must tell the same
 * verdict, so what it leaves out matters as much as what it says.
 */
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES, type Assessment } from '../../src/readiness/model.js'
import { buildJsonReport } from '../../src/report/json.js'
import { maskForSurfaces, type Masked } from '../../src/report/secrets.js'
import type { RenderContext } from '../../src/report/render-context.js'
import type { RunHistory } from '../../src/history/model.js'
import { checklist } from '../readiness/builders.js'
import { context, masked } from './cases.js'

const base = (): Assessment =>
  assess({
    checklist: checklist([]),
    validations: [],
    results: [],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })

describe('optional fields', () => {
  test('absent when the run has none of them', () => {
    const report = buildJsonReport(masked(base()), context()) as unknown as Record<string, unknown>
    for (const key of ['merge', 'waivers', 'comparison', 'history', 'generatedAt']) {
      expect([key, Object.hasOwn(report, key)]).toEqual([key, false])
    }
    expect(Object.hasOwn(report.context as object, 'pullRequest')).toBe(false)
  })

  test('present, as given, when it has them', () => {
    const merge = { shards: 2 } as unknown as Assessment['merge']
    const waivers = [{ item: 'x' }] as unknown as Assessment['waivers']
    const comparison = { state: 'skipped' } as unknown as Assessment['comparison']
    const report = buildJsonReport(
      masked({ ...base(), merge, waivers, comparison }),
      context({ pullRequest: 42, generatedAt: '2026-12-05T00:00:00.000Z' })
    ) as unknown as Record<string, unknown>
    expect(report.merge).toEqual(merge)
    expect(report.waivers).toEqual(waivers)
    expect(report.comparison).toEqual(comparison)
    expect((report.context as Record<string, unknown>).pullRequest).toBe(42)
    // generatedAt comes right after the schema version.
    expect(Object.keys(report).slice(0, 2)).toEqual(['schemaVersion', 'generatedAt'])
    expect(report.generatedAt).toBe('2026-12-05T00:00:00.000Z')
  })

  test('a pull request that is not a number is left out', () => {
    const report = buildJsonReport(
      masked(base()),
      context({ pullRequest: null })
    ) as unknown as Record<string, unknown>
    expect(Object.hasOwn(report.context as object, 'pullRequest')).toBe(false)
  })
})

describe('only masked values', () => {
  test('each unmasked argument is named', () => {
    const plainContext = { ...context() } as Masked<RenderContext>
    expect(() => buildJsonReport(base() as Masked<Assessment>, context())).toThrow(
      'The assessment must be masked before it is published: pass it through maskForSurfaces'
    )
    expect(() => buildJsonReport(masked(base()), plainContext)).toThrow(
      'The render context must be masked before it is published'
    )
    const history = { state: {} } as unknown as Masked<RunHistory>
    expect(() => buildJsonReport(masked(base()), context(), history)).toThrow(
      'The run history must be masked before it is published'
    )
    expect(() =>
      buildJsonReport(masked(base()), context(), maskForSurfaces(history, []))
    ).not.toThrow('must be masked')
  })
})
