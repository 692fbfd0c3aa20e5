/**
 * The block-level CommonMark + GFM-table parse that every other checklist stage reads. Its input
 * is prepared by source.ts (line endings and NUL already normalised).
 *
 * Only markdown-it's block tokenizer runs: the block structure (lists, block quotes, fences, HTML
 * blocks, tables, headings) is what decides which lines are task items, and skipping the inline
 * rule chain makes parsing several times faster. The little inline work the checklist needs (code
 * spans, placeholders) is done on demand by ./inline.ts. Plain tight bullet lists, most of a
 * checklist, take a one-pass fast path (./simple-list.ts) that gives the same result.
 *
 * Large documents are parsed in chunks that start at column-0 ATX headings (`# …`), whose tokens
 * are handed over and dropped one chunk at a time: on a 10 MiB checklist this halves the time
 * (fewer long-lived tokens for the garbage collector) and cuts peak memory about three times.
 */
import type MarkdownIt from 'markdown-it'
import type { StateBlock, Token } from 'markdown-it'
import * as helpers from 'markdown-it/lib/helpers/index.mjs'
import ParserBlock from 'markdown-it/lib/parser_block.mjs'
import { NEWLINE, SPACE, TAB } from './char-codes.js'
import { applyMarkdownItFixes } from './markdown-fixes.js'
import { isAtxHeading, SIMPLE_LIST, simpleList } from './simple-list.js'

/**
 * markdown-it stops descending when the token nesting level reaches this value; the content of a
 * container that deep is skipped (see markdown-fixes.ts for how much) and parsing resumes after
 * it. A list costs two levels (list + item), a block quote one, so task items nested deeper than
 * 99 lists or ~200 quotes are not reported. It bounds recursion too: 10,000 levels of `>` or of
 * nested lists parse in linear time without overflowing the stack. github.com would still render
 * such items; no real checklist nests that deep.
 */
export const MAX_NESTING = 200

/** Chunks are at least this long; small documents are parsed in one piece. */
export const DEFAULT_CHUNK_CHARS = 16 * 1024

/** A chunk whose end is unsafe grows this many times before the rest is parsed in one piece. */
const MAX_CHUNK_EXTENSIONS = 4

/**
 * markdown-it's block parser alone, with the few things its block rules ask of the markdown-it
 * instance (`state.md`): the options, the link helpers, and link normalisation and validation for
 * reference definitions. The rest of markdown-it (inline parser, renderer, linkify, presets) is
 * never used here, and leaving it out of the bundle removes 95 KB of the ~400 KB a run loads.
 *
 * Links: markdown-it refuses a reference definition whose destination is a `javascript:`,
 * `vbscript:`, `file:` or `data:` URL (the line stays paragraph text, and a `---` under it makes a
 * heading); GitHub's cmark-gfm accepts any destination and renders the definition as nothing. So
 * every destination is valid here, as on github.com (`__tests__/checklist/edge-cases.test.ts`).
 */
function createBlockParser(simpleLists: boolean): MarkdownIt {
  const block = new ParserBlock()
  const md = {
    block,
    // `html: true` because GitHub recognises HTML blocks (<details>, comments) and nothing inside
    // them is a task item.
    options: { html: true, maxNesting: MAX_NESTING },
    helpers,
    normalizeLink: (url: string): string => url,
    validateLink: (): boolean => true
  } as unknown as MarkdownIt
  applyMarkdownItFixes(md, MAX_NESTING)
  // First: a plain tight list is read in one pass (see simple-list.ts), before any other rule.
  if (simpleLists) block.ruler.before('table', SIMPLE_LIST, simpleList)
  return md
}

const blockParser = createBlockParser(true)
/** markdown-it alone, for tests that compare the fast path with it; built on first use. */
let plainBlockParser: MarkdownIt | undefined

export interface BlockParseOptions {
  /** Minimum chunk size for large documents (tests use tiny chunks to exercise the boundaries). */
  chunkChars?: number
  /** false: markdown-it's own rules only, without the simple-list fast path (for tests). */
  simpleLists?: boolean
}

/** Receives each chunk's tokens; their maps are 0-based lines of the whole text. */
export type ChunkHandler = (tokens: Token[]) => void

/**
 * Parses `text` chunk by chunk, in document order, and returns the normalised (upper-cased)
 * labels of all link reference definitions.
 *
 * A column-0 ATX heading closes every open container (it cannot be a lazy continuation line), so
 * the document before it parses the same alone, unless a top-level fence or HTML block was still
 * open there: then the heading line is content (`# comment` in a bash fence). That case is caught
 * after parsing (the chunk's last block reaches its end) and the chunk is extended instead.
 *
 * The line marks (where each line starts and ends, its indentation) are computed once for the
 * whole text, and each chunk is tokenized as a range of lines of that one state, so token maps
 * are lines of the whole text.
 */
export function parseBlocks(
  text: string,
  onChunk: ChunkHandler,
  options: BlockParseOptions = {}
): Set<string> {
  return new BlockDocument(text, options).parse(onChunk)
}

/** A text ready for block parsing: its line marks, and its lines for whoever needs one. */
export class BlockDocument {
  private readonly parser: MarkdownIt
  private readonly env: { references?: Record<string, unknown> } = {}
  private readonly state: StateBlock

