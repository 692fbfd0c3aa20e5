/**
 * Which tool a step runs, read from its command alone: the planner names each validation's tool
 * from this, and toolFor picks the output parser by it. Kept apart from the parsers (~60 KB) so
 * a run that plans validations without running them does not load those.
 */
import path from 'node:path'
import { simpleCommandWords } from '../plan/shell-words.js'

/**
 * The simple commands of a step, each as its words (the one shell tokenizer, shell-words.ts):
 * lines, `&&`, `||`, `;`, `|` and `&` separate them; comments, environment assignments and
 * process wrappers like `time` or `env -i` are dropped.
 */
export function simpleCommands(step: string): string[][] {
  return simpleCommandWords(step)
}

/** The program's base name: "./target/release/app" → "app", "npx" stays "npx". */
export function programName(words: readonly string[]): string {
  return path.posix.basename(words[0] ?? '')
}

/**
 * Words of a `cargo` invocation after the toolchain override and global flags:
 * `cargo +nightly -q clippy --fix` → ["clippy", "--fix"]. Null when not cargo.
 */
export function cargoArguments(words: readonly string[]): string[] | null {
  if (programName(words) !== 'cargo') return null
  const rest = words.slice(1)
  while (rest.length > 0 && (rest[0]!.startsWith('+') || rest[0]!.startsWith('-'))) rest.shift()
  return rest
}

/** True when some simple command of the step is `cargo <one of subcommands> …`. */
export function runsCargo(step: string, subcommands: readonly string[]): boolean {
  return cargoRuns(simpleCommands(step), subcommands)
}

function cargoRuns(commands: readonly string[][], subcommands: readonly string[]): boolean {
  return commands.some((words) => {
    const args = cargoArguments(words)
    return args !== null && args[0] !== undefined && subcommands.includes(args[0])
  })
}

const PACKAGE_MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun'])

/** `npm run build`, `yarn build`, `npx tsc`, `tsc`. */
export function isBuildCommand(words: readonly string[]): boolean {
  const program = programName(words)
  const [, first, second] = words
  if (PACKAGE_MANAGERS.has(program)) {
    if (first === 'build') return true
    return (
      (first === 'run' || first === 'run-script') && second !== undefined && /^build\b/.test(second)
    )
  }
  if (program === 'npx') return first === 'tsc'
  return program === 'tsc'
}

/** `npm test`, `npm run test:unit`, `node --test`, `npx jest`, `jest`. */
export function isTestCommand(words: readonly string[]): boolean {
  const program = programName(words)
  const [, first, second] = words
  if (PACKAGE_MANAGERS.has(program)) {
    if (first === 'test' || first === 't') return true
    return (
      (first === 'run' || first === 'run-script') && second !== undefined && /^test\b/.test(second)
    )
  }
  if (program === 'node') return words.includes('--test')
  if (program === 'npx') return first === 'jest'
  return program === 'jest'
}

const VERSION_FLAGS = new Set(['--version', '-V', 'version'])
const HELP_FLAGS = new Set(['--help', '-h', 'help'])
/** Programs whose --help/--version prove nothing about the project's own binaries. */
const TOOLCHAIN = new Set([
  'cargo',
  'rustc',
  'rustup',
  'npm',
  'npx',
  'node',
  'yarn',
  'pnpm',
  'echo',
  'cd',
  'test'
])

export interface FlagCheck {
  asksVersion: boolean
  asksHelp: boolean
  programs: string[]
}

/** Which of the step's programs (not toolchain ones) it asks for `--version` or `--help`. */
export function flagCheck(command: string): FlagCheck {
  return flagCheckOf(simpleCommands(command))
}

function flagCheckOf(commands: readonly string[][]): FlagCheck {
  const check: FlagCheck = { asksVersion: false, asksHelp: false, programs: [] }
  for (const words of commands) {
    if (TOOLCHAIN.has(programName(words))) continue
    const rest = words.slice(1)
    const version = rest.some((word) => VERSION_FLAGS.has(word))
    const help = rest.some((word) => HELP_FLAGS.has(word))
    if (version || help) check.programs.push(programName(words))
    check.asksVersion ||= version
    check.asksHelp ||= help
  }
  return check
}

/**
 * Tool ids with their recognisers, in the order they are tried; the first that matches wins.
 * A step often runs several commands ("cargo clean && cargo build"), so the more specific tools
 * come first: clippy and cargo test also build, and a `--version` check is recognised only when
 * nothing else is. Every id but "generic" has a parser in findings/index.ts. A recogniser reads the
 * step's simple commands, split once for all of them.
 */
const RECOGNISERS: readonly (readonly [string, (commands: readonly string[][]) => boolean])[] = [
  [
    'rustfmt',
    (commands) =>
      commands.some(
        (words) => cargoArguments(words)?.[0] === 'fmt' || programName(words) === 'rustfmt'
      )
  ],
  [
    'clippy',
    (commands) =>
      cargoRuns(commands, ['clippy']) ||
      commands.some((words) => programName(words) === 'cargo-clippy')
  ],
  [
    'cargo-audit',
    (commands) =>
      commands.some(
        (words) => cargoArguments(words)?.[0] === 'audit' || programName(words) === 'cargo-audit'
      )
  ],
  ['cargo-test', (commands) => cargoRuns(commands, ['test', 't'])],
  ['cargo-build', (commands) => cargoRuns(commands, ['build', 'b', 'check', 'c', 'rustc'])],
  [
    'npm-audit',
    (commands) =>
      commands.some(
        (words) => ['npm', 'pnpm', 'yarn'].includes(programName(words)) && words[1] === 'audit'
      )
  ],
  ['npm-test', (commands) => commands.some(isTestCommand)],
  ['npm-build', (commands) => commands.some(isBuildCommand)],
  ['cli', (commands) => flagCheckOf(commands).programs.length > 0]
]

/** The id of the tool whose parser reads `command`'s output: "generic" when none recognises it. */
export function toolIdFor(command: string): string {
  const commands = simpleCommands(command)
  return RECOGNISERS.find(([, matches]) => matches(commands))?.[0] ?? 'generic'
}

/** Whether the tool `id` recognises `command` (a parser's matches(); toolIdFor tries them in order). */
export function recognises(id: string, command: string): boolean {
  const recogniser = RECOGNISERS.find(([toolId]) => toolId === id)
  if (recogniser === undefined) throw new Error(`no recogniser for tool '${id}'`)
  return recogniser[1](simpleCommands(command))
}
