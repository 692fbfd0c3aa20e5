#!/usr/bin/env node
// Parser benchmark: whole-process time and peak memory to parse generated checklists of 100 KiB,
// 1 MiB and 10 MiB into JSON, side by side with GitHub's own parser (cmark-gfm).
//
//   node bench/parser.mjs [--runs 5] [--sizes 100KiB,1MiB,10MiB] [--check]
//
// Ours is `node dist/cli.js parse FILE --json > /dev/null` when the bundled CLI has the parse
// command; otherwise the same work (loadChecklist + JSON.stringify) bundled by esbuild into
// bench/.tmp/parse-file.mjs. cmark-gfm is `cmark-gfm -e tasklist -t xml FILE > /dev/null`.
// Peak RSS comes from GNU time (`/usr/bin/time -f %M`). --check exits 1 when 10 MiB takes more
// than twice cmark-gfm's time or time per MiB grows more than 1.5× from 1 MiB to 10 MiB.
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { parseSize, writeGeneratedChecklist } from './generate-checklist.mjs'
import { GNU_TIME, ROOT, TMP, median } from './lib.mjs'

const SEED = path.join(ROOT, 'examples', 'llm-memory-graph', 'PRODUCTION_CHECKLIST.md')
const CMARK = '/usr/bin/cmark-gfm'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '100KiB,1MiB,10MiB' },
    check: { type: 'boolean', default: false }
  }
})
const runs = Math.max(5, Number(values.runs))
const sizes = values.sizes.split(',')

