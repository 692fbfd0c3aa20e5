// Publish-only mode (report-from): a report written by an unprivileged pull_request run is read
// back strictly. The round trip is exact; the strict reader agrees with ajv on the schema for
// thousands of altered reports; a report for another commit, pull request or repository, one that
// contradicts itself, or one that is not a report, is refused in one line.
import { afterAll, describe, expect, test } from '@jest/globals'
import { perTest } from '../support/per-test.js'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES, noGitHubEvidence, type Assessment } from '../../src/readiness/model.js'
import { buildJsonReport as buildMaskedReport, type JsonReport } from '../../src/report/json.js'
import { maskForSurfaces } from '../../src/report/secrets.js'
import type { RenderContext } from '../../src/report/render-context.js'
import {
  assessmentFromReport,
  reportShapeProblem,
  type ReportExpectation
} from '../../src/report/read-json.js'
import { readFileConfined } from '../../src/report/confined-file.js'
import { renderReport as renderMasked } from '../../src/report/render.js'
import {
  context,
  failingChecklistText,
  failingResults,
  seedChecklist,
  seedPlan,
  seedRunResults
} from './cases.js'
import { reportSchemaValidator } from '../support/report-schema.js'

/** The report and the renderers take masked values: these tests mask with no secrets. */
function buildJsonReport(assessment: Assessment, context: RenderContext): JsonReport {
  return buildMaskedReport(maskForSurfaces(assessment, []), maskForSurfaces(context, []))
}
function renderReport(
  assessment: Assessment,
  context: RenderContext,
  surfaces: Parameters<typeof renderMasked>[2]
): ReturnType<typeof renderMasked> {
  return renderMasked(maskForSurfaces(assessment, []), maskForSurfaces(context, []), surfaces)
}

/** Parsed JSON edited in place. */
type Json = Record<string | number, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const RUN = 'https://github.com/Codertocat/Hello-World/actions/runs/42'

const prContext = (overrides: Partial<RenderContext> = {}): RenderContext =>
  context({
    repository: 'Codertocat/Hello-World',
    sha: SHA,
    pullRequest: 2,
    ref: 'refs/pull/2/merge',
    runUrl: RUN,
    generatedAt: '2026-12-04T14:00:00.000Z',
    ...overrides
  })

const expectation = (overrides: Partial<ReportExpectation['origin']> = {}): ReportExpectation => ({
  origin: {
    repository: 'Codertocat/Hello-World',
    sha: SHA,
    pullRequests: [2],
    runUrl: RUN,
    ...overrides
  },
  checkName: 'Readiness Gate',
  serverUrl: 'https://github.com'
})

function seedAssessment(): Assessment {
  return assess({
    checklist: seedChecklist(),
    validations: seedPlan(),
    results: seedRunResults(),
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })
}

function failingAssessment(): Assessment {
  return assess({
    checklist: seedChecklist(failingChecklistText()),
    validations: seedPlan(),
    results: failingResults(),
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })
}

function notRunAssessment(): Assessment {
  return assess({
    checklist: seedChecklist(),
    validations: seedPlan(),
    results: [],
    rules: DEFAULT_GATE_RULES,
    validationsRun: false
  })
}

const text = (report: JsonReport): string => `${JSON.stringify(report, null, 2)}\n`

function readOk(reportText: string, expected = expectation()) {
  const read = assessmentFromReport(reportText, expected)
  if ('error' in read) throw new Error(read.error)
  return read
}

function refusal(reportText: string, expected = expectation()): string {
  const read = assessmentFromReport(reportText, expected)
  if (!('error' in read)) throw new Error('the report was accepted')
  expect(read.error).toContain("'report-from'")
  expect(read.error).not.toMatch(/[\r\n]/)
  return read.error
}

function edited(report: JsonReport, edit: (copy: Json) => void): string {
  const copy = JSON.parse(JSON.stringify(report)) as Json
  edit(copy)
  return JSON.stringify(copy)
}

