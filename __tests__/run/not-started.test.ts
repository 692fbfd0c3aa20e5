/**
 * A validation that never started has one shape, built by runner.ts' notStartedOutcome: the
 * runner's own spawn failures and the scheduler's "the runner threw" are the same outcome but for
 * the kind and the message.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { notStartedOutcome, ProcessRunner, type CommandRunner } from '../../src/run/runner.js'
import { runValidations } from '../../src/run/scheduler.js'
import { plainValidation } from '../support/validations.js'

const validation = plainValidation('build', { name: 'Build', command: 'true' })

let root: string

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rg-not-started-')))
})

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
})

test('the process runner: a missing working directory is a not-started outcome', async () => {
  const cwd = path.join(root, 'missing')
  const outcome = await new ProcessRunner().run({
    command: 'true',
    cwd,
    env: {},
    timeoutMs: 5_000
  })
  expect(outcome).toEqual(
    notStartedOutcome({
      kind: 'working-directory',
      message: `working directory '${cwd}' does not exist`
    })
  )
})

test('the scheduler: a runner that throws gives the result a not-started outcome gives', async () => {
  const throwing: CommandRunner = { run: () => Promise.reject(new Error('boom')) }
  const notStarting: CommandRunner = {
    run: () =>
      Promise.resolve(
        notStartedOutcome({
          kind: 'runner-failed',
          message: 'internal error in the command runner: boom'
        })
      )
  }
  const [thrown] = await runValidations([validation], { root, concurrency: 1, runner: throwing })
  const [reported] = await runValidations([validation], {
    root,
    concurrency: 1,
    runner: notStarting
  })
  expect(thrown!.status).toBe('error')
  expect(thrown!.report.summary).toBe('internal error in the command runner: boom')
  expect({ ...thrown, startedAtMs: 0 }).toEqual({ ...reported, startedAtMs: 0 })
})
