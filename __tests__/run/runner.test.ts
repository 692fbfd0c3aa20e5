/**
 * The command runner against real processes (bash, sleep, head…): exit codes, output capture,
 * timeouts, process-tree kills. No mock of child_process. Its timings are short (a 200 ms grace
 * before SIGKILL instead of 2 s) so the kill tests are quick; bounded memory on a huge output is
 * in runner-memory.test.ts.
 *
 * The real-process tests share nothing (each its own pid file, each run its own marker, so one
 * run's sweep never touches another's processes) and run concurrently (`it.concurrent`): the
 * file waits for its slowest kill, not for the sum of them. Nothing here asserts that they
 * overlap. A test that changes process.env runs alone (plain `it`), and Jest runs no
 * beforeEach/afterEach for concurrent tests: what a failing test leaves is killed in afterAll.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {
  LineSplitter,
  OutputCapture,
  ProcessRunner,
  type RunRequest
} from '../../src/run/runner.js'
import { isAlive, killAll, readPids, survivors } from '../support/runner-processes.js'
import { scratchDirectory } from '../support/temporary.js'

/**
 * SIGTERM → SIGKILL after 200 ms (default 2 s). The pipes keep the default drain (250 ms). With
 * 50 ms, runs side by side in this one process once lost a fast command's whole output (exit 0,
 * totalBytes 0): the drain timer fired before the loop had read the pipes. The runner now reads
 * what is waiting before it stops (the "event loop stalled" test below fails without that).
 */
const GRACE_MS = 200
const runner = new ProcessRunner({ killGraceMs: GRACE_MS, scanIntervalMs: 50 })
const scratch = scratchDirectory('runner-test-')
const leftovers: number[] = []

afterAll(() => {
  killAll(leftovers)
})

function request(command: string, extra: Partial<RunRequest> = {}): RunRequest {
  return { command, cwd: scratch.dir, env: {}, timeoutMs: 30_000, ...extra }
}

async function runLines(command: string, extra: Partial<RunRequest> = {}) {
  const lines: string[] = []
  const outcome = await runner.run(
    request(command, { ...extra, onLine: (line) => lines.push(line) })
  )
  return { outcome, lines }
}

let pidFileCount = 0
function pidFile(): string {
  pidFileCount++
  return path.join(scratch.dir, `pids-${pidFileCount}`)
}

