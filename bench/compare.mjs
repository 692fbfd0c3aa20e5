// Startup overhead of two builds of the action, measured in one interleaved run so that the
// load other processes put on the machine hits both alike: each round runs `node -e 0`, build A
// and build B (in an order that rotates every round) on the seed checklist with validations and
// publishing off, as bench/overhead.mjs does. Each build is a folder holding dist/, action.yml
// and package.json (so Node reads dist/ as ESM without sniffing it, as in a real checkout).
//
//   node bench/compare.mjs [--runs 40] A B      e.g. /tmp/a /tmp/b
//   node bench/compare.mjs --snapshot DIR       copies this checkout's build into DIR
//
// Reports, per build, the median over rounds of (build − node -e 0) for wall time and for CPU time
// (user + system of the process, read at its exit by a -r hook: CPU time is what a busy machine
// disturbs least), and the median over rounds of the paired difference B − A.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { NODE, ROOT, fmt, isMain, median, timed, tmpDir } from './lib.mjs'
import { actionEnv } from './overhead.mjs'

/** Copies the build of this checkout (dist/ and what the action reads beside it) into `dir`. */
export function snapshot(dir) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, '.github'), { recursive: true })
  for (const entry of ['dist', 'action.yml', 'package.json', path.join('.github', 'matchers')]) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true })
  }
}

/** One run of `args` under the CPU hook: wall ms and CPU ms (user + system). */
function measure(args, env, hook, cpuFile) {
  rmSync(cpuFile, { force: true })
  const run = timed(NODE, ['-r', hook, ...args], {
    env: { ...env, RG_CPU_OUT: cpuFile },
    capture: true
  })
  if (run.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr.slice(-800)}`)
  }
  const { user, system } = JSON.parse(readFileSync(cpuFile, 'utf8'))
  return { wall: run.ms, cpu: (user + system) / 1000 }
}

export function compare(builds, { runs = 40 } = {}) {
  const dir = tmpDir('compare')
  const env = actionEnv(dir)
  const hook = path.join(dir, 'cpu-hook.cjs')
  const cpuFile = path.join(dir, 'cpu.json')
  writeFileSync(
    hook,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.RG_CPU_OUT, " +
      'JSON.stringify(process.cpuUsage())))\n'
  )
  const subjects = [
    { name: 'node -e 0', args: ['-e', '0'] },
    ...builds.map((build) => ({ name: build, args: [path.join(build, 'dist', 'index.js')] }))
  ]
  for (const subject of subjects) measure(subject.args, env, hook, cpuFile) // warm-up
  const rounds = []
  for (let i = 0; i < runs; i++) {
    const round = new Array(subjects.length)
    for (let k = 0; k < subjects.length; k++) {
      const index = (i + k) % subjects.length
      round[index] = measure(subjects[index].args, env, hook, cpuFile)
    }
    rounds.push(round)
  }
  rmSync(dir, { recursive: true, force: true })
  const over = (index, key) => median(rounds.map((round) => round[index][key] - round[0][key]))
  const result = {
    runs,
    baseline: {
      wall: median(rounds.map((r) => r[0].wall)),
      cpu: median(rounds.map((r) => r[0].cpu))
    },
    builds: builds.map((build, b) => ({
      build,
      wall: median(rounds.map((r) => r[b + 1].wall)),
      cpu: median(rounds.map((r) => r[b + 1].cpu)),
      overheadWall: over(b + 1, 'wall'),
      overheadCpu: over(b + 1, 'cpu')
    }))
  }
  if (builds.length === 2) {
    result.pairedWall = median(rounds.map((r) => r[2].wall - r[1].wall))
    result.pairedCpu = median(rounds.map((r) => r[2].cpu - r[1].cpu))
  }
  return result
}

if (isMain(import.meta)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '40' }, snapshot: { type: 'string' } }
  })
  if (values.snapshot !== undefined) {
    snapshot(path.resolve(values.snapshot))
  } else {
    const r = compare(
      positionals.map((p) => path.resolve(p)),
      { runs: Number(values.runs) }
    )
    console.log(
      `${r.runs} interleaved rounds; node -e 0: ${fmt(r.baseline.wall)} wall, ${fmt(r.baseline.cpu)} CPU`
    )
    for (const b of r.builds) {
      console.log(
        `${b.build}: ${fmt(b.wall)} wall, ${fmt(b.cpu)} CPU; overhead (median of per-round differences) ` +
          `${b.overheadWall.toFixed(1)} ms wall, ${b.overheadCpu.toFixed(1)} ms CPU`
      )
    }
    if (r.pairedWall !== undefined) {
      console.log(
        `B − A (median of pairs): ${r.pairedWall.toFixed(1)} ms wall, ${r.pairedCpu.toFixed(1)} ms CPU`
      )
    }
  }
}
