// The bundled CLI (dist/cli.js) on the example project: 3 shards merged give the single run's
// results and verdict; every way shards fail to be one run is refused with one line and the
// verdict `unassessed`; a platform matrix where one platform fails is not ready and names it.
// Real cargo and npm run once per project, in beforeAll: the refusal cases reuse those reports.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { JsonReport } from '../../src/report/json.js'
import type { PartialReport } from '../../src/shards/partial-report.js'
import { runToEnd } from '../support/runner-processes.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const CLI = path.join(ROOT, 'dist', 'cli.js')
const EXAMPLE = path.join(ROOT, 'examples', 'llm-memory-graph')

let work: string
let project: string
let shards: string
let single: { code: number | null; report: JsonReport }

/**
 * The CLI with an environment that names no commit or runner (the tests choose those). Async, so
 * Jest's timeout can end a run that hangs.
 */
async function cli(
  args: string[],
  env: Record<string, string> = {}
): Promise<{
  code: number | null
  stdout: string
  stderr: string
}> {
  // As in a user's shell: no commit or runner named, and not Jest's NODE_OPTIONS.
  const hidden = new Set([
    'GITHUB_SHA',
    'RUNNER_OS',
    'GITHUB_ACTIONS',
    'NODE_OPTIONS',
    'NODE_NO_WARNINGS'
  ])
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !hidden.has(name)))
  const result = await runToEnd(process.execPath, [CLI, ...args], {
    cwd: work,
    env: { ...base, ...env },
    timeout: 600_000
  })
  return { code: result.code, stdout: result.stdout, stderr: result.stderr }
}

function readReport(file: string): JsonReport {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as JsonReport
}

function readShard(file: string): PartialReport {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as PartialReport
}

async function merge(
  args: string[],
  cwd = project
): Promise<{ code: number | null; report: JsonReport; stdout: string }> {
  const out = path.join(work, `merged-${Math.random().toString(36).slice(2)}.json`)
  const run = await cli(['merge', ...args, '--cwd', cwd, '--json', out])
  return { code: run.code, report: readReport(out), stdout: run.stdout }
}

/** A copy of shard `index`'s report, changed by `edit`, at a new path. */
function alteredShard(index: number, name: string, edit: (report: PartialReport) => void): string {
  const report = readShard(path.join(shards, `shard-${index}.json`))
  edit(report)
  const dir = path.join(work, name)
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `shard-${index}.json`)
  fs.writeFileSync(file, JSON.stringify(report))
  return file
}

const shardFile = (index: number): string => path.join(shards, `shard-${index}.json`)

// The example for real (cargo build, clippy, tests, npm), four times: the single run and three
// shards, one after the other; minutes on a loaded 2-core machine.
beforeAll(async () => {
  expect(fs.existsSync(CLI)).toBe(true)
  work = fs.mkdtempSync(path.join(tmpdir(), 'rg-shards-'))
  project = path.join(work, 'project')
  shards = path.join(work, 'shards')
  fs.cpSync(EXAMPLE, project, { recursive: true })
  const singleJson = path.join(work, 'single.json')
  const run = await cli(['check', '--cwd', project, '--json', singleJson])
  single = { code: run.code, report: readReport(singleJson) }
  for (const index of [1, 2, 3]) {
    const shard = await cli([
      'check',
      '--cwd',
      project,
      '--shard',
      `${index}/3`,
      '--json',
      path.join(shards, `shard-${index}.json`)
    ])
    expect({ index, code: shard.code, stderr: shard.code === 0 ? '' : shard.stderr }).toEqual({
      index,
      code: 0,
      stderr: ''
    })
  }
}, 900_000)

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true })
})

describe('3 shards of the example merged', () => {
  it('give exactly the single run’s per-validation results, blockers, verdict and exit code', async () => {
    const merged = await merge([shards, '--markdown', path.join(work, 'merged.md')])
    const results = (report: JsonReport): unknown =>
      // Everything but the timing and the raw output (timings differ between any two runs).
      report.validations.map((v) => ({ ...v, durationMs: null, output: null }))
    expect(results(merged.report)).toEqual(results(single.report))
    expect(merged.report.blockers).toEqual(single.report.blockers)
    expect(merged.report.verdict).toEqual(single.report.verdict)
    expect(merged.code).toBe(single.code)
    expect(merged.report.merge).toEqual({
      shardCount: 3,
      platforms: [process.platform],
      reports: 3,
      refusals: [],
      byPlatform: []
    })
    // The example really ran: cargo built, tested and ran the binary.
    const status = Object.fromEntries(merged.report.validations.map((v) => [v.id, v.status]))
    expect([status['rust-tests'], status['cli-verification']]).toEqual(['passed', 'passed'])
    expect(fs.readFileSync(path.join(work, 'merged.md'), 'utf8')).toContain('Rust tests')
  })

  it('each shard ran its own share, and the three shares are the whole plan once', () => {
    const ids = [1, 2, 3].map((i) => readShard(shardFile(i)).results.map((r) => r.id))
    expect(ids[0]).toEqual(['clippy-linting', 'rust-build', 'rust-tests', 'cli-verification'])
    expect(ids.flat().sort()).toEqual(single.report.validations.map((v) => v.id).sort())
  })
})

