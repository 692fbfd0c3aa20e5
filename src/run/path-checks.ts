/**
 * The in-process executor of existence checks (Validation.check `paths-exist`): each path is
 * resolved inside the project root and looked up with lstat, one component at a time, so that
 * `..`, absolute paths and symbolic links leading out of the project are refused rather than
 * followed. No shell, no process: a file name from a checklist is data.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Finding, Validation, ValidationResult } from '../validations/model.js'

/** What became of one path. */
export type PathState =
  { state: 'exists' } | { state: 'missing' } | { state: 'refused'; why: string }

/**
 * Whether `relative` (a path from the checklist, relative to `cwd`, itself relative to `root`)
 * exists inside the project root. Never follows a link out of the root; never throws.
 */
export async function pathState(root: string, cwd: string, relative: string): Promise<PathState> {
  if (relative === '' || relative.includes('\0')) return { state: 'refused', why: 'not a path' }
  if (path.isAbsolute(relative)) return { state: 'refused', why: 'an absolute path' }
  let realRoot: string
  try {
    realRoot = await fs.realpath(root)
  } catch {
    return { state: 'refused', why: 'the project root cannot be read' }
  }
  const target = path.resolve(realRoot, cwd, relative)
  const inside = path.relative(realRoot, target)
  if (isOutside(inside)) return { state: 'refused', why: 'it leaves the project root' }
  let at = realRoot
  for (const part of inside.split(path.sep).filter((p) => p !== '')) {
    at = path.join(at, part)
    let stat
    try {
      stat = await fs.lstat(at)
    } catch {
      return { state: 'missing' }
    }
    if (!stat.isSymbolicLink()) continue
    let real: string
    try {
      real = await fs.realpath(at)
    } catch {
      return { state: 'missing' }
    }
    if (isOutside(path.relative(realRoot, real))) {
      return { state: 'refused', why: 'a symbolic link on its way leads out of the project root' }
    }
    at = real
  }
  return { state: 'exists' }
}

function isOutside(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
}

/** Runs a `paths-exist` validation: passed when every path exists inside the project. */
export async function runPathCheck(
  validation: Validation,
  root: string,
  startedAtMs: number
): Promise<ValidationResult> {
  const started = performance.now()
  const paths = validation.check?.kind === 'paths-exist' ? validation.check.paths : []
  const states = await Promise.all(paths.map((p) => pathState(root, validation.cwd, p)))
  const findings: Finding[] = []
  states.forEach((state, index) => {
    const file = paths[index]!
    if (state.state === 'missing') {
      findings.push({ severity: 'error', message: `${file} does not exist`, file })
    } else if (state.state === 'refused') {
      findings.push({ severity: 'error', message: `${file} was not looked up: ${state.why}`, file })
    }
  })
  const missing = states.filter((s) => s.state === 'missing').length
  const refused = states.filter((s) => s.state === 'refused').length
  const existing = paths.length - missing - refused
  const summary =
    findings.length === 0
      ? paths.length === 1
        ? '1 path exists'
        : `all ${paths.length} paths exist`
      : `${findings.length} of ${paths.length} paths ${refused > 0 && missing === 0 ? 'refused' : 'missing'}: ${findings.map((f) => f.file!).join(', ')}`
  return {
    id: validation.id,
    status: findings.length === 0 ? 'passed' : 'failed',
    exitCode: null,
    signal: null,
    durationMs: Math.round(performance.now() - started),
    startedAtMs: Math.max(0, Math.round(startedAtMs)),
    output: { head: '', tail: '', totalBytes: 0, truncated: false },
    report: {
      findings,
      droppedFindings: 0,
      counts: { paths: paths.length, existing, missing, refused },
      summary
    },
    hint:
      findings.length === 0
        ? null
        : 'build or add the missing files, or untick the item until they exist'
  }
}