describe('the round trip is exact', () => {
  test.each([
    ['the seed run', seedAssessment],
    ['the failing run (29 clippy findings, 12 blockers)', failingAssessment],
    ['validations not run', notRunAssessment]
  ])('%s: buildJsonReport(assessmentFromReport(report)) is the same JSON', (_, make) => {
    const assessment = make()
    const original = text(buildJsonReport(assessment, prContext()))
    const read = readOk(original)
    expect(text(buildJsonReport(read.assessment, read.context))).toBe(original)
    expect(read.assessment).toEqual(JSON.parse(JSON.stringify(assessment)))
    expect(read.pullRequest).toBe(2)
    expect(read.pullRequestNeedsVerification).toBe(false)
  })

  test('criticalValidationsPassed is recomputed, not taken from the report', () => {
    const report = buildJsonReport(seedAssessment(), prContext())
    // A version-1 report said true when validations ran and none was critical.
    const nothingCritical = edited(report, (r) => {
      for (const validation of r.validations as Json[]) validation.critical = false
      r.verdict.criticalValidationsPassed = true
    })
    expect(readOk(nothingCritical).assessment.criticalValidationsPassed).toBe(false)
    // The seed's one critical failure (cargo-audit missing) made non-critical: the rest passed.
    const auditOptional = edited(report, (r) => {
      for (const validation of r.validations as Json[]) {
        if (validation.id === 'security-audit') validation.critical = false
      }
      r.verdict.criticalValidationsPassed = false
    })
    expect(readOk(auditOptional).assessment.criticalValidationsPassed).toBe(true)
  })

  test('what links and names come from this run, not from the report', () => {
    const forged = edited(buildJsonReport(seedAssessment(), prContext()), (r) => {
      r.context.runUrl = 'https://evil.example/login'
      r.context.checkName = 'Required check'
    })
    const read = readOk(forged)
    expect(read.context).toMatchObject({
      runUrl: RUN,
      checkName: 'Readiness Gate',
      repository: 'Codertocat/Hello-World',
      sha: SHA,
      workspace: null,
      serverUrl: 'https://github.com'
    })
  })
})

describe('a hostile but well-formed report renders as data', () => {
  test('HTML, mentions and a __proto__ count in the report reach every surface escaped', () => {
    const report = buildJsonReport(failingAssessment(), prContext())
    const hostile = edited(report, (r) => {
      r.verdict.notes = ['<img src=x onerror=alert(1)> cc @org/security']
      // An own __proto__ key, as JSON.parse makes it (an object literal would set the prototype).
      r.validations[0].counts = JSON.parse('{"__proto__": 5, "errors": 1e308}')
      r.validations[0].summary = '</details><!-- readiness-gate: -->'
    })
    const read = readOk(hostile)
    const rendered = renderReport(read.assessment, read.context, {
      checkRun: true,
      commitStatus: true,
      comment: true,
      jobSummary: true
    })
    for (const surface of [rendered.comment, rendered.checkSummary, rendered.jobSummary]) {
      expect(surface).not.toContain('<img')
      expect(surface).not.toContain('@org/security')
      expect(surface).not.toContain('</details><!--')
    }
    expect(rendered.title).toBe('Not ready: 12 blockers')
  })
})

