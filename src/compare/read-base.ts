/**
 * Reading the checklist as it was at the base: from git history when the checkout has it
 * (`git show <ref>:./<file>`, read-only: GIT_OPTIONAL_LOCKS=0, no fetch), else through a
 * fallback the caller gives (the action: the repository contents API at the base SHA). A shallow
 * checkout lacks the base commit, so it takes the fallback. The one compare module that touches
 * the world; errors are values.
 */
import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { BaseSourceKind } from './model.js'
import { isSafeRef } from './refs.js'

/** What reading the base gave. */
export type BaseRead =
  | { kind: 'found'; text: string; source: BaseSourceKind }
  /** The ref exists but the checklist did not exist there (the change adds it). */
  | { kind: 'missing'; source: BaseSourceKind }
  | { kind: 'unavailable'; reason: string }

/** Reads the checklist at `ref` some other way (the action: the contents API, the path it knows). */
export type BaseFallback = (ref: string) => Promise<BaseRead>

/** Largest base checklist read: the same order as the checklist loader's own limit. */
const MAX_BASE_BYTES = 16 * 1024 * 1024

/**
 * The checklist at `ref`: from git when the commit is in the history, else from the fallback
 * (when there is one).
 */
export async function readBaseChecklist(
  checklistPath: string,
  ref: string,
  fallback: BaseFallback | null
): Promise<BaseRead> {
  if (!isSafeRef(ref)) {
    return { kind: 'unavailable', reason: `the ref '${ref}' is not a plain ref or commit SHA` }
  }
  const dir = path.dirname(checklistPath)
  const top = await git(dir, ['rev-parse', '--show-toplevel'])
  const inHistory = top.ok && (await git(dir, ['cat-file', '-e', `${ref}^{commit}`])).ok
  const relative = top.ok
    ? path.relative(top.stdout.trim(), realPath(checklistPath)).split(path.sep).join('/')
    : null
  if (inHistory && relative !== null) {
    const shown = await git(dir, ['show', `${ref}:${relative}`])
    if (shown.ok) return { kind: 'found', text: shown.stdout, source: 'git' }
    const exists = await git(dir, ['cat-file', '-e', `${ref}:${relative}`])
    if (!exists.ok) return { kind: 'missing', source: 'git' }
    return { kind: 'unavailable', reason: `git could not show ${ref}:${relative}` }
  }
  if (fallback !== null) return fallback(ref)
  return {
    kind: 'unavailable',
    reason: top.ok
      ? `${ref} is not in the git history here (a shallow clone? fetch it, or use fetch-depth: 0)`
      : 'the checklist is not in a git repository'
  }
}

/** The path with links resolved, as git names its top level; as given when it cannot be resolved. */
function realPath(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    return file
  }
}

interface GitResult {
  ok: boolean
  stdout: string
}

/** git with argv only (no shell), never taking locks or prompting, bounded in time and size. */
function git(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      // No hook or monitor of the repository's config runs: reading the base runs git, nothing else.
      ['-c', 'core.fsmonitor=false', ...args],
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: MAX_BASE_BYTES,
        timeout: 30_000,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
      },
      (error, stdout) => {
        resolve({ ok: error === null, stdout })
      }
    )
  })
}
