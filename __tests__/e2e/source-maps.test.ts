// The bundled CLI and action print an internal error's stack with src/ positions (through the
// source maps beside dist/'s files), not positions in dist/. The failure is injected by a module
// preloaded with --import that makes a write to stdout throw, as a broken pipe or a full disk
// would make it fail.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { REPO_ROOT, SEED_CHECKLIST as SEED, runSeedWithoutGitHub } from './run-action.js'

let directory: string

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'source-maps-'))
})

afterEach(() => {
  rmSync(directory, { recursive: true, force: true })
})

/** A module to preload that makes the first stdout write containing `marker` throw. */
function failingStdout(marker: string): string {
  const file = path.join(directory, 'failing-stdout.mjs')
  writeFileSync(
    file,
    'const write = process.stdout.write.bind(process.stdout)\n' +
      'process.stdout.write = (chunk, ...rest) => {\n' +
      `  if (String(chunk).includes(${JSON.stringify(marker)})) throw new Error('injected stdout failure')\n` +
      '  return write(chunk, ...rest)\n' +
      '}\n'
  )
  return pathToFileURL(file).href
}

/** The 1-based line of `src/<file>` that holds `text` (which must occur once). */
function sourceLine(file: string, text: string): number {
  const lines = readFileSync(path.join(REPO_ROOT, 'src', file), 'utf8').split('\n')
  const found = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []))
  expect([file, text, found.length]).toEqual([file, text, 1])
  return found[0]!
}

const srcUrl = (file: string): string => pathToFileURL(path.join(REPO_ROOT, 'src', file)).href

test('the CLI prints an internal error with the src/ file and line that threw', () => {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      failingStdout('"items"'),
      path.join(REPO_ROOT, 'dist', 'cli.js'),
      'parse',
      SEED,
      '--json'
    ],
    { encoding: 'utf8', cwd: directory }
  )
  expect(run.status).toBe(3)
  expect(run.stderr).toContain('readiness-gate: internal error: injected stdout failure')
  const line = sourceLine('cli/commands.ts', 'io.out(JSON.stringify(checklist')
  expect(run.stderr).toMatch(
    new RegExp(`at parseCommand \\(${escape(srcUrl('cli/commands.ts'))}:${line}:\\d+\\)`)
  )
  expect(run.stderr).toMatch(new RegExp(`at runCli \\(${escape(srcUrl('cli/commands.ts'))}:`))
  expect(run.stderr).not.toContain(pathToFileURL(path.join(REPO_ROOT, 'dist')).href)
})

test("the action's debug log names the src/ lines of an internal error", () => {
  const { run } = runSeedWithoutGitHub(directory, failingStdout('Planned 9'))
  expect(run.status).toBe(3)
  // core.debug escapes the stack's newlines as %0A: one ::debug:: line holds every frame.
  const debug = run.stdout.split('\n').find((text) => text.startsWith('::debug::Error'))
  expect(debug).toBeDefined()
  const frames = debug!.split('%0A')
  expect(frames[0]).toBe('::debug::Error: injected stdout failure')
  const line = sourceLine('gate.ts', 'options.progress?.planned?.(plan)')
  expect(frames).toContainEqual(
    expect.stringMatching(
      new RegExp(`at evaluateReadiness \\(${escape(srcUrl('gate.ts'))}:${line}:\\d+\\)$`)
    )
  )
  expect(frames).toContainEqual(expect.stringContaining(`(${srcUrl('main.ts')}:`))
  expect(debug).not.toContain(pathToFileURL(path.join(REPO_ROOT, 'dist')).href)
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