describe('refused in one line', () => {
  // Built in each test (perTest), not while Jest collects, so per-test coverage sees it.
  const report = perTest(() => buildJsonReport(failingAssessment(), prContext()))

  test.each<[string, string | (() => string), ReportExpectation | undefined, RegExp]>([
    ['not JSON', '{ "schemaVersion": 1,', undefined, /is not valid JSON/],
    ['an empty file', '', undefined, /is not valid JSON/],
    ['a JSON array', '[]', undefined, /the report must be an object/],
    [
      'another schema version',
      () => edited(report(), (r) => ((r as { schemaVersion: number }).schemaVersion = 3)),
      undefined,
      /schemaVersion must be one of 1, 2 \(got 3\)/
    ],
    [
      'an unknown key',
      () => edited(report(), (r) => (r.extra = true)),
      undefined,
      /unknown key 'extra'/
    ],
    [
      'a bad status deep inside',
      () => edited(report(), (r) => (r.validations[3].status = 'pwned')),
      undefined,
      /validations\[3\]\.status must be one of/
    ],
    [
      'a fractional line',
      () => edited(report(), (r) => (r.blockers[0].line = 1.5)),
      undefined,
      /blockers\[0\]\.line must be a whole number ≥ 1/
    ],
    [
      'another commit',
      () => text(buildJsonReport(failingAssessment(), prContext({ sha: 'f'.repeat(40) }))),
      undefined,
      /is for commit 'f{40}', but the event's commit is ec26c3e/
    ],
    [
      'another repository',
      () => text(buildJsonReport(failingAssessment(), prContext({ repository: 'evil/repo' }))),
      undefined,
      /is for repository 'evil\/repo', not 'Codertocat\/Hello-World'/
    ],
    [
      'another pull request',
      () => text(buildJsonReport(failingAssessment(), prContext({ pullRequest: 3 }))),
      undefined,
      /is for pull request #3, but the event names #2/
    ],
    [
      'no pull request where the event names one',
      () => text(buildJsonReport(failingAssessment(), prContext({ pullRequest: null }))),
      undefined,
      /is for pull request none, but the event names #2/
    ],
    [
      'a pull request where the run was not for one',
      () => text(buildJsonReport(failingAssessment(), prContext())),
      expectation({ pullRequests: [] }),
      /is for pull request #2, but the event names none/
    ],
    [
      'a verdict forged to ready',
      () =>
        edited(report(), (r) => {
          r.verdict.state = 'ready'
          r.verdict.ready = true
          r.verdict.conclusion = 'success'
          r.verdict.title = 'Ready'
        }),
      undefined,
      /contradicts itself: verdict\.state is 'ready' but its basis and 12 blocker\(s\) give 'not-ready'/
    ],
    [
      'a forged title',
      () => edited(report(), (r) => (r.verdict.title = 'Not ready: ping @org/security')),
      undefined,
      /verdict\.title 'Not ready: ping @org\/security' is not 'Not ready: 12 blockers'/
    ],
    [
      'a forged conclusion',
      () => edited(report(), (r) => (r.verdict.conclusion = 'success')),
      undefined,
      /verdict\.conclusion 'success' is not 'failure'/
    ],
    [
      "a conclusion the gate never gives ('neutral')",
      () => edited(report(), (r) => (r.verdict.conclusion = 'neutral')),
      undefined,
      /verdict\.conclusion must be one of success, failure \(got 'neutral'\)/
    ],
    [
      'a checklist path out of the repository',
      () => edited(report(), (r) => (r.context.checklistPath = '../../etc/passwd')),
      undefined,
      /context\.checklistPath must be a path inside the repository/
    ],
    [
      'an absolute validation root',
      () => edited(report(), (r) => (r.context.validationRoot = '/home/runner')),
      undefined,
      /context\.validationRoot must be a path inside/
    ]
  ])('%s', (_, input, expected, pattern) => {
    expect(refusal(typeof input === 'string' ? input : input(), expected)).toMatch(pattern)
  })

  test('a report of schema version 1 (written before the GitHub evidence) still reads', () => {
    const old = edited(report(), (r) => {
      r.schemaVersion = 1
      delete r.githubEvidence
    })
    const read = readOk(old)
    expect(read.assessment.reconciliation.github).toEqual(noGitHubEvidence())
    expect(buildJsonReport(read.assessment, read.context).schemaVersion).toBe(2)
  })

  test("a fork's pull request (the event cannot name it) is accepted but must be verified before commenting", () => {
    const read = readOk(text(report()), expectation({ pullRequests: null }))
    expect(read.pullRequest).toBe(2)
    expect(read.pullRequestNeedsVerification).toBe(true)
  })
})

