// The one mapping from an assessment to outputs, exit code and conclusion, table-driven over the
// verdicts, fail-on and the gate rules; and the report of a run that could not assess.
import { describe, expect, test } from '@jest/globals'
import { assess, DEFAULT_GATE_RULES, type GateRules } from '../src/readiness/assess.js'
import type { ValidationStatus } from '../src/validations/model.js'
import { ConfigurationError } from '../src/errors.js'
import { BUDGETS } from '../src/report/budget.js'
import { renderReport } from '../src/report/render.js'
import { buildJsonReport } from '../src/report/json.js'
import {
  EXIT_CODES,
  failedValidations,
  failureOutcome,
  verdictOutcome
} from '../src/verdict-outputs.js'
import { checklist, item, phase, result, validation } from './readiness/builders.js'
import { context, masked } from './report/cases.js'

interface Row {
  name: string
  ticked: boolean
  statuses: ValidationStatus[] | null
  rules?: GateRules
  verdict: string
  blockers: number
  failed: number
}

const ROWS: Row[] = [
  {
    name: 'all passed, all ticked',
    ticked: true,
    statuses: ['passed', 'passed'],
    verdict: 'ready',
    blockers: 0,
    failed: 0
  },
  {
    name: 'one failed',
    ticked: true,
    statuses: ['passed', 'failed'],
    verdict: 'not-ready',
    blockers: 1,
    failed: 1
  },
  {
    name: 'timed out and missing tool',
    ticked: true,
    statuses: ['timed-out', 'missing-tool'],
    verdict: 'not-ready',
    blockers: 2,
    failed: 2
  },
  {
    name: 'skipped counts as not passed',
    ticked: true,
    statuses: ['passed', 'skipped'],
    verdict: 'not-ready',
    blockers: 1,
    failed: 1
  },
  {
    name: 'unticked item only',
    ticked: false,
    statuses: ['passed', 'passed'],
    verdict: 'not-ready',
    blockers: 1,
    failed: 0
  },
  {
    name: 'not run, all ticked',
    ticked: true,
    statuses: null,
    verdict: 'unassessed',
    blockers: 0,
    failed: 0
  },
  {
    name: 'not run, an item unticked',
    ticked: false,
    statuses: null,
    verdict: 'not-ready',
    blockers: 1,
    failed: 0
  },
  {
    name: 'not run, validations not required',
    ticked: true,
    statuses: null,
    rules: { requireValidations: false, requireItems: true },
    verdict: 'ready',
    blockers: 0,
    failed: 0
  },
  {
    name: 'a failure that does not gate (requireValidations off) is still counted',
    ticked: true,
    statuses: ['failed', 'passed'],
    rules: { requireValidations: false, requireItems: true },
    verdict: 'ready',
    blockers: 0,
    failed: 1
  },
  {
    name: 'nothing gates',
    ticked: true,
    statuses: ['passed', 'passed'],
    rules: { requireValidations: false, requireItems: false },
    verdict: 'unassessed',
    blockers: 0,
    failed: 0
  }
]

function assessRow(row: Row) {
  return assess({
    checklist: checklist([
      phase(1, 'Fixes', 'critical', 1, [item(2, 'Build', { checked: row.ticked })])
    ]),
    validations: [validation('a'), validation('b')],
    results: (row.statuses ?? []).map((status, i) => result(i === 0 ? 'a' : 'b', status)),
    rules: row.rules ?? DEFAULT_GATE_RULES,
    validationsRun: row.statuses !== null
  })
}

describe('verdictOutcome', () => {
  test.each(ROWS)('$name → $verdict', (row) => {
    const assessment = assessRow(row)
    for (const failOn of ['not-ready', 'never'] as const) {
      const outcome = verdictOutcome(assessment, failOn, '/w/report.json')
      const ready = row.verdict === 'ready'
      expect(outcome).toEqual({
        verdict: row.verdict,
        ready,
        conclusion: ready ? 'success' : 'failure',
        fails: !ready && failOn === 'not-ready',
        exitCode: !ready && failOn === 'not-ready' ? 1 : 0,
        outputs: {
          ready: String(ready),
          verdict: row.verdict,
          'report-path': '/w/report.json',
          blockers: String(row.blockers),
          'failed-validations': String(row.failed),
          'checked-items': row.ticked ? '1' : '0',
          'total-items': '1',
          placeholders: '0'
        }
      })
      expect(failedValidations(assessment)).toBe(row.failed)
      // Every surface reads the same verdict.
      const rendered = renderReport(
        masked(assessment),
        context({ checklistPath: 'CHECKLIST.md', validationRoot: '.' })
      )
      expect(rendered.conclusion).toBe(outcome.conclusion)
      const json = buildJsonReport(
        masked(assessment),
        context({ checklistPath: 'CHECKLIST.md', validationRoot: '.' })
      )
      expect(json.verdict).toMatchObject({
        state: outcome.verdict,
        ready: outcome.ready,
        conclusion: outcome.conclusion
      })
      expect(json.blockers).toHaveLength(Number(outcome.outputs.blockers))
    }
  })
})

describe('failureOutcome', () => {
  test('a configuration error: exit 2, the message escaped, no stack', () => {
    const failure = failureOutcome(new ConfigurationError("Input 'fail-on' must be *this*"))
    expect(failure).toMatchObject({
      kind: 'configuration',
      message: "Input 'fail-on' must be *this*",
      exitCode: EXIT_CODES.usage,
      outputs: { ready: 'false', verdict: 'error', 'report-path': '' }
    })
    expect(failure.report).toEqual({
      conclusion: 'failure',
      title: 'Readiness could not be assessed: configuration error',
      checkSummary:
        "## Readiness could not be assessed: configuration error\n\nInput 'fail-on' must be \\*this\\*\n",
      checkText: '',
      comment: failure.report.checkSummary,
      jobSummary: failure.report.checkSummary,
      statusDescription: 'Readiness could not be assessed: configuration error',
      annotations: []
    })
  })

  test('anything else: exit 3, first line only', () => {
    const failure = failureOutcome(new TypeError('x is undefined\nsecond line'))
    expect(failure).toMatchObject({ kind: 'internal', message: 'x is undefined', exitCode: 3 })
    expect(failure.report.title).toBe('Readiness could not be assessed: internal error')
    expect(failureOutcome('a string').message).toBe('a string')
  })

  test('the status description keeps to the status limit from the one table', () => {
    expect(BUDGETS.statusDescription.limit).toBe(140)
    const { report } = failureOutcome(new Error('x'))
    expect(report.statusDescription.length).toBeLessThanOrEqual(BUDGETS.statusDescription.limit)
  })

  test('a huge message is trimmed to the check summary budget', () => {
    const { report } = failureOutcome(new ConfigurationError('x'.repeat(100_000)))
    expect(Buffer.byteLength(report.checkSummary)).toBeLessThanOrEqual(BUDGETS.checkSummary.limit)
  })
})
