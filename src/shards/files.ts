/**
 * Which files the merge reads: each given path is a shard's file, a directory (every *.json under
 * it: actions/download-artifact puts each artifact in a folder of its own), or a glob (`*`, `**`,
 * `?`). A path that names nothing adds nothing: the merge then says which shards are missing.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'

/** Absolute paths, sorted and without repeats. `base` resolves relative ones. */
export function shardFilesAt(patterns: readonly string[], base: string): string[] {
  const found = new Set<string>()
  for (const pattern of patterns) {
    for (const file of filesOf(pattern, base)) found.add(file)
  }
  return [...found].sort()
}

function filesOf(pattern: string, base: string): string[] {
  if (!/[*?]/.test(pattern)) {
    const target = path.resolve(base, pattern)
    const stat = statOrNull(target)
    if (stat?.isDirectory() === true) return walk(target).filter((f) => f.endsWith('.json'))
    return stat?.isFile() === true ? [target] : []
  }
  // The part before the first wildcard segment is walked; the rest is matched.
  const segments = pattern.split(/[\\/]/)
  const fixed = segments.findIndex((s) => /[*?]/.test(s))
  const prefix = segments.slice(0, fixed).join('/')
  const root = path.resolve(base, prefix === '' ? (pattern.startsWith('/') ? '/' : '.') : prefix)
  const matcher = globRegExp(segments.slice(fixed).join('/'))
  if (statOrNull(root)?.isDirectory() !== true) return []
  return walk(root).filter((file) =>
    matcher.test(path.relative(root, file).split(path.sep).join('/'))
  )
}

/** `**` any folders, `*` any characters but '/', `?` one character. */
export function globRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/'
      source += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/** Every file under `dir` (links are not followed). */
function walk(dir: string): string[] {
  const files: string[] = []
  const stack = [dir]
  while (stack.length > 0) {
    const current = stack.pop()!
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(current, { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) stack.push(full)
      else if (entry.isFile()) files.push(full)
    }
  }
  return files
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file)
  } catch {
    return null
  }
}
