/**
 * When a `Verify:` command got weaker. Rule (one home for it): a command is weakened when the
 * head's version of it lost a flag that makes a tool stricter, or loosened a threshold:
 * - strict flags: `--check`, `--locked`, `--frozen`, `--all-targets`, `--all-features`,
 *   `--workspace`, `--strict`, `--frozen-lockfile`, `--immutable`, `--ci`, `--deny-warnings`,
 *   `--fail-on-warnings`, `--error-on-warnings`;
 * - denials: `-D <lint>` / `-D<lint>` / `--deny <lint>` / `--deny=<lint>` (also after `--`);
 * - thresholds: a numeric flag value (`--max-warnings 0`, `--fail-under=80`) raised for a flag
 *   whose name says max/limit, or lowered for one that says min/under/threshold/coverage.
 * Versions of the same command are paired by their program and first word ("cargo clippy").
 * Pure.
 */
import { shellWords } from '../plan/shell-words.js'

const STRICT_FLAGS = new Set([
  '--check',
  '--locked',
  '--frozen',
  '--all-targets',
  '--all-features',
  '--workspace',
  '--strict',
  '--frozen-lockfile',
  '--immutable',
  '--ci',
  '--deny-warnings',
  '--fail-on-warnings',
  '--error-on-warnings'
])
const DENY_FLAGS = new Set(['-D', '--deny'])
const MAX_LIKE = /max|limit/i
const MIN_LIKE = /min|under|threshold|coverage/i

/** The words of a command: shell words, without the quoting. */
export function commandTokens(command: string): string[] {
  return shellWords(command)
}

/** "cargo clippy" for `cargo clippy --all-targets -- -D warnings`: how versions are paired. */
export function commandIdentity(command: string): string {
  const words = commandTokens(command).filter((word) => !word.startsWith('-'))
  return words.slice(0, 2).join(' ')
}

/** What the head's command lost against the base's: dropped strict flags, denials, thresholds. */
export function lostStrength(baseCommand: string, headCommand: string): string[] {
  const base = strengthOf(commandTokens(baseCommand))
  const head = strengthOf(commandTokens(headCommand))
  const lost = [...base.flags].filter((flag) => !head.flags.has(flag))
  for (const [flag, value] of base.thresholds) {
    const now = head.thresholds.get(flag)
    if (now === undefined) {
      lost.push(`${flag} ${value}`)
    } else if (MAX_LIKE.test(flag) ? now > value : MIN_LIKE.test(flag) && now < value) {
      lost.push(`${flag} ${value} → ${now}`)
    }
  }
  return lost
}

interface Strength {
  /** Strict flags and denials, normalised ("-D warnings"). */
  flags: Set<string>
  /** Numeric flag values that are limits, by flag name. */
  thresholds: Map<string, number>
}

function strengthOf(tokens: readonly string[]): Strength {
  const flags = new Set<string>()
  const thresholds = new Map<string, number>()
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const [name, inline] = splitFlag(token)
    if (STRICT_FLAGS.has(name)) {
      flags.add(name)
    } else if (DENY_FLAGS.has(name)) {
      const value = inline ?? tokens[i + 1]
      if (inline === undefined) i++
      if (value !== undefined) flags.add(`-D ${value}`)
    } else if (name.startsWith('-D') && name.length > 2 && !name.startsWith('--')) {
      flags.add(`-D ${name.slice(2)}`)
    } else if (name.startsWith('-') && (MAX_LIKE.test(name) || MIN_LIKE.test(name))) {
      const value = inline ?? tokens[i + 1]
      if (value !== undefined && /^\d+(?:\.\d+)?$/.test(value)) {
        thresholds.set(name, Number(value))
        if (inline === undefined) i++
      }
    }
  }
  return { flags, thresholds }
}

/** `--deny=warnings` → ["--deny", "warnings"]; `--check` → ["--check", undefined]. */
function splitFlag(token: string): [string, string | undefined] {
  const equals = token.startsWith('--') ? token.indexOf('=') : -1
  return equals === -1 ? [token, undefined] : [token.slice(0, equals), token.slice(equals + 1)]
}
