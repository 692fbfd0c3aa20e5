/**
 * Commands that run another command: `env -i cargo fmt`, `timeout 60 npm test`, `xargs cargo fmt`,
 * `bash -c 'cargo fmt'`, `npx npm audit fix`, `poetry run black .`. Reading through them is how
 * the effect policy sees what really runs, and how a step's program is named. Pure: words in,
 * words (or a shell string to read again) out.
 *
 * Two families:
 * - process wrappers (`env`, `sudo`, `time`, `nice`, `timeout`, `stdbuf`, `xargs`…) change how a
 *   process runs, not which tool it is: every reader looks through them (see programWords);
 * - runners (`npx`, `npm exec`, `pnpm dlx`, `python -m`, `poetry run`, `bash -c`, `eval`,
 *   `dotenv --`, `cross-env`…) run a tool from a package or an environment: lanes and output
 *   parsers keep them (they use node_modules, they print their own errors), the effect policy
 *   looks through them.
 */
import { ownEntry } from '../own-entry.js'

/** What a wrapper runs. */
export type Unwrapped =
  /** The inner command's words. */
  | { kind: 'command'; wrapper: string; words: string[] }
  /** A shell string the wrapper hands to a shell (`bash -c '…'`, `eval …`): read it again. */
  | { kind: 'script'; wrapper: string; script: string }

/**
 * A wrapper's option grammar: options that take a value (as the next word, or glued: `-n5`,
 * `--adjustment=5`), and how many plain words come before the command (`timeout DURATION`).
 */
interface OptionGrammar {
  /** Short options that take a value: "n" for `nice -n 5`. */
  shortWithValue?: string
  /** Long options that take a value (without `--`): "adjustment" for `--adjustment 5`. */
  longWithValue?: readonly string[]
  /** Plain words before the command: timeout's duration. */
  operands?: number
  /** `NAME=value` words before the command are assignments (env, sudo, cross-env). */
  assignments?: boolean
  /** A bare number option like `nice -10`. */
  numericOption?: boolean
  /** Default command when none is given (xargs runs echo). */
  noCommand?: 'none'
}

const PROCESS_WRAPPERS: Readonly<Record<string, OptionGrammar>> = {
  env: {
    shortWithValue: 'uCS',
    longWithValue: ['unset', 'chdir', 'split-string', 'default-signal', 'ignore-signal'],
    assignments: true
  },
  sudo: {
    shortWithValue: 'ugpCDhrtTUc',
    longWithValue: ['user', 'group', 'prompt', 'close-from', 'chdir', 'host', 'role', 'type'],
    assignments: true
  },
  doas: { shortWithValue: 'uC' },
  time: { shortWithValue: 'fo', longWithValue: ['format', 'output'] },
  nice: { shortWithValue: 'n', longWithValue: ['adjustment'], numericOption: true },
  ionice: { shortWithValue: 'cnpPu', longWithValue: ['class', 'classdata', 'pid', 'pgid', 'uid'] },
  nohup: {},
  chronic: {},
  builtin: {},
  nocorrect: {},
  command: {},
  exec: { shortWithValue: 'a' },
  setsid: {},
  timeout: {
    shortWithValue: 'sk',
    longWithValue: ['signal', 'kill-after'],
    operands: 1
  },
  stdbuf: { shortWithValue: 'ioe', longWithValue: ['input', 'output', 'error'] },
  xargs: {
    shortWithValue: 'adEILnPs',
    longWithValue: [
      'arg-file',
      'delimiter',
      'eof',
      'replace',
      'max-lines',
      'max-args',
      'max-procs',
      'max-chars',
      'process-slot-var'
    ],
    noCommand: 'none'
  }
}

/** Runners: they run a package's or an environment's tool (see the module comment). */
const RUNNERS: Readonly<Record<string, OptionGrammar>> = {
  npx: { shortWithValue: 'pc', longWithValue: ['package', 'call', 'shell', 'workspace'] },
  pnpx: { shortWithValue: 'pc', longWithValue: ['package', 'call'] },
  bunx: { shortWithValue: 'p', longWithValue: ['package'] },
  'cross-env': { assignments: true },
  dotenv: { shortWithValue: 'evpc', assignments: false },
  'dotenv-cli': { shortWithValue: 'evpc' },
  'env-cmd': { shortWithValue: 'fer', longWithValue: ['file', 'environments', 'rc-file'] }
}

