/**
 * The scheduler: concurrency, lanes, needs, plan order, and how each outcome becomes a
 * ValidationResult. Scheduling is checked with a fake runner whose commands end when the test
 * says so, and a fake clock: the order of events is asserted, never the wall clock. A few tests
 * at the end drive the real ProcessRunner (bash) to check the two fit together.
 */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { ConfigurationError } from '../../src/errors.js'
import type { ToolReport, Validation, ValidationResult } from '../../src/validations/model.js'
import { ProcessRunner, type RunOutcome } from '../../src/run/runner.js'
import { runValidations, type ScheduleOptions } from '../../src/run/scheduler.js'
import type { ToolParser } from '../../src/findings/types.js'
import { capturedOutput, FakeRunner, outcome, settled } from '../support/fake-runner.js'
import { scratchDirectory } from '../support/temporary.js'
import { plainValidation } from '../support/validations.js'

const scratch = scratchDirectory('scheduler-test-')

const runner = new ProcessRunner()

/** A validation whose command is its id, so the fake runner's records read as ids. */
function validation(id: string, command = id, extra: Partial<Validation> = {}): Validation {
  return plainValidation(id, { command, ...extra })
}

function step(id: string, extra: Partial<Validation> = {}): Validation {
  return validation(id, id, extra)
}

/** A parser that records the lines it is fed and reports "<n> lines, exit <code>". */
function recordingParser(seen: string[] = []): ToolParser {
  return {
    id: 'recording',
    matches: () => true,
    create: () => ({
      line: (text) => {
        seen.push(text)
      },
      finish: (exitCode): ToolReport => ({
        findings: [],
        droppedFindings: 0,
        counts: {},
        summary: `${seen.length} lines, exit ${String(exitCode)}`
      })
    })
  }
}

/**
 * Starts a plan on a fake runner and records "start <id>" / "end <id>" as the scheduler calls
 * onStart/onEnd. `end(id)` finishes a command and returns once the scheduler has handled its end
 * (and started whatever that end let start: both happen in the one callback); it throws at once
 * if the scheduler does not end it.
 */
function schedule(plan: Validation[], options: Partial<ScheduleOptions> = {}) {
  const fake = new FakeRunner()
  const events: string[] = []
  const results = runValidations(plan, {
    root: scratch.dir,
    runner: fake,
    parserFor: () => recordingParser(),
    now: () => 0,
    ...options,
    onStart: (v) => events.push(`start ${v.id}`),
    onEnd: (v) => events.push(`end ${v.id}`)
  })
  let over = false
  results.then(
    () => (over = true),
    () => (over = true)
  )
  const ended = async (id: string): Promise<void> => {
    await settled()
    if (!events.includes(`end ${id}`)) throw new Error(`'${id}' did not end: ${events.join(', ')}`)
  }
  const commandOf = (id: string): string => plan.find((v) => v.id === id)!.command
  return {
    runner: fake,
    events,
    end: async (id: string, result?: RunOutcome, lines?: string[]): Promise<void> => {
      await fake.finish(commandOf(id), result, lines)
      await ended(id)
    },
    /** Returns once the scheduler has ended `id` (one it never ran), or throws. */
    ended,
    /** The results, once the run is over; throws at once if it is not. */
    finished: async (): Promise<ValidationResult[]> => {
      await settled()
      if (!over) throw new Error(`the run is not over: ${events.join(', ')}`)
      return results
    }
  }
}

function byId(results: ValidationResult[], id: string): ValidationResult {
  return results.find((result) => result.id === id)!
}

