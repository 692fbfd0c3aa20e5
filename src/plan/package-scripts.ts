/**
 * Which package.json scripts a command runs: `npm run format`, `npm test`, `yarn lint`,
 * `pnpm run build`, `run-s lint:*`, `npm-run-all -p "test:*"`, `concurrently "npm:lint"`. Pure:
 * words in, script names (or patterns) out; the planner reads the scripts through an injected
 * function and resolves them (see command-resolution.ts).
 */
import { baseName } from './wrappers.js'
import { ownEntry } from '../own-entry.js'

/** A command that runs package.json scripts. */
export type PackageRun =
  | {
      kind: 'scripts'
      /** "npm", "yarn", "pnpm", "bun", "npm-run-all". */
      runner: string
      /** Directory of the package.json relative to the command's cwd ("." unless --prefix/--cwd/-C), or null when it cannot be known (workspaces, --filter). */
      dir: string | null
      /** Script names; npm-run-all's are glob patterns (`lint:*`). */
      scripts: string[]
      patterns: boolean
      /** Words passed on to the script (appended to its text, as npm does). */
      args: string[]
      /** npm runs `preX` and `postX` around `X`. */
      prePost: boolean
    }
  /** `concurrently "npm:lint" "tsc --noEmit"`: shell strings it runs (npm:X written as `npm run X`). */
  | { kind: 'commands'; runner: string; commands: string[] }

/** npm's commands that run a script of the same name. */
const NPM_SCRIPT_COMMANDS: Readonly<Record<string, string | null>> = {
  run: null,
  'run-script': null,
  rum: null,
  urn: null,
  test: 'test',
  t: 'test',
  tst: 'test',
  start: 'start',
  stop: 'stop'
}

/** yarn (1 and berry) built-in commands: any other `yarn X` runs script X. */
const YARN_BUILTINS = new Set(
  (
    'add audit autoclean bin cache check config constraints create dedupe dlx exec explain ' +
    'generate-lock-entry global help import info init install licenses link list login logout ' +
    'node npm outdated owner pack patch patch-commit plugin policies publish rebuild remove ' +
    'search set stage tag team unlink unplug up upgrade upgrade-interactive version versions ' +
    'why workspace workspaces'
  ).split(' ')
)

/** pnpm built-in commands: any other `pnpm X` runs script X. */
const PNPM_BUILTINS = new Set(
  (
    'add audit bin c cache catalog config create dedupe deploy dlx doctor env exec fetch help ' +
    'i import init install install-test it licenses link list ln ls outdated pack patch ' +
    'patch-commit patch-remove prune publish rb rebuild remove rm root self-update server ' +
    'setup store un uninstall unlink up update upgrade why'
  ).split(' ')
)

/** Global options that take a value, per package manager. */
const VALUE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  npm: ['--prefix', '-w', '--workspace', '--userconfig', '--cache', '--registry', '--loglevel'],
  yarn: ['--cwd', '--modules-folder', '--cache-folder', '--registry'],
  pnpm: ['-C', '--dir', '--filter', '-F', '--workspace-dir', '--reporter', '--loglevel'],
  bun: ['--cwd', '--filter']
}

/** Options that make the package unknowable here (another workspace, every workspace). */
const UNKNOWN_PACKAGE = new Set([
  '-w',
  '--workspace',
  '--workspaces',
  '-ws',
  '--filter',
  '-F',
  '-r',
  '--recursive'
])

/** The scripts a command runs, or null when it runs none. */
export function packageRun(words: readonly string[]): PackageRun | null {
  const program = words[0]
  if (program === undefined) return null
  const name = baseName(program)
  if (name === 'npm' || name === 'yarn' || name === 'pnpm' || name === 'bun') {
    return managerRun(name, words)
  }
  if (name === 'npm-run-all' || name === 'run-s' || name === 'run-p' || name === 'npm-run-all2') {
    return runAll(name, words)
  }
  if (name === 'concurrently') return concurrently(words)
  return null
}

