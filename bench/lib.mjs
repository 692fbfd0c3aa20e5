// Shared helpers for the benchmarks: paths, the Node 24 binary, timing, medians, machine figures.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '..')
export const TMP = path.join(ROOT, 'bench', '.tmp')
export const DIST = path.join(ROOT, 'dist')
export const GNU_TIME = '/usr/bin/time'
const LOCAL_NODE = path.join(ROOT, 'node_modules', '.bin', 'node')
/** The Node the npm scripts use (node_modules/.bin/node, Node 24), else this one. */
export const NODE = existsSync(LOCAL_NODE) ? LOCAL_NODE : process.execPath
/** Environment with node_modules/.bin first on PATH, as npm scripts have it. */
export const BENCH_ENV = {
  ...process.env,
  PATH: `${path.join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`
}

export function tmpDir(name) {
  const dir = path.join(TMP, name)
  mkdirSync(dir, { recursive: true })
  return dir
}

export function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Runs a process to completion (output discarded unless asked for): wall ms, exit status. */
export function timed(command, args, options = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, {
    env: BENCH_ENV,
    stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'ignore',
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    ...options
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.error) throw result.error
  return { ms, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Median wall ms of `runs` runs; throws if any run exits non-zero. */
export function medianMs(command, args, runs, options = {}) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const run = timed(command, args, { ...options, capture: true })
    if (run.status !== 0) {
      throw new Error(
        `${command} ${args.join(' ')} exited ${run.status}: ${(run.stderr || run.stdout || '').slice(-800)}`
      )
    }
    times.push(run.ms)
  }
  return median(times)
}

export function machine() {
  const cpus = os.cpus()
  const version = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: version,
    os: `${os.type()} ${os.release()}`
  }
}

/** The seed's "Quick Validation Script": its bash block's steps, each with its command lines. */
export function validationScriptSteps(checklistPath) {
  const text = readFileSync(checklistPath, 'utf8')
  const block = /```bash\n(#!\/bin\/bash[\s\S]*?)```/.exec(text)
  if (!block) throw new Error(`no bash validation script in ${checklistPath}`)
  const steps = []
  for (const raw of block[1].split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line === 'set -e') continue
    const heading = /^echo "\d+\.\s*(.+?)\.*"$/.exec(line)
    if (heading) {
      steps.push({ name: heading[1], commands: [] })
    } else if (!line.startsWith('echo ') && steps.length > 0) {
      steps.at(-1).commands.push(line)
    }
  }
  return steps
}

export const fmt = (ms) => `${ms.toFixed(0)} ms`

/** True when run as `node bench/x.mjs` rather than imported. */
export function isMain(meta) {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === meta.filename
}
