/**
 * The command runner: the one module that starts processes. Everything a validation does
 * (exit code, signal, timeout, output) comes back as data; nothing a command does makes it throw.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { stripAnsi } from '../ansi-escapes.js'
import { randomHex } from '../random.js'
import { statSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { StringDecoder } from 'node:string_decoder'
import type { Readable } from 'node:stream'
import type { CapturedOutput } from '../validations/model.js'
import { inheritableEnvironment } from './credentials.js'
import {
  ProcessJail,
  RUN_MARKER_NAME,
  sweep,
  type LeftoverProcess,
  type ProcessInfo
} from './process-sweep.js'

export interface RunRequest {
  /** The user's own script step, run as `bash -e -c <command>` (one argv element, never spliced). */
  command: string
  /** Absolute working directory. */
  cwd: string
  /** Added to the inherited environment (after the colour switches, so it can override them). */
  env: Record<string, string>
  timeoutMs: number
  /** Each line of combined stdout/stderr: terminator and ANSI codes removed, capped in length. */
  onLine?: (line: string) => void
  /** Bytes kept from the start of the output (default 64 KiB). */
  headBytes?: number
  /** Bytes kept from the end of the output (default 64 KiB). */
  tailBytes?: number
  /** Longest line handed to onLine, in UTF-16 code units (default 16 KiB); the rest is dropped. */
  maxLineLength?: number
}

export interface RunOutcome {
  /** null when killed by a signal or never started. */
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  /** Why the command could not be started, else null. */
  spawnError: SpawnError | null
  durationMs: number
  output: CapturedOutput
  /**
   * Processes the command left running (or that escaped its process group at a timeout) and the
   * runner had to end: `setsid …&`, `nohup … & disown`, double forks. Absent: none.
   */
  killed?: LeftoverProcess[]
}

/** Why a command never started: a kind to act on, and a line for the report. */
export interface SpawnError {
  /**
   * working-directory: the cwd is missing or not a directory (the user's config to fix);
   * spawn-failed: bash could not be started; runner-failed: the runner itself threw (a bug).
   */
  kind: 'working-directory' | 'spawn-failed' | 'runner-failed'
  /** "working directory '/x/y' does not exist" */
  message: string
}

/** The seam around processes: the scheduler and tests depend on this, not on child_process. */
export interface CommandRunner {
  run(request: RunRequest): Promise<RunOutcome>
}

export const DEFAULT_HEAD_BYTES = 64 * 1024
export const DEFAULT_TAIL_BYTES = 64 * 1024
export const DEFAULT_MAX_LINE_LENGTH = 16 * 1024

/** Tools print plain text when asked to; colour codes would only have to be stripped again. */
const PLAIN_OUTPUT_ENV: Readonly<Record<string, string>> = {
  CARGO_TERM_COLOR: 'never',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  TERM: 'dumb'
}

/** UTF-8 continuation bytes look like 10xxxxxx; a character never starts with one. */
function isContinuationByte(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80
}

/**
 * Keeps the first `headBytes` and the last `tailBytes` of a byte stream, whatever its length:
 * memory is bounded by the two limits. Decoding happens once, at the end, with U+FFFD for
 * invalid UTF-8.
 */
export class OutputCapture {
  private readonly head: Buffer
  private headLength = 0
  /** Head is closed once a byte has gone past it, even if it was cut short at a character boundary. */
  private headClosed = false
  private readonly ring: Buffer
  /** Bytes written to the ring so far (the ring keeps the last ring.length of them). */
  private ringWritten = 0
  private total = 0

  constructor(headBytes: number, tailBytes: number) {
    this.head = Buffer.alloc(Math.max(0, headBytes))
    this.ring = Buffer.alloc(Math.max(0, tailBytes))
  }

  push(chunk: Uint8Array): void {
    this.total += chunk.length
    if (this.headClosed) {
      this.writeRing(chunk)
      return
    }
    const room = this.head.length - this.headLength
    if (chunk.length <= room) {
      this.head.set(chunk, this.headLength)
      this.headLength += chunk.length
      return
    }
    this.closeHead(chunk)
  }