/** `poetry run X`, `npm exec X`…: a runner reached through a subcommand. */
const SUBCOMMAND_RUNNERS: Readonly<Record<string, Readonly<Record<string, OptionGrammar>>>> = {
  npm: {
    exec: { shortWithValue: 'pcw', longWithValue: ['package', 'call', 'workspace'] },
    x: { shortWithValue: 'pcw', longWithValue: ['package', 'call', 'workspace'] }
  },
  pnpm: {
    exec: { shortWithValue: 'C', longWithValue: ['dir', 'filter'] },
    dlx: { shortWithValue: 'p', longWithValue: ['package'] }
  },
  yarn: {
    exec: {},
    dlx: { shortWithValue: 'p', longWithValue: ['package'] }
  },
  bun: { x: { shortWithValue: 'p', longWithValue: ['package'] } },
  poetry: { run: { shortWithValue: 'C', longWithValue: ['directory', 'project'] } },
  pipenv: { run: {} },
  pdm: { run: { shortWithValue: 'p', longWithValue: ['project'] } },
  hatch: { run: {} },
  uv: {
    run: {
      shortWithValue: 'p',
      longWithValue: ['with', 'python', 'project', 'directory', 'package', 'extra', 'group']
    }
  },
  conda: { run: { shortWithValue: 'np', longWithValue: ['name', 'prefix'] } }
}

const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'busybox-sh'])
const PYTHONS = /^python(?:\d+(?:\.\d+)?)?$/

/** The program's base name: "./node_modules/.bin/prettier" → "prettier". */
export function baseName(program: string): string {
  const slash = program.lastIndexOf('/')
  return slash === -1 ? program : program.slice(slash + 1)
}

/**
 * The command a process wrapper runs (`env -i cargo fmt` → `cargo fmt`), or null when `words`
 * is not one (or wraps nothing: `env` alone prints the environment).
 */
export function unwrapTransparent(words: readonly string[]): string[] | null {
  const program = words[0]
  if (program === undefined) return null
  const grammar = ownEntry(PROCESS_WRAPPERS, program)
  if (grammar === undefined) return null
  // `command -v x` and `command -V x` look a name up; they run nothing.
  if (program === 'command' && words.some((w) => /^-[a-zA-Z]*[vV]/.test(w))) return null
  if (program === 'env' && words.some((w) => w === '-S' || w.startsWith('--split-string'))) {
    return null
  }
  const inner = afterOptions(words, grammar)
  return inner.length === 0 ? null : inner
}

/**
 * What any wrapper — process wrapper or runner — runs, or null when `words` is no wrapper.
 */
export function unwrap(words: readonly string[]): Unwrapped | null {
  const program = words[0]
  if (program === undefined) return null
  const name = baseName(program)
  const shell = shellScript(name, words)
  if (shell !== null) return shell
  if (name === 'eval') {
    const script = words.slice(1).join(' ')
    return script.trim() === '' ? null : { kind: 'script', wrapper: 'eval', script }
  }
  if (name === 'env') {
    const split = envSplitString(words)
    if (split !== null) return split
  }
  if (name === 'find') return findExec(words)
  const transparent = unwrapTransparent(words)
  if (transparent !== null) return { kind: 'command', wrapper: name, words: transparent }
  const call = callOption(name, words)
  if (call !== null) return call
  if (PYTHONS.test(name)) return pythonModule(words)
  const runner = ownEntry(RUNNERS, name)
  if (runner !== undefined) return innerCommand(name, afterOptions(words, runner))
  const sub = ownEntry(SUBCOMMAND_RUNNERS, name)
  if (sub !== undefined) {
    const index = words.findIndex((w, i) => i > 0 && !w.startsWith('-'))
    const grammar = index === -1 ? undefined : ownEntry(sub, words[index]!)
    if (grammar === undefined) return null
    return innerCommand(`${name} ${words[index]!}`, afterOptions(words.slice(index), grammar))
  }
  if (name === 'cross-env-shell') {
    const rest = words.slice(1)
    let start = 0
    while (start < rest.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(rest[start]!)) start++
    const script = rest.slice(start).join(' ')
    return script === '' ? null : { kind: 'script', wrapper: name, script }
  }
  return null
}

