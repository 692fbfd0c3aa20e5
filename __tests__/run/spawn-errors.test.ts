/**
 * A command that never started carries a structured kind from the runner; the scheduler decides
 * the hint from that kind, never from the wording of the message.
 */
import type { CommandRunner, RunOutcome, SpawnError } from '../../src/run/runner.js'
import { runValidations } from '../../src/run/scheduler.js'
import { plainValidation } from '../support/validations.js'

const validation = plainValidation('client', {
  name: 'Client build',
  command: 'npm run build',
  cwd: 'clients/typescript'
})

/** A runner that never starts anything: every run ends with `spawnError`. */
function notStarting(spawnError: SpawnError): CommandRunner {
  const outcome: RunOutcome = {
    exitCode: null,
    signal: null,
    timedOut: false,
    spawnError,
    durationMs: 0,
    output: { head: '', tail: '', totalBytes: 0, truncated: false }
  }
  return { run: () => Promise.resolve(outcome) }
}

async function resultFor(spawnError: SpawnError) {
  const [result] = await runValidations([validation], {
    root: '/project',
    concurrency: 1,
    runner: notStarting(spawnError)
  })
  return result!
}

describe('a command that never started', () => {
  it('is an error whose summary is the runner’s message', async () => {
    const result = await resultFor({
      kind: 'spawn-failed',
      message: 'could not start bash: EACCES'
    })
    expect(result.status).toBe('error')
    expect(result.report.summary).toBe('could not start bash: EACCES')
    expect(result.hint).toBeNull()
  })

  it('points at the working directory when the kind says so, whatever the message', async () => {
    const result = await resultFor({ kind: 'working-directory', message: 'no such place' })
    expect(result.hint).toBe(
      "check its working directory 'clients/typescript' (relative to the project root)"
    )
  })

  it('gives no working-directory hint for another kind, even with that wording', async () => {
    const result = await resultFor({
      kind: 'runner-failed',
      message: 'working directory lookup crashed'
    })
    expect(result.status).toBe('error')
    expect(result.hint).toBeNull()
  })
})
