/**
 * One pass over markdown-it's block tokens, chunk by chunk, that collects what the checklist model
 * is built from: headings, task items (as trees), code blocks, placeholders, and the text of the
 * few sections that sign-offs and the declared status are read from. A `simple_list` token (a
 * plain list read by the fast path, see simple-list.ts) is replayed as the list, item and paragraph
 * tokens it stands for. Tokens are not kept, so a large document's tokens can be freed chunk by
 * chunk. Iterative, with explicit stacks, so deeply nested documents cannot overflow the call
 * stack here.
 */
import type { Token } from 'markdown-it'
import { NONE, type CodeBlock, type Placeholder, type TaskItem } from './model.js'
import { commandRole, commandsIn } from './item-commands.js'
import { oneLine, plainText } from './inline.js'
import { BlockDocument, type BlockParseOptions } from './markdown-blocks.js'
import { placeholdersIn, type FoundPlaceholder } from './placeholders.js'
import { SIMPLE_LIST, type SimpleListItems } from './simple-list.js'
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

export interface OutlineOptions extends BlockParseOptions {
  keepBody: BodyFilter
  watchParagraph: ParagraphWatcher
}

export interface Outline {
  headings: HeadingEntry[]
  rootTasks: RootTask[]
  codeBlocks: CodeBlock[]
  placeholders: Placeholder[]
  /** Keyed by index into headings. */
  bodies: Map<number, SectionBody>
}

