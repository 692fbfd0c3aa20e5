import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES } from '../../src/readiness/model.js'
import { ConfigurationError } from '../../src/errors.js'
import {
  buildJsonReport,
  writeJsonReport,
  writeJsonReportInside,
  type JsonReport
} from '../../src/report/json.js'
import { checklist, item, phase, result, status, validation } from '../readiness/builders.js'
import {
  context,
  masked,
  failingChecklistText,
  failingResults,
  seedChecklist,
  seedPlan,
  seedRunResults
} from './cases.js'
import { reportSchemaValidator } from '../support/report-schema.js'

const validate = reportSchemaValidator()

function expectValid(report: JsonReport): void {
  const ok = validate(JSON.parse(JSON.stringify(report)))
  expect(validate.errors ?? []).toEqual([])
  expect(ok).toBe(true)
}

const seedAssessment = () =>
  assess({
    checklist: seedChecklist(),
    validations: seedPlan(),
    results: seedRunResults(),
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })

describe('JSON report', () => {
  test('the seed run validates against schema/report.schema.json', () => {
    expectValid(buildJsonReport(masked(seedAssessment()), context()))
  })

  test('the failing case validates and carries every finding', () => {
    const assessment = assess({
      checklist: seedChecklist(failingChecklistText()),
      validations: seedPlan(),
      results: failingResults(),
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    const report = buildJsonReport(
      masked(assessment),
      context({ generatedAt: '2025-12-01T10:00:00.000Z' })
    )
    expectValid(report)
    expect(report.validations.find((v) => v.id === 'clippy-linting')!.findings).toHaveLength(29)
    expect(report.verdict).toMatchObject({
      state: 'not-ready',
      conclusion: 'failure',
      title: 'Not ready: 12 blockers'
    })
  })

  test('validations not run, unassessed, hand-built edge cases validate too', () => {
    const notRun = assess({
      checklist: checklist([phase(null, 'Only', 'none', 1, [item(2, 'x')])], {
        status: status(null, ['a'])
      }),
      validations: [validation('v', { source: { kind: 'config', line: null, file: null } })],
      results: [],
      rules: { requireValidations: false, requireItems: false },
      validationsRun: false
    })
    expectValid(buildJsonReport(masked(notRun), context()))
    const timedOut = assess({
      checklist: checklist([]),
      validations: [validation('v')],
      results: [result('v', 'timed-out')],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    expectValid(buildJsonReport(masked(timedOut), context()))
  })

  test('the schema rejects what it should (it is not vacuous)', () => {
    const report = JSON.parse(JSON.stringify(buildJsonReport(masked(seedAssessment()), context())))
    expect(validate({ ...report, schemaVersion: 3 })).toBe(false)
    expect(validate({ ...report, schemaVersion: 1 })).toBe(true)
    expect(validate({ ...report, verdict: { ...report.verdict, state: 'maybe' } })).toBe(false)
    expect(validate({ ...report, surprise: true })).toBe(false)
    delete report.blockers
    expect(validate(report)).toBe(false)
  })

  test('schemaVersion 2 first; generatedAt only when a timestamp is given', () => {
    const without = buildJsonReport(masked(seedAssessment()), context())
    expect(Object.keys(without)[0]).toBe('schemaVersion')
    expect(without.schemaVersion).toBe(2)
    expect('generatedAt' in without).toBe(false)
    const stamped = buildJsonReport(
      masked(seedAssessment()),
      context({ generatedAt: '2025-12-01T10:00:00Z' })
    )
    expect(Object.keys(stamped).slice(0, 2)).toEqual(['schemaVersion', 'generatedAt'])
    expect(stamped.generatedAt).toBe('2025-12-01T10:00:00Z')
  })
})

describe('writeJsonReport', () => {
  // Made in beforeAll, not while Jest collects: a run that filters this block out (-t)
  // makes nothing.
  let dir = ''
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-json-'))
  })
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('writes pretty JSON, creating the folder', () => {
    const file = path.join(dir, 'nested', 'deeper', 'report.json')
    const report = buildJsonReport(masked(seedAssessment()), context())
    writeJsonReport(file, report)
    const text = fs.readFileSync(file, 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)))
  })

  test('a path that cannot be written is a ConfigurationError naming it, on one line', () => {
    const report = buildJsonReport(masked(seedAssessment()), context())
    let caught: unknown
    try {
      writeJsonReport(dir, report)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ConfigurationError)
    const message = (caught as Error).message
    expect(message).toContain(`'${dir}'`)
    expect(message).toContain('--json')
    expect(message).not.toContain('\n')
  })
})

describe('writeJsonReportInside (the action)', () => {
  // Made in beforeAll, not while Jest collects: a run that filters this block out (-t)
  // makes nothing.
  let dir = ''
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-json-inside-'))
  })
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('writes the same pretty JSON inside the working directory, and refuses a planted link as a value', () => {
    const report = buildJsonReport(masked(seedAssessment()), context())
    const file = path.join(dir, 'readiness-report.json')
    expect(writeJsonReportInside(dir, file, report)).toEqual({ written: file })
    expect(fs.readFileSync(file, 'utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`)
    fs.symlinkSync(path.join(dir, 'elsewhere.json'), path.join(dir, 'linked.json'))
    const refused = writeJsonReportInside(dir, path.join(dir, 'linked.json'), report)
    expect(refused).toEqual({ error: expect.stringMatching(/'report-path'.+symbolic link/) })
    expect(fs.existsSync(path.join(dir, 'elsewhere.json'))).toBe(false)
  })
})
