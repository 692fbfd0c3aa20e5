/**
 * A checklist's validation script (a fenced bash block) read as a list of steps, the way its
 * author meant it: `echo "1. Code formatting..."` opens a step, the commands after it belong to
 * that step, `cd` moves the steps that follow. Pure: the script is data and is never executed
 * here; the planner decides which of these lines may run.
 */
import * as path from 'node:path'
import type { CodeBlock } from '../checklist/model.js'
import { ConfigurationError } from '../errors.js'
import { programWords, shellQuote, shellWords, splitChain } from './shell-words.js'
import { sourceLines, type Statement } from './bash-script.js'
import { scriptStatements } from '../checklist/validation-script.js'
import { replaceQuoted, trailingRun, trimEndMatching, trimTrailing } from '../linear-text.js'
import { UnicodeRegex } from '../unicode-regex.js'

/** One logical command line of the script. */
export interface ScriptCommand {
  /** The line with continuations joined (`a \` + `b` → `a b`): the form commands are analysed in. */
  text: string
  /** The physical lines exactly as written (continuations kept): the form that is run. */
  raw: string
  /** Checklist line of the command's first physical line. */
  line: number
}

export interface ScriptStep {
  /** "Code formatting" for `echo "1. Code formatting..."`; null for a command before any label. */
  label: string | null
  /** Working directory relative to the project root, normalised ("." for the root). */
  cwd: string
  commands: ScriptCommand[]
  /** The script had `set -o pipefail` in force when the step began. */
  pipefail: boolean
}

interface LogicalLine {
  text: string
  raw: string
  line: number
}

/** A config command's lines with `\`-newline continuations joined (scripts are read by readStatements). */
export function logicalLines(text: string, firstLine: number): LogicalLine[] {
  const physical = sourceLines(text, firstLine)
  const lines: LogicalLine[] = []
  for (let i = 0; i < physical.length; i++) {
    const start = physical[i]!
    let joined = start.text
    let raw = start.text
    while (continues(joined) && i + 1 < physical.length) {
      i++
      joined = joined.trimEnd().slice(0, -1) + ' ' + physical[i]!.text.trim()
      raw += '\n' + physical[i]!.text
    }
    lines.push({ text: joined.trim(), raw: raw.trimEnd(), line: start.line })
  }
  return lines
}

/** An odd number of trailing backslashes continues the line (an even number is escaped backslashes). */
function continues(line: string): boolean {
  if (line.trimStart().startsWith('#')) return false
  return trailingRun(line.trimEnd(), '\\') % 2 === 1
}

export const LETTER = new UnicodeRegex(() => /\p{L}/u, /[A-Za-z]/)

/**
 * The label of a step-opening echo: `1. Code formatting...`, `Step 2: Clippy`, `[3/9] Audit`,
 * `==> 4) Rust build` → the words after the number, without trailing dots, ellipsis or colon.
 */