  /**
   * Fills the head and sends the rest to the ring, cutting before a character that would not
   * fit whole (it may have begun in an earlier chunk), so the head decodes cleanly and the tail,
   * when nothing is dropped between them, starts on a character.
   */
  private closeHead(chunk: Uint8Array): void {
    const byteAt = (position: number): number | undefined =>
      position < this.headLength ? this.head[position] : chunk[position - this.headLength]
    let cut = this.head.length
    for (let step = 0; step < 3 && cut > 0 && isContinuationByte(byteAt(cut)); step++) cut--
    if (isContinuationByte(byteAt(cut))) cut = this.head.length // not UTF-8: cut anywhere
    const fromChunk = Math.max(0, cut - this.headLength)
    this.head.set(chunk.subarray(0, fromChunk), this.headLength)
    const carried = this.head.subarray(cut, this.headLength)
    this.headLength = cut
    this.headClosed = true
    this.writeRing(carried)
    this.writeRing(chunk.subarray(fromChunk))
  }

  private writeRing(bytes: Uint8Array): void {
    const size = this.ring.length
    if (size === 0) {
      this.ringWritten += bytes.length
      return
    }
    const kept = bytes.length > size ? bytes.subarray(bytes.length - size) : bytes
    let position = (this.ringWritten + (bytes.length - kept.length)) % size
    let offset = 0
    while (offset < kept.length) {
      const count = Math.min(size - position, kept.length - offset)
      this.ring.set(kept.subarray(offset, offset + count), position)
      offset += count
      position = (position + count) % size
    }
    this.ringWritten += bytes.length
  }

  private tailBytes(): Buffer {
    const size = this.ring.length
    if (this.ringWritten <= size) return this.ring.subarray(0, this.ringWritten)
    const start = this.ringWritten % size
    return Buffer.concat([this.ring.subarray(start), this.ring.subarray(0, start)])
  }

  /** The kept output, decoded and with terminal escape codes removed. */
  result(): CapturedOutput {
    const truncated = this.ringWritten > this.ring.length
    let tail = this.tailBytes()
    if (truncated) {
      // The ring starts wherever the dropped bytes ended: skip a partial character.
      let skip = 0
      while (skip < 3 && isContinuationByte(tail[skip])) skip++
      tail = tail.subarray(skip)
    }
    return {
      head: stripAnsi(this.head.subarray(0, this.headLength).toString('utf8')),
      tail: stripAnsi(tail.toString('utf8')),
      totalBytes: this.total,
      truncated
    }
  }
}

/**
 * Turns one stream's bytes into lines (\n or \r\n) for a line callback. Decoding is streamed, so
 * a character split across chunks stays whole; a line longer than maxLength is cut there and the
 * rest of it is dropped, so a giant line cannot grow memory.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8')
  private pending = ''
  private overflowed = false

  constructor(
    private readonly emit: (line: string) => void,
    private readonly maxLength: number = DEFAULT_MAX_LINE_LENGTH
  ) {}

  push(chunk: Buffer): void {
    this.pushText(this.decoder.write(chunk))
  }

  /** Flushes a last line that has no terminator. */
  end(): void {
    this.pushText(this.decoder.end())
    if (this.pending !== '' || this.overflowed) this.flushLine()
  }

  private pushText(text: string): void {
    let start = 0
    for (;;) {
      const newline = text.indexOf('\n', start)
      if (newline === -1) {
        this.append(text, start, text.length)
        return
      }
      this.append(text, start, newline)
      this.flushLine()
      start = newline + 1
    }
  }

  private append(text: string, start: number, end: number): void {
    const room = this.maxLength - this.pending.length
    if (end - start > room) {
      this.overflowed = true
      end = start + room
    }
    if (end > start) this.pending += text.slice(start, end)
  }

  private flushLine(): void {
    let line = this.pending
    if (!this.overflowed && line.endsWith('\r')) line = line.slice(0, -1)
    this.pending = ''
    this.overflowed = false
    this.emit(stripAnsi(line))
  }
}

export interface ProcessRunnerOptions {
  /** Between SIGTERM and SIGKILL, at a timeout and for processes left running (default 2 s). */
  killGraceMs?: number
  /** How long the pipes may stay open after the main process exited (default 250 ms). */
  pipeDrainMs?: number
  /** How often /proc is scanned for the command's descendants while it runs (default 1 s). */
  scanIntervalMs?: number
}

/**
 * The only CommandRunner: real processes, each in its own session and process group, and nothing
 * a command starts outlives it (see process-sweep.ts).
 */
export class ProcessRunner implements CommandRunner {
  private readonly timing: Required<ProcessRunnerOptions>

