/**
 * The GFM task list item marker, matched exactly as cmark-gfm (GitHub's renderer) matches it:
 * `[ ]`, `[x]` or `[X]` at the very start of the item's first paragraph, on the list marker's own
 * line, followed by at least one space or tab (cmark-gfm's `spacechar`: space, tab, \v, \f).
 * So `- [ ]` with nothing after it and `- [x]done` are plain items, while `- [ ] ` with a trailing
 * space is an empty task.
 */
import { CLOSE_BRACKET, LOWER_X, OPEN_BRACKET, SPACE, TAB, UPPER_X } from './char-codes.js'

export interface TaskMarker {
  checked: boolean
  /** The paragraph source after the marker and its spaces. */
  rest: string
}

const TRAILING_SPACE_AFTER_MARKER = /\[[ xX]\][ \t\v\f]+$/

/**
 * @param paragraph the first paragraph's inline source (markdown-it trims its end)
 * @param sourceLine reads the raw source line of the list marker, needed only when the paragraph
 *   is the bare marker: markdown-it trimmed the trailing space that decides between task and text.
 */
export function matchTaskMarker(paragraph: string, sourceLine: () => string): TaskMarker | null {
  // Character tests rather than a regex: this runs for every list item of the document.
  if (paragraph.charCodeAt(0) !== OPEN_BRACKET || paragraph.charCodeAt(2) !== CLOSE_BRACKET)
    return null
  const box = paragraph.charCodeAt(1)
  if (box !== SPACE && box !== LOWER_X && box !== UPPER_X) return null
  const checked = box !== SPACE
  if (paragraph.length === 3) {
    return TRAILING_SPACE_AFTER_MARKER.test(sourceLine()) ? { checked, rest: '' } : null
  }
  return isSpaceChar(paragraph.charCodeAt(3)) ? { checked, rest: paragraph.slice(4) } : null
}

/** cmark-gfm's `spacechar`: space, tab, vertical tab, form feed (not a line ending). */
function isSpaceChar(code: number): boolean {
  return code === SPACE || code === TAB || code === 0x0b || code === 0x0c
}
