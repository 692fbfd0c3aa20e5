/**
 * Untrusted text (checklist text, command output, file names) into GitHub-flavoured Markdown as
 * inert data: it must render as written, never as markup, never as a link, a mention or a
 * cross-reference (defuseLinks), never close our <details> or open an HTML comment, and never
 * spoof the publisher's hidden marker.
 */
import { trimTrailing } from '../linear-text.js'
import { stripAnsi } from '../ansi-escapes.js'

/** The hidden marker the publisher puts on the sticky comment's first line. */
export const MARKER_PREFIX = '<!-- readiness-gate:'

/** U+200D: invisible, but breaks GitHub's mention, reference and autolink detection. */
const ZERO_WIDTH_JOINER = '\u200D'
/** U+200B: invisible, breaks `<!--` / `</details>` inside code fences, where entities do not work. */
const ZERO_WIDTH_SPACE = '\u200B'

/**
 * C0/C1 controls (but tab and newline), and bidirectional overrides/isolates that can make text
 * display differently from what it is ("Trojan Source").
 */
/* eslint-disable no-control-regex -- these patterns exist to find control characters */
const INVISIBLE_CONTROLS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g
/* eslint-enable no-control-regex */

/** Characters that are Markdown syntax somewhere inline, escaped with a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g
const HTML_SPECIALS = /[&<>"]/g
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;'
}

/**
 * What github.com turns into a link, a notification or a cross-reference in text, each broken by
 * a U+200D right after its trigger (invisible; the text reads and copies the same but for it):
 * - `@user`, `@org/team` mentions, and e-mail addresses (`a@b.co`, which GFM links as mailto:,
 *   also after `mailto:` and `xmpp:`): after every `@` that something follows;
 * - `#123`, `owner/repo#123` issue references (a link, and a cross-reference on that issue):
 *   after `#` before a digit;
 * - `GH-123` issue references (any case): after `GH-` before a digit;
 * - URLs with a scheme (`https://`, `http://`, `ftp://`, any case; a full issue or pull request
 *   URL, which GitHub shortens to a cross-referencing `owner/repo#123`): before the `://`,
 *   which GFM's autolinker looks back from for the scheme;
 * - `www.` hosts (GFM's extended autolink): between `www` and the dot.
 * Not broken, because nothing in text can stop it: a bare commit SHA of this repository links
 * to that commit (no notification, no cross-reference), and the repository's own custom
 * autolink references (Settings → Autolink references) link as their admins configured.
 */
const LINK_TRIGGERS: readonly RegExp[] = [
  /(?<=@)(?=\S)/g,
  /(?<=#)(?=\d)/g,
  /(?<=GH-)(?=\d)/gi,
  /(?<=[A-Za-z0-9])(?=:\/\/)/g,
  /(?<=www)(?=\.)/gi
]

/** Untrusted text with every link, mention and reference trigger broken (see LINK_TRIGGERS). */
export function defuseLinks(text: string): string {
  let out = text
  for (const trigger of LINK_TRIGGERS) out = out.replace(trigger, ZERO_WIDTH_JOINER)
  return out
}

/**
 * One line of prose or a table cell: every special escaped, newlines folded into spaces, trimmed
 * (leading spaces after a list marker would open an indented code block).
 */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeInlineText(cleanText(text).trim()))
}

/**
 * Untrusted inline Markdown source (a checklist item, a compiler message) shown as written, except
 * that its code spans stay code spans (their content is literal, so they are safe): "Verify:
 * `npm test` passes" keeps `npm test` as code. Everything else is escaped as in escapeMarkdown.
 */
export function escapeMarkdownKeepingCode(
  text: string,
  options: { inTable?: boolean } = {}
): string {
  const parts = splitCodeSpans(cleanText(text).trim()).map((part) =>
    part.code ? codeSpan(part.text, options) : escapeInlineText(part.text)
  )
  return escapeLineStart(parts.join(''))
}

/**
 * A whitespace run that holds a line break becomes one space. (A regex of optional spaces around
 * line breaks retried a long run of spaces from each of its positions: quadratic.)
 */
const WHITESPACE_RUN = /\s+/g
const joinLines = (run: string): string => (run.includes('\n') || run.includes('\r') ? ' ' : run)

/** Text inside an HTML element (e.g. <summary>), where Markdown is not parsed but HTML is. */
export function escapeHtml(text: string): string {
  const escaped = cleanText(text)
    .replace(WHITESPACE_RUN, joinLines)
    .replace(HTML_SPECIALS, (c) => HTML_ENTITIES[c] ?? c)
  return defuseLinks(escaped)
}

