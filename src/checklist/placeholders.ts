/**
 * Unfilled template blanks: `[SPECIFY]`, `[NAME]`, `[PHONE/PAGER]`, `<VERSION>`, `_______`.
 * Searched in rendered text only (paragraphs, headings, table cells), never in code spans, code
 * blocks or HTML comments, which are masked or never scanned. Every occurrence counts.
 */
import { NONE, type Placeholder } from './model.js'
import { maskCodeAndComments } from './inline.js'
import { UnicodeRegex } from '../unicode-regex.js'

/**
 * `[UPPER CASE WORDS]` (letters only, words joined by space, `/`, `_`, `-`, `.` or `&`), not
 * followed by `(`, `[` or `:` (then it is a link or a reference definition), not preceded by `]`
 * (the second half of a full reference link). Two or more letters are required, so the task
 * marker `[X]` never matches; words with digits (`[P0-OP]`, `[v2]`) are tags, not blanks.
 */
const BRACKETED = /(?<!\])\[([A-Z]+(?:[ /_\-.&]+[A-Z]+)*)\](?![([:])/g

/** `<UPPER_CASE>` that is not an HTML element name (GitHub would treat `<BR>` as a tag). */
const ANGLED = /<([A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*)>/g

/** A fill-in line: three or more underscores not glued to a word (`snake___case` is not one). */
export const UNDERSCORES = new UnicodeRegex(
  () => /(?<![\p{L}\p{N}\\_])_{3,}(?![\p{L}\p{N}_])/gu,
  /(?<![A-Za-z0-9\\_])_{3,}(?![A-Za-z0-9_])/g
)

const HTML_ELEMENTS = new Set(
  (
    'A ABBR B BDI BDO BIG BLOCKQUOTE BR CAPTION CENTER CITE CODE COL DD DEL DETAILS DFN DIV DL DT ' +
    'EM FONT H1 H2 H3 H4 H5 H6 HR IMG INS KBD LI MARK OL P PICTURE PRE Q RP RT RUBY S SAMP SMALL ' +
    'SOURCE SPAN STRIKE STRONG SUB SUMMARY SUP TABLE TBODY TD TFOOT TH THEAD TIME TR TT U UL VAR ' +
    'VIDEO WBR'
  ).split(' ')
)

/**
 * A candidate; `label` (upper-cased, as markdown-it normalises reference labels) is set for
 * bracketed ones: `[API]` is a link, not a blank, when the document defines `[API]: url`, which
 * may come later in the document, so the caller filters once all definitions are known.
 */
export type FoundPlaceholder = Placeholder & { label?: string }

/**
 * @param source inline source of one paragraph, heading or cell (one source line per `\n`)
 * @param firstLine 1-based line of its first line
 */
export function placeholdersIn(
  source: string,
  firstLine: number,
  sourceLine: (line: number) => string
): FoundPlaceholder[] {
  if (!mayContainPlaceholder(source)) return NONE
  const masked =
    source.includes('`') || source.includes('<!--') ? maskCodeAndComments(source) : source
  const found: Candidate[] = []
  // Each search only where its first character occurs (one search per kind is the common case).
  if (masked.includes('[')) {
    for (const match of matches(BRACKETED, masked)) {
      const label = match[1] ?? ''
      if (letterCount(label) >= 2)
        found.push({ index: match.index, text: match[0], label: label.toUpperCase() })
    }
  }
  if (masked.includes('<')) {
    for (const match of matches(ANGLED, masked)) {
      const name = match[1] ?? ''
      if (letterCount(name) >= 2 && !HTML_ELEMENTS.has(name)) {
        found.push({ index: match.index, text: match[0] })
      }
    }
  }
  if (masked.includes('___')) {
    for (const match of matches(UNDERSCORES.for(masked), masked))
      found.push({ index: match.index, text: match[0] })
  }
  if (found.length === 0) return NONE
  if (!inOrder(found)) found.sort((a, b) => a.index - b.index)
  return withLines(masked, firstLine, found, sourceLine)
}

/** Every match of a global regex, collected with exec (lighter than matchAll's iterator). */
function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  const all: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    all.push(match)
    if (match[0] === '') pattern.lastIndex++ // (none of ours can match empty; never loop)
  }
  return all
}

/** Whether the candidates are already in document order (they are, unless kinds interleave). */
function inOrder(found: Candidate[]): boolean {
  for (let index = 1; index < found.length; index++)
    if (found[index - 1]!.index > found[index]!.index) return false
  return true
}

interface Candidate {
  index: number
  text: string
  label?: string
}

function withLines(
  masked: string,
  firstLine: number,
  found: Candidate[],
  sourceLine: (line: number) => string
): FoundPlaceholder[] {
  const placeholders: FoundPlaceholder[] = []
  let line = firstLine
  let scannedTo = 0
  for (const { index, text, label } of found) {
    for (let i = masked.indexOf('\n', scannedTo); i !== -1 && i < index;) {
      line++
      i = masked.indexOf('\n', i + 1)
    }
    scannedTo = index
    const placeholder: FoundPlaceholder = { text, line, context: sourceLine(line).trim() }
    if (label !== undefined) placeholder.label = label
    placeholders.push(placeholder)
  }
  return placeholders
}

/**
 * Cheap pre-check so that most paragraphs skip the masking and the three searches (every task
 * item's paragraph holds a `[`, so testing for the bracket alone would let them all through).
 */
const MAY_CONTAIN_PLACEHOLDER = /\[[A-Z]|<[A-Z]|___/

function mayContainPlaceholder(source: string): boolean {
  return MAY_CONTAIN_PLACEHOLDER.test(source)
}

function letterCount(text: string): number {
  let count = 0
  for (const char of text) if (char >= 'A' && char <= 'Z') count++
  return count
}