  constructor(options: ProcessRunnerOptions = {}) {
    this.timing = {
      killGraceMs: options.killGraceMs ?? 2000,
      pipeDrainMs: options.pipeDrainMs ?? 250,
      scanIntervalMs: options.scanIntervalMs ?? 1000
    }
  }

  run(request: RunRequest): Promise<RunOutcome> {
    const capture = new OutputCapture(
      request.headBytes ?? DEFAULT_HEAD_BYTES,
      request.tailBytes ?? DEFAULT_TAIL_BYTES
    )
    const directoryProblem = checkWorkingDirectory(request.cwd)
    if (directoryProblem !== null) {
      return Promise.resolve(notStartedOutcome(directoryProblem, capture.result()))
    }
    return new CommandExecution(request, capture, this.timing).finished
  }
}

function checkWorkingDirectory(cwd: string): SpawnError | null {
  const kind = 'working-directory'
  try {
    if (!statSync(cwd).isDirectory()) {
      return { kind, message: `working directory '${cwd}' is not a directory` }
    }
    return null
  } catch {
    return { kind, message: `working directory '${cwd}' does not exist` }
  }
}

/**
 * The outcome of a command that never started: why, and no output (or what was captured before
 * the start failed). The one shape for the runner's spawn failures and the scheduler's
 * runner-failed.
 */
export function notStartedOutcome(
  spawnError: SpawnError,
  output: CapturedOutput = { head: '', tail: '', totalBytes: 0, truncated: false }
): RunOutcome {
  return { exitCode: null, signal: null, timedOut: false, spawnError, durationMs: 0, output }
}

function commandEnvironment(extra: Record<string, string>, marker: string): Record<string, string> {
  // Never the action's credentials, by name or by value (see credentials.ts).
  const inherited = inheritableEnvironment(process.env)
  // The marker comes last: a validation's own env cannot unset the way its leftovers are found.
  return { ...inherited, ...PLAIN_OUTPUT_ENV, ...extra, [RUN_MARKER_NAME]: marker }
}

/** setTimeout fires at once for delays beyond 2^31-1 ms (~24 days): cap them there. */
function timerDelay(ms: number): number {
  const longest = 2 ** 31 - 1
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), longest) : longest
}

/** Signals a whole process group; it may already be gone, which is fine. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // ESRCH: every process of the group has exited.
  }
}

/** One running command: its process, its output, its timers, and the one outcome it resolves to. */
class CommandExecution {
  readonly finished: Promise<RunOutcome>
  private resolve!: (outcome: RunOutcome) => void
  private reject!: (error: unknown) => void
  private readonly child: ChildProcess
  private readonly startedAt = performance.now()
  private readonly timers: NodeJS.Timeout[] = []
  private jail: ProcessJail | null = null
  /** Processes outside the process group that were signalled at a timeout. */
  private readonly escapedAtTimeout = new Map<number, LeftoverProcess>()
  private readonly splitters: LineSplitter[] = []
  private openPipes = 2
  private exit: { code: number | null; signal: string | null } | null = null
  private timedOut = false
  private done = false
  /** A line callback that threw (a parser bug): reported once the process is cleaned up. */
  private callbackError: { error: unknown } | null = null

