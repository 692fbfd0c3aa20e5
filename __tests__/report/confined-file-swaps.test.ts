// A path component swapped between the confined file's checks and its open (by a process a
// validation left behind). The swap is made deterministic, with no sleeps: node:fs, as
// confined-file.ts sees it, is the real module with a hook run synchronously right before an open
// or an lstat — the swap happens exactly in the window the defence is there for. Every file
// operation is still the real one on a real file system.
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import * as realFs from 'node:fs'
import * as path from 'node:path'
import { temporaryDirectory } from '../support/temporary.js'

type OpenHook = (file: string, flags: number) => void
type LstatHook = (file: string) => void
const hooks: { beforeOpen: OpenHook | null; beforeLstat: LstatHook | null } = {
  beforeOpen: null,
  beforeLstat: null
}

jest.unstable_mockModule('node:fs', () => {
  const wrapped = {
    ...realFs,
    openSync: (...args: Parameters<typeof realFs.openSync>): number => {
      hooks.beforeOpen?.(String(args[0]), typeof args[1] === 'number' ? args[1] : 0)
      return realFs.openSync(...args)
    },
    lstatSync: ((file: realFs.PathLike, options?: realFs.StatSyncOptions) => {
      hooks.beforeLstat?.(String(file))
      return realFs.lstatSync(file, options)
    }) as typeof realFs.lstatSync
  }
  return { ...wrapped, default: wrapped }
})

// Loaded after the mock above is registered (a static import would get the real node:fs).
const confined = (): Promise<typeof import('../../src/report/confined-file.js')> =>
  import('../../src/report/confined-file.js')

const { O_DIRECTORY, O_EXCL, O_CREAT } = realFs.constants

let tmp: { dir: string; remove: () => void }
beforeEach(() => {
  tmp = temporaryDirectory('rg-swap-')
})
afterEach(() => {
  hooks.beforeOpen = null
  hooks.beforeLstat = null
  tmp.remove()
})

/** A directory under the temporary one, made (with its parents), by its real path. */
function dir(...parts: string[]): string {
  const made = path.join(realFs.realpathSync(tmp.dir), ...parts)
  realFs.mkdirSync(made, { recursive: true })
  return made
}

function tree(root: string): string[] {
  return realFs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()
}

function openDescriptors(): number {
  return realFs.readdirSync('/proc/self/fd').length
}

/** Runs `swap` once, the first time `when` holds. */
function once<A extends unknown[]>(
  when: (...args: A) => boolean,
  swap: (...args: A) => void
): (...args: A) => void {
  let done = false
  return (...args) => {
    if (done || !when(...args)) return
    done = true
    swap(...args)
  }
}

/** Moves `folder` aside and puts a symbolic link to `to` in its place. */
function swapForLink(folder: string, to: string): void {
  realFs.renameSync(folder, `${folder}.checked`)
  realFs.symlinkSync(to, folder)
}

const onLinux = process.platform === 'linux' ? test : test.skip

/** The open of the report itself (through the held directory's /proc/self/fd name on Linux). */
function isReportOpen(file: string, flags: number): boolean {
  return path.basename(file) === 'r.json' && (flags & O_DIRECTORY) === 0
}

describe('writeFileConfined: a folder swapped for a link after it was checked', () => {
  test('the folder itself, swapped for a link to a sibling before the open: refused by the inode comparison', async () => {
    const { writeFileConfined } = await confined()
    const work = dir('work')
    const reports = dir('work', 'reports')
    const other = dir('work', 'other')
    hooks.beforeOpen = once(
      (file: string, flags: number) => file === reports && (flags & O_DIRECTORY) !== 0,
      () => {
        swapForLink(reports, other)
      }
    )
    const before = openDescriptors()
    const outcome = writeFileConfined(
      { boundary: work, file: path.join(reports, 'r.json'), input: 'report-path' },
      'report\n'
    )
    expect(outcome).toEqual({
      error: expect.stringMatching(
        new RegExp(`^Input 'report-path' .+ leads through a symbolic link to '${reports}'`)
      )
    })
    // Inside the working directory still, so only the inode comparison tells (on every platform).
    expect(tree(other)).toEqual([])
    expect(tree(`${reports}.checked`)).toEqual([])
    if (process.platform === 'linux') expect(openDescriptors()).toBe(before)
  })

  onLinux(
    'a folder above it, swapped for a link out before the open: refused by the name the kernel gives what was opened',
    async () => {
      const { writeFileConfined } = await confined()
      const work = dir('work')
      const b = dir('work', 'a', 'b')
      const outside = dir('outside', 'a', 'b')
      hooks.beforeOpen = once(
        (file: string, flags: number) => file === b && (flags & O_DIRECTORY) !== 0,
        () => {
          swapForLink(path.join(work, 'a'), path.dirname(outside))
        }
      )
      const before = openDescriptors()
      const outcome = writeFileConfined(
        { boundary: work, file: path.join(b, 'r.json'), input: 'report-path' },
        'report\n'
      )
      // The last component is no link: lstat and fstat agree, only /proc/self/fd/N tells.
      expect(outcome).toEqual({
        error: expect.stringMatching(new RegExp(`leads through a symbolic link to '${outside}'`))
      })
      expect(tree(outside)).toEqual([])
      expect(openDescriptors()).toBe(before)
    }
  )

  onLinux(
    'the folder swapped for a link out after the open: the report still lands in the folder that was checked',
    async () => {
      const { writeFileConfined } = await confined()
      const work = dir('work')
      const reports = dir('work', 'reports')
      const outside = dir('outside')
      // The first look at the target's own name comes after the folder was opened and checked.
      hooks.beforeLstat = once(
        (file: string) => path.basename(file) === 'r.json',
        () => {
          swapForLink(reports, outside)
        }
      )
      const outcome = writeFileConfined(
        { boundary: work, file: path.join(reports, 'r.json'), input: 'report-path' },
        'report\n'
      )
      expect(outcome).toEqual({ written: path.join(reports, 'r.json') })
      expect(tree(outside)).toEqual([])
      expect(realFs.readFileSync(path.join(`${reports}.checked`, 'r.json'), 'utf8')).toBe(
        'report\n'
      )
    }
  )
})

