/**
 * A fast path for the commonest block of a checklist: a tight bullet list of plain items, such as
 *
 *    - [ ] Fix the build (1.0)
 *      - [x] Verify: `cargo build` passes
 *        continuation line of the item
 *
 * markdown-it parses such a list one line at a time through every block rule, a nested tokenize
 * per item and five tokens per item. This rule reads it in one pass over the line marks instead
 * and pushes a single `simple_list` token whose `meta` lists the items in document order; the
 * outline walk replays them as the list, item and paragraph tokens markdown-it would have given.
 *
 * It takes a list only when the result cannot differ from markdown-it's, and otherwise declines
 * (returns false) so that markdown-it's own list rule parses it:
 * - at the top level of the document (the first item indented at most 3 columns, or it is code);
 * - every line is an item line or a continuation line, indented with spaces only (no tabs);
 * - an item line is one bullet character (the same throughout) at any indentation that is not 4
 *   or more columns past the content column of the item it nests in, then exactly one space, then
 *   a task marker (`[ ]`, `[x]`, `[X]` followed by a space, a tab or the line end) or an ASCII
 *   letter, so the item's first block is a paragraph on the marker's line;
 * - a continuation line starts with an ASCII letter after its indentation: no block can start
 *   with a letter, so the line continues the open paragraph (the last item's, lazily if it is
 *   indented less than that item's content), exactly as in CommonMark;
 * - the list ends at the end of the parsed range, at a column-0 ATX heading, or at blank lines
 *   followed by the end or by a column-0 line that is not an item with the list's bullet (such
 *   as `---` or `* other list`), which cannot continue the list.
 * Nothing in such a list can be a table (no line is a delimiter row), a setext underline, a
 * thematic break, a fence, an HTML block, a block quote, a reference definition or indented code.
 * __tests__/checklist/simple-list.test.ts checks the outline against markdown-it's on generated
 * lists and near misses.
 */
import type { StateBlock } from 'markdown-it'
import { asciiTrim } from './markdown-fixes.js'
import { CLOSE_BRACKET, DASH, HASH, OPEN_BRACKET, PLUS, SPACE, STAR, TAB } from './char-codes.js'

export const SIMPLE_LIST = 'simple_list'

/** The items of a simple list in document order, as parallel arrays (one entry per item). */
export interface SimpleListItems {
  /** Line of each item's marker, 0-based within the parsed text (as token maps are). */
  lines: number[]
  /** 0 for items of the top-level list, +1 for each item it is nested in. */
  depths: number[]
  /** Each item's paragraph source, exactly as markdown-it's paragraph rule would give it. */
  contents: string[]
}

/** Lists nested deeper than this go to markdown-it, which also applies the nesting limit. */
const MAX_DEPTH = 40

function isBullet(code: number): boolean {
  return code === DASH || code === STAR || code === PLUS
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20
  return lower >= 0x61 && lower <= 0x7a
}

/** An item's content that can only begin a paragraph: a letter, or a task marker and a space. */
function startsItemText(src: string, at: number, end: number): boolean {
  const code = src.charCodeAt(at)
  if (isAsciiLetter(code)) return true
  if (code !== OPEN_BRACKET || at + 3 > end) return false
  const box = src.charCodeAt(at + 1)
  if (box !== SPACE && (box | 0x20) !== 0x78) return false
  if (src.charCodeAt(at + 2) !== CLOSE_BRACKET) return false
  const after = at + 3 === end ? -1 : src.charCodeAt(at + 3)
  return after === -1 || after === SPACE || after === TAB
}

/** `#` to `######` then a space, a tab or the line end, starting at `at` (line end `end`). */
export function isAtxHeading(src: string, at: number, end: number): boolean {
  let pos = at
  while (pos < end && pos - at < 7 && src.charCodeAt(pos) === HASH) pos++
  const hashes = pos - at
  if (hashes < 1 || hashes > 6) return false
  return pos === end || src.charCodeAt(pos) === SPACE || src.charCodeAt(pos) === TAB
}

function hasTab(src: string, from: number, to: number): boolean {
  for (let pos = from; pos < to; pos++) if (src.charCodeAt(pos) === TAB) return true
  return false
}

export function simpleList(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean
): boolean {
  if (silent || state.level !== 0 || state.blkIndent !== 0 || state.parentType !== 'root')
    return false
  const { src, bMarks, eMarks, tShift, sCount } = state
  const marker = src.charCodeAt(bMarks[startLine]! + tShift[startLine]!)
  if (!isBullet(marker)) return false

  const lines: number[] = []
  const depths: number[] = []
  const contents: string[] = []
  /** Content columns of the open items, outermost first: the first `open` entries. */
  const columns: number[] = []
  let open = 0
  // The last item's paragraph, open until the next item: its source so far.
  let paragraph = ''
  const close = (): void => {
    if (lines.length > contents.length) contents.push(asciiTrim(paragraph))
  }

  let line = startLine
  for (; line < endLine; line++) {
    const begin = bMarks[line]!
    const end = eMarks[line]!
    const first = begin + tShift[line]!
    if (first >= end) break
    const indent = sCount[line]!
    if (indent !== first - begin || hasTab(src, begin, first)) return false
    const code = src.charCodeAt(first)
    if (code === marker) {
      if (src.charCodeAt(first + 1) !== SPACE || !startsItemText(src, first + 2, end)) return false
      // The items this line is inside: those whose content column it reaches.
      let inside = 0
      while (inside < open && columns[inside]! <= indent) inside++
      if (indent - (inside === 0 ? 0 : columns[inside - 1]!) >= 4 || inside >= MAX_DEPTH)
        return false
      // (A counter rather than `columns.length = inside`, which can shrink the array's storage
      // and make the next write allocate it again, on every line.)
      columns[inside] = indent + 2
      open = inside + 1
      close()
      lines.push(line)
      depths.push(inside)
      paragraph = src.slice(first + 2, end)
      continue
    }
    if (code === HASH && indent === 0 && isAtxHeading(src, first, end)) break
    if (!isAsciiLetter(code)) return false
    // A continuation of the open paragraph: markdown-it's getLines strips up to the item's
    // content column of indentation and keeps the rest.
    const column = columns[open - 1]!
    paragraph += `\n${src.slice(begin + Math.min(indent, column), end)}`
  }
  close()

  let next = line
  while (next < endLine && bMarks[next]! + tShift[next]! >= eMarks[next]!) next++
  if (next < endLine && next > line) {
    // After a blank line, a column-0 line ends the list unless it is an item with our bullet.
    const at = bMarks[next]!
    if (tShift[next] !== 0) return false
    if (src.charCodeAt(at) === marker) {
      const after = at + 1 === eMarks[next] ? -1 : src.charCodeAt(at + 1)
      if (after === -1 || after === SPACE || after === TAB) return false
    }
  }

  const token = state.push(SIMPLE_LIST, '', 0)
  token.map = [startLine, next]
  token.meta = { lines, depths, contents } satisfies SimpleListItems
  token.block = true
  state.line = next
  return true
}
