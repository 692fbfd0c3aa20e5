// Shards across a matrix, simulated on this machine: the gate's wall time on the example project
// split into 1, 2 and 3 shards, against the single-runner run (`check`, every validation).
//
// Method: one temp copy of the example, warmed by one full run. Then, per repetition: the single
// run (`cli check`), and for n = 1, 2, 3 every shard `cli check --shard i/n` run one after another
// (each has the whole machine, as each matrix job has its own runner), then `cli merge`. The
// critical path of n shards is the slowest shard plus the merge: what the matrix's wall time would
// be with the shards side by side (runner start-up, checkout and artifact transfer not counted).
// "Machine time" is the sum of the shards: what the matrix costs. Medians of `runs` repetitions.
// Every merge must give the single run's per-validation statuses and verdict.
//
// Two plans: the example as it is (every cargo step in one lane: one target directory, so the
// lane stays on one shard), and with a config giving clippy and the tests their own
// CARGO_TARGET_DIR (three cargo lanes the split may spread; each compiles on its own, warmed by
// the first run as a shard's cache would be). The copy lives outside any git repository: a
// commit made meanwhile would move its HEAD (which the tree proof reports).
const TARGET_DIRS_CONFIG = `version: 1
validations:
  - id: clippy-linting
    env: { CARGO_TARGET_DIR: target/clippy }
  - id: rust-tests
    env: { CARGO_TARGET_DIR: target/tests }
`
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DIST, NODE, ROOT, fmt, isMain, median, timed } from './lib.mjs'

const EXAMPLE = path.join(ROOT, 'examples', 'llm-memory-graph')
const CLI = path.join(DIST, 'cli.js')
/** The environment names no commit or runner: the shards and the merge agree on "none". */
const ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !['GITHUB_SHA', 'RUNNER_OS'].includes(name))
)

function cli(args) {
  const run = timed(NODE, [CLI, ...args], { capture: true, env: ENV })
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`cli ${args.join(' ')} exited ${run.status}: ${run.stderr.slice(-800)}`)
  }
  return run
}

function outcome(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'))
  return JSON.stringify([report.verdict.state, report.validations.map((v) => [v.id, v.status])])
}

export function shards({ runs = 2, counts = [1, 2, 3], targetDirs = false } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-bench-shards-'))
  try {
    return measure(dir, { runs, counts, targetDirs })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function measure(dir, { runs, counts, targetDirs }) {
  const copy = path.join(dir, 'llm-memory-graph')
  cpSync(EXAMPLE, copy, { recursive: true })
  if (targetDirs) {
    mkdirSync(path.join(copy, '.github'), { recursive: true })
    writeFileSync(path.join(copy, '.github', 'readiness.yml'), TARGET_DIRS_CONFIG)
  }
  const singleJson = path.join(dir, 'single.json')
  cli(['check', '--cwd', copy, '--json', singleJson]) // warm cargo's target and npm's cache
  const singleRuns = []
  const byCount = Object.fromEntries(
    counts.map((n) => [n, { critical: [], machine: [], shards: [] }])
  )
  const mismatches = []
  for (let run = 0; run < runs; run++) {
    singleRuns.push(cli(['check', '--cwd', copy, '--json', singleJson]).ms)
    const expected = outcome(singleJson)
    for (const n of counts) {
      const reports = path.join(dir, `reports-${n}`)
      rmSync(reports, { recursive: true, force: true })
      const shardMs = []
      for (let i = 1; i <= n; i++) {
        const file = path.join(reports, `shard-${i}.json`)
        shardMs.push(cli(['check', '--cwd', copy, '--shard', `${i}/${n}`, '--json', file]).ms)
      }
      const mergedJson = path.join(dir, `merged-${n}.json`)
      const merge = cli(['merge', reports, '--cwd', copy, '--json', mergedJson])
      if (outcome(mergedJson) !== expected) mismatches.push(`${n} shard(s), run ${run + 1}`)
      byCount[n].critical.push(Math.max(...shardMs) + merge.ms)
      byCount[n].machine.push(shardMs.reduce((a, b) => a + b, 0) + merge.ms)
      byCount[n].shards.push(shardMs)
    }
  }
  const singleMs = median(singleRuns)
  return {
    plan: targetDirs ? 'clippy and tests in their own CARGO_TARGET_DIR' : 'the example as it is',
    runs,
    singleMs,
    counts: counts.map((n) => ({
      n,
      criticalMs: median(byCount[n].critical),
      machineMs: median(byCount[n].machine),
      lastShardsMs: byCount[n].shards.at(-1)
    })),
    mismatches
  }
}

export function shardRows(s) {
  return [
    ...s.counts.map((c) => ({
      benchmark: `Shards: ${c.n} across a matrix (${s.plan})`,
      metric: `critical path (slowest shard + merge) / single-runner check, medians of ${s.runs}; shards ${c.lastShardsMs.map(fmt).join(', ')}; machine time ${fmt(c.machineMs)}`,
      value: `${fmt(c.criticalMs)} / ${fmt(s.singleMs)} = ${(c.criticalMs / s.singleMs).toFixed(2)}×`,
      target: '—',
      met: undefined
    })),
    {
      benchmark: `Shards: merged = single run (${s.plan})`,
      metric: 'per-validation statuses and verdict of every merge vs the single run',
      value: s.mismatches.length ? s.mismatches.join('; ') : 'identical',
      target: 'identical',
      met: s.mismatches.length === 0
    }
  ]
}

if (isMain(import.meta)) {
  for (const targetDirs of [false, true]) {
    const result = shards({ targetDirs })
    console.log(JSON.stringify(result, null, 2))
    for (const row of shardRows(result))
      console.log(`${row.benchmark}: ${row.value} — ${row.metric}`)
  }
}