describe('runValidations: scheduling', () => {
  it('starts independent steps together, up to the concurrency, and the next as one ends', async () => {
    const run = schedule([step('a'), step('b'), step('c')], { concurrency: 2 })
    expect(run.events).toEqual(['start a', 'start b'])
    await run.end('b')
    expect(run.events).toEqual(['start a', 'start b', 'end b', 'start c'])
    await run.end('c')
    await run.end('a')
    expect(run.events.slice(4)).toEqual(['end c', 'end a'])
    expect((await run.finished()).map((r) => [r.id, r.status])).toEqual([
      ['a', 'passed'],
      ['b', 'passed'],
      ['c', 'passed']
    ])
  })

  it('never runs two steps of one lane together, while other lanes go on', async () => {
    let clock = 1000
    const run = schedule(
      [
        step('fmt', { lane: 'cargo' }),
        step('clippy', { lane: 'cargo' }),
        step('npm', { lane: 'npm' })
      ],
      { concurrency: 3, now: () => clock }
    )
    expect(run.events).toEqual(['start fmt', 'start npm'])
    clock = 1400
    await run.end('npm')
    expect(run.events).toEqual(['start fmt', 'start npm', 'end npm'])
    clock = 1900
    await run.end('fmt')
    expect(run.events.slice(3)).toEqual(['end fmt', 'start clippy'])
    await run.end('clippy')
    // startedAtMs counts from the run's start on the given clock.
    expect((await run.finished()).map((r) => [r.id, r.startedAtMs])).toEqual([
      ['fmt', 0],
      ['clippy', 900],
      ['npm', 0]
    ])
  })

  it('starts a step after its needs have ended, even when it is listed first', async () => {
    const run = schedule([step('cli', { needs: ['build'] }), step('build'), step('other')], {
      concurrency: 3
    })
    expect(run.events).toEqual(['start build', 'start other'])
    await run.end('other')
    expect(run.events).toEqual(['start build', 'start other', 'end other'])
    await run.end('build')
    expect(run.events.slice(3)).toEqual(['end build', 'start cli'])
    await run.end('cli')
    const results = await run.finished()
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['cli', 'passed'],
      ['build', 'passed'],
      ['other', 'passed']
    ])
    expect(byId(results, 'cli').hint).toBeNull()
    expect(run.runner.started).toEqual(['build', 'other', 'cli'])
  })

  it('returns results in plan order whatever the finish order, each with its own outcome', async () => {
    const run = schedule([step('slow'), step('fast'), step('mid')], { concurrency: 3 })
    await run.end('fast', outcome({ exitCode: 1 }))
    await run.end('mid', outcome({ exitCode: 0 }))
    await run.end('slow', outcome({ exitCode: 3 }))
    expect((await run.finished()).map((r) => [r.id, r.status, r.exitCode])).toEqual([
      ['slow', 'failed', 3],
      ['fast', 'failed', 1],
      ['mid', 'passed', 0]
    ])
  })

  it('runs every step although an earlier one failed, and skips one whose need failed without running it', async () => {
    const run = schedule([step('build'), step('tests'), step('cli', { needs: ['build'] })], {
      concurrency: 1
    })
    await run.end('build', outcome({ exitCode: 2, output: capturedOutput('broken\n') }))
    await run.end('tests')
    await run.ended('cli')
    expect(run.events).toEqual([
      'start build',
      'end build',
      'start tests',
      'end tests',
      'start cli',
      'end cli'
    ])
    expect(run.runner.started).toEqual(['build', 'tests'])
    const results = await run.finished()
    expect(results.map((r) => [r.id, r.status, r.exitCode])).toEqual([
      ['build', 'failed', 2],
      ['tests', 'passed', 0],
      ['cli', 'skipped', null]
    ])
    expect(byId(results, 'cli')).toMatchObject({
      durationMs: 0,
      output: capturedOutput(),
      report: { summary: "not run: needs 'build', which failed", findings: [] },
      hint: "fix 'build' first; this validation runs once its needs pass"
    })
    expect(byId(results, 'build').output.head).toBe('broken\n')
  })

  it.each<[string, RunOutcome, string]>([
    ['failed', outcome({ exitCode: 1 }), 'failed'],
    ['timed out', outcome({ exitCode: null, signal: 'SIGTERM', timedOut: true }), 'timed out'],
    [
      'missing its tool',
      outcome({ exitCode: 127, output: capturedOutput('bash: line 1: nope: command not found\n') }),
      'failed (tool not installed)'
    ],
    [
      'not started',
      outcome({
        exitCode: null,
        spawnError: { kind: 'working-directory', message: "working directory '/x' does not exist" }
      }),
      'failed (could not start)'
    ]
  ])('says why a step was not run when its need %s', async (_, needOutcome, said) => {
    const run = schedule([step('need'), step('then', { needs: ['need'] })], { concurrency: 2 })
    await run.end('need', needOutcome)
    await run.ended('then')
    const [need, then] = await run.finished()
    expect(need!.status).not.toBe('passed')
    expect(then).toMatchObject({
      status: 'skipped',
      report: { summary: `not run: needs 'need', which ${said}` }
    })
    expect(run.runner.started).toEqual(['need'])
  })

  it('names every unmet need, a skipped one included', async () => {
    const run = schedule(
      [step('a'), step('b', { needs: ['a'] }), step('ok'), step('c', { needs: ['a', 'ok', 'b'] })],
      { concurrency: 4 }
    )
    await run.end('ok')
    await run.end('a', outcome({ exitCode: 1 }))
    await run.ended('c')
    const results = await run.finished()
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['a', 'failed'],
      ['b', 'skipped'],
      ['ok', 'passed'],
      ['c', 'skipped']
    ])
    expect(byId(results, 'c').report.summary).toBe(
      "not run: needs 'a', which failed; needs 'b', which was not run"
    )
    expect(byId(results, 'c').hint).toBe(
      "fix 'a', 'ok', 'b' first; this validation runs once its needs pass"
    )
  })

  it('with concurrency 1 runs one step at a time, in plan order', async () => {
    const run = schedule([step('a'), step('b'), step('c')], { concurrency: 1 })
    for (const id of ['a', 'b', 'c']) await run.end(id)
    expect(run.events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
    expect(run.runner.started).toEqual(['a', 'b', 'c'])
    await run.finished()
  })

  it('runs as many steps at once as the machine has cores when no concurrency is given', async () => {
    const cores = availableParallelism()
    const ids = Array.from({ length: cores + 1 }, (_, i) => `s${i}`)
    const run = schedule(ids.map((id) => step(id)))
    expect(run.events).toEqual(ids.slice(0, cores).map((id) => `start ${id}`))
    for (const id of ids) await run.end(id)
    expect(run.runner.started).toEqual(ids)
    await run.finished()
  })

  it('hands the runner the command, its working directory resolved against the root, env and timeout', async () => {
    const run = schedule([
      step('t', { cwd: 'clients/ts', env: { CI: '1' }, timeoutMs: 1234, command: 'npm test' })
    ])
    const request = await run.runner.request('npm test')
    expect(request).toMatchObject({
      command: 'npm test',
      cwd: path.join(scratch.dir, 'clients', 'ts'),
      env: { CI: '1' },
      timeoutMs: 1234
    })
    await run.runner.finish('npm test')
    await run.finished()
  })

  it('accepts an empty plan', async () => {
    const run = schedule([])
    expect(await run.finished()).toEqual([])
    expect(run.runner.started).toEqual([])
  })
})

