/** Helpers for tests that need a real git repository (argv only, no shell). */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Runs git in `dir` with a fixed identity and returns stdout. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Readiness Test', '-c', 'user.email=test@example.invalid', ...args],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }
  )
}

/** Makes `dir` a git repository with everything in it committed. */
export function commitAll(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'initial')
}

/** Writes a file (creating its directories). */
export function writeFile(dir: string, relative: string, content: string): void {
  const file = path.join(dir, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

/** Copies a fixture project into `dir` (which must exist). */
export function copyProject(source: string, dir: string): void {
  cpSync(source, dir, { recursive: true })
}
