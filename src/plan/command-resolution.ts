/**
 * What a command line really runs: each simple command, read through process wrappers and
 * runners (`env -i`, `timeout 60`, `bash -c '…'`, `npx`, `python -m`), command substitutions,
 * and package.json scripts (`npm run format` → `prettier --write . && eslint --fix .`, with the
 * `pre`/`post` scripts npm runs around it), recursively, cycle-safe and depth-bounded. The effect
 * policy and the validation kind are read from these resolved commands. Pure: package.json is
 * read through the injected `readPackageScripts`.
 */
import * as path from 'node:path'
import { packageRun, scriptsMatching, type PackageRun } from './package-scripts.js'
import { replaceQuoted, trimTrailing } from '../linear-text.js'
import {
  ENV_ASSIGNMENT,
  shellQuote,
  shellWords,
  splitChain,
  substitutions,
  withoutGroup
} from './shell-words.js'
import { unwrap } from './wrappers.js'

/** Reads the `scripts` of the package.json in a directory relative to the project root; null when there is none. */
export type ReadPackageScripts = (cwd: string) => Readonly<Record<string, string>> | null

export interface ResolutionContext {
  /** The command's working directory relative to the project root ("."). */
  cwd: string
  readPackageScripts?: ReadPackageScripts
}

/** One step on the way from the line as written to a command it runs. */
export type Hop =
  | { kind: 'wrapper'; wrapper: string }
  | { kind: 'substitution' }
  | { kind: 'script'; command: string; script: string; body: string }

export interface ResolvedCommand {
  /** Program first, assignments, redirections and wrappers removed. */
  words: string[]
  /** The simple command as written, for messages. */
  text: string
  /** How it was reached from the line, outermost first. */
  hops: Hop[]
  /** Working directory relative to the project root. */
  cwd: string
  /** Files it redirects output into (`> out.txt`, `2>>log`), as written. */
  writes: string[]
  /** Its program is a command substitution or a variable: what it runs cannot be known. */
  dynamic: boolean
  /** A package script whose package.json could not be read: only its name is known. */
  unreadScript: { command: string; script: string; args: string[] } | null
}

/** How deep scripts, wrappers and substitutions are followed; deeper is refused as unknown. */
export const MAX_RESOLUTION_DEPTH = 12

interface Walk {
  context: ResolutionContext
  hops: Hop[]
  /** `cwd\0script` of the scripts on the current path: a script that runs itself stops there. */
  scripts: Set<string>
  depth: number
}

/** Every command `line` runs, in order. */
export function resolveLine(line: string, context: ResolutionContext): ResolvedCommand[] {
  return resolveText(line, { context, hops: [], scripts: new Set(), depth: 0 })
}

function resolveText(text: string, walk: Walk): ResolvedCommand[] {
  let cwd = walk.context.cwd
  const out: ResolvedCommand[] = []
  for (const segment of splitChain(text)) {
    const here: Walk = { ...walk, context: { ...walk.context, cwd } }
    out.push(...resolveSegment(segment, here))
    cwd = directoryAfter(segment, cwd)
  }
  return out
}

function resolveSegment(segment: string, walk: Walk): ResolvedCommand[] {
  const out: ResolvedCommand[] = []
  for (const inner of substitutions(segment)) {
    out.push(...deeper(inner, { kind: 'substitution' }, walk))
  }
  const bare = withoutGroup(segment)
  const { words, writes } = withoutRedirections(shellWords(bare), operatorWords(bare))
  out.push(...resolveWords(words, segment, writes, walk))
  return out
}

function deeper(text: string, hop: Hop, walk: Walk): ResolvedCommand[] {
  if (walk.depth >= MAX_RESOLUTION_DEPTH) return [tooDeep(text, walk)]
  return resolveText(text, { ...walk, hops: [...walk.hops, hop], depth: walk.depth + 1 })
}

function resolveWords(
  words: string[],
  text: string,
  writes: string[],
  walk: Walk
): ResolvedCommand[] {
  let rest = words
  let hops = walk.hops
  for (let guard = 0; guard < MAX_RESOLUTION_DEPTH; guard++) {
    let start = 0
    while (start < rest.length && ENV_ASSIGNMENT.test(rest[start]!)) start++
    rest = rest.slice(start)
    const inner = unwrap(rest)
    if (inner === null) break
    const hop: Hop = { kind: 'wrapper', wrapper: inner.wrapper }
    if (inner.kind === 'script') {
      return [
        ...leaf(rest, text, writes, walk, hops),
        ...deeper(inner.script, hop, { ...walk, hops })
      ]
    }
    hops = [...hops, hop]
    rest = inner.words
  }
  const run = packageRun(rest)
  if (run === null) return leaf(rest, text, writes, walk, hops)
  return [
    ...leaf(rest, text, writes, walk, hops),
    ...resolvePackageRun(run, rest, { ...walk, hops })
  ]
}