describe('runValidations: results', () => {
  it('feeds the tool collector every line and keeps its report', async () => {
    const seen: string[] = []
    const run = schedule([step('lines')], { parserFor: () => recordingParser(seen) })
    const output = capturedOutput('one\ntwo\nthree\n')
    await run.end('lines', outcome({ durationMs: 42, output }), ['one', 'two', 'three'])
    const [result] = await run.finished()
    expect(seen).toEqual(['one', 'two', 'three'])
    expect(result).toEqual({
      id: 'lines',
      status: 'passed',
      exitCode: 0,
      signal: null,
      durationMs: 42,
      startedAtMs: 0,
      output,
      report: { findings: [], droppedFindings: 0, counts: {}, summary: '3 lines, exit 0' },
      hint: null
    })
  })

  it.each([
    ['200 characters as they are', 'x'.repeat(200), 'x'.repeat(200)],
    ['201 characters cut to 199 and an ellipsis', 'x'.repeat(201), `${'x'.repeat(199)}…`]
  ])('keeps a key finding to 200 characters: %s', async (_, summary, kept) => {
    const parser: ToolParser = {
      id: 'long',
      matches: () => true,
      create: () => ({
        line: () => undefined,
        finish: () => ({ findings: [], droppedFindings: 0, counts: {}, summary })
      })
    }
    const run = schedule([step('long')], { parserFor: () => parser })
    await run.end('long', outcome({ exitCode: 1 }))
    const [result] = await run.finished()
    expect(result!.report.summary).toBe(kept)
  })

  it('reports a tool that is not installed as missing-tool with an install hint', async () => {
    const run = schedule([step('tool', { command: 'definitely-not-a-tool-xyz --check' })])
    await run.runner.finish(
      'definitely-not-a-tool-xyz --check',
      outcome({
        exitCode: 127,
        output: capturedOutput('bash: line 1: definitely-not-a-tool-xyz: command not found\n')
      })
    )
    const [result] = await run.finished()
    expect(result).toMatchObject({
      status: 'missing-tool',
      exitCode: 127,
      report: { summary: 'definitely-not-a-tool-xyz not installed' },
      hint: 'install definitely-not-a-tool-xyz and make sure it is on PATH'
    })
  })

  it('reports a binary path that does not exist as failed, pointing at the build', async () => {
    const command = './target/release/app --help'
    const run = schedule([step('cli', { command })])
    await run.runner.finish(
      command,
      outcome({
        exitCode: 127,
        output: capturedOutput('bash: line 1: ./target/release/app: No such file or directory\n')
      })
    )
    const [result] = await run.finished()
    expect(result).toMatchObject({
      status: 'failed',
      report: { summary: './target/release/app not found' },
      hint: 'binary not found; did the build step succeed?'
    })
  })

  it('reports a step killed at its timeout as timed-out', async () => {
    const run = schedule([step('hang', { timeoutMs: 300 })])
    await run.end('hang', outcome({ exitCode: null, signal: 'SIGTERM', timedOut: true }))
    const [result] = await run.finished()
    expect(result).toMatchObject({
      status: 'timed-out',
      exitCode: null,
      signal: 'SIGTERM',
      report: { summary: 'timed out after 300ms' },
      hint: 'it ran longer than its 300ms timeout: make it faster or raise the timeout'
    })
  })

  it.each([
    [1, 'killed 1 process left running: sleep (pid 100)'],
    [
      7,
      'killed 7 processes left running: sleep (pid 100), sleep (pid 101), sleep (pid 102), sleep (pid 103), sleep (pid 104), and 2 more'
    ]
  ])(
    'reports %i process(es) the runner ended as a warning, after the tool findings',
    async (count, message) => {
      const killed = Array.from({ length: count }, (_, i) => ({ pid: 100 + i, command: 'sleep' }))
      const parser: ToolParser = {
        id: 'one-finding',
        matches: () => true,
        create: () => ({
          line: () => undefined,
          finish: () => ({
            findings: [{ severity: 'error', message: 'from the tool' }],
            droppedFindings: 0,
            counts: {},
            summary: 'ok'
          })
        })
      }
      const run = schedule([step('daemon')], { parserFor: () => parser })
      await run.end('daemon', outcome({ killed }))
      const [result] = await run.finished()
      expect(result!.status).toBe('passed')
      expect(result!.report.findings).toEqual([
        { severity: 'error', message: 'from the tool' },
        { severity: 'warning', message }
      ])
    }
  )

  it('reports a runner that rejects (a bug) on that validation and keeps the others', async () => {
    const run = schedule([step('boom'), step('fine')], { concurrency: 2 })
    await run.runner.fail('boom', new Error('kaboom'))
    await run.end('fine')
    const results = await run.finished()
    expect(results.map((r) => r.status)).toEqual(['error', 'passed'])
    expect(results[0]!.report.summary).toBe('internal error in the command runner: kaboom')
    expect(results[0]!.exitCode).toBeNull()
  })

  it.each([
    ['line', { line: true, finish: false }],
    ['finish', { line: false, finish: true }]
  ])(
    'reports a parser that throws in %s as error, and still runs the rest',
    async (_, throwsIn) => {
      const brokenParser: ToolParser = {
        id: 'broken',
        matches: () => true,
        create: () => ({
          line: () => {
            if (throwsIn.line) throw new Error('cannot read this line')
          },
          finish: () => {
            if (throwsIn.finish) throw new Error('cannot summarise')
            return { findings: [], droppedFindings: 0, counts: {}, summary: 'fine' }
          }
        })
      }
      const run = schedule([step('odd'), step('b')], {
        concurrency: 2,
        parserFor: (command) => (command === 'odd' ? brokenParser : recordingParser())
      })
      await run.end('odd', outcome(), ['odd'])
      await run.end('b')
      const results = await run.finished()
      expect(results.map((r) => r.status)).toEqual(['error', 'passed'])
      expect(results[0]!.report.summary).toBe(
        `output parser 'broken' failed: ${throwsIn.line ? 'cannot read this line' : 'cannot summarise'}`
      )
      expect(results[0]!.hint).toBe(
        'this is a bug in readiness-gate (its output parser failed); please report it'
      )
      expect(results[0]!.exitCode).toBe(0)
    }
  )

  it('uses the given clock for startedAtMs', async () => {
    let clock = 1000
    const run = schedule([step('a'), step('b')], {
      concurrency: 1,
      now: () => (clock += 5)
    })
    await run.end('a')
    await run.end('b')
    // One tick for the run's start, one per start: 5 ms and (after a's end was handled) 10 ms.
    expect((await run.finished()).map((r) => r.startedAtMs)).toEqual([5, 10])
  })
})

