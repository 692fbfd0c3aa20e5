/**
 * One pass over markdown-it's block tokens, chunk by chunk, that collects what the checklist model
 * is built from: headings, task items (as trees), code blocks, placeholders, and the text of the
 * few sections that sign-offs and the declared status are read from. Tokens are not kept, so a
 * large document's tokens can be freed chunk by chunk. Iterative, with explicit stacks, so deeply
 * nested documents cannot overflow the call stack here.
 */
import type { Token } from 'markdown-it'
import type { CodeBlock, Placeholder, TaskItem } from './model.js'
import { commandRole, commandsIn } from './commands.js'
import { oneLine, plainText } from './inline.js'
import { DEFAULT_CHUNK_CHARS, parseBlocks } from './markdown.js'
import { placeholdersIn, type FoundPlaceholder } from './placeholders.js'
import { matchTaskMarker } from './task-marker.js'

export interface HeadingEntry {
  level: number
  /** 1-based. */
  line: number
  /** Plain text (emphasis, links and code markup removed). */
  title: string
}

export interface RootTask {
  item: TaskItem
  /** Index into headings of the heading above the item; -1 before the first heading. */
  headingIndex: number
}

/** One source line of a paragraph, heading or table cell. */
export interface BodyLine {
  text: string
  line: number
}

/** An item of a top-level list (task or not): its first paragraph as plain text. */
export interface BodyListItem {
  text: string
  line: number
  /** Which top-level list of the section it belongs to (0, 1, …). */
  list: number
}

/** The content of a heading's own section (up to the next heading), kept only where it is read. */
export interface SectionBody {
  lines: BodyLine[]
  listItems: BodyListItem[]
}

/** Decides, from a heading's title and level, whether its section's body must be kept. */
export type BodyFilter = (heading: HeadingEntry) => boolean

/** Offered the top-level paragraphs, in order, until it returns true (the status fallback). */
export type ParagraphWatcher = (source: string, line: number) => boolean

export interface OutlineOptions {
  keepBody: BodyFilter
  watchParagraph: ParagraphWatcher
  chunkChars?: number
}

export interface Outline {
  headings: HeadingEntry[]
  rootTasks: RootTask[]
  codeBlocks: CodeBlock[]
  placeholders: Placeholder[]
  /** Keyed by index into headings. */
  bodies: Map<number, SectionBody>
  /** Source line (1-based), for context in reports. */
  sourceLine: (line: number) => string
}

export function buildOutline(text: string, options: OutlineOptions): Outline {
  const sourceLine = sourceLineReader(text)
  const walker = new OutlineWalker(sourceLine, options)
  const referenceLabels = parseBlocks(
    text,
    (tokens, lineOffset) => {
      walker.walk(tokens, lineOffset)
    },
    options.chunkChars ?? DEFAULT_CHUNK_CHARS
  )
  return walker.finish(referenceLabels)
}

/**
 * Line N of the text (1-based) without its line ending. Offsets rather than `split('\n')`: a big
 * checklist has hundreds of thousands of lines and only a few are ever read.
 */
function sourceLineReader(text: string): (line: number) => string {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1)
  return (line) => {
    const start = starts[line - 1]
    if (start === undefined) return ''
    const next = starts[line]
    return text.slice(start, next === undefined ? text.length : next - 1)
  }
}

/** The walk's state, carried from one chunk to the next. */
class OutlineWalker {
  private readonly headings: HeadingEntry[] = []
  private readonly rootTasks: RootTask[] = []
  private readonly codeBlocks: CodeBlock[] = []
  private readonly found: FoundPlaceholder[] = []
  private readonly bodies = new Map<number, SectionBody>()
  private readonly openTasks: TaskItem[] = []
  /** One entry per open list item: whether it is a task (and so sits on openTasks). */
  private readonly openItems: boolean[] = []
  private listDepth = 0
  private topLevelLists = 0
  private body: SectionBody | null = null
  private watching = true

  constructor(
    private readonly sourceLine: (line: number) => string,
    private readonly options: OutlineOptions
  ) {}