/** The command itself, unless it is empty (a bare assignment). */
function leaf(
  words: string[],
  text: string,
  writes: string[],
  walk: Walk,
  hops: Hop[]
): ResolvedCommand[] {
  if (words.length === 0 && writes.length === 0) return []
  const program = words[0] ?? ''
  return [
    {
      words,
      text,
      hops,
      cwd: walk.context.cwd,
      writes,
      dynamic: /[$`]/.test(program),
      unreadScript: null
    }
  ]
}

function tooDeep(text: string, walk: Walk): ResolvedCommand {
  return {
    words: shellWords(text),
    text,
    hops: walk.hops,
    cwd: walk.context.cwd,
    writes: [],
    dynamic: true,
    unreadScript: null
  }
}

function resolvePackageRun(run: PackageRun, words: string[], walk: Walk): ResolvedCommand[] {
  const command = words.join(' ')
  if (run.kind === 'commands') {
    return run.commands.flatMap((inner) =>
      deeper(inner, { kind: 'wrapper', wrapper: run.runner }, walk)
    )
  }
  const dir =
    run.dir === null ? null : path.posix.normalize(path.posix.join(walk.context.cwd, run.dir))
  const scripts = dir === null ? null : (walk.context.readPackageScripts?.(dir) ?? null)
  if (scripts === null) {
    return run.scripts.map((script) => ({
      words,
      text: command,
      hops: walk.hops,
      cwd: walk.context.cwd,
      writes: [],
      dynamic: false,
      unreadScript: { command, script, args: run.args }
    }))
  }
  const names = Object.keys(scripts)
  const wanted = run.patterns
    ? run.scripts.flatMap((pattern) => scriptsMatching(pattern, names))
    : run.scripts.filter((name) => Object.hasOwn(scripts, name))
  const out: ResolvedCommand[] = []
  for (const name of wanted) {
    const sequence = run.prePost ? [`pre${name}`, name, `post${name}`] : [name]
    for (const script of sequence) {
      if (!Object.hasOwn(scripts, script)) continue
      const key = `${dir!}\0${script}`
      if (walk.scripts.has(key)) continue
      const body = scripts[script]!
      const text =
        script === name && run.args.length > 0
          ? `${body} ${run.args.map(shellQuote).join(' ')}`
          : body
      const hop: Hop = { kind: 'script', command, script, body }
      const inner: Walk = {
        ...walk,
        context: { ...walk.context, cwd: dir! },
        scripts: new Set([...walk.scripts, key])
      }
      out.push(...deeper(text, hop, inner))
    }
  }
  return out
}

/**
 * Redirections taken out of a command's words: `> out.txt`, `2>>log`, `&>/dev/null`, `>|f`
 * record their target; `2>&1`, `< in`, `<<<word` and here-documents only read.
 */
function withoutRedirections(
  words: readonly string[],
  operators: readonly string[] | null
): { words: string[]; writes: string[] } {
  const kept: string[] = []
  const writes: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    // A quoted `">"` is an argument (grep ">" file), not a redirection.
    if (operators !== null && !/^[\d&]*[<>]/.test(operators[i]!)) {
      kept.push(word)
      continue
    }
    const output = /^(?:\d+|&)?>{1,2}[|&]?(.*)$/s.exec(word)
    if (output !== null) {
      const glued = output[1]!
      if (/^&?\d*-?$/.test(glued) && word.includes('>&')) continue
      if (/^>&\d*-?$/.test(word) || /^\d+>&\d*-?$/.test(word)) continue
      const target = glued !== '' ? glued : words[++i]
      if (target !== undefined) writes.push(target)
      continue
    }
    const input = /^(?:\d+)?<{1,3}[&-]?(.*)$/s.exec(word)
    if (input !== null) {
      if (input[1] === '') i++
      continue
    }
    kept.push(word)
  }
  return { words: kept, writes }
}

/**
 * The words of a command as written, quoted parts masked (`grep ">" f` → grep, Q, f): where a
 * redirection operator really is. Null when they do not line up with shellWords' words.
 */
function operatorWords(segment: string): string[] | null {
  const masked = shellWords(replaceQuoted(segment, () => 'Q'))
  return masked.length === shellWords(segment).length ? masked : null
}

/** The working directory after `line` runs in `cwd`: its `cd` segments followed (literal relative paths only). */
export function directoryAfterLine(line: string, cwd: string): string {
  return splitChain(line).reduce((dir, segment) => directoryAfter(segment, dir), cwd)
}

/** The directory after a `cd` segment (a literal relative path), else the same one. */
function directoryAfter(segment: string, cwd: string): string {
  const words = shellWords(segment)
  if (words[0] !== 'cd' && words[0] !== 'pushd') return cwd
  const target = words.slice(1).find((w) => !w.startsWith('-'))
  if (target === undefined || /[$`~*?]/.test(target) || path.posix.isAbsolute(target)) return cwd
  const next = trimTrailing(path.posix.normalize(path.posix.join(cwd, target)), '/')
  return next === '' || next.startsWith('..') ? cwd : next
}