describe('runValidations with the real ProcessRunner', () => {
  it('maps what bash did to each status, in plan order', async () => {
    const results = await runValidations(
      [
        validation('build', 'echo broken >&2; exit 2'),
        validation('tests', 'echo ok'),
        validation('tool', 'definitely-not-a-tool-xyz --check'),
        validation('ts', 'npm test', { cwd: 'clients/typescript' }),
        validation('cli', './target/release/app --help', { needs: ['build'] })
      ],
      { root: scratch.dir, concurrency: 2, runner }
    )
    expect(results.map((r) => [r.id, r.status, r.exitCode])).toEqual([
      ['build', 'failed', 2],
      ['tests', 'passed', 0],
      ['tool', 'missing-tool', 127],
      ['ts', 'error', null],
      ['cli', 'skipped', null]
    ])
    expect(byId(results, 'build').output.head).toBe('broken\n')
    expect(byId(results, 'tests').output.head).toBe('ok\n')
    expect(byId(results, 'tool').report.summary).toBe('definitely-not-a-tool-xyz not installed')
    expect(byId(results, 'ts').report.summary).toBe(
      `working directory '${scratch.dir}/clients/typescript' does not exist`
    )
    expect(byId(results, 'ts').hint).toBe(
      "check its working directory 'clients/typescript' (relative to the project root)"
    )
  })
})

