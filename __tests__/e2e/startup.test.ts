// What the bundled action loads when it starts: no crypto module (random tokens come from
// /dev/urandom, src/random.ts) and few files (the action is bundled apart from the CLI,
// scripts/bundle.mjs). Each costs every run time; bench/compare.mjs measures how much.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { randomHex } from '../../src/random.js'
import { REPO_ROOT, runSeedWithoutGitHub } from './run-action.js'

let directory: string

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'startup-'))
})

afterEach(() => {
  rmSync(directory, { recursive: true, force: true })
})

test('randomHex gives as many random bytes as asked, in hex', () => {
  const tokens = Array.from({ length: 50 }, () => randomHex(16))
  for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{32}$/)
  expect(new Set(tokens).size).toBe(50)
  expect(randomHex(6)).toMatch(/^[0-9a-f]{12}$/)
  // Every hex digit shows up in 800 random ones (a stuck or zeroed source would not).
  expect(new Set(tokens.join('')).size).toBe(16)
})

/** The seed checklist's run (validations and publishing off), traced: what it loads, from dist/. */
function traceSeedRun(): {
  status: number | null
  stdout: string
  workspace: string
  internals: string[]
  distFiles: string[]
} {
  // A resolve hook lists the modules the run loads; an exit hook, Node's internal modules.
  const resolved = path.join(directory, 'resolved.txt')
  const internals = path.join(directory, 'internals.txt')
  const hooks = path.join(directory, 'hooks.mjs')
  writeFileSync(
    hooks,
    "import { appendFileSync } from 'node:fs'\n" +
      'export async function resolve(specifier, context, next) {\n' +
      '  const result = await next(specifier, context)\n' +
      `  appendFileSync(${JSON.stringify(resolved)}, result.url + '\\n')\n` +
      '  return result\n' +
      '}\n'
  )
  const register = path.join(directory, 'register.mjs')
  writeFileSync(
    register,
    "import { register } from 'node:module'\n" +
      "import { writeFileSync } from 'node:fs'\n" +
      `register(${JSON.stringify(pathToFileURL(hooks).href)})\n` +
      `process.on('exit', () => writeFileSync(${JSON.stringify(internals)}, process.moduleLoadList.join('\\n')))\n`
  )
  const { run, workspace } = runSeedWithoutGitHub(directory, pathToFileURL(register).href, {
    'fail-on': 'never',
    'report-path': 'report.json'
  })
  const dist = pathToFileURL(path.join(REPO_ROOT, 'dist')).href + '/'
  const distFiles = [
    ...new Set(
      readFileSync(resolved, 'utf8')
        .split('\n')
        .filter((url) => url.startsWith(dist))
        .map((url) => url.slice(dist.length))
    )
  ]
  return {
    status: run.status,
    stdout: run.stdout,
    workspace,
    internals: readFileSync(internals, 'utf8').split('\n'),
    distFiles
  }
}

test('the action starts without crypto modules and from at most 22 dist files', () => {
  const run = traceSeedRun()
  expect(run.status).toBe(0)
  // The run did its work: a report written with a temporary file name (randomHex) and the plan
  // logged inside a stop-commands window (randomHex again).
  expect(JSON.parse(readFileSync(path.join(run.workspace, 'report.json'), 'utf8'))).toMatchObject({
    verdict: { state: 'not-ready', ready: false }
  })
  expect(run.stdout).toMatch(/^::stop-commands::[0-9a-f]{32}$/m)
  expect(run.internals.filter((name) => /crypto/.test(name))).toEqual([])
  expect(run.distFiles.length).toBeGreaterThan(0)
  // 10 files before session 13; the base comparison, GitHub evidence, history and shard modules
  // are shared by the startup path and lazily loaded code, so esbuild splits them into small
  // chunks (21 files, 526 KB on 2026-12-04; 22 files, 504 KB once the evidence lookups were
  // made lazy). The bench's overhead row is the real budget.
  expect(run.distFiles.length).toBeLessThanOrEqual(22)
})

// Modules only some runs need, each loaded with import() where the run needs it. The source
// maps beside the dist files name the modules each file holds.
const LAZY_MODULES = [
  'src/github/index.ts', // publishing: octokit (a token and a surface that goes to the API)
  'src/github/evidence-lookups.ts', // GitHub evidence: a token and something to ask
  'src/compare/index.ts', // the base comparison: a base commit or compare-ref
  'src/shards/action.ts', // shard and merge-reports
  'src/history/previous-report.ts', // input previous-report
  'src/github/report-origin.ts', // input report-from
  'src/plan/config.ts', // a readiness config file
  'src/run/scheduler.ts', // run-validations
  'src/run/runner.ts',
  'src/run/tree-watch.ts'
]

test('the common run (no token, base, shard, config or validations) loads no lazily loaded module', () => {
  const run = traceSeedRun()
  expect(run.status).toBe(0)
  const loadedSources = run.distFiles.flatMap((file) => {
    const map = JSON.parse(readFileSync(path.join(REPO_ROOT, 'dist', `${file}.map`), 'utf8')) as {
      sources: string[]
    }
    return map.sources.map((source) =>
      path.posix.normalize(path.posix.join(path.posix.dirname(file), source))
    )
  })
  // The maps are read as they should be: the orchestrator and the planner are loaded.
  expect(loadedSources).toEqual(expect.arrayContaining(['../src/main.ts', '../src/plan/plan.ts']))
  expect(
    loadedSources.filter((source) => LAZY_MODULES.includes(source.replace(/^\.\.\//, '')))
  ).toEqual([])
})
