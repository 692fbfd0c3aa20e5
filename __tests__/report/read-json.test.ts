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
    expect(read('missing.json')).toEqual({
      error: expect.stringMatching(
        /^Cannot read '[a-z-]+' \('[^']*missing\.json'\): no such file; point /
      )
    })
  })
})

describe('what the reader keeps, and each consistency rule on its own', () => {
  const report = perTest(() => buildJsonReport(failingAssessment(), prContext()))

  test('waivers, comparison and merge come back as written; absent, they stay absent', () => {
    const waiver = {
      source: 'config',
      line: null,
      configLine: 4,
      subject: 'security-audit',
      reason: 'advisory has no fix yet',
      approver: 'octocat',
      expires: '2027-01-31',
      valid: true,
      problems: [],
      why: 'approved by @octocat until 2027-01-31'
    }
    const comparison = {
      state: 'skipped',
      ref: null,
      source: null,
      reason: 'the base has no checklist',
      items: [],
      commands: [],
      ticks: [],
      scriptSteps: []
    }
    const merge = {
      shardCount: 2,
      platforms: ['linux', 'macos'],
      reports: 2,
      refusals: [],
      byPlatform: []
    }
    const full = edited(report(), (r) => {
      r.waivers = [waiver]
      r.comparison = comparison
      r.merge = merge
    })
    const read = readOk(full)
    expect(read.assessment.waivers).toEqual([waiver])
    expect(read.assessment.comparison).toEqual(comparison)
    expect(read.assessment.merge).toEqual(merge)
    expect(JSON.parse(text(buildJsonReport(read.assessment, read.context)))).toEqual(
      JSON.parse(full)
    )

    const bare = readOk(
      edited(report(), (r) => {
        delete r.generatedAt
      })
    )
    for (const key of ['waivers', 'comparison', 'merge']) {
      expect(bare.assessment).not.toHaveProperty(key)
    }
    expect(bare.context).not.toHaveProperty('generatedAt')
    expect(readOk(text(report())).context.generatedAt).toBe('2026-12-04T14:00:00.000Z')
  })

  test('a report for no pull request, where the event cannot say, needs no verification', () => {
    const read = readOk(
      text(buildJsonReport(failingAssessment(), prContext({ pullRequest: null }))),
      expectation({ pullRequests: null })
    )
    expect(read.pullRequest).toBeNull()
    expect(read.pullRequestNeedsVerification).toBe(false)
  })

  test('an unassessed report (no rule had anything to check) reads; claiming a basis it lacks does not', () => {
    const unassessed = assess({
      checklist: seedChecklist(),
      validations: seedPlan(),
      results: [],
      rules: { requireValidations: false, requireItems: false },
      validationsRun: false
    })
    expect(unassessed.verdict).toBe('unassessed')
    const written = buildJsonReport(unassessed, prContext())
    expect(readOk(text(written)).assessment.verdict).toBe('unassessed')
    // With no blockers, a basis on validations alone gives 'ready', not 'unassessed'.
    expect(refusal(edited(written, (r) => (r.verdict.basis.validations = true)))).toContain(
      "verdict.state is 'unassessed' but its basis and 0 blocker(s) give 'ready'"
    )
  })

  test('verdict.ready must agree with verdict.state', () => {
    expect(refusal(edited(report(), (r) => (r.verdict.ready = true)))).toContain(
      'it contradicts itself: verdict.ready disagrees with verdict.state;'
    )
  })

  test('no repository or no commit in the report is refused as "none"; every pull request the event names is listed', () => {
    expect(refusal(edited(report(), (r) => (r.context.repository = null)))).toContain(
      "it is for repository none, not 'Codertocat/Hello-World'"
    )
    expect(refusal(edited(report(), (r) => (r.context.sha = null)))).toContain(
      `it is for commit none, but the event's commit is ${SHA}`
    )
    expect(refusal(text(report()), expectation({ pullRequests: [5, 7] }))).toContain(
      'it is for pull request #2, but the event names #5, #7;'
    )
    // The repository's case does not matter (GitHub's names are case-insensitive).
    expect(
      readOk(text(report()), expectation({ repository: 'codertocat/hello-world' }))
    ).toBeTruthy()
  })

  test.each([
    ['', "''"],
    ['a'.repeat(1025), `'${'a'.repeat(60)}…'`],
    ['docs\\checklist.md', "'docs\\checklist.md'"],
    ['docs/\u0007.md', "'docs/\\x07.md'"],
    ['docs/../../x.md', "'docs/../../x.md'"]
  ])('context.checklistPath %j is not a path inside the repository', (value, shown) => {
    expect(refusal(edited(report(), (r) => (r.context.checklistPath = value)))).toContain(
      `context.checklistPath must be a path inside the repository (got ${shown})`
    )
  })

  test('a repository path of exactly 1024 characters is accepted', () => {
    const long = `${'a/'.repeat(511)}md`
    expect(long).toHaveLength(1024)
    expect(
      readOk(edited(report(), (r) => (r.context.checklistPath = long))).context.checklistPath
    ).toBe(long)
  })
})

