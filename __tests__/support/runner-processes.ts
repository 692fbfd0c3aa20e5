/**
 * Helpers for tests that start real processes: is a pid still alive, wait for it to go. Their
 * temporary directories come from temporary.ts.
 */
import { spawn, type SpawnOptions } from 'node:child_process'
import { readFileSync } from 'node:fs'

/**
 * True while `pid` is a live process. A zombie (exited, not yet reaped) counts as gone: in a
 * container PID 1 may never reap orphans, and a zombie runs nothing and holds no pipe.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Format: "pid (comm) state …"; comm may contain spaces, so read after the last ')'.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3)
    return state !== 'Z' && state !== 'X'
  } catch {
    return true // no /proc (macOS): kill(pid, 0) is all we have
  }
}

/** Waits up to `withinMs` for every pid to be gone; returns the ones still alive. */
export async function survivors(pids: readonly number[], withinMs = 2000): Promise<number[]> {
  const deadline = Date.now() + withinMs
  for (;;) {
    const alive = pids.filter(isAlive)
    if (alive.length === 0 || Date.now() > deadline) return alive
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** Pids written one per line by a command (`echo $! >> "$PIDS"`). */
export function readPids(file: string): number[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => Number(line))
}

/** Kills leftover pids so a failing test does not leave `sleep 1000` behind. */
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

/** What a process left behind when it ended. */
export interface Ended {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/**
 * Runs a program to its end without blocking the event loop, so Jest can time the test out
 * (spawnSync cannot be interrupted: a hung child hangs the whole worker). stdin is `input`, or
 * empty (/dev/null) without it.
 */
export function runToEnd(
  program: string,
  args: readonly string[],
  options: Omit<SpawnOptions, 'stdio'> & { input?: string } = {}
): Promise<Ended> {
  const { input, ...spawnOptions } = options
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      ...spawnOptions,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr })
    })
    if (child.stdin !== null) {
      // A program that exits without reading its input closes the pipe: not an error here.
      child.stdin.on('error', () => {})
      child.stdin.end(input)
    }
  })
}
