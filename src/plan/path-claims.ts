/**
 * Verify items that name files rather than commands — "Verify: `dist/index.cjs.js`,
 * `dist/index.es.js` and `dist/index.d.ts` exist", "`CHANGELOG.md` updated" — become one
 * existence check per item, made in-process (path-checks.ts) and never by a shell. Pure: this
 * only decides which code spans are paths.
 */
import type { TaskItem } from '../checklist/model.js'

/** Characters a path in a checklist never needs and shell syntax always does. */
const SHELL_SYNTAX = /[\s$`'"\\;&|<>(){}[\]*?!~=#,:]/
/** A file extension with at least one letter: `.md`, `.d.ts`, `.cjs`; not `1.2.3`. */
const EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,9}$/
/** Words that say the item is about a file being there. */
const EXISTENCE =
  /\b(?:exists?|present|created|generated|produced|built|written|updated|emitted|there|in place|committed|included|contains?)\b/i
/** Directories whose files are run, not looked at: `node_modules/.bin/tsc`, `target/release/app`. */
const EXECUTABLE_DIR = /(?:^|\/)(?:bin|\.bin|sbin|release|debug)\/[^/]+$/
/** Program names that look like files. */
const PROGRAMS_WITH_DOTS = new Set(['py.test', 'node.exe', 'npm.cmd', 'npx.cmd'])
/** Script files run directly: `./scripts/check.sh`. */
const SCRIPT_EXTENSION = /\.(?:sh|bash|zsh|py|rb|pl|ps1|cmd|bat|exe)$/

/**
 * Whether a Verify item's code span names a path rather than a command: one word, no shell
 * syntax, with a `/` or a file extension, not a known program, not a script or binary to run
 * (`./scripts/check.sh`, `target/release/app`) unless the item says the file exists.
 */
export function isPathClaim(span: string, itemText: string): boolean {
  const text = span.trim()
  if (text === '' || SHELL_SYNTAX.test(text) || text.startsWith('-') || text.startsWith('@')) {
    return false
  }
  if (PROGRAMS_WITH_DOTS.has(text.toLowerCase())) return false
  const hasExtension = EXTENSION.test(text)
  if (!text.includes('/') && !hasExtension) return false
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return false
  const saysExists = EXISTENCE.test(itemText)
  const runnable =
    text.startsWith('./') ||
    text.startsWith('../') ||
    text.startsWith('/') ||
    SCRIPT_EXTENSION.test(text) ||
    (!hasExtension && EXECUTABLE_DIR.test(text))
  return !runnable || saysExists
}

/** The paths an item's Verify spans name, in order, without repeats (empty when none does). */
export function pathClaimsOf(item: TaskItem): string[] {
  const paths = item.commands
    .filter((command) => command.role === 'verify' && isPathClaim(command.text, item.text))
    .map((command) => command.text.trim())
  return [...new Set(paths)]
}

/** The name of an existence check: "dist/a.js and dist/b.js exist". */
export function pathCheckName(paths: readonly string[]): string {
  if (paths.length === 1) return `${paths[0]!} exists`
  return `${paths.slice(0, -1).join(', ')} and ${paths.at(-1)!} exist`
}

/** The human-readable description kept in Validation.command for an existence check. */
export function pathCheckDescription(paths: readonly string[]): string {
  return `paths exist: ${paths.join(' ')}`
}