  constructor(
    private readonly request: RunRequest,
    private readonly capture: OutputCapture,
    private readonly timing: Required<ProcessRunnerOptions>
  ) {
    this.finished = new Promise<RunOutcome>((resolve, reject) => {
      this.resolve = resolve
      this.reject = reject
    })
    // detached: the command leads its own session and process group, so a timeout can signal
    // every process it started (-pid), not just bash; the marker finds those that leave both.
    const marker = randomHex(16)
    this.child = spawn('bash', ['-e', '-c', request.command], {
      cwd: request.cwd,
      env: commandEnvironment(request.env, marker),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    this.child.on('error', (error) => {
      this.onSpawnError(error)
    })
    this.child.on('exit', (code, signal) => {
      this.onMainExit(code, signal)
    })
    if (this.child.pid === undefined) return // the 'error' event follows
    this.jail = new ProcessJail(this.child.pid, marker)
    const jail = this.jail
    this.timers.push(
      setInterval(() => {
        jail.observe()
      }, this.timing.scanIntervalMs)
    )
    this.watch(this.child.stdout)
    this.watch(this.child.stderr)
    this.timers.push(
      setTimeout(() => {
        this.onTimeout()
      }, timerDelay(request.timeoutMs))
    )
  }

  private watch(stream: Readable | null): void {
    if (stream === null) return
    const splitter = new LineSplitter((line) => {
      this.deliverLine(line)
    }, this.request.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH)
    this.splitters.push(splitter)
    // Both streams feed one capture in arrival order, so the record reads like a terminal.
    stream.on('data', (chunk: Buffer) => {
      this.capture.push(chunk)
      splitter.push(chunk)
    })
    stream.on('error', () => {
      // A read error ends the stream like a close; the exit code still tells the story.
    })
    stream.once('close', () => {
      this.openPipes--
      if (this.openPipes === 0 && this.exit !== null) this.finish()
    })
  }

  private deliverLine(line: string): void {
    if (this.callbackError !== null || this.request.onLine === undefined) return
    try {
      this.request.onLine(line)
    } catch (error) {
      this.callbackError = { error }
    }
  }

  private onSpawnError(error: Error): void {
    // Only a failure to start matters here; a running process reports through 'exit'.
    if (this.child.pid !== undefined || this.done) return
    this.done = true
    this.clearTimers()
    this.resolve(
      notStartedOutcome(
        { kind: 'spawn-failed', message: `could not start bash: ${error.message}` },
        this.capture.result()
      )
    )
  }

  private onMainExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exit = { code, signal }
    if (this.openPipes === 0) {
      this.finish()
      return
    }
    // A background child (`server &`) can hold the pipes open for ever; give them a moment to
    // close, then stop reading (finishing ends what is left of the command).
    this.timers.push(
      setTimeout(() => {
        this.drainThenStop()
      }, this.timing.pipeDrainMs)
    )
  }

  /**
   * The drain's end. Timers run before the event loop polls for I/O, so after a stall (a loaded
   * runner, a long synchronous parse) the timer can fire while output the command wrote before
   * it exited still waits in the pipes, unread. setImmediate runs after the next poll: what was
   * written by then is read first, and only output that comes later is cut off.
   */
  private drainThenStop(): void {
    setImmediate(() => {
      this.stopReading()
    })
  }

  private onTimeout(): void {
    if (this.exit !== null || this.done) return
    this.timedOut = true
    const pid = this.child.pid!
    signalGroup(pid, 'SIGTERM')
    this.signalEscaped('SIGTERM')
    // Some processes ignore SIGTERM (or trap it and hang); SIGKILL cannot be ignored.
    this.timers.push(
      setTimeout(() => {
        signalGroup(pid, 'SIGKILL')
        this.signalEscaped('SIGKILL')
      }, this.timing.killGraceMs)
    )
  }

  /** Signals the command's processes that left its process group (`setsid`), and records them. */
  private signalEscaped(signal: NodeJS.Signals): void {
    const escaped = (this.jail?.leftovers() ?? []).filter(
      (info: ProcessInfo) => info.pgrp !== this.child.pid
    )
    for (const info of escaped) {
      this.escapedAtTimeout.set(info.pid, { pid: info.pid, command: info.command })
      try {
        process.kill(info.pid, signal)
      } catch {
        // already gone
      }
    }
  }

  private stopReading(): void {
    if (this.done) return
    this.child.stdout?.destroy()
    this.child.stderr?.destroy()
    this.finish()
  }

  private finish(): void {
    if (this.done) return
    this.done = true
    this.clearTimers()
    for (const splitter of this.splitters) splitter.end()
    // Nothing the command started may outlive it: end what is left, then report.
    const leftovers =
      this.jail === null
        ? Promise.resolve([])
        : sweep(this.jail, { graceMs: this.timing.killGraceMs })
    void leftovers.then(
      (killed) => {
        this.settle(killed)
      },
      () => {
        this.settle([])
      }
    )
  }

  private settle(swept: LeftoverProcess[]): void {
    if (this.callbackError !== null) {
      this.reject(this.callbackError.error)
      return
    }
    const killed = new Map(this.escapedAtTimeout)
    for (const info of swept) killed.set(info.pid, info)
    this.resolve({
      exitCode: this.exit?.code ?? null,
      signal: this.exit?.signal ?? null,
      timedOut: this.timedOut,
      spawnError: null,
      durationMs: Math.round(performance.now() - this.startedAt),
      output: this.capture.result(),
      ...(killed.size > 0 ? { killed: [...killed.values()] } : {})
    })
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.length = 0
  }
}