/** One whole-process run with stdout to /dev/null: wall milliseconds and peak RSS in KiB. */
function measure(command, args) {
  const devNull = openSync('/dev/null', 'w')
  const rssFile = path.join(TMP, 'rss.txt')
  const useTime = existsSync(GNU_TIME)
  const [program, programArgs] = useTime
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]]
    : [command, args]
  const start = process.hrtime.bigint()
  const result = spawnSync(program, programArgs, {
    stdio: ['ignore', devNull, 'pipe'],
    maxBuffer: 1 << 26
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  closeSync(devNull)
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`
    )
  }
  const rssKiB = useTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : NaN
  return { ms, rssKiB }
}

/** The bundled CLI if it already has `parse --json`, else our own bundle of the same work. */
async function parserCommand() {
  const cli = path.join(ROOT, 'dist', 'cli.js')
  if (existsSync(cli)) {
    const probe = spawnSync(process.execPath, [cli, 'parse', SEED, '--json'], { encoding: 'utf8' })
    if (
      probe.status === 0 &&
      probe.stdout.trimStart().startsWith('{') &&
      probe.stdout.includes('"phases"')
    ) {
      return {
        label: 'node dist/cli.js parse FILE --json',
        args: (file) => [cli, 'parse', file, '--json']
      }
    }
  }
  const outfile = path.join(TMP, 'parse-file.mjs')
  await build({
    stdin: {
      contents: [
        "import { loadChecklist } from './src/checklist/load.ts'",
        'process.stdout.write(JSON.stringify(loadChecklist(process.argv[2]), null, 2) + "\\n")'
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts'
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning'
  })
  return {
    label: 'node bench/.tmp/parse-file.mjs FILE (dist/cli.js has no parse yet)',
    args: (file) => [outfile, file]
  }
}

/**
 * Where the time goes, in a fresh process per size: read, parse (parseChecklist), and
 * JSON.stringify compact and indented (what `parse --json` prints), each the median of runs.
 */
async function inProcessBreakdown(files) {
  const library = path.join(TMP, 'checklist-library.mjs')
  await build({
    entryPoints: [path.join(ROOT, 'src', 'checklist', 'parse.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: library,
    logLevel: 'warning'
  })
  const script = path.join(TMP, 'in-process.mjs')
  writeFileSync(
    script,
    [
      `import { readFileSync } from 'node:fs'`,
      `import { parseChecklist } from ${JSON.stringify(library)}`,
      `const [file, runs] = [process.argv[2], Number(process.argv[3])]`,
      `const time = (run) => { const start = performance.now(); const result = run(); return [performance.now() - start, result] }`,
      `const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]`,
      `const samples = { read: [], parse: [], compact: [], indented: [] }`,
      `for (let i = 0; i < runs; i++) {`,
      `  const [read, text] = time(() => readFileSync(file, 'utf8'))`,
      `  const [parse, checklist] = time(() => parseChecklist(text, file))`,
      `  samples.read.push(read); samples.parse.push(parse)`,
      `  samples.compact.push(time(() => JSON.stringify(checklist))[0])`,
      `  samples.indented.push(time(() => JSON.stringify(checklist, null, 2))[0])`,
      `}`,
      `console.log(JSON.stringify(Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]))))`
    ].join('\n')
  )
  return files.map(({ size, file, bytes }) => {
    const result = spawnSync(process.execPath, [script, file, String(runs)], { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`in-process timing failed: ${result.stderr}`)
    return { size, bytes, ...JSON.parse(result.stdout) }
  })
}

function machine() {
  const cpus = os.cpus()
  const cmark = existsSync(CMARK)
    ? spawnSync(CMARK, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]
    : 'absent'
  return [
    `CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    `Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `Node: ${process.version} (${os.platform()} ${os.arch()})`,
    `cmark-gfm: ${cmark}`,
    `Runs per measurement: ${runs} (median), after one warm-up run`
  ]
}

const pad = (value, width) => String(value).padStart(width)
const mib = (bytes) => bytes / 2 ** 20

mkdirSync(TMP, { recursive: true })
const ours = await parserCommand()
console.log(machine().join('\n'))
console.log(`Ours: ${ours.label}`)
console.log(`cmark-gfm: cmark-gfm -e tasklist -t xml FILE > /dev/null\n`)

const rows = []
const inputs = []
for (const size of sizes) {
  const file = path.join(TMP, `checklist-${size}.md`)
  if (!existsSync(file) || readFileSync(file).length < parseSize(size))
    writeGeneratedChecklist(size, file)
  const bytes = readFileSync(file).length
  inputs.push({ size, file, bytes })
  measure(process.execPath, ours.args(file))
  const ourRuns = Array.from({ length: runs }, () => measure(process.execPath, ours.args(file)))
  let cmarkRuns = []
  if (existsSync(CMARK)) {
    measure(CMARK, ['-e', 'tasklist', '-t', 'xml', file])
    cmarkRuns = Array.from({ length: runs }, () =>
      measure(CMARK, ['-e', 'tasklist', '-t', 'xml', file])
    )
  }
  rows.push({
    size,
    bytes,
    oursMs: median(ourRuns.map((run) => run.ms)),
    oursRss: Math.max(...ourRuns.map((run) => run.rssKiB)),
    cmarkMs: cmarkRuns.length ? median(cmarkRuns.map((run) => run.ms)) : NaN,
    cmarkRss: cmarkRuns.length ? Math.max(...cmarkRuns.map((run) => run.rssKiB)) : NaN
  })
}

console.log(
  '| size | ours ms | ours ms/MiB | ours peak RSS | cmark-gfm ms | cmark ms/MiB | cmark peak RSS | ours/cmark |'
)
console.log(
  '|-----:|--------:|------------:|--------------:|-------------:|-------------:|---------------:|-----------:|'
)
for (const row of rows) {
  console.log(
    `| ${row.size} | ${pad(row.oursMs.toFixed(0), 7)} | ${pad((row.oursMs / mib(row.bytes)).toFixed(0), 11)} | ` +
      `${pad((row.oursRss / 1024).toFixed(0), 9)} MiB | ${pad(row.cmarkMs.toFixed(0), 12)} | ` +
      `${pad((row.cmarkMs / mib(row.bytes)).toFixed(0), 12)} | ${pad((row.cmarkRss / 1024).toFixed(0), 10)} MiB | ` +
      `${pad((row.oursMs / row.cmarkMs).toFixed(2), 9)}× |`
  )
}

console.log('\nIn-process medians (fresh process per size): ms, and ms per MiB for parse')
console.log('| size | read | parseChecklist | parse ms/MiB | JSON compact | JSON indented |')
console.log('|-----:|-----:|---------------:|-------------:|-------------:|--------------:|')
const breakdown = await inProcessBreakdown(inputs)
for (const row of breakdown) {
  const cells = [row.read, row.parse, row.parse / mib(row.bytes), row.compact, row.indented]
  console.log(`| ${row.size} | ${cells.map((cell) => pad(cell.toFixed(0), 6)).join(' | ')} |`)
}

const largest = rows.find((row) => row.size === '10MiB')
const middle = rows.find((row) => row.size === '1MiB')
if (largest && middle) {
  const ratio = largest.oursMs / largest.cmarkMs
  const growth = largest.oursMs / mib(largest.bytes) / (middle.oursMs / mib(middle.bytes))
  // Whole-process time at 100 KiB is mostly Node's start, so linearity from the smallest size is
  // judged on the parse itself: its time per MiB must not grow with the size.
  const parsePerMiB = breakdown.map((row) => row.parse / mib(row.bytes))
  const parseGrowth = (parsePerMiB.at(-1) ?? 0) / (parsePerMiB[0] ?? 1)
  const ok = ratio <= 2 && growth <= 1.5 && parseGrowth <= 1.5
  console.log(
    `\n10 MiB: ${ratio.toFixed(2)}× cmark-gfm's time (target ≤ 2×); time per MiB 1 MiB → 10 MiB: ` +
      `×${growth.toFixed(2)}; parse time per MiB ${breakdown[0]?.size} → ${breakdown.at(-1)?.size}: ` +
      `×${parseGrowth.toFixed(2)} (linear ≈ 1 or less). ${ok ? 'Target met.' : 'TARGET MISSED.'}`
  )
  if (values.check && !ok) process.exitCode = 1
}
