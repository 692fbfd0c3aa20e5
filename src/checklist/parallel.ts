/**
 * A large checklist parsed on several threads, with the same result as parse.ts in one pass.
 *
 * The document is cut into parts at column-0 ATX headings (`## …`), the same places where
 * markdown.ts cuts its chunks: such a heading closes every open list, quote and paragraph, so the
 * part after it parses alone exactly as it does in the whole document. The first part is walked on
 * this thread while worker threads (parse-worker.ts) walk the others; their outlines are joined
 * in document order (outline.ts joinParts). Three things could still differ from one pass, and
 * each is checked; on any of them the document is parsed again in one pass:
 * - a part ends inside a fence or HTML block (the cut was inside it; cuts avoid fences already);
 * - a heading in a later part needs its body kept because of a heading in an earlier part (the
 *   status section's span crosses a cut), which the later part's walk could not know;
 * - a part does not start with the heading it was cut at.
 * A worker that cannot start or fails has its part walked here instead.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Checklist, Command, CommandRole, DeclaredStatus, TaskItem } from './model.js'
import {
  joinParts,
  outlinePart,
  sourceLineReader,
  type OutlinePart,
  type RootTask
} from './outline.js'
import { assembleChecklist, bodyFilter, checklistWalk, parseChecklist } from './parse.js'
import { countNewlines, prepareSource } from './source.js'

/** Parts are at least this long, by default. */
const MIN_PART_CHARS = 512 * 1024

/** At most this many parts (threads), whatever the CPU count. */
const MAX_PARTS = 4

/** One part of a document, as posted to a worker. */
export interface PartRequest {
  text: string
  /** Lines before the part's first line. */
  lineOffset: number
  chunkChars?: number
}

/** A part's outline and the readiness field fallback it found (ReadinessFieldFallback). */
export interface PartResult {
  part: OutlinePart
  fallbackStatus: DeclaredStatus | null
}

/** Walks a part on another thread; resolves to null when that thread fails. */
export type PartRunner = (request: PartRequest) => {
  result: Promise<PartResult | null>
  cancel(): void
}

export interface ParallelOptions {
  /** Runs the parts after the first (workerRunner in production; tests may run them here). */
  runPart: PartRunner
  /** Number of parts, default: the CPU count, at most 4. */
  parts?: number
  /** Parts are at least this long (default 512 KiB; tests use less). */
  minPartChars?: number
  chunkChars?: number
  /** Told why the parts could not be joined, when the document is parsed again in one pass. */
  onFallback?: (reason: string) => void
}

/** Walks one part from scratch: what a worker does (and this thread, when a worker fails). */
export function walkPart(request: PartRequest): PartResult {
  const walk = checklistWalk({ chunkChars: request.chunkChars })
  const part = outlinePart(request.text, request.lineOffset, walk.options)
  return { part, fallbackStatus: walk.fallbackStatus() }
}

/**
 * A part's result as a worker posts it. Structured clone copies ~1.7 µs per object each way, which
 * for 100,000 task items costs more than a third of the time the worker saves; so the task trees
 * travel flat: one string of all texts and one transferable Int32Array (see encodeTasks).
 */
export interface PartMessage {
  part: Omit<OutlinePart, 'rootTasks'>
  tasks: EncodedTasks
  fallbackStatus: DeclaredStatus | null
}

export interface EncodedTasks {
  /** Every item's and command's text, in the order the numbers name them. */
  text: string
  /**
   * Per root: its heading index, then its item. Per item, preorder: line, depth, checked (0/1),
   * text length, command count, child count; per command: role, line, text length; then the
   * children.
   */
  numbers: Int32Array
}

const ROLES: CommandRole[] = ['verify', 'fix', 'mention']

export function toMessage(result: PartResult): PartMessage {
  const { rootTasks, ...part } = result.part
  return { part, tasks: encodeTasks(rootTasks), fallbackStatus: result.fallbackStatus }
}

export function fromMessage(message: PartMessage): PartResult {
  return {
    part: { ...message.part, rootTasks: decodeTasks(message.tasks) },
    fallbackStatus: message.fallbackStatus
  }
}

function encodeTasks(roots: RootTask[]): EncodedTasks {
  const numbers: number[] = []
  const texts: string[] = []
  const encode = (item: TaskItem): void => {
    numbers.push(item.line, item.depth, item.checked ? 1 : 0, item.text.length)
    numbers.push(item.commands.length, item.children.length)
    texts.push(item.text)
    for (const command of item.commands) {
      numbers.push(ROLES.indexOf(command.role), command.line, command.text.length)
      texts.push(command.text)
    }
    for (const child of item.children) encode(child)
  }
  for (const root of roots) {
    numbers.push(root.headingIndex)
    encode(root.item)
  }
  return { text: texts.join(''), numbers: Int32Array.from(numbers) }
}

function decodeTasks({ text, numbers }: EncodedTasks): RootTask[] {
  let at = 0
  let offset = 0
  const take = (length: number): string => text.slice(offset, (offset += length))
  const decode = (): TaskItem => {
    const line = numbers[at++]!
    const depth = numbers[at++]!
    const checked = numbers[at++] === 1
    const itemText = take(numbers[at++]!)
    const commands: Command[] = new Array<Command>(numbers[at++]!)
    const children: TaskItem[] = new Array<TaskItem>(numbers[at++]!)
    for (let index = 0; index < commands.length; index++) {
      const role = ROLES[numbers[at++]!] ?? 'mention'
      const commandLine = numbers[at++]!
      commands[index] = { text: take(numbers[at++]!), role, line: commandLine }
    }
    for (let index = 0; index < children.length; index++) children[index] = decode()
    return { text: itemText, checked, line, depth, commands, children }
  }
  const roots: RootTask[] = []
  while (at < numbers.length) {
    const headingIndex = numbers[at++]!
    roots.push({ item: decode(), headingIndex })
  }
  return roots
}

