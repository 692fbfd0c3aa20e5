/**
 * A bash script split into the statements bash itself reads, one top-level command at a time.
 * What bash treats as data stays data: here-document bodies (`<<EOF`, `<<'EOF'`, `<<"EOF"`,
 * `<<\EOF`, `<<-EOF` with tab-indented terminators, several on one line, inside a block),
 * multi-line single, double and `$'…'` quoted strings, `$(…)` and backticks spanning lines, and
 * comments. Pure: nothing here runs anything; the property test in
 * __tests__/plan/bash-script.test.ts compares it with bash itself.
 */
import { shellWords, splitChain } from './shell-words.js'
import { replaceQuoted } from '../linear-text.js'

/** One physical line of a script, with its line in the checklist. */
export interface SourceLine {
  text: string
  line: number
}

/** One top-level command as bash reads it: a simple command, a pipeline, an `if … fi`, a loop… */
export interface Statement {
  /**
   * The code with continuations joined and comments dropped, followed by its here-document
   * bodies and terminators: the form commands are analysed in (a body can be run by `bash <<EOF`,
   * so fix detection sees it).
   */
  text: string
  /** The code alone, without here-document bodies: the form a statement is classified by. */
  head: string
  /** The physical lines exactly as written: the form that is run. */
  raw: string
  /** Checklist line of the statement's first physical line. */
  line: number
  /** Bash expands something in it: `$…` or a backtick in code, double quotes or an unquoted here-document body. */
  expands: boolean
  /** It runs another command while expanding: `$(…)`, a backtick, `<(…)`, `>(…)`. */
  substitutes: boolean
  /** It redirects to or from a file (`>`, `<`, `2>&1`…); here-documents and here-strings do not count. */
  redirects: boolean
  /** False when the script ends inside it (an open quote, here-document, block or continuation). */
  complete: boolean
}

/** The physical lines of a script text, numbered from `firstLine`. */
export function sourceLines(text: string, firstLine: number): SourceLine[] {
  const physical = text.replace(/\r\n?/g, '\n').split('\n')
  if (physical.at(-1) === '') physical.pop()
  return physical.map((line, index) => ({ text: line, line: firstLine + index }))
}

/** The statements of a script, in order; blank and comment-only lines between them are dropped. */
export function readStatements(lines: readonly SourceLine[]): Statement[] {
  const reader = new StatementReader()
  for (const line of lines) reader.push(line)
  return reader.finish()
}

/**
 * Reads a script one physical line at a time, so a caller can ask after each line whether bash
 * would still be reading the command (a console transcript's `> ` prompts continue it only then).
 */
export class StatementReader {
  private readonly out: Statement[] = []
  private open: LogicalLine[] = []
  private readonly nesting = new Nesting()
  private readonly lines = new LogicalLineReader((line) => {
    this.take(line)
  })

  push(line: SourceLine): void {
    this.lines.push(line)
  }

  /** True when the lines so far end between whole statements. */
  complete(): boolean {
    return this.lines.idle() && this.open.length === 0
  }

  finish(): Statement[] {
    this.lines.finish()
    if (this.open.length > 0) this.out.push(statementOf(this.open, false))
    this.open = []
    return this.out
  }

  private take(line: LogicalLine): void {
    if (this.open.length === 0 && line.head === '' && line.hereDocuments.length === 0) {
      if (!line.open) return
    }
    this.open.push(line)
    this.nesting.read(line.head)
    if (this.nesting.closed() && !line.open) {
      this.out.push(statementOf(this.open, true))
      this.open = []
    }
  }
}

interface HereDocument {
  delimiter: string
  /** Any part of the delimiter word was quoted: the body is not expanded. */
  quoted: boolean
  /** `<<-`: leading tabs are stripped from the body and the terminator. */
  stripTabs: boolean
  /** Body lines and the terminator line, as written. */
  lines: string[]
  terminated: boolean
}

/** One line of code as bash's reader ends it: at a newline outside quotes, substitutions and continuations. */
interface LogicalLine {
  head: string
  rawLines: string[]
  line: number
  hereDocuments: HereDocument[]
  expands: boolean
  substitutes: boolean
  redirects: boolean
  /** Ended inside a quote, a substitution, a continuation or a here-document body. */
  open: boolean
}