export function stepLabel(echoText: string): string | null {
  const match = /^[\s=#*>\-[]*(?:step\s*)?\d+(?:\s*\/\s*\d+)?\s*[.):\]]\s*(.*)$/i.exec(echoText)
  const label = trimEndMatching(match?.[1] ?? '', /[\s.…:=*]/).trim()
  return LETTER.for(label).test(label) ? label : null
}

/**
 * Reads a validation script into steps. `file` names the checklist in error messages. The
 * script is read as bash reads it (here-document bodies, multi-line quotes and comments are
 * data); a console transcript gives only its prompt lines.
 */
export function readScript(block: CodeBlock, file: string): ScriptStep[] {
  const reader = new ScriptReader(file)
  for (const statement of scriptStatements(block)) reader.read(statement)
  return reader.finish()
}

/** The text a step runs with `bash -e -c`: its command lines as written, one per line. */
export function stepScript(commands: readonly ScriptCommand[], pipefail: boolean): string {
  const body = commands.map((command) => command.raw).join('\n')
  // The script's `set -o pipefail` is not a step, but steps with pipes relied on it.
  const hasPipe = commands.some(
    (command) => splitChain(command.text).length > 1 && /\|/.test(command.text)
  )
  return pipefail && hasPipe ? `set -o pipefail\n${body}` : body
}

class ScriptReader {
  private readonly steps: ScriptStep[] = []
  private current: ScriptStep | null = null
  private cwd = '.'
  private readonly dirStack: string[] = []
  private pipefail = false
  /** `cd` lines seen inside a step since its last command: kept only if another command follows. */
  private pendingMoves: ScriptCommand[] = []
  /** `pushd`s in the open step's command not popped yet (bash's directory stack in that step). */
  private stepPushes = 0
  /** The script's directory stack when the open step's first command came (for its seed). */
  private stackAtStart: string[] = []
  /** The open step's first command restores that stack (a `popd` in it needs a `pushd` before it). */
  private seeded = false
  /** A pending move is such a `popd`: the stack is restored if a command follows it. */
  private pendingSeed = false

  constructor(private readonly file: string) {}

  read(statement: Statement): void {
    const line = { text: statement.text, raw: statement.raw, line: statement.line }
    const words = programWords(statement.head)
    const program = words[0]
    const simple = splitChain(statement.head).length === 1
    if (program === undefined) {
      // A bare assignment runs only its command substitutions (`x=$(cargo --version)`).
      if (statement.substitutes) this.command(line)
      return
    }
    if (program === 'set' && simple) {
      this.readSet(words)
      return
    }
    if (program === 'exit' && simple) return
    if (isNoOp(statement, words, simple)) return
    if (isPureEcho(statement, words, simple)) {
      const label = stepLabel(
        words
          .slice(1)
          .filter((w) => !/^-[neE]+$/.test(w))
          .join(' ')
      )
      if (label !== null) this.open(label)
      return
    }
    if (isDirectoryChange(program) && simple) {
      this.move(words, line)
      return
    }
    this.command(line)
  }

  finish(): ScriptStep[] {
    this.close()
    return this.steps
  }

  private readSet(words: string[]): void {
    const options = words.slice(1)
    const index = options.indexOf('pipefail')
    if (index > 0) {
      const flag = options[index - 1]!
      if (/^-[A-Za-z]*o$/.test(flag)) this.pipefail = true
      if (/^\+[A-Za-z]*o$/.test(flag)) this.pipefail = false
    }
  }

  private open(label: string | null): void {
    this.close()
    this.current = { label, cwd: this.cwd, commands: [], pipefail: this.pipefail }
  }

  private close(): void {
    if (this.current !== null && this.current.commands.length > 0) this.steps.push(this.current)
    this.current = null
    this.pendingMoves = []
    this.stepPushes = 0
    this.seeded = false
    this.pendingSeed = false
  }

  private command(line: LogicalLine): void {
    // Commands before any labelled step each form their own step.
    const unlabelled = this.current === null || this.current.label === null
    if (unlabelled) this.open(null)
    const step = this.current!
    if (step.commands.length === 0) {
      step.cwd = this.cwd
      this.stackAtStart = [...this.dirStack]
    }
    step.commands.push(...this.pendingMoves, { text: line.text, raw: line.raw, line: line.line })
    if (this.pendingSeed) this.seedStack()
    this.pendingMoves = []
    this.pendingSeed = false
    // A chained `cd x && make` also moves the steps after it, as it would in the script (a cd
    // inside a block or here-document is conditional or text: it is not followed).
    if (line.text.includes('\n')) {
      if (unlabelled) this.close()
      return
    }
    for (const segment of splitChain(line.text)) {
      const words = programWords(segment)
      if (!isDirectoryChange(words[0] ?? '')) continue
      this.cwd = this.resolveMove(words, line.line)
      if (!this.countStack(words[0]!)) this.seedStack()
    }
    if (unlabelled) this.close()
  }

  private move(words: string[], line: LogicalLine): void {
    this.cwd = this.resolveMove(words, line.line)
    if (this.current === null || this.current.commands.length === 0) return
    if (!this.countStack(words[0]!)) this.pendingSeed = true
    this.pendingMoves.push({ text: line.text, raw: line.raw, line: line.line })
  }

  /**
   * Each step runs alone, in a fresh bash at its directory: a `popd` whose `pushd` came before the
   * step would find bash's directory stack empty and fail the step. The step then starts by
   * putting the script's stack back, bottom first, without moving (`pushd -n`), each directory
   * absolute from where the step starts; the `popd` runs as written, chained or not.
   */
  private seedStack(): void {
    const step = this.current!
    if (this.seeded) return
    this.seeded = true
    const pushes = this.stackAtStart.map((directory) => {
      const relative = path.posix.relative(step.cwd, directory)
      const absolute = relative === '' ? '"$PWD"' : `"$PWD"/${shellQuote(relative)}`
      return `pushd -n ${absolute} >/dev/null`
    })
    const text = pushes.join(' && ')
    step.commands.unshift({
      text,
      raw: `${text} # the directory stack from before this step`,
      line: step.commands[0]!.line
    })
  }

  /** Follows bash's directory stack in the open step's command: false for a popd it lacks. */
  private countStack(program: string): boolean {
    if (program === 'pushd') this.stepPushes++
    if (program !== 'popd') return true
    if (this.stepPushes === 0) return false
    this.stepPushes--
    return true
  }

  private resolveMove(words: string[], line: number): string {
    const program = words[0]!
    if (program === 'popd') {
      return this.dirStack.pop() ?? this.fail(line, "'popd' without a matching 'pushd'")
    }
    const args = words.slice(1).filter((w) => !/^-[LPe@]+$/.test(w))
    const target = args[0]
    if (program === 'pushd') this.dirStack.push(this.cwd)
    if (target === undefined || target === '-' || target.startsWith('~')) {
      return this.fail(line, `'${words.join(' ')}' leaves the project root`)
    }
    if (isScriptDirectory(target)) return '.'
    if (/[$`*?]/.test(target)) {
      return this.fail(
        line,
        `'${program} ${target}' uses a variable or pattern; name a directory relative to the project root`
      )
    }
    const next = trimTrailing(path.posix.normalize(path.posix.join(this.cwd, target)), '/')
    if (path.posix.isAbsolute(target) || next === '..' || next.startsWith('../')) {
      return this.fail(line, `'${program} ${target}' leaves the project root`)
    }
    return next === '' ? '.' : next
  }

  private fail(line: number, what: string): never {
    throw new ConfigurationError(
      `${this.file}:${line}: ${what}; the validation script's steps must stay inside the project root.`
    )
  }
}

function isDirectoryChange(program: string): boolean {
  return program === 'cd' || program === 'pushd' || program === 'popd'
}

/** `cd "$(dirname "$0")"` and `cd "$(git rev-parse --show-toplevel)"`: the script means the project root. */
function isScriptDirectory(target: string): boolean {
  return (
    /^\$\(\s*dirname\s+\$\{?0\}?\s*\)$/.test(target) ||
    /^\$\(\s*git\s+rev-parse\s+--show-toplevel\s*\)$/.test(target)
  )
}

/**
 * An `echo`/`printf` that only prints: no chain, no redirection into a file, no command
 * substitution (`echo "$(cargo --version)"` runs cargo).
 */
function isPureEcho(statement: Statement, words: string[], simple: boolean): boolean {
  if (words[0] !== 'echo' && words[0] !== 'printf') return false
  if (!simple || statement.substitutes) return false
  const unquoted = shellWordsOutsideQuotes(statement.head)
  return !unquoted.some((word) => word.includes('>'))
}

/**
 * `: 'a block comment'`, `: <<'COMMENT' … COMMENT`: the `:` builtin with nothing bash would
 * expand or redirect does nothing, so it is not a step (with `$…`, a backtick or `> file` it
 * may do something, and stays one).
 */
function isNoOp(statement: Statement, words: string[], simple: boolean): boolean {
  return words[0] === ':' && simple && !statement.expands && !statement.redirects
}

/** Words as written, dropping quoted text, to see redirections (`>`) that are not inside quotes. */
function shellWordsOutsideQuotes(text: string): string[] {
  return shellWords(replaceQuoted(text, () => 'Q'))
}
