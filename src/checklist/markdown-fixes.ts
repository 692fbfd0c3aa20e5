/**
 * Three adjustments to markdown-it 14's block parser, so that task items match cmark-gfm's
 * (GitHub's parser) and hostile nesting cannot hide the rest of a checklist.
 *
 * 1. Lazy continuation lines measured from the wrong container. CommonMark gets this right:
 *
 *      - [ ] parent            ← content column 5
 *    \t\t- [ ] child           ← content column 10
 *    ␣␣\t- [ ] lazy            ← column 4: outside both items, and 4 columns into the document
 *
 * CommonMark first matches the line against the open containers (it matches none of the two
 * items here), then measures its indentation from the last container it matched (the document:
 * 4 columns). Four or more columns could only start indented code, which cannot interrupt a
 * paragraph, so the line is a lazy continuation of the child's paragraph. markdown-it measures
 * from the paragraph's own container instead (column 10), so it lets the line start a list item,
 * which then cannot be placed, and the child's sibling on the next line is lost.
 *
 * The fix: remember the content column of every container being tokenized (each nested
 * `tokenize` call runs with the container's column as `blkIndent`; a block quote restarts
 * columns at 0), and use a paragraph rule that treats such lines as continuation before asking
 * the other rules whether they interrupt the paragraph. Everything else is markdown-it's own.
 *
 * 2. The same mistake in block quotes: markdown-it marks a quote's lazy continuation lines with a
 * negative indentation (sCount -1), but a nested quote or list then asks the interrupting rules
 * about those lines again, and `> > - [x] a` + `\t\t- [ ] b` ends the inner quote at the lazy line.
 * A lazy line can never start a block, so every interrupting rule answers "no" for them.
 *
 * 3. Content past markdown-it's nesting limit. At `maxNesting` markdown-it skips "the tail to the
 * end", and for a list item the end is its parent's end: one over-deep line would swallow the rest
 * of the document. Instead only the lines that belong to the over-deep container are skipped (the
 * non-blank lines indented at least to its content column, and lazy lines); parsing resumes after.
 */
import type MarkdownIt from 'markdown-it'
import type { StateBlock } from 'markdown-it'
import { trimCodes } from '../linear-text.js'
import { DASH, EQUALS } from './char-codes.js'

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean

/** markdown-it's Ruler keeps its rules here; not in the typings, but stable since v4. */
interface RulerInternals {
  __rules__?: { name: string; fn: BlockRule; alt: string[] }[]
}

/** Lines indented this far past the matched container can only be indented code. */
const CODE_INDENT = 4

export function applyMarkdownItFixes(md: MarkdownIt, maxNesting: number): void {
  // Per parser instance; parsing is synchronous, so the stack is only ever used by one parse.
  const containerColumns: number[] = []
  const tokenize = md.block.tokenize.bind(md.block)
  md.block.tokenize = (state: StateBlock, startLine: number, endLine: number): void => {
    if (state.level >= maxNesting) {
      state.line = endOfContainer(state, startLine, endLine)
      return
    }
    containerColumns.push(state.blkIndent)
    try {
      tokenize(state, startLine, endLine)
    } finally {
      containerColumns.pop()
    }
  }
  md.block.ruler.at('paragraph', (state, startLine, endLine) =>
    paragraph(state, startLine, endLine, containerColumns)
  )
  md.block.ruler.disable('lheading')
  for (const rule of (md.block.ruler as unknown as RulerInternals).__rules__ ?? []) {
    if (rule.alt.length === 0) continue
    const interrupts = rule.fn
    md.block.ruler.at(
      rule.name,
      (state, startLine, endLine, silent) =>
        silent && (state.sCount[startLine] ?? 0) < 0
          ? false
          : interrupts(state, startLine, endLine, silent),
      { alt: rule.alt }
    )
  }
}