describe('writeFileConfined: the target planted after the first look', () => {
  test('a link planted while the temporary file is written is refused at the last look, and the temporary file removed', async () => {
    const { writeFileConfined } = await confined()
    const work = dir('work')
    const outside = dir('outside')
    const target = path.join(work, 'r.json')
    hooks.beforeOpen = once(
      (file: string, flags: number) =>
        path.basename(file).startsWith('.r.json.') && (flags & O_EXCL) !== 0,
      () => {
        realFs.symlinkSync(path.join(outside, 'stolen.json'), target)
      }
    )
    const outcome = writeFileConfined({ boundary: work, file: target, input: 'report-path' }, 'x')
    expect(outcome).toEqual({ error: expect.stringMatching(/is a symbolic link/) })
    // Refused, not replaced: the planted link stays, and nothing else is left beside it.
    expect(realFs.lstatSync(target).isSymbolicLink()).toBe(true)
    expect(tree(work)).toEqual(['r.json'])
    expect(tree(outside)).toEqual([])
  })

  test('a link planted at the temporary name before it is created: the write fails in one line, nothing is written through it', async () => {
    const { writeFileConfined } = await confined()
    const work = dir('work')
    const outside = dir('outside')
    hooks.beforeOpen = once(
      (file: string, flags: number) =>
        path.basename(file).startsWith('.r.json.') && (flags & O_EXCL) !== 0,
      (file) => {
        // Into the folder the write opened, under the name it chose (O_CREAT|O_EXCL|O_NOFOLLOW).
        realFs.symlinkSync(path.join(outside, 'stolen.json'), path.join(work, path.basename(file)))
      }
    )
    const outcome = writeFileConfined(
      { boundary: work, file: path.join(work, 'r.json'), input: 'report-path' },
      'x'
    )
    expect(outcome).toEqual({
      error: expect.stringMatching(
        /^Cannot write 'report-path' .+EEXIST.+point 'report-path' at a writable file/
      )
    })
    expect(tree(outside)).toEqual([])
    expect(realFs.existsSync(path.join(work, 'r.json'))).toBe(false)
  })

  test('a target refused at the first look gets no temporary file at all', async () => {
    const { writeFileConfined } = await confined()
    const work = dir('work')
    realFs.mkdirSync(path.join(work, 'r.json'))
    const created: string[] = []
    hooks.beforeOpen = (file: string, flags: number) => {
      if ((flags & O_CREAT) !== 0) created.push(file)
    }
    const outcome = writeFileConfined(
      { boundary: work, file: path.join(work, 'r.json'), input: 'report-path' },
      'x'
    )
    expect(outcome).toEqual({ error: expect.stringMatching(/is a directory/) })
    expect(created).toEqual([])
  })
})

