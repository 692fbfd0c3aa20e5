/**
 * The small amount of inline Markdown the checklist needs, done on the raw inline source of one
 * paragraph, heading or table cell: code spans (commands), masking (placeholders must not be found
 * inside code or HTML comments) and plain text for headings.
 */
import { UnicodeRegex } from '../unicode-regex.js'
import { trimCodes } from '../linear-text.js'

export interface CodeSpan {
  /** Offset of the opening backtick run in the inline source. */
  start: number
  /** Offset just past the closing backtick run. */
  end: number
  /** The span's content per CommonMark: line endings as spaces, one padding space stripped. */
  text: string
}

const BACKTICK = 0x60
const BACKSLASH = 0x5c

/**
 * Code spans per CommonMark: a backtick run opens a span closed by the next run of exactly the same
 * length; an opener without a closer is literal text. A backslash escapes a backtick outside spans.
 * Like markdown-it, it remembers the last position of every run length once it has scanned to the
 * end, so text full of unmatched backticks stays linear instead of rescanning for each opener.
 */
export function findCodeSpans(source: string): CodeSpan[] {
  const spans: CodeSpan[] = []
  // Built once, when a scan first reaches the end without a closer (rare).
  let lastRunOfLength: Map<number, number> | null = null
  let scannedToEnd = false
  let pos = 0
  while (pos < source.length) {
    const code = source.charCodeAt(pos)
    if (code === BACKSLASH) {
      pos += 2
      continue
    }
    if (code !== BACKTICK) {
      pos++
      continue
    }
    const openerEnd = endOfRun(source, pos)
    const length = openerEnd - pos
    const lastSeen = lastRunOfLength?.get(length) ?? -1
    let closerStart = -1
    if (!scannedToEnd || lastSeen >= openerEnd) {
      let search = source.indexOf('`', openerEnd)
      while (search !== -1) {
        const runEnd = endOfRun(source, search)
        if (runEnd - search === length) {
          closerStart = search
          break
        }
        search = source.indexOf('`', runEnd)
      }
      if (closerStart === -1 && !scannedToEnd) {
        scannedToEnd = true
        lastRunOfLength = lastRunsFrom(source, openerEnd)
      }
    }
    if (closerStart === -1) {
      pos = openerEnd
      continue
    }
    const text = codeSpanText(source.slice(openerEnd, closerStart))
    spans.push({ start: pos, end: closerStart + length, text })
    pos = closerStart + length
  }
  return spans
}

/**
 * The last position of each backtick run length from `start` to the end. Runs before `start`
 * never matter: every later opener is past them.
 */
function lastRunsFrom(source: string, start: number): Map<number, number> {
  const last = new Map<number, number>()
  for (let search = source.indexOf('`', start); search !== -1;) {
    const runEnd = endOfRun(source, search)
    last.set(runEnd - search, search)
    search = source.indexOf('`', runEnd)
  }
  return last
}

function endOfRun(source: string, start: number): number {
  let end = start
  while (source.charCodeAt(end) === BACKTICK) end++
  return end
}

/** CommonMark 6.1: line endings become spaces; one space is stripped from each side if both have one. */
function codeSpanText(raw: string): string {
  const text = raw.includes('\n') ? raw.replace(/\n/g, ' ') : raw
  if (text.length >= 2 && text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') {
    return text.slice(1, -1)
  }
  return text
}

/** Inline HTML comments: GitHub does not render them, so nothing inside is a placeholder. */
const INLINE_HTML_COMMENT = /<!--[\s\S]*?-->/g

/**
 * The inline source with code spans and HTML comments replaced by spaces (line endings kept), so
 * offsets and line numbers still match while searches ignore what is code or invisible.
 */
export function maskCodeAndComments(source: string): string {
  let masked = source
  if (source.includes('`')) {
    const parts: string[] = []
    let last = 0
    for (const span of findCodeSpans(source)) {
      parts.push(source.slice(last, span.start), blank(source.slice(span.start, span.end)))
      last = span.end
    }
    parts.push(source.slice(last))
    masked = parts.join('')
  }
  if (masked.includes('<!--')) masked = masked.replace(INLINE_HTML_COMMENT, blank)
  return masked
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ')
}

/**
 * Heading or label text as a reader sees it: code spans keep their content, links and images keep
 * their text, HTML tags, emphasis markers and backslash escapes go, whitespace is collapsed.
 */
export function plainText(source: string): string {
  if (!MARKUP.test(source)) return source.replace(/\s+/g, ' ').trim()
  const pieces: string[] = []
  let last = 0
  const spans = source.includes('`') ? findCodeSpans(source) : []
  for (const span of spans) {
    pieces.push(stripInlineMarkup(source.slice(last, span.start)), span.text)
    last = span.end
  }
  pieces.push(stripInlineMarkup(source.slice(last)))
  return pieces.join('').replace(/\s+/g, ' ').trim()
}

/** Characters that can start inline markup; text without any of them is already plain. */
const MARKUP = /[`*_~[!<\\]/

/** Emphasis markers after a space or punctuation, before a non-space: they open emphasis. */
export const EMPHASIS_OPENER = new UnicodeRegex(
  () => /(^|[\s\p{P}\p{S}])(?:\*+|_+|~~)(?=\S)/gu,
  /(^|[\s!-/:-@[-`{-~])(?:\*+|_+|~~)(?=\S)/g
)
/** Emphasis markers after a non-space, before a space, punctuation or the end: they close it. */
export const EMPHASIS_CLOSER = new UnicodeRegex(
  () => /(?<=\S)(?:\*+|_+|~~)(?=$|[\s\p{P}\p{S}])/gu,
  /(?<=\S)(?:\*+|_+|~~)(?=$|[\s!-/:-@[-`{-~])/g
)

function stripInlineMarkup(text: string): string {
  // Escaped punctuation is literal: park it in the private-use area while markup is removed.
  const parked = text.replace(/\\([!-/:-@[-`{-~])/g, (_match, char: string) =>
    String.fromCharCode(PRIVATE_USE + char.charCodeAt(0))
  )
  // Each pattern's repeated part stops at the next opener ('[', '(', '<!--'), so a line of ten
  // thousand unmatched openers costs one pass, not one pass per opener.
  const stripped = parked
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/!?\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
    .replace(/<!--(?:(?!<!--)[\s\S])*?-->/g, '')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
    // The replacements only remove text: ASCII `parked` stays ASCII, and may take the ASCII twins.
    .replace(EMPHASIS_OPENER.for(parked), '$1')
    .replace(EMPHASIS_CLOSER.for(parked), '')
  return stripped.replace(/[\uE000-\uE07F]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - PRIVATE_USE)
  )
}

const PRIVATE_USE = 0xe000

/** Paragraph source on one line: soft line breaks and indentation collapse to single spaces. */
export function oneLine(source: string): string {
  // Line by line, not /[ \t]*\n[ \t]*/g: that retries a long run of spaces from each position.
  return source
    .split('\n')
    .map((line) => trimCodes(line, isSpaceOrTab))
    .join(' ')
    .trim()
}

const isSpaceOrTab = (code: number): boolean => code === 0x20 || code === 0x09
