/**
 * The checklist's own validation script, e.g. the seed's "Quick Validation Script" bash block.
 *
 * Rule (first match wins, in document order):
 *  1. a shell-like fenced block (bash, sh, shell, zsh, console, or no language) whose nearest
 *     heading mentions "validat" (Validation, Validate…);
 *  2. otherwise a fenced block labelled as shell (not unlabelled: those often hold messages or
 *     output) with any enclosing heading (nearest, or a shallower one above it) mentioning
 *     validation, verify/verification, check, smoke test or sanity.
 * Either way the block must hold at least one real command: a statement that is not only
 * printing/setup (echo, printf, set, cd, exit, `:`), or one that runs a command substitution.
 * Indented code blocks are never scripts.
 *
 * A console transcript (a `console`/`shell-session` block, or any shell block whose first line
 * is a `$ ` prompt) is not a script: only its prompt lines are commands, `> ` lines continue a
 * prompt's command only while bash would still be reading it (an open quote, here-document,
 * block or `\` continuation; an unfinished command is dropped), and every other line is output
 * that is never run (a `> file` output line must not truncate a file). A `# ` line is a root
 * prompt in a transcript and a comment in bash: it is never run.
 */
import { allSections, type Checklist, type CodeBlock, type Section } from './model.js'
import {
  readStatements,
  sourceLines,
  StatementReader,
  type SourceLine,
  type Statement
} from '../plan/bash-script.js'
import { programWords } from '../plan/shell-words.js'

const SHELL_LANGUAGES = new Set([
  'bash',
  'sh',
  'shell',
  'zsh',
  'console',
  'shell-session',
  'shellsession',
  ''
])
const NEAREST_HEADING = /validat/i
const ANY_ENCLOSING_HEADING = /validat|verif|check|smoke|sanity/i
const TRANSCRIPT_LANGUAGES = new Set(['console', 'shell-session', 'shellsession'])
const NOT_A_COMMAND = new Set(['echo', 'printf', 'set', 'cd', 'exit', ':'])
/** A `$ ` prompt (or a bare `$`) at the start of a transcript line. */
const PROMPT = /^\s*\$(?:\s|$)/
const CONTINUATION_PROMPT = /^> ?/

export function findValidationScript(checklist: Checklist): CodeBlock | null {
  const candidates = checklist.codeBlocks.filter(
    (block) => isShellFence(block) && hasRealCommand(block)
  )
  const byNearest = candidates.find((block) => NEAREST_HEADING.test(block.heading ?? ''))
  if (byNearest) return byNearest
  const sections = allSections(checklist).filter((section) => section.level > 0)
  return (
    candidates.find(
      (block) =>
        block.lang !== '' &&
        enclosingHeadings(sections, block.line).some((title) => ANY_ENCLOSING_HEADING.test(title))
    ) ?? null
  )
}

function isShellFence(block: CodeBlock): boolean {
  // Indented code blocks have their first content line on their own first line.
  return block.contentLine > block.line && SHELL_LANGUAGES.has(block.lang)
}

export function hasRealCommand(block: CodeBlock): boolean {
  return scriptStatements(block).some((statement) => {
    const program = programWords(statement.head)[0]
    // A bare assignment runs only its command substitutions (`x=$(cargo --version)`).
    if (program === undefined) return statement.substitutes
    // `echo "$(cargo --version)"` runs cargo (a `cd "$(dirname "$0")"` only finds the root).
    return !NOT_A_COMMAND.has(program) || (statement.substitutes && program !== 'cd')
  })
}

/**
 * The statements bash would read from a block (scriptSource). Read once per block: the parse
 * summary and the planner each look for the validation script, and the planner then reads it
 * into steps — three readings of the same text at start-up, where the reader is not yet
 * optimised (README, Performance). A statement holds only strings, numbers and booleans.
 */
const STATEMENTS_OF = new WeakMap<CodeBlock, readonly Statement[]>()

export function scriptStatements(block: CodeBlock): readonly Statement[] {
  let statements = STATEMENTS_OF.get(block)
  if (statements === undefined) {
    statements = Object.freeze(
      readStatements(scriptSource(block)).map((statement) => Object.freeze(statement))
    )
    STATEMENTS_OF.set(block, statements)
  }
  return statements
}

/** True for a console transcript: a session language, or a first line that is a `$ ` prompt. */
export function isTranscript(block: CodeBlock): boolean {
  if (TRANSCRIPT_LANGUAGES.has(block.lang)) return true
  const first = block.text.split('\n').find((line) => line.trim() !== '')
  return first !== undefined && PROMPT.test(first)
}

/**
 * The lines bash would be given for a block, with their checklist lines: the block itself, or for
 * a transcript only its prompt lines (prompt removed) and their `> ` continuations.
 */
export function scriptSource(block: CodeBlock): SourceLine[] {
  const lines = sourceLines(block.text, block.contentLine)
  return isTranscript(block) ? transcriptCommands(lines) : lines
}

function transcriptCommands(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = []
  let command: SourceLine[] = []
  // Read as the lines come, so each `> ` line costs one line's reading, however many there are.
  let reader = new StatementReader()
  const take = (line: SourceLine): void => {
    command.push(line)
    reader.push(line)
    if (!reader.complete()) return
    for (const part of command) out.push(part)
    command = []
    reader = new StatementReader()
  }
  for (const line of lines) {
    // A `> ` line continues the command only while bash would still be reading it (PS2).
    if (command.length > 0 && CONTINUATION_PROMPT.test(line.text)) {
      take({ text: line.text.replace(CONTINUATION_PROMPT, ''), line: line.line })
      continue
    }
    // Anything else is a prompt or output. A command bash would still be reading is dropped: given
    // to bash, its open quote or here-document would swallow the commands after it.
    if (command.length > 0) {
      command = []
      reader = new StatementReader()
    }
    if (!PROMPT.test(line.text)) continue
    const text = line.text.replace(PROMPT, '')
    if (text.trim() !== '') take({ text, line: line.line })
  }
  return out
}

/** Titles of the nearest heading above `line` and of each shallower heading above that one. */
function enclosingHeadings(sections: Section[], line: number): string[] {
  const titles: string[] = []
  let level = Number.POSITIVE_INFINITY
  for (let index = sections.length - 1; index >= 0; index--) {
    const section = sections[index]!
    if (section.line >= line || section.level >= level) continue
    titles.push(section.title)
    level = section.level
  }
  return titles
}
