// The merge as pure data (mergeShards), the merged report's `merge` field against the schema and
// the strict reader, the partial report's reader, durations and the shard file patterns.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { assess } from '../../src/readiness/assess.js'
import { buildJsonReport } from '../../src/report/json.js'
import { assessmentFromReport } from '../../src/report/read-json.js'
import type { PlanFingerprint } from '../../src/shards/fingerprint.js'
import { mergeShards, type ShardFile } from '../../src/shards/merge.js'
import { readPartialReport, type PartialReport } from '../../src/shards/partial-report.js'
import { readDurations } from '../../src/shards/durations.js'
import { globRegExp, shardFilesAt } from '../../src/shards/files.js'
import { ConfigurationError } from '../../src/errors.js'
import type { ValidationResult } from '../../src/validations/model.js'
import { checklist, item, phase, result, validation } from '../readiness/builders.js'
import { context, masked } from '../report/cases.js'
import { reportSchemaValidator } from '../support/report-schema.js'

const plan = [validation('fmt'), validation('build'), validation('tests')]
const fingerprint: PlanFingerprint = {
  gateVersion: '1.0.0',
  checklistSha256: 'a'.repeat(64),
  configSha256: null,
  commit: 'c'.repeat(40),
  planIds: ['fmt', 'build', 'tests']
}

function shard(
  index: number,
  count: number,
  results: ValidationResult[],
  extra: Partial<PartialReport> = {}
): ShardFile {
  return {
    file: `/artifacts/shard-${extra.platform ?? 'Linux'}-${index}.json`,
    report: {
      kind: 'readiness-gate-shard',
      version: 1,
      shard: { index, count },
      platform: 'Linux',
      fingerprint,
      notRunReason: null,
      results,
      notes: [],
      ...extra
    }
  }
}

const passing = (): ShardFile[] => [
  shard(1, 2, [result('fmt', 'passed'), result('tests', 'passed')]),
  shard(2, 2, [result('build', 'passed')])
]

describe('mergeShards', () => {
  it('one result per planned validation, in plan order, when every shard is there once', () => {
    const merged = mergeShards(passing(), plan, fingerprint)
    expect(merged.summary.refusals).toEqual([])
    expect(merged.results.map((r) => r.id)).toEqual(['fmt', 'build', 'tests'])
    expect(merged.summary).toMatchObject({ shardCount: 2, platforms: ['Linux'], reports: 2 })
  })

  it('refuses shards that split differently: one validation twice, another never', () => {
    const merged = mergeShards(
      [
        shard(1, 2, [result('fmt', 'passed'), result('build', 'passed')]),
        shard(2, 2, [result('build', 'passed')])
      ],
      plan,
      fingerprint
    )
    expect(merged.results).toEqual([])
    expect(merged.summary.refusals).toEqual([
      "'build' ran 2 times on Linux (shards 1/2, 2/2): the shards split the plan differently; give every shard the same durations-from.",
      "'tests' ran in no shard on Linux: its result is missing, so it is not proven."
    ])
  })

  it('refuses a shard of another gate version, config or plan, and mixed shard counts', () => {
    const [first, second] = passing() as [ShardFile & { report: PartialReport }, ShardFile]
    const other = {
      ...first,
      report: {
        ...first.report,
        fingerprint: { ...fingerprint, gateVersion: '0.9.0', configSha256: 'b'.repeat(64) }
      }
    }
    const lines = mergeShards([other, second], plan, fingerprint).summary.refusals
    expect(lines).toEqual([
      "Shard 1/2 on Linux ('shard-Linux-1.json') is made by Readiness Gate 0.9.0, this merge is 1.0.0: use one version in every job.",
      "Shard 1/2 on Linux ('shard-Linux-1.json') is planned with another config, and this checkout has none: re-run the shards."
    ])
    const planned = {
      ...first,
      report: { ...first.report, fingerprint: { ...fingerprint, planIds: ['fmt'] } }
    }
    expect(mergeShards([planned, second], plan, fingerprint).summary.refusals[0]).toMatch(
      /planned other validations \(fmt\) than this checkout \(fmt, build, tests\)/
    )
    const mixed = mergeShards([first, shard(2, 3, [])], plan, fingerprint).summary.refusals
    expect(mixed[0]).toBe(
      'The shards come from different splits (of 2, of 3): every shard of a matrix must use the same count.'
    )
  })

  it('refuses a shard that did not run its validations', () => {
    const [first, second] = passing() as [ShardFile & { report: PartialReport }, ShardFile]
    const notRun = {
      ...first,
      report: { ...first.report, results: [], notRunReason: 'validations are switched off' }
    }
    expect(mergeShards([notRun, second], plan, fingerprint).summary.refusals[0]).toBe(
      "Shard 1/2 on Linux ('shard-Linux-1.json') did not run its validations (validations are switched off)."
    )
  })

  it('platforms: passed only where passed everywhere; the first failing platform is named', () => {
    const macos = { platform: 'macOS' }
    const merged = mergeShards(
      [
        ...passing(),
        shard(
          1,
          2,
          [result('fmt', 'passed'), result('tests', 'failed', { summary: '2 failed' })],
          macos
        ),
        shard(2, 2, [result('build', 'passed')], macos)
      ],
      plan,
      fingerprint
    )
    expect(merged.summary.refusals).toEqual([])
    expect(merged.results.map((r) => [r.id, r.status, r.report.summary])).toEqual([
      ['fmt', 'passed', 'passed'],
      ['build', 'passed', 'passed'],
      ['tests', 'failed', 'on macOS: 2 failed']
    ])
    expect(merged.notes).toEqual([
      'Platform matrix: tests did not pass on macOS (failed); it passed on Linux.'
    ])
    expect(merged.summary.byPlatform).toHaveLength(6)
  })

  it('a platform missing a shard is refused for that platform', () => {
    const merged = mergeShards(
      [...passing(), shard(2, 2, [result('build', 'passed')], { platform: 'Windows' })],
      plan,
      fingerprint
    )
    expect(merged.summary.refusals).toEqual([
      'Shard 1/2 on Windows is missing: none of the reports given is it (did its job fail before uploading?).'
    ])
  })
})

