/**
 * Waivers written in the checklist, in a form that reads well on github.com:
 *
 *   - [x] ~~Load test at 1k rps~~ N/A: no public endpoint yet — approved by @lead until 2027-01-31
 *
 * Rule: an item is a waiver when its text (outside code spans) holds a marker `N/A:`, `Waived:`
 * or `Waiver:`. What the item waives is the struck-through text (`~~…~~`) when there is one,
 * else the text before the marker. After the marker: the reason, then optionally
 * `approved by @login` and `until YYYY-MM-DD` (also `expires YYYY-MM-DD`), in any order.
 * Whether the waiver holds (reason, approver, expiry) is judged in readiness/waivers.ts; this
 * module only reads what is written. Pure.
 */
import { maskCodeAndComments, plainText } from './inline.js'

/** What a waiver says, as written; null fields were not written. */
export interface WrittenWaiver {
  /** The waived item's own text, e.g. "Load test at 1k rps" (Markdown source, trimmed). */
  subject: string
  reason: string | null
  /** The approver's login without the @, as written. */
  approver: string | null
  /** `YYYY-MM-DD` as written (the waiver holds through that day, UTC); null when none. */
  expires: string | null
}

const MARKER = /(?:^|[\s(—–-])(N\/A|waived|waiver)\s*:/i
const MAYBE_MARKER = /n\/a|waive/i
const STRUCK = /~~([^~]+)~~/
const APPROVER = /\bapproved\s+by\s+@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/i
const EXPIRY = /\b(?:until|expires?(?:\s+on)?)\s+(\d{4}-\d{2}-\d{2})\b/i
/** Separators and punctuation left around a reason once the clauses are taken out. */
const EDGE_CHARACTERS = new Set([' ', '\t', '\n', '—', '–', ',', ';', '.', ':', '-'])

/** The text without separators at either end (a loop: an anchored regex would be quadratic). */
function trimSeparators(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && EDGE_CHARACTERS.has(text[start]!)) start++
  while (end > start && EDGE_CHARACTERS.has(text[end - 1]!)) end--
  return text.slice(start, end)
}

/** The waiver an item's text writes, or null when it writes none. */
export function readWaiver(text: string): WrittenWaiver | null {
  // Most items name no waiver: a cheap look for the markers' letters before any masking.
  if (!MAYBE_MARKER.test(text)) return null
  // Markers inside code spans (`echo N/A: x`) are data, not waivers: found on a masked copy of
  // the same length, then read from the original.
  const masked = maskCodeAndComments(text)
  const marker = MARKER.exec(masked)
  if (marker === null) return null
  const markerStart = marker.index + marker[0].length - marker[0].trimStart().length
  const before = text.slice(0, markerStart)
  const after = text.slice(marker.index + marker[0].length)
  const struck = STRUCK.exec(before)
  const subject = trimSeparators(struck?.[1] ?? before)
  const approver = APPROVER.exec(after)
  const expiry = EXPIRY.exec(after)
  let reason = after
  for (const clause of [approver, expiry]) {
    if (clause !== null) reason = reason.replace(clause[0], ' ')
  }
  reason = trimSeparators(plainText(reason))
  return {
    subject,
    reason: reason === '' ? null : reason,
    approver: approver?.[1] ?? null,
    expires: expiry?.[1] ?? null
  }
}

/** A real calendar date `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (match === null) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().startsWith(value)
}
