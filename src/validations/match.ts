/**
 * Reading shell command lines as data: chains, words, the program a segment runs, whether it
 * mutates the tree (a "fix" command the gate must never run), and whether a checklist item's
 * command is the same as a script line. Pure functions; nothing here executes anything.
 *
 * This is a deliberately small reader of POSIX shell syntax (quotes, backslash escapes, the
 * `&&` `||` `;` `|` `&` separators), not a shell: it only has to recognise the commands people
 * write in checklists. When it cannot understand a line it errs on the side of "not a match",
 * and for fix detection on the side of "refuse".
 */

/** Splits a command line into its simple commands at `&&`, `||`, `;`, `|`, `&` and newlines, outside quotes. */
export function splitChain(line: string): string[] {
  const segments: string[] = []
  let current = ''
  let quote: '"' | "'" | null = null
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quote === "'") {
      current += ch
      if (ch === "'") quote = null
      continue
    }
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[i + 1]!
      i++
      continue
    }
    if (quote === '"') {
      current += ch
      if (ch === '"') quote = null
      continue
    }
    if (ch === '"' || ch === "'") {
      quote = ch
      current += ch
      continue
    }
    if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) {
      // A comment runs to the end of the line.
      while (i + 1 < line.length && line[i + 1] !== '\n') i++
      continue
    }
    if (ch === '&' && (/[<>]/.test(line[i - 1] ?? '') || line[i + 1] === '>')) {
      // Part of a redirection (`2>&1`, `&>log`), not a separator.
      current += ch
      continue
    }
    if (ch === ';' || ch === '|' || ch === '&' || ch === '\n') {
      segments.push(current)
      current = ''
      // `&&`, `||` and `|&` are one separator: skip the second character.
      if ((ch === '&' || ch === '|') && line[i + 1] === ch) i++
      else if (ch === '|' && line[i + 1] === '&') i++
      continue
    }
    current += ch
  }
  segments.push(current)
  return segments.map((s) => s.trim()).filter((s) => s !== '')
}

/** The words of one simple command with quotes and escapes removed (`cd "a b"` → ["cd", "a b"]). */
export function shellWords(segment: string): string[] {
  const words: string[] = []
  let current = ''
  let inWord = false
  let quote: '"' | "'" | null = null
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!
    if (quote === "'") {
      if (ch === "'") quote = null
      else current += ch
      continue
    }
    if (quote === '"') {
      if (ch === '"') quote = null
      else if (ch === '\\' && i + 1 < segment.length && '"\\$`'.includes(segment[i + 1]!)) {
        current += segment[i + 1]!
        i++
      } else current += ch
      continue
    }
    if (ch === '\\' && i + 1 < segment.length) {
      current += segment[i + 1]!
      inWord = true
      i++
      continue
    }
    if (ch === '"' || ch === "'") {
      quote = ch
      inWord = true
      continue
    }
    if (ch === '#' && !inWord) break
    if (isSpace(ch)) {
      if (inWord) words.push(current)
      current = ''
      inWord = false
      continue
    }
    current += ch
    inWord = true
  }
  if (inWord) words.push(current)
  return words
}

const SPACE = /\s/

/** `/\s/.test(ch)` for one character; ASCII is answered without the regex (shellWords' hot path). */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0)
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(ch))
}

/** Collapses runs of whitespace and trims: the form commands are compared in. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Drops a group's closing `)` or `}` at the very end, and the whitespace before it. (A loop, not
 * `/\s*[)}]$/`, which retries a long run of spaces from each of its positions.)
 */
function withoutGroupClose(text: string): string {
  const last = text.at(-1)
  return last === ')' || last === '}' ? text.slice(0, -1).trimEnd() : text
}

/** Words that only wrap the real program: `sudo cargo fmt`, `time npm test`, `env A=1 npm test`. */
const WRAPPERS = new Set(['sudo', 'time', 'env', 'command', 'exec', 'nohup', 'nice'])

/**
 * The words of a simple command from its program on: leading `VAR=value` assignments and
 * wrappers are skipped, and a leading `(` or `{` of a group is dropped.
 */