describe('the shape check names the field, what it must be and what it got', () => {
  const report = perTest(() => buildJsonReport(failingAssessment(), prContext()))

  /** The one problem reportShapeProblem finds in the report after `edit`. */
  function shapeProblem(edit: (copy: Json) => void): string | null {
    return reportShapeProblem(JSON.parse(edited(report(), edit)))
  }

  const HISTORY = (): Json => ({
    previous: null,
    delta: null,
    trend: [],
    staleTicks: [],
    notes: [],
    state: {
      version: 1,
      commit: 'abcd1234',
      at: '2026-12-04T14:00:00Z',
      verdict: 'not-ready',
      blockers: 12,
      validations: [],
      ticked: null,
      trend: []
    }
  })

  test.each<[string, (r: Json) => void, string]>([
    ['a missing top-level key', (r) => delete r.verdict, 'verdict is missing'],
    ['a missing nested key', (r) => delete r.context.checkName, 'context.checkName is missing'],
    [
      'null for a string',
      (r) => (r.context.checkName = null),
      'context.checkName must be a string (got null)'
    ],
    [
      'an array for a string',
      (r) => (r.context.checkName = []),
      'context.checkName must be a string (got an array)'
    ],
    [
      'an object for a string',
      (r) => (r.context.checkName = {}),
      'context.checkName must be a string (got an object)'
    ],
    [
      'a number for a string',
      (r) => (r.context.checkName = 5),
      'context.checkName must be a string (got 5)'
    ],
    [
      'a boolean for a string',
      (r) => (r.context.checkName = true),
      'context.checkName must be a string (got true)'
    ],
    [
      'a string for a boolean',
      (r) => (r.verdict.ready = 'yes'),
      "verdict.ready must be true or false (got 'yes')"
    ],
    [
      'a whole number out of its range',
      (r) => (r.phases[0].percent = 101),
      'phases[0].percent must be a whole number ≥ 0 ≤ 100 (got 101)'
    ],
    [
      'a fraction where any whole number goes',
      (r) => (r.validations[0].exitCode = 1.5),
      'validations[0].exitCode must be a whole number (got 1.5)'
    ],
    [
      'a negative duration',
      (r) => (r.validations[0].durationMs = -1),
      'validations[0].durationMs must be a number ≥ 0 (got -1)'
    ],
    ['an object for a list', (r) => (r.blockers = {}), 'blockers must be an array (got an object)'],
    [
      'counts that are a list',
      (r) => (r.validations[0].counts = []),
      'validations[0].counts must be an object (got an array)'
    ],
    [
      'a count after a good one that is not a number',
      (r) => (r.validations[0].counts = { passed: 3, failed: 'x' }),
      "validations[0].counts.failed must be a number (got 'x')"
    ],
    [
      'an optional top-level key of the wrong form',
      (r) => (r.generatedAt = 'yesterday'),
      "generatedAt must be an ISO 8601 date-time (got 'yesterday')"
    ],
    [
      'a date without its time',
      (r) => (r.generatedAt = '2026-12-04'),
      "generatedAt must be an ISO 8601 date-time (got '2026-12-04')"
    ],
    [
      'a date-time inside a list',
      (r) => (r.generatedAt = ['2026-12-04T14:00:00Z']),
      'generatedAt must be an ISO 8601 date-time (got an array)'
    ],
    [
      'an optional nested key out of range',
      (r) => (r.context.pullRequest = 0),
      'context.pullRequest must be a whole number ≥ 1 (got 0)'
    ],
    [
      'a blocker of no kind',
      (r) => delete r.blockers[0].kind,
      'blockers[0].kind must be one of validation, github-contradiction, unchecked-items, waiver, checklist-change (got undefined)'
    ],
    [
      'a blocker whose kind is an Object.prototype name',
      (r) => (r.blockers[0].kind = 'constructor'),
      "blockers[0].kind must be one of validation, github-contradiction, unchecked-items, waiver, checklist-change (got 'constructor')"
    ],
    [
      'an empty list where one item is needed',
      (r) =>
        (r.history = {
          ...HISTORY(),
          staleTicks: [{ kind: 'regressed', line: 3, text: 'x', validationIds: [], since: null }]
        }),
      'history.staleTicks[0].validationIds must have at least 1 item(s)'
    ],
    [
      'a commit that is a number',
      (r) => (r.history = { ...HISTORY(), state: { ...HISTORY().state, commit: 1234 } }),
      'history.state.commit must be a commit hash of 4 to 40 lower-case hex digits (got 1234)'
    ],
    [
      'a commit with more before the hex',
      (r) => (r.history = { ...HISTORY(), state: { ...HISTORY().state, commit: 'xyzabcd' } }),
      "history.state.commit must be a commit hash of 4 to 40 lower-case hex digits (got 'xyzabcd')"
    ],
    [
      'a commit with more after the hex',
      (r) => (r.history = { ...HISTORY(), state: { ...HISTORY().state, commit: 'abcdxyz' } }),
      "history.state.commit must be a commit hash of 4 to 40 lower-case hex digits (got 'abcdxyz')"
    ]
  ])('%s', (_, edit, expected) => {
    expect(shapeProblem(edit)).toBe(expected)
  })

  test('the history above is itself well-formed', () => {
    expect(shapeProblem((r) => (r.history = HISTORY()))).toBeNull()
  })
})