describe('runValidations: a plan it cannot run', () => {
  // A getter: reading scratch.dir while Jest collects would make the directory in a run that
  // filters every test out.
  const options = {
    get root(): string {
      return scratch.dir
    },
    runner
  }

  // The planner refuses these at the config's line; here they are a bug, said in the same words.
  const LET_THROUGH = 'the planner let through a plan it cannot run: '

  it('refuses a cycle in needs, naming the ids, as a bug rather than a user mistake', async () => {
    const plan = [
      validation('a', 'true', { needs: ['c'] }),
      validation('b', 'true', { needs: ['a'] }),
      validation('c', 'true', { needs: ['b'] })
    ]
    const error = await runValidations(plan, options).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toBe(
      `${LET_THROUGH}'needs' form a cycle: a → c → b → a; a validation cannot wait for itself`
    )
  })

  it('refuses a step that needs itself', async () => {
    await expect(
      runValidations([validation('a', 'true', { needs: ['a'] })], options)
    ).rejects.toThrow(`${LET_THROUGH}'needs' form a cycle: a → a;`)
  })

  it('refuses an unknown need, naming it', async () => {
    await expect(
      runValidations(
        [validation('cli', 'true', { needs: ['build', 'nope'] }), validation('build', 'true')],
        options
      )
    ).rejects.toThrow(
      `${LET_THROUGH}'needs' names 'nope', which is not a planned validation (planned: cli, build)`
    )
  })

  it('refuses duplicate ids and a concurrency below 1', async () => {
    await expect(
      runValidations([validation('a', 'true'), validation('a', 'true')], options)
    ).rejects.toThrow(`${LET_THROUGH}validation id 'a' is used twice; ids must be unique`)
    await expect(
      runValidations([validation('a', 'true')], { ...options, concurrency: 0 })
    ).rejects.toThrow('concurrency must be a whole number of at least 1 (got 0)')
  })
})