describe('ProcessRunner: exit codes and output', () => {
  it.concurrent('reports the exit code of the script', async () => {
    expect((await runner.run(request('true'))).exitCode).toBe(0)
    const three = await runner.run(request('exit 3'))
    expect(three).toMatchObject({ exitCode: 3, signal: null, timedOut: false, spawnError: null })
  })

  it.concurrent('runs with bash -e: the first failing command ends the script', async () => {
    const { outcome, lines } = await runLines('echo before\nfalse\necho after')
    expect(outcome.exitCode).toBe(1)
    expect(lines).toEqual(['before'])
  })

  it.concurrent(
    'passes the command as one argument: quotes and metacharacters are the script own',
    async () => {
      const { lines } = await runLines(`printf '%s\\n' "a b" 'c;d' "$0"`)
      expect(lines).toEqual(['a b', 'c;d', 'bash'])
    }
  )

  it.concurrent(
    'interleaves stdout and stderr in arrival order, in the capture and in the lines',
    async () => {
      // Each write waits until the runner has handed the previous line to onLine (the callback
      // leaves an ack file), so the order is fixed by the test, not by sleeps that a loaded
      // machine can outrun.
      const acks = mkdtempSync(path.join(scratch.dir, 'acks-'))
      const waitFor = (line: string) => `until [ -e "$ACKS/${line}" ]; do sleep 0.01; done`
      const lines: string[] = []
      const outcome = await runner.run(
        request(
          [
            'echo out1',
            waitFor('out1'),
            'echo err1 >&2',
            waitFor('err1'),
            'echo out2',
            waitFor('out2'),
            'echo err2 >&2'
          ].join('; '),
          {
            env: { ACKS: acks },
            // A runner that held stderr back would leave the script waiting: end it well before Jest.
            timeoutMs: 10_000,
            onLine: (line) => {
              lines.push(line)
              writeFileSync(path.join(acks, line), '')
            }
          }
        )
      )
      expect(lines).toEqual(['out1', 'err1', 'out2', 'err2'])
      expect(outcome.output.head).toBe('out1\nerr1\nout2\nerr2\n')
      expect(outcome.output.totalBytes).toBe(20)
    }
  )

  it.concurrent('strips CR, ANSI codes and delivers a last line without a newline', async () => {
    const { outcome, lines } = await runLines(
      "printf 'one\\r\\n\\033[31mred\\033[0m \\033]8;;http://x\\033\\\\link\\033]8;;\\033\\\\\\nlast'"
    )
    expect(lines).toEqual(['one', 'red link', 'last'])
    expect(outcome.output.head).toBe('one\r\nred link\nlast')
  })

  it.concurrent(
    'asks tools for plain output and lets the request override the environment',
    async () => {
      const { lines } = await runLines(
        'echo "$CARGO_TERM_COLOR $NO_COLOR $FORCE_COLOR $TERM $EXTRA"; echo "${HOME:+home-is-set}"',
        { env: { EXTRA: 'extra', TERM: 'xterm' } }
      )
      expect(lines).toEqual(['never 1 0 xterm extra', 'home-is-set'])
    }
  )

  // Alone, not concurrent: it changes process.env, which every run started meanwhile inherits.
  it("withholds the action's inputs (the token), the runner's credentials and copies of them", async () => {
    const withheld = {
      'INPUT_GITHUB-TOKEN': 'ghs_secret',
      INPUT_CHECKLIST: 'x.md',
      ACTIONS_RUNTIME_TOKEN: 'runtime',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://oidc',
      ACTIONS_RESULTS_URL: 'http://results',
      // By value: a job-level token equal to the action's.
      GH_TOKEN: 'ghs_secret',
      GITHUB_TOKEN: 'ghs_secret'
    }
    Object.assign(process.env, withheld, { GITHUB_REPOSITORY: 'o/r' })
    try {
      const { lines } = await runLines('env | cut -d= -f1')
      for (const name of Object.keys(withheld)) expect(lines).not.toContain(name)
      expect(lines).toContain('GITHUB_REPOSITORY')
    } finally {
      for (const name of [...Object.keys(withheld), 'GITHUB_REPOSITORY'])
        Reflect.deleteProperty(process.env, name)
    }
  })

  it.concurrent('runs in the requested working directory', async () => {
    const { lines } = await runLines('pwd -P')
    expect(lines).toEqual([spawnSync('pwd', ['-P'], { cwd: scratch.dir }).stdout.toString().trim()])
  })

  it.concurrent(
    'decodes invalid UTF-8 with U+FFFD and keeps a character split across chunks whole',
    async () => {
      const invalid = await runLines("printf 'a\\xff\\xfeb\\n'")
      expect(invalid.lines).toEqual(['a\uFFFD\uFFFDb'])
      expect(invalid.outcome.output.head).toBe('a\uFFFD\uFFFDb\n')
      expect(invalid.outcome.output.totalBytes).toBe(5)

      const split = await runLines("printf '\\xe2\\x82'; sleep 0.2; printf '\\xac\\n'")
      expect(split.lines).toEqual(['€'])
      expect(split.outcome.output.head).toBe('€\n')
    }
  )

  it.concurrent(
    'keeps the exact head and tail of a long output and counts every byte',
    async () => {
      const expected = Array.from({ length: 20_000 }, (_, i) => `${i + 1}\n`).join('')
      const outcome = await runner.run(request('seq 1 20000', { headBytes: 1000, tailBytes: 1500 }))
      expect(outcome.output.totalBytes).toBe(expected.length)
      expect(outcome.output.truncated).toBe(true)
      expect(outcome.output.head).toBe(expected.slice(0, 1000))
      expect(outcome.output.tail).toBe(expected.slice(-1500))
    }
  )

  it.concurrent(
    'splits output that fits head and tail without losing or repeating a byte',
    async () => {
      const expected = Array.from({ length: 500 }, (_, i) => `${i + 1}\n`).join('')
      const outcome = await runner.run(request('seq 1 500', { headBytes: 1000, tailBytes: 1000 }))
      expect(outcome.output.truncated).toBe(false)
      expect(outcome.output.head + outcome.output.tail).toBe(expected)
      expect(outcome.output.head).toBe(expected.slice(0, 1000))
    }
  )

  it.concurrent('caps a giant line for onLine', async () => {
    const { lines, outcome } = await runLines(
      "head -c 100000 /dev/zero | tr '\\0' 'a'; echo; echo next"
    )
    expect(lines.map((line) => line.length)).toEqual([16 * 1024, 4])
    expect(outcome.output.totalBytes).toBe(100_006)
  })
})