describe('readFileConfined: a folder swapped for a link after it was checked', () => {
  test('the folder itself, swapped for a link to a sibling before the open: refused by the inode comparison', async () => {
    const { readFileConfined } = await confined()
    const work = dir('work')
    const reports = dir('work', 'reports')
    const other = dir('work', 'other')
    realFs.writeFileSync(path.join(reports, 'r.json'), '{"checked":true}')
    realFs.writeFileSync(path.join(other, 'r.json'), '{"planted":true}')
    hooks.beforeOpen = once(
      (file: string, flags: number) => file === reports && (flags & O_DIRECTORY) !== 0,
      () => {
        swapForLink(reports, other)
      }
    )
    const before = process.platform === 'linux' ? openDescriptors() : 0
    const outcome = readFileConfined(
      { boundary: work, file: path.join(reports, 'r.json'), input: 'report-from' },
      1024
    )
    expect(outcome).toEqual({
      error: expect.stringMatching(
        new RegExp(`^Input 'report-from' .+ leads through a symbolic link to '${reports}'`)
      )
    })
    if (process.platform === 'linux') expect(openDescriptors()).toBe(before)
  })

  onLinux(
    'a folder above it, swapped for a link out before the open: refused by the name the kernel gives what was opened',
    async () => {
      const { readFileConfined } = await confined()
      const work = dir('work')
      const b = dir('work', 'a', 'b')
      const outside = dir('outside', 'a', 'b')
      realFs.writeFileSync(path.join(b, 'r.json'), '{"checked":true}')
      realFs.writeFileSync(path.join(outside, 'r.json'), '{"secret":true}')
      hooks.beforeOpen = once(
        (file: string, flags: number) => file === b && (flags & O_DIRECTORY) !== 0,
        () => {
          swapForLink(path.join(work, 'a'), path.dirname(outside))
        }
      )
      const before = openDescriptors()
      const outcome = readFileConfined(
        { boundary: work, file: path.join(b, 'r.json'), input: 'report-from' },
        1024
      )
      // Each component was a real folder inside when it was resolved; only /proc/self/fd/N tells.
      expect(outcome).toEqual({
        error: expect.stringMatching(new RegExp(`leads through a symbolic link to '${outside}'`))
      })
      expect(openDescriptors()).toBe(before)
    }
  )

  onLinux(
    'the folder swapped for a link out after the open: the report is read from the folder that was checked',
    async () => {
      const { readFileConfined } = await confined()
      const work = dir('work')
      const reports = dir('work', 'reports')
      const outside = dir('outside')
      realFs.writeFileSync(path.join(reports, 'r.json'), '{"checked":true}')
      realFs.writeFileSync(path.join(outside, 'r.json'), '{"secret":true}')
      hooks.beforeLstat = once(
        (file: string) => path.basename(file) === 'r.json',
        () => {
          swapForLink(reports, outside)
        }
      )
      expect(
        readFileConfined(
          { boundary: work, file: path.join(reports, 'r.json'), input: 'report-from' },
          1024
        )
      ).toEqual({ text: '{"checked":true}' })
    }
  )
})

describe('readFileConfined: the report swapped after it was looked at', () => {
  test('swapped for a directory between the look and the open: refused as not a regular file', async () => {
    const { readFileConfined } = await confined()
    const work = dir('work')
    const report = path.join(work, 'r.json')
    realFs.writeFileSync(report, '{}')
    hooks.beforeOpen = once(
      (file: string, flags: number) => isReportOpen(file, flags),
      () => {
        realFs.rmSync(report)
        realFs.mkdirSync(report)
      }
    )
    expect(readFileConfined({ boundary: work, file: report, input: 'report-from' }, 1024)).toEqual({
      error: `Input 'report-from' ('${report}') is not a regular file; point 'report-from' at a file.`
    })
  })

  test('swapped for a FIFO between the look and the open: refused, the open does not block', async () => {
    const { readFileConfined } = await confined()
    const work = dir('work')
    const report = path.join(work, 'r.json')
    realFs.writeFileSync(report, '{}')
    hooks.beforeOpen = once(
      (file: string, flags: number) => isReportOpen(file, flags),
      () => {
        realFs.rmSync(report)
        execFileSync('mkfifo', [report])
      }
    )
    const before = process.platform === 'linux' ? openDescriptors() : 0
    expect(readFileConfined({ boundary: work, file: report, input: 'report-from' }, 1024)).toEqual({
      error: `Input 'report-from' ('${report}') is not a regular file; point 'report-from' at a file.`
    })
    if (process.platform === 'linux') expect(openDescriptors()).toBe(before)
  })
})

describe("a system error's message names the folder, not the held descriptor", () => {
  const denied = (file: string): never => {
    throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' })
  }

  onLinux('reading: the real folder in the message, never /proc/self/fd', async () => {
    const { readFileConfined } = await confined()
    const work = dir('work')
    const reports = dir('work', 'reports')
    realFs.writeFileSync(path.join(reports, 'r.json'), '{}')
    hooks.beforeOpen = once((file: string, flags: number) => isReportOpen(file, flags), denied)
    const outcome = readFileConfined(
      { boundary: work, file: path.join(reports, 'r.json'), input: 'report-from' },
      1024
    )
    expect(outcome).toEqual({
      error: expect.stringContaining(`permission denied, open '${path.join(reports, 'r.json')}'`)
    })
    expect(JSON.stringify(outcome)).not.toContain('/proc/self/fd')
  })

  onLinux('writing: the real folder in the message, never /proc/self/fd', async () => {
    const { writeFileConfined } = await confined()
    const work = dir('work')
    const reports = dir('work', 'reports')
    hooks.beforeOpen = once(
      (file: string, flags: number) => (flags & O_CREAT) !== 0 && (flags & O_EXCL) !== 0,
      denied
    )
    const outcome = writeFileConfined(
      { boundary: work, file: path.join(reports, 'r.json'), input: 'report-path' },
      'report\n'
    )
    expect(outcome).toEqual({
      error: expect.stringMatching(
        new RegExp(`permission denied, open '${reports}/\\.r\\.json\\.[0-9a-f]+\\.tmp'`)
      )
    })
    expect(JSON.stringify(outcome)).not.toContain('/proc/self/fd')
    expect(tree(reports)).toEqual([])
  })
})