/** Like escapeHtml, with the text's code spans as <code> elements. */
export function escapeHtmlKeepingCode(text: string): string {
  return splitCodeSpans(text)
    .map((part) => (part.code ? `<code>${escapeHtml(part.text)}</code>` : escapeHtml(part.text)))
    .join('')
}

function escapeInlineText(text: string): string {
  const escaped = cleanText(text)
    .replace(WHITESPACE_RUN, joinLines)
    .replace(/\t/g, ' ')
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
  return defuseLinks(escaped)
}

const MAX_SCANNED_TEXT = 4096

interface InlinePart {
  text: string
  code: boolean
}

/**
 * Splits at CommonMark code spans: a run of N backticks up to the next run of exactly N. An
 * unmatched run is plain text. The span's content drops one leading and trailing space when it
 * has both (CommonMark's rule); codeSpan() puts them back where needed.
 */
export function splitCodeSpans(text: string): InlinePart[] {
  // The scan is quadratic in unmatched backtick runs: long texts are shown as plain text.
  if (text.length > MAX_SCANNED_TEXT) return [{ text, code: false }]
  const parts: InlinePart[] = []
  const runs = /`+/g
  let plainFrom = 0
  let open: RegExpExecArray | null
  while ((open = runs.exec(text)) !== null) {
    const length = open[0].length
    let close = runs.exec(text)
    while (close !== null && close[0].length !== length) close = runs.exec(text)
    if (close === null) {
      // No closer: the opening run is literal text; resume scanning right after it.
      runs.lastIndex = open.index + length
      continue
    }
    if (open.index > plainFrom) parts.push({ text: text.slice(plainFrom, open.index), code: false })
    let content = text.slice(open.index + length, close.index).replace(/[\r\n]/g, ' ')
    if (/^ .*[^ ].* $/s.test(content)) content = content.slice(1, -1)
    parts.push({ text: content, code: true })
    plainFrom = close.index + length
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom), code: false })
  return parts
}

/**
 * An inline code span that shows `text` exactly (newlines folded): delimited by one backtick more
 * than the longest run inside, padded when the text starts or ends with a backtick or a space.
 * In a table cell a `|` would end the cell even inside code, so GFM wants it escaped there.
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let content = neutraliseHtmlOpeners(cleanText(text).replace(/[\r\n\t]+/g, ' '))
  if (content === '') return '(empty)'
  // Only spaces: CommonMark keeps them all (no stripping), so no padding is needed.
  if (content.trim() === '') return `\`${content}\``
  if (options.inTable === true) content = content.replace(/\|/g, '\\|')
  const fence = '`'.repeat(longestRun(content, '`') + 1)
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : ''
  return `${fence}${pad}${content}${pad}${fence}`
}

/** Longest backtick run kept inside a fence; longer runs are shortened so fences stay short. */
const MAX_BACKTICK_RUN = 15

/**
 * A fenced code block that cannot be broken out of: the fence is longer than any backtick run in
 * the content (runs over 15 are shortened to 15 plus "…"). Inside a fence entities are shown
 * literally, so `<!--`, `<details`/`</details` and the marker get a zero-width space after `<`.
 */
export function codeFence(text: string, info = 'text'): string {
  const content = trimTrailing(
    neutraliseHtmlOpeners(
      cleanText(text)
        .replace(/\r\n?/g, '\n')
        .replace(
          new RegExp(`\`{${MAX_BACKTICK_RUN + 1},}`, 'g'),
          `${'`'.repeat(MAX_BACKTICK_RUN)}…`
        )
    ),
    '\n'
  )
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1))
  return `${fence}${info}\n${content}\n${fence}`
}

/** Removes ANSI colour codes and invisible controls; keeps tab and newline. */
export function cleanText(text: string): string {
  return stripAnsi(text).replace(INVISIBLE_CONTROLS, '')
}

function neutraliseHtmlOpeners(text: string): string {
  return text.replace(/<(?=!--|\/?details)/gi, `<${ZERO_WIDTH_SPACE}`)
}

/**
 * Escaped text is usually put after a prefix ("- ", "| "), but a list item's text that starts
 * with "-", "+", "#" or "1." would open a nested list or heading: escape that first character.
 */
function escapeLineStart(text: string): string {
  const trimmed = text.trimStart()
  const lead = text.slice(0, text.length - trimmed.length)
  const ordered = /^(\d{1,9})([.)])/.exec(trimmed)
  if (ordered !== null) return `${lead}${ordered[1]!}\\${trimmed.slice(ordered[1]!.length)}`
  if (/^[-+#=>]/.test(trimmed)) return `${lead}\\${trimmed}`
  return text
}

function longestRun(text: string, char: string): number {
  let longest = 0
  let current = 0
  for (const c of text) {
    current = c === char ? current + 1 : 0
    if (current > longest) longest = current
  }
  return longest
}
