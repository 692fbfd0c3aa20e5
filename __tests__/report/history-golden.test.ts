/**
 * Golden outputs for memory across runs: the third of three runs of the seed (a fix, then a
 * regression and two ticks) rendered with its history — the "Since the last run" block, the
 * trend, stale ticks and the title's short delta — and a run that changed nothing. cmark-gfm
 * checks every golden in __outputs__ (golden.test.ts). UPDATE_GOLDEN=1 rewrites them.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { buildJsonReport } from '../../src/report/json.js'
import { reportShapeProblem } from '../../src/report/read-json.js'
import { COMMENT_BUDGET, renderReport } from '../../src/report/render.js'
import { TRUNCATION_NOTE } from '../../src/report/budget.js'
import { readStateBlock } from '../../src/history/state-block.js'
import { maskForSurfaces } from '../../src/report/secrets.js'
import { context, masked } from './cases.js'
import { perTest } from '../support/per-test.js'
import { historyOf, SHAS, thirdRun, threeRuns } from '../history/runs.js'
import { reportSchemaValidator } from '../support/report-schema.js'

const OUTPUTS = path.resolve('__tests__/__outputs__')
const UPDATE = process.env.UPDATE_GOLDEN === '1'

function expectGolden(file: string, actual: string): void {
  const target = path.join(OUTPUTS, file)
  if (UPDATE) {
    fs.writeFileSync(target, actual)
    return
  }
  if (!fs.existsSync(target)) {
    throw new Error(`golden ${file} is missing: run with UPDATE_GOLDEN=1 to create it`)
  }
  expect(actual).toBe(fs.readFileSync(target, 'utf8'))
}

const ctx = context({
  repository: 'acme/llm-memory-graph',
  sha: SHAS.third,
  ref: 'refs/pull/42/merge',
  runUrl: 'https://github.com/acme/llm-memory-graph/actions/runs/123456789/attempts/1'
})
// Built in each test (perTest), not while Jest collects, so per-test coverage sees it.
const built = perTest(() => {
  const third = thirdRun()
  const history = maskForSurfaces(threeRuns().third, [])
  const rendered = renderReport(masked(third.assessment), ctx, undefined, { history })
  return { third, history, rendered }
})

describe('golden outputs: the third run with its history', () => {
  test.each([
    ['comment', 'comment'],
    ['check-summary', 'checkSummary'],
    ['job-summary', 'jobSummary']
  ] as const)('%s surface matches __outputs__', (surface, key) => {
    expectGolden(`history-third-run.${surface}.md`, built().rendered[key])
  })

  test('the title carries the short delta, the JSON history matches __outputs__', () => {
    const { third, history, rendered } = built()
    expect(rendered.title).toBe('Not ready: 11 blockers (+1 since 2222222)')
    const report = buildJsonReport(masked(third.assessment), ctx, history)
    expectGolden('history-third-run.history.json', `${JSON.stringify(report.history, null, 2)}\n`)
  })

  test('the comment and the summary open with the delta; the chart has three points', () => {
    const { rendered } = built()
    for (const surface of [rendered.comment, rendered.jobSummary]) {
      const headline = surface.indexOf('## ❌')
      const since = surface.indexOf('### Since the last run · compared with `2222222`')
      expect(since).toBeGreaterThan(headline)
      expect(since).toBeLessThan(surface.indexOf('### Blockers'))
      expect(surface).toContain('- Newly failing: **')
      expect(surface).toContain('x-axis ["1111111", "2222222", "3333333"]')
      expect(surface).toContain('regressed since `2222222`')
    }
  })

  test('only the comment carries the record, and it reads back as this run', () => {
    const { history, rendered } = built()
    expect(readStateBlock(rendered.comment)).toEqual({ kind: 'read', state: history.state })
    expect(readStateBlock(rendered.jobSummary)).toEqual({ kind: 'none' })
    expect(readStateBlock(rendered.checkSummary)).toEqual({ kind: 'none' })
  })
})

describe('the record within the comment budget', () => {
  test('a report that overflows is trimmed before the record, which stays whole and last', () => {
    const { third, history } = built()
    const huge = JSON.parse(JSON.stringify(third.assessment)) as typeof third.assessment
    huge.notes.push('word '.repeat(20_000))
    const body = renderReport(masked(huge), ctx, undefined, { history }).comment
    expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET)
    expect(body).toContain(TRUNCATION_NOTE)
    expect(readStateBlock(body)).toEqual({ kind: 'read', state: history.state })
  })
})

describe('golden outputs: a run that changed nothing', () => {
  test('says so in one line, and the title says ±0', () => {
    const again = maskForSurfaces(historyOf(thirdRun(), threeRuns().third.state), [])
    const same = renderReport(masked(built().third.assessment), ctx, undefined, { history: again })
    expect(same.title).toBe('Not ready: 11 blockers (±0 since 3333333)')
    expectGolden('history-unchanged.check-summary.md', same.checkSummary)
    expect(same.checkSummary).toContain('**Since the last run** (`3333333`): nothing changed.')
  })
})

describe('the JSON report with a history (schema version 2)', () => {
  const validate = reportSchemaValidator()
  const jsonReport = perTest(() => {
    const { third, history } = built()
    return JSON.parse(
      JSON.stringify(buildJsonReport(masked(third.assessment), ctx, history))
    ) as Record<string, unknown>
  })

  test('is valid against the schema and the strict reader', () => {
    const report = jsonReport()
    expect(report.schemaVersion).toBe(2)
    expect(validate(report)).toBe(true)
    expect(reportShapeProblem(report)).toBeNull()
  })

  test.each([
    ['an unknown history field', (h: Record<string, unknown>) => ({ ...h, extra: 1 })],
    [
      'a commit that is not hex',
      (h: Record<string, unknown>) => ({
        ...h,
        previous: { source: 'comment', commit: 'HEAD~1', at: null }
      })
    ],
    [
      'an unknown stale-tick kind',
      (h: Record<string, unknown>) => ({
        ...h,
        staleTicks: [{ kind: 'stale', line: 1, text: 'a', validationIds: ['x'], since: null }]
      })
    ]
  ])('schema and reader both refuse %s', (_, alter) => {
    const report = jsonReport()
    const altered = { ...report, history: alter(report.history as Record<string, unknown>) }
    expect(validate(altered)).toBe(false)
    expect(reportShapeProblem(altered)).not.toBeNull()
  })

  test('a version 1 report (no history) is still read', () => {
    const rest = { ...jsonReport() }
    delete rest.history
    expect(reportShapeProblem({ ...rest, schemaVersion: 1 })).toBeNull()
    expect(validate({ ...rest, schemaVersion: 1 })).toBe(true)
  })
})
