/**
 * Problem matchers for rustfmt, clippy/rustc and cargo test: registered for the run so findings
 * in the printed output show as log annotations even when the check run cannot be written
 * (a fork's read-only token). The JSON files ship with the action in .github/matchers/.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

export const MATCHER_FILES = ['rustfmt.json', 'clippy.json', 'cargo-test.json'] as const

/** The action's root: the nearest folder above this module that holds action.yml. */
export function actionRoot(moduleUrl: string): string | null {
  let dir = path.dirname(fileURLToPath(moduleUrl))
  for (;;) {
    if (fs.existsSync(path.join(dir, 'action.yml'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

/** Absolute paths of the matcher files that exist under the action's root. */
export function matcherPaths(moduleUrl: string): string[] {
  const root = actionRoot(moduleUrl)
  if (root === null) return []
  return MATCHER_FILES.map((file) => path.join(root, '.github', 'matchers', file)).filter((file) =>
    fs.existsSync(file)
  )
}