  walk(tokens: Token[], lineOffset: number): void {
    let tableRowLine = 0
    const lineOf = (token: Token | undefined): number => (token?.map?.[0] ?? 0) + 1 + lineOffset
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      switch (token.type) {
        case 'heading_open':
          this.heading(token, tokens[index + 1], lineOf(token))
          break
        case 'bullet_list_open':
        case 'ordered_list_open':
          if (++this.listDepth === 1) this.topLevelLists++
          break
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.listDepth--
          break
        case 'list_item_open':
          this.listItem(tokens, index, lineOf(token))
          break
        case 'list_item_close':
          if (this.openItems.pop() === true) this.openTasks.pop()
          break
        case 'tr_open':
          // Table cells' inline tokens carry no map; their row does.
          tableRowLine = lineOf(token)
          break
        case 'inline':
          this.inline(token, token.map ? lineOf(token) : tableRowLine, tokens[index - 1])
          break
        case 'fence':
        case 'code_block':
          this.codeBlocks.push(
            codeBlockOf(token, lineOf(token), this.headings.at(-1)?.title ?? null)
          )
          break
      }
    }
  }

  finish(referenceLabels: Set<string>): Outline {
    // A bracketed placeholder that matches a link reference definition anywhere is a link.
    const placeholders = this.found
      .filter((found) => found.label === undefined || !referenceLabels.has(found.label))
      .map(({ text, line, context }) => ({ text, line, context }))
    return {
      headings: this.headings,
      rootTasks: this.rootTasks,
      codeBlocks: this.codeBlocks,
      placeholders,
      bodies: this.bodies,
      sourceLine: this.sourceLine
    }
  }

  private heading(token: Token, inline: Token | undefined, line: number): void {
    const heading = {
      level: Number(token.tag.slice(1)),
      line,
      title: plainText(inline?.content ?? '')
    }
    this.headings.push(heading)
    this.topLevelLists = 0
    this.body = this.options.keepBody(heading) ? { lines: [], listItems: [] } : null
    if (this.body) this.bodies.set(this.headings.length - 1, this.body)
  }

  private listItem(tokens: Token[], index: number, line: number): void {
    const item = taskItemAt(tokens, index, line, this.openTasks.length, this.sourceLine)
    if (this.body && this.listDepth === 1) {
      const source =
        tokens[index + 1]?.type === 'paragraph_open' ? (tokens[index + 2]?.content ?? '') : ''
      const text = plainText(oneLine(item ? item.text : source))
      this.body.listItems.push({ text, line, list: this.topLevelLists - 1 })
    }
    this.openItems.push(item !== null)
    if (item === null) return
    const parent = this.openTasks.at(-1)
    if (parent) parent.children.push(item)
    else this.rootTasks.push({ item, headingIndex: this.headings.length - 1 })
    this.openTasks.push(item)
  }

  private inline(token: Token, line: number, opener: Token | undefined): void {
    const source = token.content
    for (const placeholder of placeholdersIn(source, line, this.sourceLine))
      this.found.push(placeholder)
    if (this.body && opener?.type !== 'heading_open') {
      source
        .split('\n')
        .forEach((text, offset) => this.body?.lines.push({ text, line: line + offset }))
    }
    if (this.watching && opener?.type === 'paragraph_open' && opener.level === 0) {
      this.watching = !this.options.watchParagraph(source, line)
    }
  }
}

/**
 * A list item is a task when its first block is a paragraph that starts on the list marker's line
 * with a task marker (see task-marker.ts for the exact cmark-gfm rule).
 */
function taskItemAt(
  tokens: Token[],
  index: number,
  markerLine: number,
  depth: number,
  sourceLine: (line: number) => string
): TaskItem | null {
  const listItem = tokens[index]
  const paragraph = tokens[index + 1]
  const inline = tokens[index + 2]
  if (paragraph?.type !== 'paragraph_open' || inline?.type !== 'inline') return null
  if (paragraph.map?.[0] !== listItem?.map?.[0]) return null
  const marker = matchTaskMarker(inline.content, () => sourceLine(markerLine))
  if (marker === null) return null
  const text = marker.rest.includes('\n') ? oneLine(marker.rest) : marker.rest.trim()
  return {
    text,
    checked: marker.checked,
    line: markerLine,
    depth,
    commands: text.includes('`') ? commandsIn(marker.rest, markerLine, commandRole(text)) : [],
    children: []
  }
}

function codeBlockOf(token: Token, line: number, heading: string | null): CodeBlock {
  const fenced = token.type === 'fence'
  const info = fenced ? token.info.trim() : ''
  return {
    lang: (info.split(/\s+/)[0] ?? '').toLowerCase(),
    info,
    text: token.content,
    line,
    contentLine: fenced ? line + 1 : line,
    heading
  }
}