function endOfContainer(state: StateBlock, startLine: number, endLine: number): number {
  let line = startLine
  while (line < endLine) {
    const indent = state.sCount[line] ?? 0
    if (!state.isEmpty(line) && indent >= 0 && indent < state.blkIndent) break
    line++
  }
  return line
}

/** Column of the innermost open container that a line indented `indent` columns still belongs to. */
function matchedContainerColumn(containerColumns: number[], indent: number): number {
  for (let index = containerColumns.length - 1; index >= 0; index--) {
    const column = containerColumns[index]!
    // 0 starts a coordinate frame (the document, or a block quote's content): always matched.
    if (column === 0 || column <= indent) return column
  }
  return 0
}

/**
 * A paragraph, or a setext heading when an `===`/`---` underline ends it: consecutive non-blank
 * lines until a line that starts another block. (markdown-it's separate `lheading` rule scanned
 * every paragraph twice and lacked fix 1, so this rule replaces both.)
 */
function paragraph(
  state: StateBlock,
  startLine: number,
  endLine: number,
  containerColumns: number[]
): boolean {
  const interrupters = state.md.block.ruler.getRules('paragraph')
  const parentType = state.parentType
  state.parentType = 'paragraph'
  let nextLine = startLine + 1
  let headingLevel = 0
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    const indent = state.sCount[nextLine] ?? 0
    // Indented code cannot interrupt a paragraph.
    if (indent - state.blkIndent >= CODE_INDENT) continue
    // An underline must be inside the paragraph's container (a lazy line cannot be one).
    headingLevel = indent >= state.blkIndent ? setextUnderlineLevel(state, nextLine) : 0
    if (headingLevel > 0) break
    // Negative counts are lazy block-quote lines; then fix 1.
    if (indent < 0) continue
    if (
      indent < state.blkIndent &&
      indent - matchedContainerColumn(containerColumns, indent) >= CODE_INDENT
    ) {
      continue
    }
    if (interrupters.some((rule) => rule(state, nextLine, endLine, true))) break
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false))
  if (headingLevel > 0) pushSetextHeading(state, startLine, nextLine, headingLevel, content)
  else pushParagraph(state, startLine, nextLine, content)
  state.parentType = parentType
  return true
}

/** 1 for a `===` underline, 2 for `---`, 0 for anything else (trailing spaces allowed). */
function setextUnderlineLevel(state: StateBlock, line: number): number {
  const start = (state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0)
  const max = state.eMarks[line] ?? 0
  const marker = state.src.charCodeAt(start)
  if (start >= max || (marker !== EQUALS && marker !== DASH)) return 0
  const end = state.skipSpaces(state.skipChars(start, marker))
  if (end < max) return 0
  return marker === EQUALS ? 1 : 2
}

function pushParagraph(
  state: StateBlock,
  startLine: number,
  endLine: number,
  content: string
): void {
  state.line = endLine
  const open = state.push('paragraph_open', 'p', 1)
  open.map = [startLine, endLine]
  const inline = state.push('inline', '', 0)
  inline.content = content
  inline.map = [startLine, endLine]
  inline.children = []
  state.push('paragraph_close', 'p', -1)
}

function pushSetextHeading(
  state: StateBlock,
  startLine: number,
  underline: number,
  level: number,
  content: string
): void {
  state.line = underline + 1
  const tag = `h${level}`
  const markup = level === 1 ? '=' : '-'
  const open = state.push('heading_open', tag, 1)
  open.markup = markup
  open.map = [startLine, state.line]
  const inline = state.push('inline', '', 0)
  inline.content = content
  inline.map = [startLine, underline]
  inline.children = []
  state.push('heading_close', tag, -1).markup = markup
}

/** Trims ASCII whitespace only, as CommonMark does (a trailing NBSP is content). */
export function asciiTrim(text: string): string {
  return trimCodes(text, isAsciiSpace)
}

/** Space, \t, \n, \v, \f, \r. */
function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d)
}