export function programWords(segment: string): string[] {
  const words = shellWords(withoutGroupClose(segment.replace(/^[({]\s*/, '')))
  let start = 0
  while (start < words.length) {
    const word = words[start]!
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || WRAPPERS.has(word)) start++
    else break
  }
  return words.slice(start)
}

/** The program of a simple command: "cargo" for `CARGO_TERM_COLOR=never cargo test`. */
export function programOf(segment: string): string | null {
  return programWords(segment)[0] ?? null
}

/** `cargo +nightly -q build --release` → "build": the first word after cargo that is not a flag or toolchain. */
export function cargoSubcommand(words: readonly string[]): string | null {
  return words.slice(1).find((word) => !word.startsWith('-') && !word.startsWith('+')) ?? null
}

/** `npm --prefix x run build` → "run": the first word after the package manager that is not a flag. */
function npmSubcommand(words: readonly string[]): { name: string; rest: string[] } | null {
  const index = words.findIndex((word, i) => i > 0 && !word.startsWith('-'))
  if (index < 0) return null
  return { name: words[index]!, rest: words.slice(index + 1).filter((w) => !w.startsWith('-')) }
}

/** True for a segment that runs a binary built by cargo: `./target/release/x`, `../../target/debug/y`. */
export function runsBuiltBinary(segment: string): boolean {
  const program = programOf(segment)
  return program !== null && /(^|\/)target\/(?:[^/]+\/)?(?:release|debug)\/[^/]+$/.test(program)
}

/** True for `cargo build …` (any profile or flags). */
export function runsCargoBuild(segment: string): boolean {
  const words = programWords(segment)
  return words[0] === 'cargo' && cargoSubcommand(words) === 'build'
}

const NODE_PROGRAMS = new Set(['npm', 'npx', 'node', 'yarn', 'pnpm'])
const PACKAGE_MANAGERS = new Set(['npm', 'yarn', 'pnpm'])

/**
 * cargo subcommands that never take the target directory's lock: they read sources, the
 * manifest or Cargo.lock only (`cargo audit` keeps its own advisory-database lock).
 */
const CARGO_WITHOUT_TARGET_DIR = new Set([
  'fmt',
  'audit',
  'deny',
  'tree',
  'metadata',
  'version',
  'help',
  'pkgid',
  'locate-project',
  'verify-project'
])

/** Package-manager subcommands that only read node_modules and the lock file. */
const NPM_READ_ONLY = new Set(['audit', 'ls', 'list', 'outdated', 'view', 'explain', 'why'])

/**
 * Which shared resource a segment uses: "cargo" (one target-directory lock), "node"
 * (node_modules and the build output in that directory), or null when it shares nothing — then
 * it runs beside the lanes. `cargo --version`, `cargo fmt`, `cargo audit` and `npm audit`
 * (without `fix`) take no lock and write nothing.
 */
export function resourceOf(segment: string): 'cargo' | 'node' | null {
  const words = programWords(segment)
  const program = words[0] ?? null
  if (program === 'cargo') {
    const sub = cargoSubcommand(words)
    const versionOnly = sub === null && words.some((w) => w === '--version' || w === '-V')
    return versionOnly || (sub !== null && CARGO_WITHOUT_TARGET_DIR.has(sub)) ? null : 'cargo'
  }
  if (program === null || !NODE_PROGRAMS.has(program)) return null
  if (PACKAGE_MANAGERS.has(program)) {
    const sub = npmSubcommand(words)
    const readOnly =
      (sub !== null && NPM_READ_ONLY.has(sub.name) && !sub.rest.includes('fix')) ||
      (sub === null && words.some((w) => w === '--version' || w === '-v'))
    if (readOnly) return null
  }
  return 'node'
}

/** A checklist item's command in the forms it is compared in: its words and normalised text. */
export interface CommandForms {
  words: string[]
  normalised: string
}

/**
 * A command line in the forms commands are compared with: the whole line and each of its simple
 * commands, as words and as normalised text. Computed once per line, not once per comparison.
 */
export interface LineForms {
  /** The whole line first, then its simple commands. */
  candidates: CommandForms[]
}

export function commandForms(command: string): CommandForms {
  return { words: shellWords(command), normalised: normaliseWhitespace(command) }
}

export function lineForms(line: string): LineForms {
  return { candidates: [line, ...splitChain(line)].map(commandForms) }
}

/**
 * Whether a checklist item's command names this command line: equal after normalising
 * whitespace, or equal to the line's leading words (`npm test` names `npm test -- --ci`).
 * Compared per simple command too, so `cd x && npm test` is named by `npm test`.
 */
export function commandNamesLine(itemCommand: string, line: string): boolean {
  return namesLine(commandForms(itemCommand), lineForms(line))
}

/** commandNamesLine on forms computed beforehand. */
export function namesLine(command: CommandForms, line: LineForms): boolean {
  const wanted = command.words
  if (wanted.length === 0) return false
  if (command.normalised === line.candidates[0]!.normalised) return true
  return line.candidates.some(
    ({ words }) => wanted.length <= words.length && wanted.every((word, i) => words[i] === word)
  )
}

/** Whether a checklist item's command is exactly this line (or one of its simple commands). */
export function commandEqualsLine(itemCommand: string, line: string): boolean {
  return equalsLine(commandForms(itemCommand), lineForms(line))
}

/** commandEqualsLine on forms computed beforehand. */
export function equalsLine(command: CommandForms, line: LineForms): boolean {
  if (command.normalised === '') return false
  return line.candidates.some((candidate) => candidate.normalised === command.normalised)
}

/** npm subcommands (with their aliases) that change package.json, the lock file or node_modules. */
const NPM_MUTATING = new Set([
  'install',
  'i',
  'in',
  'ins',
  'inst',
  'insta',
  'instal',
  'isnt',
  'isnta',
  'isntal',
  'isntall',
  'add',
  'update',
  'up',
  'upgrade',
  'udpate',
  'uninstall',
  'un',
  'unlink',
  'remove',
  'rm',
  'r',
  'dedupe',
  'ddp',
  'prune',
  'publish',
  'unpublish',
  'version',
  'link',
  'ln'
])

const CARGO_MUTATING: Record<string, string> = {
  fix: 'applies compiler suggestions to the source',
  clean: 'deletes the target directory',
  update: 'rewrites Cargo.lock',
  'generate-lockfile': 'rewrites Cargo.lock',
  add: 'edits Cargo.toml',
  remove: 'edits Cargo.toml',
  rm: 'edits Cargo.toml',
  publish: 'publishes the crate',
  yank: 'yanks a published crate'
}

/** git subcommands that only read the repository; every other git subcommand is treated as mutating. */
const GIT_READ_ONLY = new Set([
  'status',
  'diff',
  'log',
  'show',
  'rev-parse',
  'describe',
  'ls-files',
  'ls-tree',
  'blame',
  'grep',
  'shortlog',
  'cat-file',
  'rev-list',
  'merge-base',
  'name-rev',
  'for-each-ref',
  'check-ignore',
  'version',
  'help'
])

/**
 * Why a simple command changes the tree instead of checking it (a fix command), or null for a
 * check. The gate never runs fix commands: a readiness check must not rewrite what it judges.
 */
export function builtInFixReason(segment: string): string | null {
  const words = programWords(segment)
  const program = words[0]
  if (program === undefined) return null
  if (words.includes('--fix')) return `'${program} … --fix' rewrites source files`
  if (words.includes('--write')) return `'${program} … --write' rewrites files`
  if (program === 'cargo') return cargoFixReason(words)
  if (program === 'npm' || program === 'pnpm' || program === 'yarn') return npmFixReason(words)
  if (program === 'git') {
    const sub = words.slice(1).find((w) => !w.startsWith('-'))
    if (sub === undefined || GIT_READ_ONLY.has(sub)) return null
    return `'git ${sub}' changes the repository`
  }
  if (program === 'rm' || program === 'rmdir') return `'${program}' deletes files`
  if (program === 'find' && words.includes('-delete')) return `'find … -delete' deletes files`
  if (program === 'sed' && words.some((w) => w === '--in-place' || /^-[A-Za-z]*i/.test(w))) {
    return `'sed -i' edits files in place`
  }
  return null
}

function cargoFixReason(words: readonly string[]): string | null {
  const sub = cargoSubcommand(words)
  if (sub === null) return null
  if (sub === 'fmt' && !words.includes('--check')) {
    return "'cargo fmt' rewrites source files (the check is 'cargo fmt -- --check')"
  }
  const reason = CARGO_MUTATING[sub]
  return reason === undefined ? null : `'cargo ${sub}' ${reason}`
}

function npmFixReason(words: readonly string[]): string | null {
  const program = words[0]!
  const sub = npmSubcommand(words)
  if (sub === null) return program === 'yarn' ? `'yarn' installs dependencies` : null
  if (sub.name === 'audit' && sub.rest[0] === 'fix') {
    return `'${program} audit fix' changes dependencies`
  }
  if ((sub.name === 'run' || sub.name === 'run-script') && /^clean(:|$)/.test(sub.rest[0] ?? '')) {
    return `'${program} run ${sub.rest[0]!}' deletes build output`
  }
  if (sub.name === 'pkg' && ['set', 'delete', 'fix'].includes(sub.rest[0] ?? '')) {
    return `'${program} pkg ${sub.rest[0]!}' edits package.json`
  }
  if (NPM_MUTATING.has(sub.name)) return `'${program} ${sub.name}' changes dependencies`
  return null
}

/** A command the checklist itself lists as a fix (a `Run: \`…\`` item), with its line. */
export interface ChecklistFix {
  command: string
  line: number
}

/**
 * Why this command line must not be run, or null when it may: a built-in fix command in any of
 * its simple commands, or a command the checklist lists under a "Run:" item. A "Run:" command is
 * compared as a whole (`cargo clean && cargo build` refuses that exact chain, not every
 * `cargo build`), against the whole line and each of its simple commands.
 */
export function fixReason(line: string, checklistFixes: readonly ChecklistFix[]): string | null {
  const segments = splitChain(line)
  for (const segment of segments) {
    const reason = builtInFixReason(segment)
    if (reason !== null) return `${reason}; fix commands are never run`
  }
  // commandEqualsLine against every fix, with the line's candidates normalised once.
  const candidates = new Set([line, ...segments].map(normaliseWhitespace))
  const listed = checklistFixes.find((fix) => {
    const wanted = normaliseWhitespace(fix.command)
    return wanted !== '' && candidates.has(wanted)
  })
  if (listed !== undefined) {
    return `the checklist lists '${normaliseWhitespace(listed.command)}' as a fix ("Run:" at line ${listed.line}); fix commands are never run`
  }
  return null
}