export function buildOutline(text: string, options: OutlineOptions): Outline {
  const document = new BlockDocument(text, options)
  const walker = new OutlineWalker((line) => document.sourceLine(line), options)
  const referenceLabels = document.parse((tokens) => {
    walker.walk(tokens)
  })
  return walker.finish(referenceLabels)
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
  /**
   * Closed task items whose parent is still open, in document order: the children of each open
   * task are the entries from the mark it took when it opened. They are copied out when it closes,
   * into an array of exactly their number (a pushed-to array keeps room for 17 or more).
   */
  private readonly closedChildren: TaskItem[] = []
  private readonly childMarks: number[] = []
  private listDepth = 0
  private topLevelLists = 0
  private body: SectionBody | null = null
  private watching = true

  constructor(
    private readonly sourceLine: (line: number) => string,
    private readonly options: OutlineOptions
  ) {}

  walk(tokens: Token[]): void {
    let tableRowLine = 0
    const lineOf = (token: Token | undefined): number => (token?.map?.[0] ?? 0) + 1
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      switch (token.type) {
        case 'heading_open':
          this.heading(token, tokens[index + 1], lineOf(token))
          break
        case 'bullet_list_open':
        case 'ordered_list_open':
          this.openList()
          break
        case 'bullet_list_close':
        case 'ordered_list_close':
          this.closeList()
          break
        case 'list_item_open':
          this.listItem(tokens, index, lineOf(token))
          break
        case 'list_item_close':
          this.closeItem()
          break
        case SIMPLE_LIST:
          this.simpleList(token.meta as SimpleListItems)
          break
        case 'tr_open':
          // Table cells' inline tokens carry no map; their row does.
          tableRowLine = lineOf(token)
          break
        case 'inline': {
          const opener = tokens[index - 1]
          this.inline(
            token.content,
            token.map ? lineOf(token) : tableRowLine,
            opener?.type === 'heading_open',
            opener?.type === 'paragraph_open' && opener.level === 0
          )
          break
        }
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
      bodies: this.bodies
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

  private openList(): void {
    if (++this.listDepth === 1) this.topLevelLists++
  }

  private closeList(): void {
    this.listDepth--
  }

  /** A list item's tokens: its first block decides whether it is a task. */
  private listItem(tokens: Token[], index: number, line: number): void {
    const paragraph = tokens[index + 1]
    const inline = tokens[index + 2]
    const first = paragraph?.type === 'paragraph_open' ? (inline?.content ?? '') : null
    // A task marker counts only on the list marker's own line.
    this.openItem(first, paragraph?.map?.[0] === tokens[index]?.map?.[0], line)
  }

  /**
   * @param paragraph the source of the item's first paragraph, or null when its first block is
   *   something else (or it is empty)
   * @param onMarkerLine whether that paragraph starts on the list marker's line
   */
  private openItem(paragraph: string | null, onMarkerLine: boolean, line: number): void {
    const item =
      paragraph !== null && onMarkerLine
        ? taskItemFrom(paragraph, line, this.openTasks.length, this.sourceLine)
        : null
    if (this.body && this.listDepth === 1) {
      const text = plainText(oneLine(item ? item.text : (paragraph ?? '')))
      this.body.listItems.push({ text, line, list: this.topLevelLists - 1 })
    }
    if (item === null && paragraph !== null) this.plainBulletCommands(paragraph, line)
    this.openItems.push(item !== null)
    if (item === null) return
    if (this.openTasks.length === 0)
      this.rootTasks.push({ item, headingIndex: this.headings.length - 1 })
    this.openTasks.push(item)
    this.childMarks.push(this.closedChildren.length)
  }

  /**
   * A plain bullet directly under a task item that says `Verify: \`cmd\`` or `Run: \`cmd\``
   * (no checkbox of its own): GitHub shows it under the item, so its commands are the item's.
   */
  private plainBulletCommands(paragraph: string, line: number): void {
    const parent = this.openItems.at(-1) === true ? this.openTasks.at(-1) : undefined
    if (parent === undefined || !paragraph.includes('`')) return
    const role = commandRole(oneLine(paragraph))
    if (role === 'mention') return
    const commands = commandsIn(paragraph, line, role)
    if (commands.length === 0) return
    // Appended in place (a copy per bullet would make many bullets quadratic).
    if (parent.commands === NONE) parent.commands = []
    parent.commands.push(...commands)
  }

  private closeItem(): void {
    if (this.openItems.pop() !== true) return
    const item = this.openTasks.pop()!
    const mark = this.childMarks.pop()!
    const children = this.closedChildren
    if (children.length > mark) {
      item.children = children.slice(mark)
      children.length = mark
    }
    if (this.openTasks.length > 0) children.push(item)
  }

  /**
   * A `simple_list` token (see simple-list.ts): the same calls, in the same order, as the list,
   * item and paragraph tokens markdown-it gives for that list.
   */
  private simpleList({ lines, depths, contents }: SimpleListItems): void {
    let depth = -1
    for (let index = 0; index < lines.length; index++) {
      const itemDepth = depths[index]!
      if (itemDepth > depth) {
        this.openList()
      } else {
        this.closeItem()
        for (let level = depth; level > itemDepth; level--) {
          this.closeList()
          this.closeItem()
        }
      }
      const line = lines[index]! + 1
      const content = contents[index]!
      this.openItem(content, true, line)
      this.inline(content, line, false, false)
      depth = itemDepth
    }
    this.closeItem()
    for (let level = depth; level > 0; level--) {
      this.closeList()
      this.closeItem()
    }
    this.closeList()
  }

  /**
   * The inline source of a paragraph, heading or table cell.
   * @param topLevelParagraph a paragraph directly in the document (not in a list or quote)
   */
  private inline(source: string, line: number, heading: boolean, topLevelParagraph: boolean): void {
    for (const placeholder of placeholdersIn(source, line, this.sourceLine))
      this.found.push(placeholder)
    if (this.body && !heading) {
      source
        .split('\n')
        .forEach((text, offset) => this.body?.lines.push({ text, line: line + offset }))
    }
    if (this.watching && topLevelParagraph) {
      this.watching = !this.options.watchParagraph(source, line)
    }
  }
}

/**
 * A list item is a task when its first block is a paragraph that starts on the list marker's line
 * with a task marker (see task-marker.ts for the exact cmark-gfm rule).
 */
function taskItemFrom(
  paragraph: string,
  markerLine: number,
  depth: number,
  sourceLine: (line: number) => string
): TaskItem | null {
  const marker = matchTaskMarker(paragraph, () => sourceLine(markerLine))
  if (marker === null) return null
  const text = marker.rest.includes('\n') ? oneLine(marker.rest) : marker.rest.trim()
  return {
    text,
    checked: marker.checked,
    line: markerLine,
    depth,
    commands: text.includes('`') ? commandsIn(marker.rest, markerLine, commandRole(text)) : NONE,
    children: NONE
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
