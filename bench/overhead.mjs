// Action overhead: `node dist/index.js` on the seed checklist with validations and publishing off,
// against `node -e 0`; and which dist chunks it loads (none with octokit or undici may be).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  BENCH_ENV,
  DIST,
  NODE,
  ROOT,
  fmt,
  isMain,
  median,
  medianMs,
  timed,
  tmpDir
} from './lib.mjs'

export const TARGET_OVERHEAD_MS = 100

/** Environment for an action run with no validations and nothing published. */
export function actionEnv(dir) {
  const output = path.join(dir, 'github-output.txt')
  writeFileSync(output, '')
  // The seed's checklist in a workspace of its own: the report is written inside the working
  // directory (settings.ts refuses a report-path outside it), never into the example project.
  const workspace = path.join(dir, 'workspace')
  mkdirSync(workspace, { recursive: true })
  copyFileSync(
    path.join(ROOT, 'examples', 'llm-memory-graph', 'PRODUCTION_CHECKLIST.md'),
    path.join(workspace, 'PRODUCTION_CHECKLIST.md')
  )
  return {
    ...BENCH_ENV,
    GITHUB_OUTPUT: output,
    GITHUB_WORKSPACE: workspace,
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_RUN-VALIDATIONS': 'false',
    'INPUT_CHECK-RUN': 'false',
    INPUT_COMMENT: 'false',
    'INPUT_COMMIT-STATUS': 'false',
    'INPUT_JOB-SUMMARY': 'false',
    'INPUT_FAIL-ON': 'never',
    'INPUT_REPORT-PATH': 'report.json'
  }
}

/** Module URLs under dist/ that one action run resolves, via a resolve hook (module.register). */
function loadedDistFiles(dir, env) {
  const log = path.join(dir, 'loaded.txt')
  const hooks = path.join(dir, 'trace-hooks.mjs')
  const loader = path.join(dir, 'trace-loader.mjs')
  rmSync(log, { force: true })
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs'\n` +
      `export async function resolve(specifier, context, next) {\n` +
      `  const result = await next(specifier, context)\n` +
      `  appendFileSync(${JSON.stringify(log)}, result.url + '\\n')\n` +
      `  return result\n}\n`
  )
  writeFileSync(
    loader,
    `import { register } from 'node:module'\n` +
      `register(${JSON.stringify(pathToFileURL(hooks).href)})\n`
  )
  const run = timed(NODE, ['--import', pathToFileURL(loader).href, path.join(DIST, 'index.js')], {
    env,
    capture: true
  })
  if (run.status !== 0) throw new Error(`traced action run exited ${run.status}: ${run.stderr}`)
  const distUrl = pathToFileURL(DIST).href
  return [
    ...new Set(
      readFileSync(log, 'utf8')
        .split('\n')
        .filter((url) => url.startsWith(distUrl))
        .map((url) => url.slice(distUrl.length + 1))
    )
  ].sort()
}

export function overhead({ runs = 20 } = {}) {
  const dir = tmpDir('overhead')
  const env = actionEnv(dir)
  const action = [path.join(DIST, 'index.js')]
  // One warm-up each, then interleaved runs so drift hits both alike.
  medianMs(NODE, ['-e', '0'], 1)
  medianMs(NODE, action, 1, { env })
  const baseline = []
  const actionTimes = []
  for (let i = 0; i < runs; i++) {
    baseline.push(medianMs(NODE, ['-e', '0'], 1))
    actionTimes.push(medianMs(NODE, action, 1, { env }))
  }
  const loaded = loadedDistFiles(dir, env)
  // The publishing stack (octokit, undici) is bundled into chunks that name their sources.
  const heavy = loaded.filter((file) =>
    /node_modules\/(?:undici|@octokit)\//.test(readFileSync(path.join(DIST, file), 'utf8'))
  )
  const octokitLoaded = heavy.length > 0
  const result = {
    runs,
    baselineMs: median(baseline),
    actionMs: median(actionTimes),
    loaded,
    heavy,
    octokitLoaded
  }
  result.overheadMs = result.actionMs - result.baselineMs
  return result
}

export function overheadRows(r) {
  return [
    {
      benchmark: 'Action overhead',
      metric: `node dist/index.js (validations + publishing off) − node -e 0, median of ${r.runs}`,
      value: `${fmt(r.actionMs)} − ${fmt(r.baselineMs)} = ${fmt(r.overheadMs)}`,
      target: `≤ ${TARGET_OVERHEAD_MS} ms`,
      met: r.overheadMs <= TARGET_OVERHEAD_MS
    },
    {
      benchmark: 'Octokit and undici stay unloaded',
      metric: `${r.loaded.length} dist modules resolved`,
      value: r.octokitLoaded ? `loaded: ${r.heavy.join(', ')}` : 'not loaded',
      target: 'not loaded',
      met: !r.octokitLoaded
    }
  ]
}

if (isMain(import.meta)) {
  const result = overhead()
  console.log(JSON.stringify(result, null, 2))
}
