/**
 * The scheduler with the real ProcessRunner (real bash and sleep): concurrency, lanes, needs,
 * plan order, and how each outcome becomes a ValidationResult.
 */
import { performance } from 'node:perf_hooks'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { ConfigurationError } from '../../src/errors.js'
import type { Validation, ValidationResult } from '../../src/validations/model.js'
import { ProcessRunner, type CommandRunner } from '../../src/validations/runner.js'
import { runValidations } from '../../src/validations/scheduler.js'
import { toolFor } from '../../src/validations/tools/index.js'
import type { ToolParser } from '../../src/validations/tools/types.js'
import { temporaryDirectory } from '../support/runner-processes.js'

const scratch = temporaryDirectory('scheduler-test-')
afterAll(() => {
  scratch.remove()
})

const runner = new ProcessRunner()

function validation(id: string, command: string, extra: Partial<Validation> = {}): Validation {
  return {
    id,
    name: id,
    command,
    cwd: '.',
    timeoutMs: 30_000,
    env: {},
    needs: [],
    critical: true,
    verifies: [],
    source: { kind: 'config', line: null, file: null },
    tool: null,
    lane: null,
    ...extra
  }
}

interface Interval {
  start: number
  end: number
}

/** Runs a plan and records, with one clock, when each validation started and ended. */
async function timed(plan: Validation[], concurrency: number) {
  const intervals = new Map<string, Interval>()
  const started = performance.now()
  const results = await runValidations(plan, {
    root: scratch.dir,
    concurrency,
    runner,
    onStart: (v) => intervals.set(v.id, { start: performance.now(), end: Number.NaN }),
    onEnd: (v) => {
      intervals.get(v.id)!.end = performance.now()
    }
  })
  return { results, intervals, wallMs: performance.now() - started }
}

function overlap(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end
}

function byId(results: ValidationResult[], id: string): ValidationResult {
  return results.find((result) => result.id === id)!
}

describe('runValidations: scheduling', () => {
  it('runs independent steps at the same time', async () => {
    const { results, intervals, wallMs } = await timed(
      [validation('a', 'sleep 1'), validation('b', 'sleep 1')],
      2
    )
    expect(results.map((r) => r.status)).toEqual(['passed', 'passed'])
    expect(wallMs).toBeLessThan(1800)
    expect(overlap(intervals.get('a')!, intervals.get('b')!)).toBe(true)
    // startedAtMs is relative to the run's start: both started at once (one after the other
    // would start the second at 1,000 ms or later; the slack is for a loaded CI machine).
    for (const result of results) expect(result.startedAtMs).toBeLessThan(800)
  })

  it('never overlaps two steps of one lane', async () => {
    const { intervals, results, wallMs } = await timed(
      [
        validation('fmt', 'sleep 0.4', { lane: 'cargo' }),
        validation('clippy', 'sleep 0.4', { lane: 'cargo' }),
        validation('npm', 'sleep 0.4', { lane: 'npm' })
      ],
      3
    )
    expect(overlap(intervals.get('fmt')!, intervals.get('clippy')!)).toBe(false)
    expect(overlap(intervals.get('fmt')!, intervals.get('npm')!)).toBe(true)
    expect(wallMs).toBeGreaterThanOrEqual(800)
    expect(byId(results, 'clippy').startedAtMs).toBeGreaterThanOrEqual(
      byId(results, 'fmt').startedAtMs + 390
    )
  })

  it('starts a step after its needs have ended, even when it is listed first', async () => {
    const { results, intervals } = await timed(
      [
        validation('cli', 'echo cli', { needs: ['build'] }),
        validation('build', 'sleep 0.5'),
        validation('other', 'sleep 0.1')
      ],
      3
    )
    expect(intervals.get('cli')!.start).toBeGreaterThanOrEqual(intervals.get('build')!.end)
    expect(overlap(intervals.get('build')!, intervals.get('other')!)).toBe(true)
    expect(results.map((r) => r.id)).toEqual(['cli', 'build', 'other'])
    expect(byId(results, 'cli').hint).toBeNull()
  })

  it('returns results in plan order whatever the finish order', async () => {
    const { results, intervals } = await timed(
      [validation('slow', 'sleep 0.6'), validation('fast', 'true'), validation('mid', 'sleep 0.2')],
      3
    )
    expect(results.map((r) => r.id)).toEqual(['slow', 'fast', 'mid'])
    expect(intervals.get('fast')!.end).toBeLessThan(intervals.get('slow')!.end)
  })

  it('runs every step although an earlier one failed, and skips one whose need failed', async () => {
    const { results } = await timed(
      [
        validation('build', 'echo broken >&2; exit 2'),
        validation('tests', 'echo ok'),
        validation('cli', './target/release/app --help', { needs: ['build'] })
      ],
      1
    )
    expect(results.map((r) => [r.id, r.status, r.exitCode])).toEqual([
      ['build', 'failed', 2],
      ['tests', 'passed', 0],
      ['cli', 'skipped', null]
    ])
    expect(byId(results, 'cli').report.summary).toBe("not run: needs 'build', which failed")
    expect(byId(results, 'cli').hint).toContain("fix 'build' first")
    expect(byId(results, 'build').output.head).toBe('broken\n')
  })

  it('with concurrency 1 runs one step at a time, in plan order', async () => {
    const plan = [
      validation('a', 'sleep 0.2'),
      validation('b', 'sleep 0.2'),
      validation('c', 'sleep 0.2')
    ]
    const { intervals } = await timed(plan, 1)
    const ordered = ['a', 'b', 'c'].map((id) => intervals.get(id)!)
    for (let i = 1; i < ordered.length; i++) {
      expect(ordered[i]!.start).toBeGreaterThanOrEqual(ordered[i - 1]!.end)
    }
  })

  it('accepts an empty plan', async () => {
    expect(await runValidations([], { root: scratch.dir, runner })).toEqual([])
  })
})

