/**
 * GitHub's size limits per surface, and the last-resort trim that keeps a Markdown document under
 * one while leaving it well-formed (no open code fence, no open <details>).
 */
import {
  CHECK_RUN_OUTPUT_MAX_BYTES,
  COMMENT_BODY_MAX_CHARS,
  JOB_SUMMARY_MAX_BYTES,
  STATUS_DESCRIPTION_MAX_CHARS
} from '../github/limits.js'
import { truncate } from '../linear-text.js'

export interface Budget {
  limit: number
  /** chars: UTF-16 code units (never fewer than GitHub's characters); bytes: UTF-8 bytes. */
  unit: 'chars' | 'bytes'
}

/** Room left for the hidden marker line the publisher prepends to the comment. */
export const COMMENT_BUDGET = COMMENT_BODY_MAX_CHARS - 200

export const BUDGETS = {
  /** Issue comment body, minus the marker line. */
  comment: { limit: COMMENT_BUDGET, unit: 'chars' },
  checkSummary: { limit: CHECK_RUN_OUTPUT_MAX_BYTES, unit: 'bytes' },
  checkText: { limit: CHECK_RUN_OUTPUT_MAX_BYTES, unit: 'bytes' },
  jobSummary: { limit: JOB_SUMMARY_MAX_BYTES, unit: 'bytes' },
  statusDescription: { limit: STATUS_DESCRIPTION_MAX_CHARS, unit: 'chars' }
} as const satisfies Record<string, Budget>

export const TRUNCATION_NOTE =
  '> **Note:** report truncated; full JSON report in the artifact/report file.'

export function measure(text: string, unit: Budget['unit']): number {
  return unit === 'chars' ? text.length : Buffer.byteLength(text, 'utf8')
}

export function fits(text: string, budget: Budget): boolean {
  // Cheap exits first: a UTF-8 byte count is at least the code-unit count / 2 and at most × 3.
  if (budget.unit === 'bytes' && text.length * 3 <= budget.limit) return true
  return measure(text, budget.unit) <= budget.limit
}

interface OpenBlocks {
  /** The opening fence of the code block we are in ("````"), or null. */
  fence: string | null
  /** <details> elements opened and not yet closed. */
  details: number
}

/**
 * Returns `markdown` if it fits; otherwise its longest prefix that ends at a line boundary and,
 * with the code fence and <details> closed that it leaves open plus the truncation note, fits.
 * Our renderers put <details>, </details> and fences on lines of their own, and untrusted text
 * can produce neither outside a fence (see inert-markdown.ts), so a line scan tracks them exactly.
 */
export function trimToBudget(markdown: string, budget: Budget): string {
  if (fits(markdown, budget)) return markdown
  const note = `\n\n${TRUNCATION_NOTE}\n`
  const available = budget.limit - measure(note, budget.unit)
  const lines = markdown.split('\n')
  const state: OpenBlocks = { fence: null, details: 0 }
  let used = 0
  let best = { lines: 0, closing: '' }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    used += measure(line, budget.unit) + (i === 0 ? 0 : 1)
    if (used > available) break
    track(line, state)
    const closing = closingFor(state)
    if (used + measure(closing, budget.unit) <= available) best = { lines: i + 1, closing }
  }
  return `${lines.slice(0, best.lines).join('\n')}${best.closing}${note}`
}

/** Cuts a one-line text to `budget` with "…" (status descriptions, titles). */
export function fitLine(text: string, limit: number): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), limit)
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/

function track(line: string, state: OpenBlocks): void {
  if (state.fence !== null) {
    const fence = state.fence
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`)
    if (close.test(line)) state.fence = null
    return
  }
  const open = FENCE_OPEN.exec(line)
  if (open !== null) {
    state.fence = open[1]!
    return
  }
  const tag = line.trim()
  if (/^<details(?:\s[^>]*)?>$/i.test(tag)) state.details++
  else if (/^<\/details>$/i.test(tag) && state.details > 0) state.details--
}

function closingFor(state: OpenBlocks): string {
  const fence = state.fence === null ? '' : `\n${state.fence}`
  return `${fence}${'\n\n</details>'.repeat(state.details)}`
}