type Context =
  | { kind: 'single' | 'ansi' | 'double' | 'backtick' | 'param' }
  | { kind: 'subst' | 'arith'; parens: number }

/** Characters that end a word (and so may start a comment after them). */
const METACHARACTERS = new Set([' ', '\t', ';', '&', '|', '(', ')', '<', '>'])

/**
 * The scanner: walks the script character by character with a stack of quoting contexts, and
 * reads here-document bodies after the first newline outside quotes that follows their operator,
 * as bash does.
 */
class LogicalLineReader {
  private readonly stack: Context[] = []
  /** Here-documents opened on the current logical line, bodies not read yet. */
  private pending: HereDocument[] = []
  /** Here-documents whose bodies are being read, the first one now. */
  private bodies: HereDocument[] = []
  /** An unquoted body's lines joined by trailing backslashes, before the terminator test. */
  private joined = ''
  private current: LogicalLine | null = null

  constructor(private readonly emit: (line: LogicalLine) => void) {}

  push(source: SourceLine): void {
    if (this.bodies.length > 0) {
      this.readBody(source.text)
      return
    }
    const line = this.begin(source)
    const continued = this.scan(source.text, line)
    if (continued || this.stack.length > 0) return
    if (this.pending.length > 0) {
      // Not push(...pending): a line of 500,000 operators would overflow the call stack.
      line.hereDocuments = line.hereDocuments.concat(this.pending)
      this.bodies = this.pending
      this.pending = []
      return
    }
    this.end()
  }

  /** True between logical lines. */
  idle(): boolean {
    return this.current === null
  }

  finish(): void {
    if (this.current === null) return
    this.current.open = true
    this.end()
  }

  private begin(source: SourceLine): LogicalLine {
    if (this.current === null) {
      this.current = {
        head: '',
        rawLines: [],
        line: source.line,
        hereDocuments: [],
        expands: false,
        substitutes: false,
        redirects: false,
        open: false
      }
    }
    this.current.rawLines.push(source.text)
    return this.current
  }

  private end(): void {
    const line = this.current!
    line.head = line.head.trim()
    if (line.hereDocuments.some((document) => !document.terminated)) line.open = true
    this.current = null
    this.bodies = []
    this.emit(line)
  }

  private top(): Context | undefined {
    return this.stack.at(-1)
  }