describe('ProcessRunner: signals, timeouts, process trees, and nothing a validation starts outlives it', () => {
  it.concurrent('reports a command killed by a signal', async () => {
    const outcome = await runner.run(request('kill -9 $$'))
    expect(outcome).toMatchObject({ exitCode: null, signal: 'SIGKILL', timedOut: false })
  })

  it.concurrent('kills a hanging step at its timeout', async () => {
    const outcome = await runner.run(request('sleep 1000', { timeoutMs: 300 }))
    expect(outcome).toMatchObject({ exitCode: null, signal: 'SIGTERM', timedOut: true })
    expect(outcome.durationMs).toBeGreaterThanOrEqual(290)
    expect(outcome.durationMs).toBeLessThan(2000)
  })

  it.concurrent('kills the whole process tree at a timeout, children included', async () => {
    const pids = pidFile()
    const outcome = await runner.run(
      request(
        'sleep 1000 & echo $! >> "$PIDS"; bash -c \'sleep 1000 & echo $! >> "$PIDS"; wait\' & echo $! >> "$PIDS"; wait',
        {
          timeoutMs: 500,
          env: { PIDS: pids }
        }
      )
    )
    const children = readPids(pids)
    leftovers.push(...children)
    expect(children).toHaveLength(3)
    expect(outcome.timedOut).toBe(true)
    expect(await survivors(children)).toEqual([])
  })

  it.concurrent('sends SIGKILL after the grace period when SIGTERM is ignored', async () => {
    const pids = pidFile()
    const outcome = await runner.run(
      request('trap "" TERM; sleep 1000 & echo $! >> "$PIDS"; wait', {
        timeoutMs: 300,
        env: { PIDS: pids }
      })
    )
    leftovers.push(...readPids(pids))
    expect(outcome).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' })
    // SIGKILL came no sooner than the timeout plus the grace, and from the grace given: the
    // default one (2 s) would end it after 2.3 s.
    expect(outcome.durationMs).toBeGreaterThanOrEqual(300 + GRACE_MS)
    expect(outcome.durationMs).toBeLessThan(300 + 2000)
    expect(await survivors(readPids(pids))).toEqual([])
  })

  it.concurrent.each([
    ['a background child', 'sleep 1000 & echo $! >> "$PIDS"; echo hi'],
    ['a child of a subshell', '(sleep 1000 & echo $! >> "$PIDS") ; echo hi']
  ])('returns promptly when %s keeps the pipe open, and kills it', async (_, command) => {
    const pids = pidFile()
    const started = Date.now()
    const outcome = await runner.run(request(command, { env: { PIDS: pids } }))
    const elapsed = Date.now() - started
    const children = readPids(pids)
    leftovers.push(...children)
    expect(outcome).toMatchObject({ exitCode: 0, timedOut: false, spawnError: null })
    expect(outcome.output.head).toBe('hi\n')
    expect(elapsed).toBeLessThan(2000)
    expect(children).toHaveLength(1)
    expect(await survivors(children)).toEqual([])
  })

  // Nothing a validation starts outlives it (issue 17, defect 9). In the same block as the
  // kills above so that the slow ones (timeout + grace) run side by side.
  const hasProc = existsSync('/proc/self/stat')
  const linuxOnly = hasProc ? it.concurrent : it.concurrent.skip

  async function escapeCase(command: string, timeoutMs = 30_000) {
    const pids = pidFile()
    const unrelated = spawn('sleep', ['1000'], { detached: true, stdio: 'ignore' })
    leftovers.push(unrelated.pid!)
    const started = Date.now()
    const outcome = await runner.run(request(command, { timeoutMs, env: { PIDS: pids } }))
    const elapsed = Date.now() - started
    const children = readPids(pids)
    leftovers.push(...children)
    return { outcome, children, unrelated: unrelated.pid!, elapsed }
  }

  linuxOnly.each([
    ['setsid sleep 1000 & (holding the pipes)', 'setsid sleep 1000 & echo $! >> "$PIDS"; echo hi'],
    [
      'nohup … & disown with redirected output',
      'nohup sleep 1000 > /dev/null 2>&1 & echo $! >> "$PIDS"; disown; echo hi'
    ],
    [
      'a double fork into a new session, reparented to init',
      'bash -c \'setsid sleep 1000 < /dev/null > /dev/null 2>&1 & echo $! >> "$PIDS"\' & wait; echo hi'
    ]
  ])('%s: ended, reported, and an unrelated process is untouched', async (_, command) => {
    const { outcome, children, unrelated, elapsed } = await escapeCase(command)
    expect(children).toHaveLength(1)
    expect(outcome).toMatchObject({ exitCode: 0, timedOut: false })
    expect(await survivors(children)).toEqual([])
    // The pid is sleep's; caught before its exec, it may still be named nohup or setsid, or
    // bash when caught between the fork of the background job and its exec (seen under load).
    expect(outcome.killed).toEqual([
      { pid: children[0], command: expect.stringMatching(/^(?:sleep|nohup|setsid|bash)$/) }
    ])
    expect(isAlive(unrelated)).toBe(true)
    expect(elapsed).toBeLessThan(3000)
  })

  linuxOnly('a setsid child that ignores SIGTERM past the timeout is killed', async () => {
    const command =
      'setsid bash -c \'trap "" TERM; echo $$ >> "$PIDS"; sleep 1000 & echo $! >> "$PIDS"; wait\' < /dev/null > /dev/null 2>&1 & sleep 1000'
    const { outcome, children, unrelated } = await escapeCase(command, 300)
    expect(outcome.timedOut).toBe(true)
    expect(children).toHaveLength(2)
    expect(await survivors(children)).toEqual([])
    expect(outcome.killed?.map((p) => p.pid).sort()).toEqual([...children].sort())
    expect(isAlive(unrelated)).toBe(true)
  })

  it.concurrent('a command that leaves nothing behind reports nothing killed', async () => {
    const outcome = await runner.run(request('sleep 0 & wait; echo done'))
    expect(outcome.killed).toBeUndefined()
  })
})

