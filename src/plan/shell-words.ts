/**
 * The one shell tokenizer: command lines read as data — chains of simple commands, the words
 * of one, the program it runs. Pure functions; nothing here executes anything.
 *
 * This is a deliberately small reader of POSIX shell syntax (quotes, backslash escapes, command
 * substitutions, the `&&` `||` `;` `|` `&` separators), not a shell: it only has to recognise
 * the commands people write in checklists. When it cannot understand a line it errs on the side
 * of "not a match", and the effect policy on the side of "refuse".
 */
import { unwrapTransparent } from './wrappers.js'

/**
 * Where the command substitution opened at `start` (`$(`, `<(`, `>(`: the `(` is at start + 1)
 * ends: the index after its closing `)`, or the text's length when it never closes. Quotes and
 * nested parentheses inside it are skipped over.
 */
function substitutionEnd(text: string, start: number): number {
  let depth = 0
  let quote: '"' | "'" | null = null
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i]!
    if (quote !== null) {
      if (ch === '\\' && quote === '"') i++
      else if (ch === quote) quote = null
      continue
    }
    if (ch === '\\') i++
    else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '(') depth++
    else if (ch === ')' && --depth === 0) return i + 1
  }
  return text.length
}

/** Where the backtick substitution opened at `start` ends: after its closing backtick. */
function backtickEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '`') return i + 1
  }
  return text.length
}

/** The end of a substitution opening at i (`$(`, `<(`, `>(`, a backtick), or -1 when none does. */
function substitutionAt(text: string, i: number): number {
  const ch = text[i]
  if (ch === '`') return backtickEnd(text, i)
  if ((ch === '$' || ch === '<' || ch === '>') && text[i + 1] === '(') {
    return substitutionEnd(text, i)
  }
  return -1
}

/**
 * Splits a command line into its simple commands at `&&`, `||`, `;`, `|`, `&` and newlines,
 * outside quotes and command substitutions (`$(a; b)` stays whole).
 */
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
    const end = substitutionAt(line, i)
    if (end !== -1) {
      current += line.slice(i, end)
      i = end - 1
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
    if (ch === '|' && line[i - 1] === '>' && line[i - 2] !== '\\') {
      // `>|` writes even under noclobber: a redirection, not a pipe (`\>|` is a pipe).
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

/**
 * The words of one simple command with quotes and escapes removed (`cd "a b"` → ["cd", "a b"]).
 * An unquoted command substitution stays in its word as written (`$(echo cargo)` is one word).
 */
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
    const end = ch === '$' || ch === '`' ? substitutionAt(segment, i) : -1
    if (end !== -1) {
      current += segment.slice(i, end)
      inWord = true
      i = end - 1
      continue
    }
    current += ch
    inWord = true
  }
  if (inWord) words.push(current)
  return words
}

/**
 * The command substitutions of a simple command as written (`$(pwd)` in `test -f "$(pwd)/x"`,
 * `` `date` ``), each as the command text inside it; they run before the command itself.
 */
export function substitutions(segment: string): string[] {
  const found: string[] = []
  let quote: "'" | null = null
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!
    if (quote !== null) {
      if (ch === quote) quote = null
      continue
    }
    if (ch === '\\') {
      i++
      continue
    }
    if (ch === "'") {
      quote = ch
      continue
    }
    const end = substitutionAt(segment, i)
    if (end === -1) continue
    const inner = ch === '`' ? segment.slice(i + 1, end - 1) : segment.slice(i + 2, end - 1)
    // `$((1 + 2))` is arithmetic, not a command.
    if (!inner.startsWith('(')) found.push(inner)
    i = end - 1
  }
  return found
}

const SPACE = /\s/

/** `/\s/.test(ch)` for one character; ASCII is answered without the regex (shellWords' hot path). */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0)
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(ch))
}

/**
 * A word as bash (and shellWords) reads it back: as is when plain, else single-quoted — for
 * words the planner writes into a command (args appended to a script, as npm does; a directory).
 */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
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

/** `NAME=value`: an environment assignment in front of a command. */
export const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/

/**
 * The words of a simple command from its program on: leading `VAR=value` assignments and
 * process wrappers (`sudo`, `time`, `env -i`, `timeout 60`, `nice -n 5`, `xargs`…) are skipped,
 * and a leading `(` or `{` of a group is dropped.
 */
export function programWords(segment: string): string[] {
  return commandWords(shellWords(withoutGroup(segment)))
}

/** A simple command without the `(` or `{` opening a group before it and the `)` or `}` closing one after it. */
export function withoutGroup(segment: string): string {
  return withoutGroupClose(segment.replace(/^[({]\s*/, ''))
}

/** programWords on words already split: assignments and process wrappers skipped. */
export function commandWords(words: readonly string[]): string[] {
  let rest = [...words]
  for (let guard = 0; guard < 64; guard++) {
    let start = 0
    while (start < rest.length && ENV_ASSIGNMENT.test(rest[start]!)) start++
    rest = rest.slice(start)
    const inner = unwrapTransparent(rest)
    if (inner === null) return rest
    rest = inner
  }
  return rest
}

/** The program of a simple command: "cargo" for `CARGO_TERM_COLOR=never cargo test`. */
export function programOf(segment: string): string | null {
  return programWords(segment)[0] ?? null
}

/**
 * The simple commands of a step, each as its program words (see programWords): lines, `&&`,
 * `||`, `;`, `|` and `&` separate them; comments and empty commands are dropped.
 */
export function simpleCommandWords(step: string): string[][] {
  return splitChain(step)
    .map(programWords)
    .filter((words) => words.length > 0)
}