describe('refused merges: one line each, verdict unassessed, exit 1', () => {
  function expectRefused(
    merged: { code: number | null; report: JsonReport; stdout: string },
    line: RegExp
  ): void {
    expect(merged.code).toBe(1)
    expect(merged.report.verdict.state).toBe('unassessed')
    expect(merged.report.verdict.ready).toBe(false)
    expect(merged.report.blockers).toEqual([])
    expect(merged.report.merge!.refusals).toHaveLength(1)
    expect(merged.report.merge!.refusals[0]).toMatch(line)
    expect(merged.report.verdict.notes).toContain(merged.report.merge!.refusals[0])
    expect(merged.stdout).toContain('NOT ASSESSED')
  }

  it('a missing shard', async () => {
    expectRefused(await merge([shardFile(1), shardFile(3)]), /^Shard 2\/3 on \w+ is missing/)
  })

  it('a shard of another commit', async () => {
    const other = alteredShard(2, 'other-commit', (r) => {
      r.fingerprint.commit = 'f'.repeat(40)
    })
    expectRefused(
      await merge([shardFile(1), other, shardFile(3)]),
      /^Shard 2\/3 on \w+ \('shard-2\.json'\) is for commit f{40}, not unknown/
    )
  })

  it('shards of a changed checklist (the checkout’s checklist was edited since)', async () => {
    const changed = path.join(work, 'changed')
    fs.mkdirSync(changed)
    const text = fs.readFileSync(path.join(project, 'PRODUCTION_CHECKLIST.md'), 'utf8')
    fs.writeFileSync(
      path.join(changed, 'PRODUCTION_CHECKLIST.md'),
      `${text}\n- [ ] One more item\n`
    )
    expectRefused(
      await merge([shards], changed),
      /^Shards 1\/3 on \w+, 2\/3 on \w+, 3\/3 on \w+ are planned from another checklist/
    )
  })

  it('a duplicated shard', async () => {
    const copy = alteredShard(2, 'copy', () => {})
    expectRefused(
      await merge([shards, copy]),
      /^Shard 2\/3 on \w+ is there 2 times \('shard-2\.json', 'shard-2\.json'\)/
    )
  })

  it('a foreign validation in a shard', async () => {
    const foreign = alteredShard(3, 'foreign', (r) => {
      r.results.push({ ...r.results[0]!, id: 'deploy-to-prod' })
    })
    expectRefused(
      await merge([shardFile(1), shardFile(2), foreign]),
      /^Shard 3\/3 on \w+ has a result for 'deploy-to-prod', which this checkout's plan does not have/
    )
  })

  it('a file that is not a shard’s report (the full report)', async () => {
    expectRefused(
      await merge([shardFile(1), shardFile(2), shardFile(3), path.join(work, 'single.json')]),
      /^'single\.json' is a full report, not a shard's/
    )
  })

  it('no reports at all (every shard failed before uploading)', async () => {
    expectRefused(
      await merge([path.join(work, 'nothing-here')]),
      /^No shard reports were found at the paths given/
    )
  })
})

describe('a platform matrix', () => {
  /** Two validations; the second fails where FAKE_OS is macOS (a platform difference). */
  const CHECKLIST = [
    '# Checklist',
    '',
    '## Phase 1: Critical',
    '',
    '- [x] Works everywhere',
    '',
    '```bash',
    'echo "1. Portable step..."',
    'true',
    '',
    'echo "2. Path handling..."',
    'test "$FAKE_OS" != macOS',
    '```',
    ''
  ].join('\n')

  it('passes a validation only where it passed everywhere, and names the failing platform', async () => {
    const matrix = path.join(work, 'matrix')
    const reports = path.join(work, 'matrix-reports')
    fs.mkdirSync(matrix)
    fs.writeFileSync(path.join(matrix, 'PRODUCTION_CHECKLIST.md'), CHECKLIST)
    // The four shard runs, and then the two merges, side by side: each writes its own file.
    const runs = await Promise.all(
      ['Linux', 'macOS'].flatMap((os) =>
        [1, 2].map((index) =>
          cli(
            [
              'check',
              '--cwd',
              matrix,
              '--shard',
              `${index}/2`,
              '--json',
              path.join(reports, `${os}-${index}.json`)
            ],
            { RUNNER_OS: os, FAKE_OS: os }
          )
        )
      )
    )
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0, 0])
    const [linuxOnly, both] = await Promise.all([
      merge([path.join(reports, 'Linux-*.json')], matrix),
      merge([reports], matrix)
    ])
    expect(linuxOnly.report.verdict.state).toBe('ready')
    expect(linuxOnly.code).toBe(0)

    expect(both.code).toBe(1)
    expect(both.report.verdict.state).toBe('not-ready')
    expect(both.report.merge!.platforms).toEqual(['Linux', 'macOS'])
    const step = both.report.validations.find((v) => v.id === 'path-handling')!
    expect(step.status).toBe('failed')
    expect(step.summary).toMatch(/^on macOS: /)
    expect(both.report.blockers.map((b) => b.text)).toEqual([
      expect.stringMatching(/^Path handling — on macOS: /)
    ])
    expect(both.report.verdict.notes).toContain(
      'Platform matrix: Path handling did not pass on macOS (failed); it passed on Linux.'
    )
    expect(
      both.report
        .merge!.byPlatform.filter((p) => p.id === 'path-handling')
        .map((p) => [p.platform, p.status])
    ).toEqual([
      ['Linux', 'passed'],
      ['macOS', 'failed']
    ])
    expect(both.stdout).toContain('on macOS')
    // Six runs of the bundled CLI: 11 s under load when they ran one after the other.
  }, 60_000)
})