function managerRun(manager: string, words: readonly string[]): PackageRun | null {
  const valueOptions = ownEntry(VALUE_OPTIONS, manager) ?? []
  let dir: string | null = '.'
  let i = 1
  for (; i < words.length; i++) {
    const word = words[i]!
    const [flag, glued] = word.includes('=') ? word.split(/=(.*)/s) : [word, undefined]
    if (UNKNOWN_PACKAGE.has(flag)) dir = null
    if (!word.startsWith('-')) break
    if (valueOptions.includes(flag)) {
      const value = glued ?? words[i + 1]
      if (glued === undefined) i++
      if (
        (flag === '--prefix' || flag === '--cwd' || flag === '-C' || flag === '--dir') &&
        dir !== null
      ) {
        dir = value ?? null
      }
    }
  }
  const command = words[i]
  if (command === undefined) return null
  const rest = words.slice(i + 1)
  let script: string | undefined
  let args: readonly string[]
  if (manager === 'npm') {
    if (!Object.hasOwn(NPM_SCRIPT_COMMANDS, command)) return null
    const fixed = ownEntry(NPM_SCRIPT_COMMANDS, command)
    if (fixed === null || fixed === undefined) {
      const index = rest.findIndex((w) => !w.startsWith('-'))
      if (index === -1) return null
      script = rest[index]
      args = npmArgs(rest.slice(index + 1))
    } else {
      script = fixed
      args = npmArgs(rest)
    }
  } else if (command === 'run' || command === 'run-script') {
    const index = rest.findIndex((w) => !w.startsWith('-'))
    if (index === -1) return null
    script = rest[index]
    args = withoutDashDash(rest.slice(index + 1))
  } else if (command === 'test' || command === 't') {
    script = 'test'
    args = withoutDashDash(rest)
  } else if (manager === 'bun') {
    return null
  } else {
    const builtins = manager === 'yarn' ? YARN_BUILTINS : PNPM_BUILTINS
    if (builtins.has(command)) return null
    script = command
    args = withoutDashDash(rest)
  }
  if (script === undefined) return null
  return {
    kind: 'scripts',
    runner: manager,
    dir,
    scripts: [script],
    patterns: false,
    args: [...args],
    prePost: true
  }
}

/**
 * npm passes a script the words after `--`, and positional words before it; its own flags
 * (`--silent`, `--if-present`) it keeps.
 */
function npmArgs(rest: readonly string[]): string[] {
  const dashes = rest.indexOf('--')
  if (dashes === -1) return rest.filter((w) => !w.startsWith('-'))
  return [...rest.slice(0, dashes).filter((w) => !w.startsWith('-')), ...rest.slice(dashes + 1)]
}

function withoutDashDash(rest: readonly string[]): string[] {
  return rest[0] === '--' ? rest.slice(1) : [...rest]
}

const RUN_ALL_VALUE_OPTIONS = new Set(['--max-parallel', '--npm-path'])

/** `run-s lint:* "build -- --prod"`: each pattern's first word is the glob, the rest its arguments. */
function runAll(runner: string, words: readonly string[]): PackageRun | null {
  const scripts: string[] = []
  const args: string[] = []
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    if (word === '--') break
    if (RUN_ALL_VALUE_OPTIONS.has(word)) {
      i++
      continue
    }
    if (word.startsWith('-')) continue
    const [pattern, ...patternArgs] = word.trim().split(/\s+/)
    if (pattern === undefined || pattern === '') continue
    scripts.push(pattern)
    // Arguments are per pattern; they are kept with every script (a refusal only grows).
    args.push(...patternArgs.filter((w) => w !== '--'))
  }
  if (scripts.length === 0) return null
  return { kind: 'scripts', runner, dir: '.', scripts, patterns: true, args, prePost: true }
}

const CONCURRENTLY_VALUE_OPTIONS = new Set([
  '-n',
  '--names',
  '-c',
  '--prefix-colors',
  '-p',
  '--prefix',
  '-l',
  '--prefix-length',
  '-t',
  '--timestamp-format',
  '-s',
  '--success',
  '-m',
  '--max-processes',
  '--restart-tries',
  '--restart-after',
  '--default-input-target',
  '--name-separator',
  '--passthrough-arguments',
  '--teardown'
])

function concurrently(words: readonly string[]): PackageRun | null {
  const commands: string[] = []
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    if (CONCURRENTLY_VALUE_OPTIONS.has(word)) {
      i++
      continue
    }
    if (word.startsWith('-')) continue
    const shorthand = /^(npm|yarn|pnpm|bun):(.+)$/.exec(word)
    commands.push(shorthand === null ? word : `run-s ${quoteWord(shorthand[2]!)}`)
  }
  return commands.length === 0 ? null : { kind: 'commands', runner: 'concurrently', commands }
}

function quoteWord(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`
}

/**
 * npm-run-all's glob over script names: `*` matches within one `:`-separated segment, `**`
 * across them (`lint:*` matches `lint:js`, not `lint:js:fix`).
 */
export function scriptsMatching(pattern: string, names: readonly string[]): string[] {
  if (!/[*?]/.test(pattern)) return names.includes(pattern) ? [pattern] : []
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!
    if (ch === '*' && pattern[i + 1] === '*') {
      source += '.*'
      i++
    } else if (ch === '*') source += '[^:]*'
    else if (ch === '?') source += '[^:]'
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  const regex = new RegExp(`^${source}$`)
  return names.filter((name) => regex.test(name))
}
