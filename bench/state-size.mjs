// The size of the run's hidden record in the sticky comment (src/history/state-block.ts) for the
// seed's checklist: nine validations with two counts each, a full trend of 20 runs, and the ticks
// as the seed has them (none) and with every item ticked (the worst case for this checklist).
import { spawnSync } from 'node:child_process'
import { buildSync } from 'esbuild'
import path from 'node:path'
import { NODE, ROOT, isMain, tmpDir } from './lib.mjs'

const SEED = path.join(ROOT, 'examples', 'llm-memory-graph', 'PRODUCTION_CHECKLIST.md')

const PROBE = `
import { readFileSync } from 'node:fs'
import { parseChecklist } from './src/checklist/parse.ts'
import { planValidations } from './src/plan/plan.ts'
import { assess } from './src/readiness/assess.ts'
import { DEFAULT_GATE_RULES } from './src/readiness/model.ts'
import { recordRun, trackedItems } from './src/history/record.ts'
import { encodeStateBlock } from './src/history/state-block.ts'

function blockSize(text) {
  const checklist = parseChecklist(text, 'PRODUCTION_CHECKLIST.md')
  const validations = planValidations(checklist, null).validations
  const results = validations.map((v, i) => ({
    id: v.id, status: i % 3 === 0 ? 'failed' : 'passed', exitCode: 0, signal: null,
    durationMs: 1000, startedAtMs: 0,
    output: { head: '', tail: '', totalBytes: 0, truncated: false },
    report: { findings: [], droppedFindings: 0, counts: { errors: 29, warnings: 3 }, summary: 'ok' },
    hint: null
  }))
  const assessment = assess({ checklist, validations, results, rules: DEFAULT_GATE_RULES, validationsRun: true })
  const items = trackedItems(checklist)
  let state = null
  for (let run = 0; run < 25; run++) {
    const sha = (run.toString(16).padStart(2, '0')).repeat(20)
    state = recordRun({ assessment, items, sha, at: new Date(Date.UTC(2026, 11, 1, run)).toISOString() }, state)
  }
  const encoded = encodeStateBlock(state)
  return { chars: encoded.block.length, bytes: Buffer.byteLength(encoded.block), shed: encoded.shed, items: items.length, ticked: state.ticked.length, validations: validations.length }
}

const seed = readFileSync(process.argv[2], 'utf8')
process.stdout.write(JSON.stringify({
  asWritten: blockSize(seed),
  allTicked: blockSize(seed.replace(/^(\\s*[-*] )\\[ \\]/gm, '$1[x]'))
}))
`

export function stateSize() {
  const outfile = path.join(tmpDir('state-size'), 'probe.mjs')
  buildSync({
    stdin: { contents: PROBE, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning'
  })
  const probe = spawnSync(NODE, [outfile, SEED], { encoding: 'utf8' })
  if (probe.status !== 0) throw new Error(`state-size probe failed: ${probe.stderr}`)
  return JSON.parse(probe.stdout)
}

export function stateSizeRows(s) {
  const describe = (m) =>
    `${m.bytes} B (${m.ticked} of ${m.items} items ticked, ${m.validations} validations, 20-run trend${m.shed > 0 ? `, ${m.shed} shedding steps` : ''})`
  return [
    {
      benchmark: 'State block size (seed)',
      metric:
        'hidden record in the sticky comment for the seed checklist: as written / every item ticked',
      value: `${describe(s.asWritten)} / ${describe(s.allTicked)}`,
      target: '< 4096 B',
      met: s.asWritten.bytes < 4096 && s.allTicked.bytes < 4096
    }
  ]
}

if (isMain(import.meta)) {
  const s = stateSize()
  console.log(JSON.stringify(s, null, 2))
  for (const row of stateSizeRows(s)) console.log(`${row.benchmark}: ${row.value}`)
}