  constructor(
    text: string,
    private readonly options: BlockParseOptions = {}
  ) {
    this.parser =
      options.simpleLists === false ? (plainBlockParser ??= createBlockParser(false)) : blockParser
    this.state = blockState(this.parser, text, this.env)
  }

  /** Line N (1-based) without its line ending; '' past the end. */
  sourceLine(line: number): string {
    const { src, bMarks, eMarks, lineMax } = this.state
    const index = line - 1
    if (index >= 0 && index < lineMax) return src.slice(bMarks[index], eMarks[index])
    if (index !== lineMax) return ''
    // A last line of only spaces and tabs without a newline, which has no marks (see blockState).
    const start = lineMax === 0 ? 0 : eMarks[lineMax - 1]! + 1
    return src.slice(start)
  }

  /** See parseBlocks. */
  parse(onChunk: ChunkHandler): Set<string> {
    const chunkChars = this.options.chunkChars ?? DEFAULT_CHUNK_CHARS
    const { parser, state } = this
    const { bMarks, lineMax } = state
    const boundaries = headingLines(state)
    let startLine = 0
    let next = 0
    while (startLine < lineMax) {
      for (let extensions = 0; ; extensions++) {
        while (
          next < boundaries.length &&
          bMarks[boundaries[next]!]! - bMarks[startLine]! < chunkChars
        )
          next++
        const endLine = extensions >= MAX_CHUNK_EXTENSIONS ? lineMax : (boundaries[next] ?? lineMax)
        state.tokens = []
        state.line = startLine
        parser.block.tokenize(state, startLine, endLine)
        if (endLine < lineMax && endsInsideOpenBlock(state, endLine)) {
          // The chunk would cut a fence or HTML block open: end it at a later heading instead.
          next++
          continue
        }
        onChunk(state.tokens)
        startLine = endLine
        break
      }
    }
    return new Set(Object.keys(this.env.references ?? {}))
  }
}

/**
 * markdown-it's block state for `text`, with the line marks its constructor computes character by
 * character found here with indexOf per line: the same values, in typed arrays allocated once at
 * their final size (markdown-it's rules only read and write them by index). On a 10 MiB text this
 * takes a fraction of the constructor's time and leaves the garbage collector nothing to copy.
 */
export function blockState(parser: MarkdownIt, text: string, env: object): StateBlock {
  const state = new parser.block.State('', parser, env, [])
  const length = text.length
  let lines = 1 // markdown-it's fake entry after the last line, which spares its rules bounds checks
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
  if (length > 0 && text.charCodeAt(length - 1) !== NEWLINE) lines++
  const bMarks = new Int32Array(lines)
  const eMarks = new Int32Array(lines)
  const tShift = new Int32Array(lines)
  const sCount = new Int32Array(lines)
  const bsCount = new Int32Array(lines)
  let line = 0
  let start = 0
  while (start < length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? length : newline
    let pos = start
    let offset = 0
    for (; pos < end; pos++) {
      const code = text.charCodeAt(pos)
      if (code === SPACE) offset++
      else if (code === TAB) offset += 4 - (offset % 4)
      else break
    }
    // As markdown-it does: a last line of only spaces and tabs, with no newline, is no line.
    if (newline === -1 && pos === end) break
    bMarks[line] = start
    eMarks[line] = end
    tShift[line] = pos - start
    sCount[line] = offset
    line++
    if (newline === -1) break
    start = newline + 1
  }
  bMarks[line] = length
  eMarks[line] = length
  const marks = { bMarks, eMarks, tShift, sCount, bsCount }
  const used = line + 1
  // Typed arrays of exactly lineMax + 1 entries, like markdown-it's arrays (the count above can be
  // one more when a whitespace-only last line has no newline).
  for (const [name, array] of Object.entries(marks))
    Object.assign(state, { [name]: used === lines ? array : array.subarray(0, used) })
  Object.assign(state, { src: text })
  state.lineMax = line
  return state
}

/** Lines (after the first) that are ATX headings starting at column 0. */
function headingLines(state: StateBlock): number[] {
  const { src, bMarks, eMarks, tShift, lineMax } = state
  const lines: number[] = []
  for (let line = 1; line < lineMax; line++) {
    if (tShift[line] === 0 && isAtxHeading(src, bMarks[line]!, eMarks[line]!)) lines.push(line)
  }
  return lines
}

/**
 * Whether the chunk's last top-level block is a fence or HTML block that runs to the chunk's end
 * (`endLine`) and so may continue past it. A fence whose closing line is the chunk's last is closed.
 */
function endsInsideOpenBlock(state: StateBlock, endLine: number): boolean {
  const last = state.tokens.at(-1)
  if (!last || last.level !== 0 || (last.type !== 'fence' && last.type !== 'html_block'))
    return false
  const [first = 0, end = 0] = last.map ?? []
  if (end < endLine) return false
  if (last.type === 'html_block') return true
  const closing = state.src.slice(state.bMarks[endLine - 1], state.eMarks[endLine - 1])
  const fence = last.markup
  const closes = new RegExp(`^ {0,3}${fence[0] === '~' ? '~' : '`'}{${fence.length},}[ \\t]*$`)
  return !(endLine - first >= 2 && closes.test(closing))
}