describe('the merged report', () => {
  const list = checklist([
    phase(1, 'Critical', 'critical', 10, [item(12, 'Build passes', { checked: true })])
  ])
  const merged = mergeShards(passing(), plan, fingerprint)
  const assessment = assess({
    checklist: list,
    validations: plan,
    results: merged.results,
    rules: { requireValidations: true, requireItems: true },
    validationsRun: true
  })
  assessment.merge = merged.summary
  const where = context({ repository: 'octo/app', sha: 'c'.repeat(40) })
  const report = buildJsonReport(masked(assessment), where)

  it('is schema version 2 with the merge field, valid against schema/report.schema.json', () => {
    const validate = reportSchemaValidator()
    expect(validate(JSON.parse(JSON.stringify(report)))).toBe(true)
    expect(report.schemaVersion).toBe(2)
    expect(report.merge).toEqual(merged.summary)
  })

  it('reads back strictly (report-from) and builds the same JSON', () => {
    const read = assessmentFromReport(JSON.stringify(report), {
      origin: {
        repository: report.context.repository!,
        sha: report.context.sha!,
        pullRequests: report.context.pullRequest === undefined ? [] : [report.context.pullRequest],
        runUrl: report.context.runUrl
      },
      checkName: report.context.checkName,
      serverUrl: 'https://github.com'
    })
    if ('error' in read) throw new Error(read.error)
    expect(read.assessment.merge).toEqual(merged.summary)
    expect(buildJsonReport(masked(read.assessment), where)).toEqual(report)
  })
})

describe('files', () => {
  let dir = ''
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-shard-files-'))
  })
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true })
  })
  const write = (name: string, text: string): string => {
    const file = path.join(dir, name)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
    return file
  }

  it('a partial report is read strictly: unknown keys, bad hashes and bad statuses refused', () => {
    const good = passing()[0] as { report: PartialReport }
    const file = write('good.json', JSON.stringify(good.report))
    expect(readPartialReport(file)).toEqual({ report: good.report })
    const bad = (edit: (r: Record<string, unknown>) => void): string => {
      const copy = JSON.parse(JSON.stringify(good.report)) as Record<string, unknown>
      edit(copy)
      const result = readPartialReport(write('bad.json', JSON.stringify(copy)))
      return 'error' in result ? result.error : 'read'
    }
    expect(bad((r) => (r.extra = 1))).toMatch(
      /^'bad\.json' is not a shard's report: .*unknown key 'extra'/
    )
    expect(bad((r) => ((r.fingerprint as PlanFingerprint).checklistSha256 = 'x'))).toMatch(
      /checklistSha256 must be a SHA-256/
    )
    expect(bad((r) => ((r.results as { status: string }[])[0]!.status = 'green'))).toMatch(
      /results\[0\]\.status must be one of/
    )
    expect(bad((r) => (r.shard = { index: 3, count: 2 }))).toMatch(/shard 3\/2/)
    // What the merge quotes into its lines cannot break a line or pose as another command.
    expect(bad((r) => ((r.fingerprint as PlanFingerprint).commit = 'abc\n::error::x'))).toMatch(
      /fingerprint\.commit must be a commit SHA/
    )
    expect(bad((r) => ((r.results as { id: string }[])[0]!.id = 'a\nb'))).toMatch(
      /results\[0\]\.id must be one line/
    )
    expect(bad((r) => (r.platform = 'Linux\r'))).toMatch(/platform must be 1 to 40 letters/)
    expect(readPartialReport(write('text.json', 'not json'))).toEqual({
      error: "'text.json' is not JSON: not a shard's report"
    })
  })

  it('durations come from a full report or a partial one; anything else is one line', () => {
    const full = write(
      'full.json',
      JSON.stringify({
        validations: [
          { id: 'a', durationMs: 5 },
          { id: 'b', durationMs: null }
        ]
      })
    )
    expect([...readDurations(full, '--durations-from')]).toEqual([['a', 5]])
    const partial = write('partial.json', JSON.stringify({ results: [{ id: 'c', durationMs: 7 }] }))
    expect([...readDurations(partial, '--durations-from')]).toEqual([['c', 7]])
    expect(() => readDurations(write('x.json', '{}'), '--durations-from')).toThrow(
      ConfigurationError
    )
    expect(() => readDurations(path.join(dir, 'none.json'), "Input 'durations-from'")).toThrow(
      /^Input 'durations-from' '.*none\.json' cannot be read as JSON/
    )
  })

  it('directories give every *.json under them; globs match; paths naming nothing add nothing', () => {
    const a = write('artifacts/readiness-shard-1/shard.json', '{}')
    const b = write('artifacts/readiness-shard-2/shard.json', '{}')
    write('artifacts/readiness-shard-2/notes.txt', '')
    expect(shardFilesAt(['artifacts'], dir)).toEqual([a, b])
    expect(shardFilesAt(['artifacts/*-2/*.json', 'artifacts/**/shard.json'], dir)).toEqual([a, b])
    expect(shardFilesAt([path.join(dir, 'artifacts', '*1', 'shard.json')], '/')).toEqual([a])
    expect(shardFilesAt(['missing', 'missing/*.json'], dir)).toEqual([])
    expect(globRegExp('**/s?.json').test('a/b/s1.json')).toBe(true)
    expect(globRegExp('*.json').test('a/s.json')).toBe(false)
  })
})
