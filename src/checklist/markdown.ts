/**
 * The block-level CommonMark + GFM-table parse that every other checklist stage reads. Its input
 * is prepared by source.ts (line endings and NUL already normalised).
 *
 * Only markdown-it's `block` core rule runs: the block structure (lists, block
 * quotes, fences, HTML blocks, tables, headings) is what decides which lines are task items, and
 * skipping the inline rule chain makes parsing several times faster. The little inline work the
 * checklist needs (code spans, placeholders) is done on demand by ./inline.ts.
 *
 * Large documents are parsed in chunks that start at column-0 ATX headings (`# …`), whose tokens
 * are handed over and dropped one chunk at a time: on a 10 MiB checklist this halves the time
 * (fewer long-lived tokens for the garbage collector) and cuts peak memory about three times.
 */
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import { applyMarkdownItFixes } from './markdown-fixes.js'
import { countNewlines } from './source.js'

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

function createBlockParser(): MarkdownIt {
  // `default` preset: CommonMark plus GFM tables and strikethrough. `html: true` because GitHub
  // recognises HTML blocks (<details>, comments) and nothing inside them is a task item.
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false })
  // Not in @types/markdown-it's Options, but a documented markdown-it option.
  Object.assign(md.options, { maxNesting: MAX_NESTING })
  md.core.ruler.enableOnly(['block'])
  applyMarkdownItFixes(md, MAX_NESTING)
  return md
}

const blockParser = createBlockParser()

/** Receives each chunk's tokens; their maps are relative to the chunk, which starts at lineOffset. */
export type ChunkHandler = (tokens: Token[], lineOffset: number) => void

/**
 * Parses `text` chunk by chunk, in document order, and returns the normalised (upper-cased)
 * labels of all link reference definitions. (Each chunk gets its own env: whether a definition
 * is consumed does not depend on earlier ones, so only the labels need collecting.)
 *
 * A column-0 ATX heading closes every open container (it cannot be a lazy continuation line), so
 * the document before it parses the same alone, unless a top-level fence or HTML block was still
 * open there: then the heading line is content (`# comment` in a bash fence). That case is caught
 * after parsing (the chunk's last block reaches its end) and the chunk is extended instead.
 */
export function parseBlocks(
  text: string,
  onChunk: ChunkHandler,
  chunkChars = DEFAULT_CHUNK_CHARS
): Set<string> {
  const referenceLabels = new Set<string>()
  const boundaries = headingLineStarts(text)
  let start = 0
  let lineOffset = 0
  let next = 0
  while (start < text.length) {
    for (let extensions = 0; ; extensions++) {
      while (next < boundaries.length && (boundaries[next] ?? 0) - start < chunkChars) next++
      const end =
        extensions >= MAX_CHUNK_EXTENSIONS ? text.length : (boundaries[next] ?? text.length)
      const chunk = text.slice(start, end)
      const env: { references?: Record<string, unknown> } = {}
      const tokens = blockParser.parse(chunk, env)
      if (end < text.length && endsInsideOpenBlock(tokens, chunk)) {
        // The chunk would cut a fence or HTML block open: end it at a later heading instead.
        next++
        continue
      }
      for (const label of Object.keys(env.references ?? {})) referenceLabels.add(label)
      onChunk(tokens, lineOffset)
      lineOffset += countNewlines(chunk)
      start = end
      break
    }
  }
  return referenceLabels
}

/** Offsets of lines starting with `#`…`######` followed by a space, a tab or the line end. */
function headingLineStarts(text: string): number[] {
  const starts: number[] = []
  // indexOf rather than a multiline regex, which tries every position of a 10 MiB text.
  for (let at = text.indexOf('\n#'); at !== -1; at = text.indexOf('\n#', at + 2)) {
    let end = at + 2
    while (end < text.length && end - at <= 7 && text.charCodeAt(end) === HASH) end++
    const after = end === text.length ? -1 : text.charCodeAt(end)
    if (end - at <= 7 && (after === -1 || after === SPACE || after === TAB || after === NEWLINE))
      starts.push(at + 1)
  }
  return starts
}

const HASH = 0x23
const SPACE = 0x20
const TAB = 0x09
const NEWLINE = 0x0a

/**
 * Whether the chunk's last top-level block is a fence or HTML block that runs to the chunk's end
 * and so may continue past it. A fence that ends with its closing line on the last line is closed.
 */
function endsInsideOpenBlock(tokens: Token[], chunk: string): boolean {
  const last = tokens.at(-1)
  if (!last || last.level !== 0 || (last.type !== 'fence' && last.type !== 'html_block'))
    return false
  const lineCount = countNewlines(chunk)
  if ((last.map?.[1] ?? 0) < lineCount) return false
  if (last.type === 'html_block') return true
  const closing = chunk.slice(chunk.lastIndexOf('\n', chunk.length - 2) + 1, chunk.length - 1)
  const fence = last.markup
  const closes = new RegExp(`^ {0,3}${fence[0] === '~' ? '~' : '`'}{${fence.length},}[ \\t]*$`)
  return !(lineCount - (last.map?.[0] ?? 0) >= 2 && closes.test(closing))
}