export async function parseChecklistInParallel(
  text: string,
  file: string,
  options: ParallelOptions
): Promise<Checklist> {
  const source = prepareSource(text)
  const starts = partStarts(
    source,
    options.parts ?? Math.min(availableParallelism(), MAX_PARTS),
    options.minPartChars ?? MIN_PART_CHARS
  )
  const chunkChars = options.chunkChars
  if (starts.length < 2) return parseChecklist(source, file, { chunkChars })

  const requests: PartRequest[] = []
  let lineOffset = countNewlines(source, 0, starts[1])
  for (let index = 1; index < starts.length; index++) {
    const end = starts[index + 1] ?? source.length
    requests.push({ text: source.slice(starts[index], end), lineOffset, chunkChars })
    lineOffset += countNewlines(source, starts[index], end)
  }
  // The other parts start first, so that they run while this thread walks the first.
  const running = requests.map((request) => options.runPart(request))

  const sourceLine = sourceLineReader(source)
  const walk = checklistWalk({ chunkChars })
  const first = outlinePart(source.slice(0, starts[1]), 0, walk.options, sourceLine)
  const onePass = (reason: string): Checklist => {
    options.onFallback?.(reason)
    return parseChecklist(source, file, { chunkChars })
  }
  if (first.endsOpen) {
    for (const run of running) run.cancel()
    return onePass(ENDS_OPEN)
  }
  const results: PartResult[] = []
  for (const [index, run] of running.entries()) {
    results.push((await run.result) ?? walkPart(requests[index]!))
  }
  const parts = [first, ...results.map((result) => result.part)]
  const problem = joinProblem(parts, requests)
  if (problem !== null) return onePass(problem)

  const outline = joinParts(parts, sourceLine)
  const fallbackStatus =
    walk.fallbackStatus() ??
    results.find((result) => result.fallbackStatus !== null)?.fallbackStatus ??
    null
  return assembleChecklist(source, file, outline, fallbackStatus)
}

const ENDS_OPEN = 'a part ends inside a fence or HTML block'

/**
 * Why the parts do not join into what one pass over the document gives (see the top of the file),
 * or null when they do. Drops bodies that one pass would not have kept (none, with today's filter:
 * a part's walk keeps a subset of what one pass keeps, since it starts outside any status span).
 */
function joinProblem(parts: OutlinePart[], requests: PartRequest[]): string | null {
  if (parts.slice(0, -1).some((part) => part.endsOpen)) return ENDS_OPEN
  const keepBody = bodyFilter()
  for (const [index, part] of parts.entries()) {
    const request = requests[index - 1]
    if (request !== undefined && part.headings[0]?.line !== request.lineOffset + 1)
      return 'a part does not start with a heading'
    const kept = new Map(part.bodies)
    const keep = part.headings.map((heading) => keepBody(heading))
    if (keep.some((needed, heading) => needed && !kept.has(heading)))
      return 'a status section spans parts'
    part.bodies = part.bodies.filter(([heading]) => keep[heading] === true)
  }
  return null
}

/**
 * Where parts start: 0, then up to `count - 1` offsets of column-0 ATX heading lines near equal
 * divisions of the text, outside fences (a bash script's `# comment` line is not a heading).
 * Fences are followed with a simple line scan; an HTML block or a fence the scan misreads is
 * caught after parsing (endsOpen).
 */
export function partStarts(text: string, count: number, minPartChars: number): number[] {
  const parts = Math.min(count, Math.floor(text.length / minPartChars))
  if (parts < 2) return [0]
  const starts = [0]
  let target = text.length / parts
  let fence: { marker: string; length: number } | null = null
  const lines = /^(?: {0,3}(`{3,}|~{3,})([^\n]*)|#{1,6}(?=[ \t\n]|$))/gm
  for (const match of text.matchAll(lines)) {
    const [, marker, rest = ''] = match
    if (marker !== undefined) {
      if (fence === null) {
        // An opening backtick fence's info string cannot contain a backtick.
        if (marker[0] === '~' || !rest.includes('`'))
          fence = { marker: marker[0]!, length: marker.length }
      } else if (
        marker[0] === fence.marker &&
        marker.length >= fence.length &&
        rest.trim() === ''
      ) {
        fence = null
      }
      continue
    }
    if (fence !== null || match.index < target) continue
    starts.push(match.index)
    if (starts.length === parts) break
    target = match.index + (text.length - match.index) / (parts - starts.length + 1)
  }
  return starts
}

/** Runs parts in worker threads started from `workerUrl` (the bundled parse-worker.js). */
export function workerRunner(workerUrl: URL): PartRunner {
  return (request) => {
    let worker: Worker
    try {
      worker = new Worker(workerUrl, { workerData: request })
    } catch {
      return { result: Promise.resolve(null), cancel: () => undefined }
    }
    const result = new Promise<PartResult | null>((resolve) => {
      worker.once('message', (message: PartMessage) => {
        resolve(fromMessage(message))
        void worker.terminate()
      })
      // A worker that fails, or exits without posting, has its part walked on this thread.
      worker.once('error', () => {
        resolve(null)
      })
      worker.once('exit', () => {
        resolve(null)
      })
    })
    return {
      result,
      cancel: () => {
        void worker.terminate()
      }
    }
  }
}
