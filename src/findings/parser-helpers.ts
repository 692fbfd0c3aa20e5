/**
 * Small, pure helpers shared by the tool parsers: bounded finding lists, paths
 * and wording. Recognising commands in a step is in tool-for-command.ts.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Finding } from '../validations/model.js'
import { MAX_FINDINGS } from './types.js'

/**
 * The characters `.` in a regex does not match. A pattern built only of `.`, literals and digit
 * classes can never match a line holding one, yet a search for it may retry a `.*` up to that
 * character from every candidate position (quadratic on a 100,000-character line): the parsers
 * test for one first instead.
 */
const LINE_BREAK = /[\n\r\u2028\u2029]/

/** True when `text` holds a line terminator, which `.` in a regex does not match. */
export function hasLineBreak(text: string): boolean {
  return LINE_BREAK.test(text)
}

/** Where a `:line:column` ends a line: `index` is the position of the colon before `line`. */
export interface TrailingPosition {
  index: number
  line: number
  column: number
}

/** How many ASCII digits end `text` before `end`. */
function digitsBefore(text: string, end: number): number {
  let start = end
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--
  return end - start
}

/**
 * The `:line:column` that ends `text`, before one optional `closer` (the `)` of a stack frame),
 * as `(.+?):(\d+):(\d+)\)?$` splits it; the caller checks that something comes before it. Read
 * from the end, so a line with many colons or parentheses is not searched again from each one.
 */
export function trailingPosition(text: string, closer: string): TrailingPosition | null {
  const end = text.endsWith(closer) ? text.length - closer.length : text.length
  const columnStart = end - digitsBefore(text, end)
  if (columnStart === end || text[columnStart - 1] !== ':') return null
  const lineEnd = columnStart - 1
  const lineStart = lineEnd - digitsBefore(text, lineEnd)
  if (lineStart === lineEnd || text[lineStart - 1] !== ':') return null
  return {
    index: lineStart - 1,
    line: Number(text.slice(lineStart, lineEnd)),
    column: Number(text.slice(columnStart, end))
  }
}

/** Keeps at most `limit` findings and counts the rest. */
export class FindingList {
  private readonly kept: Finding[] = []
  private dropped = 0

  constructor(private readonly limit: number = MAX_FINDINGS) {}

  add(finding: Finding): void {
    if (this.kept.length < this.limit) this.kept.push(finding)
    else this.dropped++
  }

  get size(): number {
    return this.kept.length + this.dropped
  }

  get findings(): Finding[] {
    return this.kept
  }

  get droppedCount(): number {
    return this.dropped
  }
}

/**
 * A path as the tool printed it, made relative to the step's cwd when it is absolute and lies
 * under it; `file://` URLs (node stack traces) become paths first.
 */
export function relativeToCwd(file: string, cwd: string | undefined): string {
  let resolved = file
  if (resolved.startsWith('file://')) {
    try {
      resolved = fileURLToPath(resolved)
    } catch {
      return file
    }
  }
  if (cwd === undefined || !path.isAbsolute(resolved)) return resolved
  const relative = path.relative(cwd, resolved)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return resolved
  return relative.split(path.sep).join('/')
}

/** What a summary says when the tool failed without anything more specific to report. */
export function exitDescription(exitCode: number | null): string {
  return exitCode === null ? 'killed' : `exit ${exitCode}`
}

/**
 * Cuts a message to one readable line for findings and summaries. Only a window a few times the
 * limit is flattened: a regex over a 5 MB value of tool output costs time and can exhaust the
 * regex engine's stack.
 */
export function oneLine(text: string, limit = 300): string {
  const start = text.trimStart()
  const window = start.slice(0, limit * 4)
  const flat = window.replace(/\s+/g, ' ').trim()
  const more = start.length > window.length && start.slice(window.length).trim() !== ''
  return flat.length <= limit && !more ? flat : `${flat.slice(0, limit - 1)}…`
}
