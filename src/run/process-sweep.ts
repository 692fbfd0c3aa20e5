/**
 * Finding and ending the processes a validation left behind (issue 17, defect 9). A process
 * group kill misses what leaves the group: `setsid sleep 1000 &`, `nohup … & disown`, a double
 * fork reparented to init. On Linux every process a validation starts is found by any of:
 *  - its process group or session (the validation's bash leads both);
 *  - a parent chain that reaches the validation or a process already seen in it (the runner
 *    looks while the validation runs, so a child that later moves to init stays known);
 *  - the validation's marker in its initial environment (`READINESS_GATE_RUN=<random>`), which
 *    `setsid`, `nohup`, `disown` and reparenting keep — only a process started with a cleared
 *    environment (`env -i`) after its parent has gone unobserved escapes all three.
 * Elsewhere (macOS) there is no /proc: the process group is all there is.
 */
import { readdirSync, readFileSync } from 'node:fs'

/** The environment variable every validation process carries, so leftovers can be found. */
export const RUN_MARKER_NAME = 'READINESS_GATE_RUN'

export interface ProcessInfo {
  pid: number
  ppid: number
  pgrp: number
  session: number
  /** Clock ticks since boot at which it started: with the pid, it names one process. */
  startTime: number
  /** The program's name as the kernel keeps it (`comm`, 15 characters at most). */
  command: string
  /** Exited but not yet reaped: it runs nothing and cannot be signalled further. */
  zombie: boolean
}

/** A process the runner had to end after its validation finished or timed out. */
export interface LeftoverProcess {
  pid: number
  command: string
}

/** `/proc/<pid>/stat` read into what the sweep needs; null when the process is gone. */
export function readProcess(pid: number): ProcessInfo | null {
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return null
  }
  // "pid (comm) state ppid pgrp session …": comm may hold spaces and ')', so split after the last ')'.
  const close = stat.lastIndexOf(')')
  const fields = stat.slice(close + 2).split(' ')
  return {
    pid,
    command: stat.slice(stat.indexOf('(') + 1, close),
    zombie: fields[0] === 'Z' || fields[0] === 'X',
    ppid: Number(fields[1]),
    pgrp: Number(fields[2]),
    session: Number(fields[3]),
    startTime: Number(fields[19])
  }
}

/** Every process this user can see in /proc; [] where there is no /proc. */
export function listProcesses(): ProcessInfo[] {
  let names: string[]
  try {
    names = readdirSync('/proc')
  } catch {
    return []
  }
  const out: ProcessInfo[] = []
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue
    const info = readProcess(Number(name))
    if (info !== null) out.push(info)
  }
  return out
}

function hasMarker(pid: number, marker: string): boolean {
  try {
    const environ = readFileSync(`/proc/${pid}/environ`)
    return environ.includes(`${RUN_MARKER_NAME}=${marker}\0`)
  } catch {
    return false // gone, or another user's process (which this runner could not signal anyway)
  }
}

/** The processes of one validation: its root (bash), everything seen under it, and its marker. */
export class ProcessJail {
  /** pid → start time of every process seen belonging to the validation. */
  private readonly seen = new Map<number, number>()
  /** Only a process started after the root can carry its marker: older ones are not read. */
  private readonly rootStart: number

  constructor(
    readonly rootPid: number,
    readonly marker: string,
    private readonly list: () => ProcessInfo[] = listProcesses
  ) {
    const root =
      list === listProcesses ? readProcess(rootPid) : list().find((info) => info.pid === rootPid)
    this.rootStart = root?.startTime ?? 0
  }

  /** A cheap look (stat files only) that records the validation's current processes. */
  observe(): void {
    for (const info of this.members(false)) this.seen.set(info.pid, info.startTime)
  }

  /** The validation's live processes (zombies excluded), the runner's own never among them. */
  leftovers(): ProcessInfo[] {
    return this.members(true).filter((info) => !info.zombie)
  }

  private members(readEnvironment: boolean): ProcessInfo[] {
    const all = this.list().filter((info) => info.pid !== process.pid)
    const byPid = new Map(all.map((info) => [info.pid, info]))
    const memo = new Map<number, boolean>()
    const belongs = (info: ProcessInfo, depth: number): boolean => {
      const known = memo.get(info.pid)
      if (known !== undefined) return known
      let result =
        info.pid === this.rootPid ||
        info.pgrp === this.rootPid ||
        info.session === this.rootPid ||
        this.seen.get(info.pid) === info.startTime
      if (!result && info.ppid === this.rootPid) result = true
      const parent = byPid.get(info.ppid)
      if (!result && parent !== undefined && depth < 64) result = belongs(parent, depth + 1)
      if (!result && readEnvironment && info.startTime >= this.rootStart) {
        result = hasMarker(info.pid, this.marker)
      }
      memo.set(info.pid, result)
      return result
    }
    return all.filter((info) => belongs(info, 0))
  }
}

export interface SweepOptions {
  /** Between SIGTERM and SIGKILL. */
  graceMs: number
  /** How often to look whether they have gone. */
  pollMs?: number
  /** Signals a pid; injectable for tests. */
  signal?: (pid: number, signal: NodeJS.Signals) => void
}

function sendSignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // ESRCH: already gone. EPERM: not ours.
  }
}

const delay = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms)
  })

function stillRunning(info: ProcessInfo): boolean {
  const now = readProcess(info.pid)
  return now !== null && !now.zombie && now.startTime === info.startTime
}

/**
 * Ends every live process of the validation: SIGTERM, up to `graceMs` for them to go (new ones
 * found meanwhile are sent SIGTERM too), then SIGKILL, and a bounded wait until the kernel has
 * taken them. Returns what was running. Between full scans of /proc only the pids already
 * signalled are looked at, so waiting costs a few stat reads.
 */
export async function sweep(jail: ProcessJail, options: SweepOptions): Promise<LeftoverProcess[]> {
  const signal = options.signal ?? sendSignal
  const pollMs = options.pollMs ?? 20
  const killed = new Map<number, LeftoverProcess>()
  let signalled: ProcessInfo[] = []
  const round = (name: NodeJS.Signals): number => {
    signalled = jail.leftovers()
    for (const info of signalled) {
      if (!killed.has(info.pid)) killed.set(info.pid, { pid: info.pid, command: info.command })
      signal(info.pid, name)
    }
    return signalled.length
  }
  if (round('SIGTERM') === 0) return []
  const graceEnd = Date.now() + options.graceMs
  while (Date.now() < graceEnd) {
    await delay(Math.min(pollMs, Math.max(0, graceEnd - Date.now())))
    if (signalled.some(stillRunning)) continue
    if (round('SIGTERM') === 0) return [...killed.values()]
  }
  // SIGKILL cannot be ignored; a process in uninterruptible sleep may take a moment to go.
  const killEnd = Date.now() + 2000
  while (round('SIGKILL') > 0 && Date.now() < killEnd) {
    await delay(pollMs)
  }
  return [...killed.values()]
}