describe('ProcessRunner: the pipe drain after the event loop stalled', () => {
  // Not concurrent: it blocks this process's event loop on purpose, as a loaded runner or a long
  // synchronous parse does. The main bash exits at once; its background job writes "late" into
  // the pipe 200 ms later, while the loop is blocked. When the loop resumes, the 100 ms drain
  // timer is long due and timers run before the loop reads the pipes: the runner must read what
  // is already there before it stops reading.
  it('reads output that waited in the pipes when the drain timer fired late', async () => {
    const stalling = new ProcessRunner({ killGraceMs: GRACE_MS, pipeDrainMs: 50 })
    const written = path.join(scratch.dir, 'late-written')
    let stalled = false
    const lines: string[] = []
    const outcome = await stalling.run(
      request('echo started; (sleep 0.15; echo late; : > "$WRITTEN") &', {
        env: { WRITTEN: written },
        onLine: (line) => {
          lines.push(line)
          if (stalled) return
          stalled = true
          // Blocked in the check phase (setImmediate): libuv reads the clock again before the
          // next timers phase, so the drain timer is due there (blocked inside a timer callback,
          // the loop's cached time would hide that until after the next poll). The stall lasts
          // until "late" is in the pipe (the file is made after it), however slow the machine.
          setTimeout(() => {
            setImmediate(() => {
              const deadline = Date.now() + 20_000
              while (!existsSync(written) && Date.now() < deadline) {
                // the stall: nothing else runs in this process meanwhile
              }
            })
          }, 20)
        }
      })
    )
    expect(existsSync(written)).toBe(true)
    expect(outcome.exitCode).toBe(0)
    expect(lines).toEqual(['started', 'late'])
    expect(outcome.output.head).toBe('started\nlate\n')
  })
})