  /** Scans one physical line; true when it ends in a line continuation. */
  private scan(text: string, line: LogicalLine): boolean {
    let head = ''
    let i = 0
    const inCode = (): boolean => {
      const top = this.top()
      return top === undefined || top.kind === 'subst'
    }
    while (i < text.length) {
      const ch = text[i]!
      const next = text[i + 1]
      const top = this.top()
      // A backslash escapes the next character everywhere but in single quotes; at the end of
      // the line it joins the next line (in code, double quotes and substitutions).
      if (ch === '\\' && top?.kind !== 'single') {
        if (i === text.length - 1) {
          if (top?.kind === 'ansi') {
            head += ch
            break
          }
          line.head += head + (head.endsWith(' ') ? '' : ' ')
          return true
        }
        head += ch + next!
        i += 2
        continue
      }
      if (top?.kind === 'single') {
        if (ch === "'") this.stack.pop()
        head += ch
        i++
        continue
      }
      if (top?.kind === 'ansi') {
        if (ch === "'") this.stack.pop()
        head += ch
        i++
        continue
      }
      if (top?.kind === 'double' && ch === '"') {
        this.stack.pop()
        head += ch
        i++
        continue
      }
      if (top?.kind === 'backtick' && ch === '`') {
        this.stack.pop()
        head += ch
        i++
        continue
      }
      if (top?.kind === 'param' && ch === '}') {
        this.stack.pop()
        head += ch
        i++
        continue
      }
      if (top?.kind === 'arith') {
        if (ch === '(') top.parens++
        if (ch === ')') {
          if (top.parens === 0 && next === ')') {
            this.stack.pop()
            head += '))'
            i += 2
            continue
          }
          top.parens = Math.max(0, top.parens - 1)
        }
        head += ch
        i++
        continue
      }
      // Expansions start the same way in code, double quotes, backticks and ${…}.
      if (ch === '$' || ch === '`') {
        const opened = this.openExpansion(text, i, line)
        if (opened > 0) {
          head += text.slice(i, i + opened)
          i += opened
          continue
        }
      }
      if (top?.kind === 'double' || top?.kind === 'backtick') {
        if (ch === '$') line.expands = true
        head += ch
        i++
        continue
      }
      // Code: the top level, a $(…), or inside ${…} (where quotes nest).
      if (ch === "'" || ch === '"') {
        this.stack.push({ kind: ch === "'" ? 'single' : 'double' })
        head += ch
        i++
        continue
      }
      if (top?.kind === 'param') {
        head += ch
        i++
        continue
      }
      const wordStart = i === 0 || METACHARACTERS.has(text[i - 1]!)
      if (ch === '#' && wordStart) break // a comment runs to the end of the line
      if (ch === '(' && next === '(' && wordStart && inCode()) {
        this.stack.push({ kind: 'arith', parens: 0 })
        head += '(('
        i += 2
        continue
      }
      if (top?.kind === 'subst') {
        if (ch === '(') top.parens++
        if (ch === ')') {
          if (top.parens === 0) {
            this.stack.pop()
            head += ch
            i++
            continue
          }
          top.parens--
        }
      }
      if ((ch === '<' || ch === '>') && next === '(') {
        line.substitutes = true
        line.expands = true
        this.stack.push({ kind: 'subst', parens: 0 })
        head += ch + '('
        i += 2
        continue
      }
      if (ch === '<' && next === '<') {
        const consumed = this.hereDocumentOperator(text, i)
        head += text.slice(i, i + consumed)
        i += consumed
        continue
      }
      if (ch === '<' || ch === '>') line.redirects = true
      head += ch
      i++
    }
    line.head += head
    if (this.stack.length > 0) line.head += '\n'
    return false
  }

  /** Opens `$'…'`, `$"…"`, `$((…))`, `$(…)`, `${…}` or a backtick at `i`; returns the characters taken (0: none). */
  private openExpansion(text: string, i: number, line: LogicalLine): number {
    const ch = text[i]!
    const top = this.top()
    if (ch === '`') {
      if (top?.kind === 'backtick') return 0
      line.expands = true
      line.substitutes = true
      this.stack.push({ kind: 'backtick' })
      return 1
    }
    const next = text[i + 1]
    const inDouble = top?.kind === 'double'
    if (next === "'" && !inDouble) {
      this.stack.push({ kind: 'ansi' })
      return 2
    }
    if (next === '"' && !inDouble) {
      this.stack.push({ kind: 'double' })
      return 2
    }
    if (next === '(' && text[i + 2] === '(') {
      line.expands = true
      this.stack.push({ kind: 'arith', parens: 0 })
      return 3
    }
    if (next === '(') {
      line.expands = true
      line.substitutes = true
      this.stack.push({ kind: 'subst', parens: 0 })
      return 2
    }
    if (next === '{') {
      line.expands = true
      this.stack.push({ kind: 'param' })
      return 2
    }
    line.expands = true
    return 0
  }

  /** Reads `<<`, `<<-` and the delimiter word after it (a `<<<` here-string is not one). */
  private hereDocumentOperator(text: string, i: number): number {
    if (text[i + 2] === '<') return 3
    let j = i + 2
    const stripTabs = text[j] === '-'
    if (stripTabs) j++
    while (text[j] === ' ' || text[j] === '\t') j++
    let delimiter = ''
    let quoted = false
    while (j < text.length && !METACHARACTERS.has(text[j]!)) {
      const ch = text[j]!
      if (ch === "'" || ch === '"') {
        const close = text.indexOf(ch, j + 1)
        const end = close === -1 ? text.length : close
        delimiter += text.slice(j + 1, end)
        quoted = true
        j = end + 1
        continue
      }
      if (ch === '\\' && j + 1 < text.length) {
        delimiter += text[j + 1]!
        quoted = true
        j += 2
        continue
      }
      delimiter += ch
      j++
    }
    if (delimiter !== '') {
      this.pending.push({ delimiter, quoted, stripTabs, lines: [], terminated: false })
    }
    return Math.min(j, text.length) - i
  }

