// The whole gate against the seed's own validation script, on one temp copy of the example
// project: `node dist/cli.js check --cwd COPY --fail-on never` (all validations) vs the "Quick
// Validation Script" steps run one after another with bash (without `set -e`, so every step runs;
// a step passes when all its commands exit 0). Both warmed once; per-step pass/fail must agree.
import { cpSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import {
  DIST,
  NODE,
  ROOT,
  fmt,
  isMain,
  median,
  timed,
  tmpDir,
  validationScriptSteps
} from './lib.mjs'

export const TARGET_RATIO = 0.75
const EXAMPLE = path.join(ROOT, 'examples', 'llm-memory-graph')

function prepareCopy() {
  const copy = path.join(tmpDir('gate'), 'llm-memory-graph')
  rmSync(copy, { recursive: true, force: true })
  cpSync(EXAMPLE, copy, { recursive: true })
  return copy
}

/** The script's steps in order, tracking `cd` across steps as the script does. */
function runScript(copy, steps) {
  let cwd = copy
  const outcome = {}
  const start = process.hrtime.bigint()
  for (const step of steps) {
    let passed = true
    for (const command of step.commands) {
      const cd = /^cd\s+(.+)$/.exec(command)
      if (cd) {
        cwd = path.resolve(cwd, cd[1])
        continue
      }
      // Within a step, stop at the first failing command (as `set -e` would).
      if (passed && timed('bash', ['-c', command], { cwd }).status !== 0) passed = false
    }
    outcome[step.name] = passed
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, outcome }
}

function runGate(copy, concurrency) {
  const report = path.join(tmpDir('gate'), 'report.json')
  const args = [path.join(DIST, 'cli.js'), 'check', '--cwd', copy, '--fail-on', 'never']
  args.push('--json', report)
  if (concurrency) args.push('--concurrency', String(concurrency))
  const run = timed(NODE, args, { capture: true })
  if (run.status !== 0) throw new Error(`gate exited ${run.status}: ${run.stderr.slice(-800)}`)
  const { validations } = JSON.parse(readFileSync(report, 'utf8'))
  const outcome = {}
  for (const validation of validations) outcome[validation.name] = validation.status === 'passed'
  return { ms: run.ms, outcome, statuses: validations.map((v) => `${v.name}: ${v.status}`) }
}

export function gate({ runs = 3, concurrency } = {}) {
  const copy = prepareCopy()
  const steps = validationScriptSteps(path.join(copy, 'PRODUCTION_CHECKLIST.md'))
  // Warm the build caches and npm caches with one run of each.
  runScript(copy, steps)
  runGate(copy, concurrency)
  const scriptRuns = []
  const gateRuns = []
  for (let i = 0; i < runs; i++) {
    scriptRuns.push(runScript(copy, steps))
    gateRuns.push(runGate(copy, concurrency))
  }
  const scriptOutcome = scriptRuns.at(-1).outcome
  const gateOutcome = gateRuns.at(-1).outcome
  const mismatches = steps
    .map((step) => step.name)
    .filter((name) => scriptOutcome[name] !== gateOutcome[name])
    .map((name) => `${name}: script ${scriptOutcome[name]}, gate ${gateOutcome[name]}`)
  rmSync(copy, { recursive: true, force: true })
  const scriptMs = median(scriptRuns.map((r) => r.ms))
  const gateMs = median(gateRuns.map((r) => r.ms))
  return {
    runs,
    scriptMs,
    gateMs,
    ratio: gateMs / scriptMs,
    steps: steps.map((step) => ({
      name: step.name,
      script: scriptOutcome[step.name] ? 'pass' : 'fail',
      gate: gateOutcome[step.name] ? 'pass' : 'fail'
    })),
    gateStatuses: gateRuns.at(-1).statuses,
    mismatches
  }
}

export function gateRows(g) {
  const pass = (side) => g.steps.filter((s) => s[side] === 'pass').length
  return [
    {
      benchmark: 'Whole gate vs sequential script',
      metric: `cli check (all validations) / seed script steps in sequence, medians of ${g.runs}`,
      value: `${fmt(g.gateMs)} / ${fmt(g.scriptMs)} = ${g.ratio.toFixed(2)}×`,
      target: `≤ ${TARGET_RATIO}×`,
      met: g.ratio <= TARGET_RATIO
    },
    {
      benchmark: 'Same per-step verdicts',
      metric: `pass/fail of ${g.steps.length} steps (gate ${pass('gate')} pass, script ${pass('script')} pass)`,
      value: g.mismatches.length ? g.mismatches.join('; ') : 'identical',
      target: 'identical',
      met: g.mismatches.length === 0
    }
  ]
}

if (isMain(import.meta)) {
  console.log(JSON.stringify(gate(), null, 2))
}
