/**
 * A CommandRunner whose commands end when the test says so, for scheduler tests that check
 * concurrency, lanes and needs by the order of events rather than by the wall clock: nothing
 * sleeps, and each assertion holds on any machine however loaded.
 *
 * With a fake runner the scheduler moves on in promise callbacks only (no timers, no I/O), so
 * once the microtask queue is empty it has done all it will do: `settled()` waits for that (one
 * turn of the event loop, not a delay), and a test that waits for a command the scheduler never
 * starts fails at once with what did start, instead of hanging until the test timeout.
 */
import type { CapturedOutput } from '../../src/validations/model.js'
import type { CommandRunner, RunOutcome, RunRequest } from '../../src/run/runner.js'

export interface Deferred<T> {
  promise: Promise<T>
  resolve: (value: T) => void
  reject: (error: unknown) => void
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** What a command printed (one string, as the real capture keeps it when nothing is cut). */
export function capturedOutput(text = ''): CapturedOutput {
  return { head: text, tail: '', totalBytes: Buffer.byteLength(text), truncated: false }
}

/** A finished command: exit 0 and nothing printed, unless `change` says otherwise. */
export function outcome(change: Partial<RunOutcome> = {}): RunOutcome {
  return {
    exitCode: 0,
    signal: null,
    timedOut: false,
    spawnError: null,
    durationMs: 0,
    output: capturedOutput(),
    ...change
  }
}

/** Resolves once every pending promise callback has run (setImmediate runs after microtasks). */
export function settled(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

interface Call {
  request: RunRequest
  result: Deferred<RunOutcome>
}

/**
 * Records each run() and keeps its promise open until `finish(command)`; commands are the keys,
 * so a plan's commands must differ. Lines given to `finish` go through the request's onLine, as
 * the real runner delivers them before the outcome.
 */
export class FakeRunner implements CommandRunner {
  /** Commands in the order run() was called. */
  readonly started: string[] = []
  private readonly calls = new Map<string, Call>()

  run(request: RunRequest): Promise<RunOutcome> {
    if (this.calls.has(request.command)) throw new Error(`ran twice: ${request.command}`)
    const call = { request, result: deferred<RunOutcome>() }
    this.calls.set(request.command, call)
    this.started.push(request.command)
    return call.result.promise
  }

  /** The request of a command, once the scheduler has handed it over. */
  async request(command: string): Promise<RunRequest> {
    return (await this.call(command)).request
  }

  /** Ends `command` (waiting for it to be started) after feeding it `lines`. */
  async finish(
    command: string,
    result: RunOutcome = outcome(),
    lines: string[] = []
  ): Promise<void> {
    const call = await this.call(command)
    for (const line of lines) call.request.onLine?.(line)
    call.result.resolve(result)
  }

  /** Makes `command`'s run() reject, as a runner with a bug would. */
  async fail(command: string, error: unknown): Promise<void> {
    ;(await this.call(command)).result.reject(error)
  }

  /** The call of `command`, once the scheduler has made it; throws if it never will. */
  private async call(command: string): Promise<Call> {
    if (!this.calls.has(command)) await settled()
    const call = this.calls.get(command)
    if (call === undefined) {
      throw new Error(`'${command}' was not started (started: ${this.started.join(', ')})`)
    }
    return call
  }
}