  /** One line of the current here-document's body, or its terminator. */
  private readBody(physical: string): void {
    const line = this.current!
    const document = this.bodies[0]!
    line.rawLines.push(physical)
    document.lines.push(physical)
    // In an unquoted body a trailing backslash joins the next line before the terminator test.
    if (!document.quoted && trailingBackslashes(physical) % 2 === 1) {
      this.joined += physical.slice(0, -1)
      return
    }
    const candidate = this.joined + physical
    this.joined = ''
    if (!document.quoted && /[$`]/.test(candidate)) line.expands = true
    if (!document.quoted && /\$\(|`/.test(candidate)) line.substitutes = true
    const compared = document.stripTabs ? candidate.replace(/^\t+/, '') : candidate
    if (compared !== document.delimiter) return
    document.terminated = true
    this.bodies.shift()
    if (this.bodies.length === 0) this.end()
  }
}

function trailingBackslashes(text: string): number {
  let count = 0
  while (count < text.length && text[text.length - 1 - count] === '\\') count++
  return count
}

const OPENERS = new Set(['if', 'for', 'while', 'until', 'select', 'case'])
const CLOSERS = new Set(['fi', 'done', 'esac'])
/** Reserved words that may come before a command on the same line: `then for x in …`. */
const LEADERS = new Set(['then', 'do', 'else', '!', 'time'])

/*
 * Logical lines are grouped into whole statements (StatementReader.take): an `if … fi`, a loop,
 * a `case`, a `{ … }` group or function body stays one statement, so it is never cut in two
 * steps (each of which bash would reject). Blank and comment-only lines outside a statement are
 * dropped.
 */
function statementOf(lines: readonly LogicalLine[], complete: boolean): Statement {
  const heads = lines.map((line) => line.head).filter((head) => head !== '')
  const text = lines
    .flatMap((line) => [
      line.head,
      ...line.hereDocuments.flatMap((document) => document.lines.map((body) => body.trim()))
    ])
    .filter((part) => part !== '')
    .join('\n')
  return {
    text,
    head: heads.join('\n'),
    raw: lines
      .flatMap((line) => line.rawLines)
      .join('\n')
      .trimEnd(),
    line: lines[0]!.line,
    expands: lines.some((line) => line.expands),
    substitutes: lines.some((line) => line.substitutes),
    redirects: lines.some((line) => line.redirects),
    complete: complete && lines.every((line) => !line.open)
  }
}

/**
 * How deep in compound commands the reader is: reserved words (`if … fi`, loops, `case … esac`),
 * `{ … }` groups and function bodies, and `( … )` subshells spanning lines (parentheses are not
 * counted inside a `case`, whose patterns end in an unpaired `)`).
 */
class Nesting {
  private depth = 0
  private cases = 0
  private parens = 0

  read(head: string): void {
    const casesBefore = this.cases
    for (const segment of splitChain(head)) {
      const words = shellWords(segment)
      let start = 0
      while (start < words.length - 1 && LEADERS.has(words[start]!)) start++
      const first = words[start] ?? ''
      if (OPENERS.has(first)) this.depth++
      if (first === 'case') this.cases++
      if (first === 'esac') this.cases = Math.max(0, this.cases - 1)
      if (CLOSERS.has(first) || segment.startsWith('}')) this.depth--
      if (first === '{' || /(\s|\))\{$/.test(segment)) this.depth++
    }
    this.depth = Math.max(0, this.depth)
    if (casesBefore === 0 && this.cases === 0) {
      const unquoted = replaceQuoted(head.replace(/\\[\s\S]/g, ''), () => '')
      for (const ch of unquoted) {
        if (ch === '(') this.parens++
        if (ch === ')') this.parens = Math.max(0, this.parens - 1)
      }
    }
  }

  closed(): boolean {
    return this.depth === 0 && this.parens === 0
  }
}