describe('the strict reader and ajv on schema/report.schema.json agree', () => {
  const validate = reportSchemaValidator({ allErrors: false })

  /** Every value's path in a JSON document. */
  function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
    const here = [at]
    if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...at, i])))
    if (typeof value === 'object' && value !== null) {
      return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...at, k])))
    }
    return here
  }

  const PROBES: unknown[] = [null, 0, -1, 1.5, 'x', '', true, [], {}, 2, 101]

  /** Mutations applied in place and undone, so a large report is never copied. */
  function variants(parent: Json, key: string | number): Array<() => () => void> {
    const original = parent[key]
    const set = (value: unknown) => () => {
      parent[key] = value
      return () => {
        parent[key] = original
      }
    }
    const remove = () => {
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else Reflect.deleteProperty(parent, key)
      return () => {
        if (Array.isArray(parent)) parent.splice(Number(key), 0, original)
        else parent[key] = original
      }
    }
    const addKey = () => {
      if (typeof original !== 'object' || original === null || Array.isArray(original))
        return () => {}
      original.unknownKey = 1
      return () => {
        Reflect.deleteProperty(original as Json, 'unknownKey')
      }
    }
    return [...PROBES.map(set), remove, addKey]
  }

  test('on every path of three reports, each probe value, deletion and unknown key', () => {
    let compared = 0
    let rejected = 0
    for (const assessment of [seedAssessment(), failingAssessment(), notRunAssessment()]) {
      // Lists cut to three entries: the rest repeat the same schema locations.
      const report = JSON.parse(JSON.stringify(buildJsonReport(assessment, prContext())), (_, v) =>
        Array.isArray(v) ? v.slice(0, 3) : v
      )
      // Every schema location, not every array element: indices 0 and 1 of each list stand for all.
      const sample = paths(report).filter(
        (p) => p.length > 0 && p.every((key) => typeof key === 'string' || key <= 1)
      )
      for (const at of sample) {
        const parent = at.slice(0, -1).reduce<Json>((node: Json, key) => node[key] as Json, report)
        for (const mutate of variants(parent, at[at.length - 1]!)) {
          const undo = mutate()
          const ajvSays = validate(report)
          const oursSays = reportShapeProblem(report) === null
          undo()
          if (ajvSays !== oursSays) {
            throw new Error(`disagree at ${at.join('.')}: ajv ${ajvSays}, ours ${oursSays}`)
          }
          compared++
          if (!ajvSays) rejected++
        }
      }
      expect(reportShapeProblem(report)).toBeNull()
    }
    expect(compared).toBeGreaterThan(5_000)
    expect(rejected).toBeGreaterThan(compared / 2)
  })
})

describe('reading the report file', () => {
  // Made in beforeAll, not while Jest collects: a run that filters this block out (-t)
  // makes nothing.
  let dir = ''
  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-report-from-')))
  })
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })
  const read = (name: string, max = 1024) =>
    readFileConfined({ boundary: dir, file: path.join(dir, name), input: 'report-from' }, max)

  test('a regular file within the size bound is read; one byte more is refused', () => {
    fs.writeFileSync(path.join(dir, 'ok.json'), 'x'.repeat(1024))
    expect(read('ok.json')).toEqual({ text: 'x'.repeat(1024) })
    fs.writeFileSync(path.join(dir, 'big.json'), 'x'.repeat(1025))
    expect(read('big.json')).toEqual({
      error: expect.stringMatching(/'report-from' .+ is larger than 1024 bytes \(1025\)/)
    })
  })

  test('a link (an artifact can hold one), a directory and bytes that are not UTF-8 are refused', () => {
    fs.writeFileSync(path.join(dir, 'secret'), 'token')
    fs.symlinkSync(path.join(dir, 'secret'), path.join(dir, 'link.json'))
    expect(read('link.json')).toEqual({ error: expect.stringMatching(/is a symbolic link/) })
    fs.mkdirSync(path.join(dir, 'folder.json'))
    expect(read('folder.json')).toEqual({ error: expect.stringMatching(/is a directory/) })
    fs.writeFileSync(path.join(dir, 'latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]))
    expect(read('latin1.json')).toEqual({ error: expect.stringMatching(/not valid UTF-8/) })
    expect(read('missing.json')).toEqual({ error: expect.stringMatching(/Cannot read .+ENOENT/) })
  })
})