/** `find . -name '*.rs' -exec rustfmt {} ;`: the command find runs (a `-delete` is find's own effect). */
function findExec(words: readonly string[]): Unwrapped | null {
  if (words.includes('-delete')) return null
  const start = words.findIndex((w) => ['-exec', '-execdir', '-ok', '-okdir'].includes(w))
  if (start === -1) return null
  const end = words.findIndex((w, i) => i > start && (w === ';' || w === '+'))
  return innerCommand('find -exec', words.slice(start + 1, end === -1 ? undefined : end))
}

function innerCommand(wrapper: string, inner: string[]): Unwrapped | null {
  return inner.length === 0 ? null : { kind: 'command', wrapper, words: inner }
}

/** `bash -c 'cargo fmt'`, `sh -ec "…"`: the string the shell runs; null for `bash script.sh`. */
function shellScript(name: string, words: readonly string[]): Unwrapped | null {
  if (!SHELLS.has(name)) return null
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    if (word === '--' || !/^[-+]/.test(word)) return null
    // `-o pipefail` takes a value.
    if (/^[-+][a-zA-Z]*o$/.test(word)) {
      i++
      continue
    }
    if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(word)) {
      const script = words[i + 1]
      return script === undefined ? null : { kind: 'script', wrapper: name, script }
    }
  }
  return null
}

/** `env -S 'cargo fmt --all'`: env splits the string into the command's words. */
function envSplitString(words: readonly string[]): Unwrapped | null {
  const index = words.findIndex((w) => w === '-S' || w.startsWith('--split-string'))
  if (index === -1) return null
  const word = words[index]!
  const value = word.includes('=') ? word.slice(word.indexOf('=') + 1) : words[index + 1]
  if (value === undefined) return null
  const rest = words.slice(word.includes('=') ? index + 1 : index + 2)
  return { kind: 'script', wrapper: 'env', script: [value, ...rest].join(' ') }
}

/** `npx -c 'eslint --fix .'`, `npm exec --call='…'`: the string is run by a shell. */
function callOption(name: string, words: readonly string[]): Unwrapped | null {
  const runsCall =
    name === 'npx' ||
    name === 'pnpx' ||
    (name === 'npm' && (words[1] === 'exec' || words[1] === 'x'))
  if (!runsCall) return null
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    if (word === '--') break
    if (word === '-c' || word === '--call') {
      const script = words[i + 1]
      return script === undefined ? null : { kind: 'script', wrapper: name, script }
    }
    if (word.startsWith('--call=')) {
      return { kind: 'script', wrapper: name, script: word.slice('--call='.length) }
    }
  }
  return null
}

/** `python -m black .` → `black .`; `python -u -m pytest` too. Null for `python script.py`. */
function pythonModule(words: readonly string[]): Unwrapped | null {
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!
    if (word === '-m') return innerCommand(`${words[0]!} -m`, words.slice(i + 1))
    if (/^-m./.test(word))
      return innerCommand(`${words[0]!} -m`, [word.slice(2), ...words.slice(i + 1)])
    if (word === '-W' || word === '-X') {
      i++
      continue
    }
    if (!word.startsWith('-')) return null
  }
  return null
}

/** The words after a wrapper's own options, assignments and operands: the command it runs. */
function afterOptions(words: readonly string[], grammar: OptionGrammar): string[] {
  let i = 1
  while (i < words.length) {
    const word = words[i]!
    if (word === '--') {
      i++
      break
    }
    if (word.startsWith('--')) {
      const name = word.slice(2).split('=')[0]!
      i += !word.includes('=') && (grammar.longWithValue ?? []).includes(name) ? 2 : 1
      continue
    }
    if (word.startsWith('-') && word.length > 1) {
      if (grammar.numericOption === true && /^-\d+$/.test(word)) {
        i++
        continue
      }
      // A cluster like `-in5`: the first letter that takes a value takes the rest, or the next word.
      const letters = word.slice(1)
      let valueAt = -1
      for (let k = 0; k < letters.length && valueAt === -1; k++) {
        if ((grammar.shortWithValue ?? '').includes(letters[k]!)) valueAt = k
      }
      i += valueAt !== -1 && valueAt === letters.length - 1 ? 2 : 1
      continue
    }
    if (grammar.assignments === true && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) {
      i++
      continue
    }
    break
  }
  // After `--`, assignments still come before the command (`env -- A=1 cmd`).
  while (
    grammar.assignments === true &&
    i < words.length &&
    /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!)
  ) {
    i++
  }
  return words.slice(i + (grammar.operands ?? 0))
}
