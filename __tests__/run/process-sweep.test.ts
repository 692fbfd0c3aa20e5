/**
 * Which processes belong to a validation (pure, over given process lists): its group and
 * session, parent chains, processes seen earlier and since reparented, and never an unrelated
 * process or a reused pid. The real escapes are in runner.test.ts.
 */
import { ProcessJail, readProcess, type ProcessInfo } from '../../src/run/process-sweep.js'

const ROOT = 5000

function proc(pid: number, ppid: number, extra: Partial<ProcessInfo> = {}): ProcessInfo {
  return {
    pid,
    ppid,
    pgrp: pid,
    session: pid,
    startTime: 100,
    command: 'sleep',
    zombie: false,
    ...extra
  }
}

describe('ProcessJail', () => {
  it('takes the group, the session and parent chains, and leaves unrelated processes alone', () => {
    const list = [
      proc(1, 0, { command: 'init' }),
      proc(ROOT, process.pid, { command: 'bash' }),
      proc(5001, ROOT, { pgrp: ROOT, session: ROOT }),
      proc(5002, 1, { pgrp: 5002, session: ROOT }), // left the group, kept the session
      proc(5003, 5002), // its child, in a session of its own
      proc(6000, 1), // unrelated
      proc(6001, 6000, { pgrp: 6000, session: 6000 }),
      proc(5004, ROOT, { zombie: true })
    ]
    const jail = new ProcessJail(ROOT, 'marker', () => list)
    expect(jail.leftovers().map((p) => p.pid)).toEqual([ROOT, 5001, 5002, 5003])
  })

  it('remembers a process seen under the validation after it is reparented, but not a reused pid', () => {
    let list = [proc(ROOT, process.pid), proc(7000, ROOT, { startTime: 200 })]
    const jail = new ProcessJail(ROOT, 'marker', () => list)
    jail.observe()
    // The root exits; 7000 (env -i setsid: no marker, own session) is reparented to init.
    list = [proc(1, 0), proc(7000, 1, { startTime: 200 })]
    expect(jail.leftovers().map((p) => p.pid)).toEqual([7000])
    // The same pid, started later: another process.
    list = [proc(1, 0), proc(7000, 1, { startTime: 999 })]
    expect(jail.leftovers()).toEqual([])
  })

  it('never includes the runner itself', () => {
    const jail = new ProcessJail(ROOT, 'marker', () => [
      proc(process.pid, 1, { pgrp: ROOT, session: ROOT })
    ])
    expect(jail.leftovers()).toEqual([])
  })

  it('readProcess reads this process from /proc, and null for a pid that does not exist', () => {
    const self = readProcess(process.pid)
    if (self === null) return // no /proc (macOS)
    expect(self).toMatchObject({ pid: process.pid, ppid: process.ppid, zombie: false })
    expect(self.startTime).toBeGreaterThan(0)
    expect(readProcess(2 ** 22 + 12345)).toBeNull()
  })
})
