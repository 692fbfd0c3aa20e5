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

/** A temporary directory that the file's afterAll removes: call at the top of a test file. */
export function scratchDirectory(prefix: string): string {
  const scratch = temporaryDirectory(prefix)
  afterAll(() => {
    scratch.remove()
  })
  return scratch.dir
}