describe('ProcessRunner: what it cannot start', () => {
  it.concurrent('reports a working directory that does not exist, without throwing', async () => {
    const missing = path.join(scratch.dir, 'no', 'such', 'dir')
    const outcome = await runner.run(request('true', { cwd: missing }))
    expect(outcome).toMatchObject({
      exitCode: null,
      signal: null,
      timedOut: false,
      spawnError: {
        kind: 'working-directory',
        message: `working directory '${missing}' does not exist`
      }
    })
    expect(outcome.output).toEqual({ head: '', tail: '', totalBytes: 0, truncated: false })
  })

  it.concurrent('reports a working directory that is a file', async () => {
    const file = path.join(scratch.dir, 'a-file')
    writeFileSync(file, 'x')
    const outcome = await runner.run(request('true', { cwd: file }))
    expect(outcome.spawnError).toEqual({
      kind: 'working-directory',
      message: `working directory '${file}' is not a directory`
    })
  })

  it.concurrent('reports bash itself not being found as a spawn error', async () => {
    // spawn looks the program up on the PATH of the environment it is given.
    const outcome = await runner.run(request('true', { env: { PATH: scratch.dir } }))
    expect(outcome).toMatchObject({ exitCode: null, signal: null, timedOut: false })
    expect(outcome.spawnError).toEqual({
      kind: 'spawn-failed',
      message: 'could not start bash: spawn bash ENOENT'
    })
  })

  it.concurrent(
    'reports a command that is not installed as exit 127 with the shell message',
    async () => {
      const { outcome, lines } = await runLines('definitely-not-a-tool-xyz --version')
      expect(outcome.exitCode).toBe(127)
      // bash 5.1+ names the line ("bash: line 1: …"); older versions do not.
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^bash: (line 1: )?definitely-not-a-tool-xyz: command not found$/)
    }
  )

  it.concurrent(
    'rejects with the error of a line callback that throws, after the process has ended',
    async () => {
      const bug = new Error('parser bug')
      await expect(
        runner.run(
          request('echo one; echo two', {
            onLine: () => {
              throw bug
            }
          })
        )
      ).rejects.toBe(bug)
    }
  )
})

describe('OutputCapture (property)', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 300 }).filter((s) => !s.includes('\x1b'))

  it('keeps an exact prefix and suffix on character boundaries, and counts every byte', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(40), { maxLength: 30 }),
        fc.nat(120),
        fc.nat(120),
        (value, cuts, headBytes, tailBytes) => {
          const bytes = Buffer.from(value, 'utf8')
          const capture = new OutputCapture(headBytes, tailBytes)
          let offset = 0
          for (const size of cuts) {
            capture.push(bytes.subarray(offset, offset + size))
            offset = Math.min(bytes.length, offset + size)
          }
          capture.push(bytes.subarray(offset))
          const output = capture.result()
          expect(output.totalBytes).toBe(bytes.length)
          expect(Buffer.byteLength(output.head)).toBeLessThanOrEqual(headBytes)
          expect(Buffer.byteLength(output.tail)).toBeLessThanOrEqual(tailBytes)
          expect(value.startsWith(output.head)).toBe(true)
          expect(value.endsWith(output.tail)).toBe(true)
          if (!output.truncated) expect(output.head + output.tail).toBe(value)
          else expect(output.head.length + output.tail.length).toBeLessThan(value.length)
        }
      )
    )
  })
})

describe('LineSplitter (property)', () => {
  it('yields the same lines whatever the chunking, each capped', () => {
    const line = fc
      .string({ unit: 'grapheme', maxLength: 40 })
      .filter((s) => !['\n', '\r', '\x1b'].some((c) => s.includes(c)))
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        fc.array(fc.nat(30), { maxLength: 40 }),
        fc.integer({ min: 1, max: 50 }),
        (lines, crlf, cuts, cap) => {
          const bytes = Buffer.from(lines.join(crlf ? '\r\n' : '\n'), 'utf8')
          const seen: string[] = []
          const splitter = new LineSplitter((l) => seen.push(l), cap)
          let offset = 0
          for (const size of cuts) {
            splitter.push(bytes.subarray(offset, offset + size))
            offset = Math.min(bytes.length, offset + size)
          }
          splitter.push(bytes.subarray(offset))
          splitter.end()
          const expected = lines.map((l) => l.slice(0, cap))
          // A last empty line (text ending in a terminator) is not a line.
          if (expected.at(-1) === '') expected.pop()
          expect(seen).toEqual(expected)
        }
      )
    )
  })
})
