/**
 * Source text preparation before Markdown parsing: the steps that keep every reported line number
 * equal to the line a user sees in their editor and on github.com.
 */

const BYTE_ORDER_MARK = '\uFEFF'

/**
 * Strips a leading BOM, turns CRLF and lone CR into LF (CommonMark treats all three as line
 * endings), replaces NUL with U+FFFD (CommonMark 2.3, for security) and blanks YAML front matter
 * line by line, so that line N of the result is line N of the file. This is markdown-it's own
 * `normalize` step, done once here instead of once per parsed chunk.
 */
export function prepareSource(raw: string): string {
  const withoutBom = raw.startsWith(BYTE_ORDER_MARK) ? raw.slice(1) : raw
  const lf = withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom
  const safe = lf.includes('\0') ? lf.replace(/\0/g, '\uFFFD') : lf
  return blankFrontMatter(safe)
}

/**
 * github.com hides a `---` … `---` (or `...`) YAML block at the very top of a Markdown file; a
 * plain CommonMark parser would read its closing `---` as a setext underline and turn the YAML
 * into a heading. The lines are replaced by empty lines rather than removed, to keep numbering.
 */
export function blankFrontMatter(text: string): string {
  if (!/^---[ \t]*\n/.test(text)) return text
  // A line of its own: between \n (or the ends), not any line terminator /m knows (U+2028).
  const closing = /(?<![^\n])(?:---|\.\.\.)[ \t]*(?![^\n])/
  const rest = text.slice(text.indexOf('\n') + 1)
  const match = closing.exec(rest)
  if (match === null) return text
  const endOfBlock = text.indexOf('\n') + 1 + match.index + match[0].length
  const newlines = text.slice(0, endOfBlock).split('\n').length - 1
  return '\n'.repeat(newlines) + text.slice(endOfBlock)
}

/** Number of lines as an editor shows them: a final newline does not start another line. */
export function countLines(text: string): number {
  if (text === '') return 0
  let count = 1
  let index = text.indexOf('\n')
  while (index !== -1) {
    if (index < text.length - 1) count++
    index = text.indexOf('\n', index + 1)
  }
  return count
}

/** Number of `\n` in `text[from, to)`; scans only that range (never past `to`). */
export function countNewlines(text: string, from = 0, to = text.length): number {
  let count = 0
  // A bounded loop, not indexOf: indexOf would search past `to` to the end of a giant line.
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === 10) count++
  return count
}
