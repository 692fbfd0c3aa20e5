/**
 * Lanes: validations in one lane never overlap. Every cargo command shares one target directory
 * (and its lock), and npm commands in one directory share node_modules and the build output.
 * Pure: command lines in, a lane name out.
 */
import { programWords, splitChain } from './shell-words.js'

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

/** The lane of a validation running `lines` in `cwd`: "cargo", "npm:<cwd>", or null. */
export function laneOf(lines: readonly string[], cwd: string): string | null {
  const resources = lines.flatMap((line) => splitChain(line).map(resourceOf))
  if (resources.includes('cargo')) return 'cargo'
  if (resources.includes('node')) return `npm:${cwd}`
  return null
}
