// The action's run() from source, its I/O faked (inputs, log, outputs, job summary) and GitHub
// served by the local server: failures, exit codes, per-run warnings, untrusted text kept out of
// our own log lines, and the check run started while the validations already run.
import { afterAll, describe, expect, test } from '@jest/globals'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { run } from '../../src/main.js'
import { gitHubServerPerTest, type GitHubServer } from '../support/github-server.js'
import { TOKENS } from '../support/github-identities.js'
import {
  fakeActionIo,
  pushRunEnvironment,
  recordingLogger,
  tempDirs,
  writeProject,
  type FakeActionIo
} from '../support/entry-io.js'

const temp = tempDirs('rg-action-')
let server: GitHubServer

gitHubServerPerTest({ set: (started) => (server = started), get: () => server })
afterAll(() => {
  temp.cleanup()
})

/** The environment of a push run, its repository and commit seeded into the server. */
function pushEnvironment(workspace: string): Record<string, string> {
  return pushRunEnvironment(server, workspace)
}

function project(items = '- [x] Build passes', script = 'echo "1. Good..."\ntrue'): string {
  return writeProject(temp.make(), { items, script })
}

function actionIo(workspace: string, inputs: Record<string, string> = {}): FakeActionIo {
  return fakeActionIo({
    cwd: workspace,
    inputs: { 'github-token': TOKENS.actions, ...inputs },
    env: pushEnvironment(workspace)
  })
}

describe('a run that cannot assess', () => {
  test('a bad input: exit 2, verdict error, one error line naming the input, no check run', async () => {
    const io = actionIo(project(), { 'fail-on': 'sometimes' })
    expect(await run(io)).toBe(2)
    expect(io.outputs).toEqual({ ready: 'false', verdict: 'error', 'report-path': '' })
    expect(io.log.of('error')).toEqual([
      "Input 'fail-on' must be 'not-ready' or 'never' (got 'sometimes'); fix the 'fail-on' input."
    ])
    expect(io.summary.join('')).toContain('Readiness could not be assessed: configuration error')
    expect(io.log.of('debug')).toEqual([])
    expect(server.state.checkRuns).toEqual([])
  })

  test('a missing checklist: the check run started meanwhile is completed as a failure', async () => {
    const workspace = project()
    const io = actionIo(workspace, { checklist: 'docs/NOPE.md' })
    expect(await run(io)).toBe(2)
    expect(io.outputs).toEqual({ ready: 'false', verdict: 'error', 'report-path': '' })
    const [checkRun] = server.state.checkRuns
    expect(checkRun).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Readiness could not be assessed: configuration error' }
    })
    expect(io.log.of('error')).toHaveLength(1)
    expect(io.log.of('error')[0]).toMatch(
      /^Checklist '.*docs\/NOPE\.md' does not exist; point the checklist input at/
    )
  })

  test('a bug: exit 3, its stack in the debug log only', async () => {
    const io = actionIo(project())
    io.setOutputs = () => {
      throw new Error('the outputs file vanished')
    }
    expect(await run(io)).toBe(3)
    expect(io.log.of('error')).toEqual(['the outputs file vanished'])
    expect(io.log.of('debug').join('\n')).toMatch(/at .*main\.ts/)
    expect(io.summary.join('')).toContain('Readiness could not be assessed: internal error')
    expect(server.state.checkRuns.map((r) => r.conclusion)).toEqual(['failure'])
  })
})

test('each run warns once about each problem: no state is kept between runs', async () => {
  for (let attempt = 0; attempt < 2; attempt++) {
    const workspace = project()
    const io = fakeActionIo({ cwd: workspace, inputs: {}, env: pushEnvironment(workspace) })
    expect(await run(io)).toBe(0)
    expect(io.log.of('warning')).toEqual([
      "Input 'github-token' is empty: the check run, status and PR comment are not published; the job summary and outputs still are."
    ])
  }
})

test('text from the checklist and from commands goes through the untrusted channel only', async () => {
  const workspace = project(
    '- [x] Build passes',
    'echo "1. ::error::step-name-injection..."\ntrue && echo "::set-output name=ready::true output-injection"'
  )
  const io = actionIo(workspace, { 'fail-on': 'never' })
  await run(io)
  const untrusted = io.log.of('untrusted').join('\n')
  expect(untrusted).toContain('step-name-injection')
  expect(untrusted).toContain('output-injection')
  for (const kind of ['info', 'warning', 'error', 'debug'] as const) {
    expect(io.log.of(kind).join('\n')).not.toMatch(/injection/)
  }
  // A group title is command data (escaped by @actions/core), never a line of its own.
  expect(io.log.of('group')).toEqual([expect.stringMatching(/^PASS ::error::step-name-injection/)])
})

test('the validations start while the check run is still being created', async () => {
  const workspace = project()
  let validationStarted!: () => void
  const started = new Promise<void>((resolve) => (validationStarted = resolve))
  const log = recordingLogger((kind, text) => {
    if (kind === 'untrusted' && text.startsWith('▶ Good')) validationStarted()
  })
  const real = await import('../../src/github/index.js')
  const io = fakeActionIo({
    cwd: workspace,
    inputs: { 'github-token': TOKENS.actions },
    env: pushEnvironment(workspace),
    log,
    // GitHub answers the check run's creation only once a validation has started: a run that
    // waited for the check run before starting its validations would never finish.
    loadGitHub: () =>
      Promise.resolve({
        ...real,
        tryStartCheckRun: async (...args: Parameters<typeof real.tryStartCheckRun>) => {
          await started
          return real.tryStartCheckRun(...args)
        }
      })
  })
  expect(await run(io)).toBe(0)
  expect(server.requests.map((r) => r.operationId)).toEqual(['checks/create', 'checks/update'])
  expect(server.state.checkRuns.map((r) => r.conclusion)).toEqual(['success'])
}, 10_000)

test('without GitHub (a local run) the outputs and summary still come, and the report is written', async () => {
  const workspace = project()
  const io = fakeActionIo({ cwd: workspace, inputs: {}, env: {} })
  expect(await run(io)).toBe(0)
  expect(io.outputs).toMatchObject({ ready: 'true', verdict: 'ready' })
  expect(io.summary.join('')).toContain('Ready')
  const report = JSON.parse(fs.readFileSync(path.join(workspace, 'readiness-report.json'), 'utf8'))
  expect(report.context).toMatchObject({
    checklistPath: 'PRODUCTION_CHECKLIST.md',
    repository: null
  })
  expect(io.log.of('info')).toEqual(['Ready'])
})

describe('problem matchers', () => {
  const matcher = '/action/.github/matchers/clippy.json'
  async function matchersRegistered(
    inputs: Record<string, string>,
    env: Record<string, string>
  ): Promise<string[]> {
    const workspace = project()
    const io = fakeActionIo({
      cwd: workspace,
      inputs: { 'github-token': TOKENS.actions, ...inputs },
      env: { ...pushEnvironment(workspace), ...env },
      matcherFiles: [matcher]
    })
    await run(io)
    return io.log.of('info').filter((line) => line.startsWith('::add-matcher'))
  }

  test('not registered when the gate check run carries the annotations (no finding twice)', async () => {
    expect(await matchersRegistered({}, {})).toEqual([])
  })

  test('registered when the check run is off', async () => {
    expect(await matchersRegistered({ 'check-run': 'false' }, {})).toEqual([
      `::add-matcher::${matcher}`
    ])
  })

  test('registered outside GitHub Actions never', async () => {
    expect(await matchersRegistered({ 'check-run': 'false' }, { GITHUB_ACTIONS: 'false' })).toEqual(
      []
    )
  })
})
