/**
 * Temporary directories that tests remove: `npm test` fails when anything is left in its temp
 * directory (scripts/test-with-temp-check.mjs). One directory per test file, removed in its
 * afterAll, holds whatever the file's tests create (mkdtempSync(path.join(scratch.dir, …))).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A fresh temporary directory, and a cleanup for afterAll/afterEach. */
export function temporaryDirectory(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/**
 * A temporary directory for a test file, made on first use of `dir` and removed in the file's
 * afterAll: call at the top of the file. Made lazily, so a run that filters every test of the
 * file out (and so runs none of its hooks) leaves nothing behind.
 */
export function scratchDirectory(prefix: string): { readonly dir: string } {
  let made: { dir: string; remove: () => void } | null = null
  afterAll(() => {
    made?.remove()
  })
  return {
    get dir(): string {
      made ??= temporaryDirectory(prefix)
      return made.dir
    }
  }
}

/**
 * Directories a test file makes elsewhere (a workspace, a bin directory on PATH, …): each one
 * passed to `track` is removed in the file's afterAll; `make(prefix)` makes one in the system's
 * temporary directory and tracks it. Call at the top of the file.
 */
export function trackedDirectories(): {
  track: (dir: string) => string
  make: (prefix: string) => string
} {
  const made: string[] = []
  afterAll(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  const track = (dir: string): string => {
    made.push(dir)
    return dir
  }
  return { track, make: (prefix) => track(mkdtempSync(path.join(tmpdir(), prefix))) }
}