describe('runValidations: results', () => {
  it('builds the report with the tool collector fed every line', async () => {
    const command = 'printf "one\\ntwo\\n"; echo three >&2'
    const [result] = await runValidations([validation('lines', command)], {
      root: scratch.dir,
      concurrency: 1,
      runner
    })
    const collector = toolFor(command).create(command)
    for (const line of ['one', 'two', 'three']) collector.line(line)
    expect(result!.report).toEqual(collector.finish(0))
    expect(result).toMatchObject({
      id: 'lines',
      status: 'passed',
      exitCode: 0,
      signal: null,
      hint: null
    })
    expect(result!.output.totalBytes).toBe(14)
  })

  it('keeps a key finding to 200 characters, however long the error line it quotes', async () => {
    const command = `printf 'error: %s\\n' "$(head -c 5000 /dev/zero | tr '\\0' x)"; cargo build 2>/dev/null; exit 1`
    const [result] = await runValidations([validation('long', command)], {
      root: scratch.dir,
      concurrency: 1,
      runner
    })
    expect(result!.report.summary.length).toBeLessThanOrEqual(200)
    expect(result!.report.summary).toMatch(/x…$/)
  })

  it('reports a tool that is not installed as missing-tool with an install hint', async () => {
    const [result] = await runValidations(
      [validation('tool', 'definitely-not-a-tool-xyz --check')],
      {
        root: scratch.dir,
        runner
      }
    )
    expect(result).toMatchObject({
      status: 'missing-tool',
      exitCode: 127,
      hint: 'install definitely-not-a-tool-xyz and make sure it is on PATH'
    })
    expect(result!.report.summary).toBe('definitely-not-a-tool-xyz not installed')
  })

  it('reports an unknown cargo subcommand as a missing cargo tool', async () => {
    const cargoInstalled = spawnSync('bash', ['-c', 'command -v cargo']).status === 0
    const [result] = await runValidations(
      [validation('audit', 'cargo definitely-not-a-subcommand-xyz')],
      {
        root: scratch.dir,
        runner
      }
    )
    expect(result!.status).toBe('missing-tool')
    expect(result!.report.summary).toBe(
      cargoInstalled ? 'cargo-definitely-not-a-subcommand-xyz not installed' : 'cargo not installed'
    )
  })

  it('reports a step killed at its timeout as timed-out', async () => {
    const [result] = await runValidations([validation('hang', 'sleep 1000', { timeoutMs: 300 })], {
      root: scratch.dir,
      runner
    })
    expect(result).toMatchObject({ status: 'timed-out', exitCode: null, signal: 'SIGTERM' })
    expect(result!.report.summary).toBe('timed out after 300ms')
    expect(result!.hint).toBe(
      'it ran longer than its 300ms timeout: make it faster or raise the timeout'
    )
  })

  const linuxOnly = existsSync('/proc/self/stat') ? it : it.skip
  linuxOnly(
    'reports processes a step left running, which the runner ended, as a warning',
    async () => {
      const [result] = await runValidations(
        [validation('daemon', 'setsid sleep 1000 < /dev/null > /dev/null 2>&1 & echo started')],
        { root: scratch.dir, runner: new ProcessRunner({ killGraceMs: 200 }) }
      )
      expect(result!.status).toBe('passed')
      const leftover = result!.report.findings.at(-1)
      expect(leftover?.severity).toBe('warning')
      expect(leftover?.message).toMatch(
        /^killed 1 process left running: (sleep|setsid) \(pid \d+\)$/
      )
    }
  )

  it('reports a working directory that does not exist as error, resolved against the root', async () => {
    const [result] = await runValidations(
      [validation('ts', 'npm test', { cwd: 'clients/typescript' })],
      { root: scratch.dir, runner }
    )
    expect(result).toMatchObject({ status: 'error', exitCode: null, durationMs: 0 })
    expect(result!.report.summary).toBe(
      `working directory '${scratch.dir}/clients/typescript' does not exist`
    )
    expect(result!.hint).toBe(
      "check its working directory 'clients/typescript' (relative to the project root)"
    )
  })

  it('reports a runner that rejects (a bug) on that validation and keeps the others', async () => {
    const flaky: CommandRunner = {
      run: (request) =>
        request.command === 'boom' ? Promise.reject(new Error('kaboom')) : runner.run(request)
    }
    const results = await runValidations([validation('a', 'boom'), validation('b', 'true')], {
      root: scratch.dir,
      runner: flaky
    })
    expect(results.map((r) => r.status)).toEqual(['error', 'passed'])
    expect(results[0]!.report.summary).toBe('internal error in the command runner: kaboom')
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
      const results = await runValidations([validation('a', 'echo odd'), validation('b', 'true')], {
        root: scratch.dir,
        runner,
        parserFor: (command) => (command === 'echo odd' ? brokenParser : toolFor(command))
      })
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
    const results = await runValidations([validation('a', 'true'), validation('b', 'true')], {
      root: scratch.dir,
      concurrency: 1,
      runner,
      now: () => (clock += 5)
    })
    // One tick for the run's start, one per start: 5 ms and (after a's end was handled) 10 ms.
    expect(results.map((r) => r.startedAtMs)).toEqual([5, 10])
  })
})

describe('runValidations: a plan it cannot run', () => {
  const options = { root: scratch.dir, runner }

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
