/**
 * What the document claims about itself: a "Current Status" / "Status" / "Readiness Status"
 * section with `**Overall Readiness:** NOT READY`, `**Last Validation:** …`, `**Next Steps:** …`
 * and a Blockers list (under a "Blockers" heading, or after a `**Blockers:**` label, inside the
 * status section or in the heading right after it). When no such section exists, the first bold
 * `**Overall Readiness:**`/`**Status:**` field in a top-level paragraph is taken as the claim.
 */
import type { DeclaredBlocker, DeclaredStatus } from './model.js'
import { fieldsInBody, fieldsInLine, type Field } from './fields.js'
import { plainText } from './inline.js'
import { trimMatching } from '../linear-text.js'
import { UnicodeRegex } from '../unicode-regex.js'
import type { BodyFilter, HeadingEntry, Outline, ParagraphWatcher, SectionBody } from './outline.js'

const STATUS_TITLE =
  /^(?:(?:current|overall|readiness|deployment|release|production|project|launch)\s+)*status$/i
const READINESS_LABEL =
  /^(?:(?:overall|deployment|release|production|launch)\s+)?(?:readiness|status)(?:\s+status)?$|^verdict$/i
const LAST_VALIDATION_LABEL =
  /^last\s+(?:validation|validated|verified|verification|checked|check|run)$/i
const NEXT_STEPS_LABEL = /^next\s+steps?$/i
const BLOCKERS = /\bblockers?\b/i

export const NOT_LETTER = new UnicodeRegex(() => /\P{L}/u, /[^A-Za-z]/)

const isStatusLabel = (label: string): boolean =>
  READINESS_LABEL.test(label) ||
  LAST_VALIDATION_LABEL.test(label) ||
  NEXT_STEPS_LABEL.test(label) ||
  BLOCKERS.test(label)

function isStatusHeading(heading: HeadingEntry): boolean {
  return STATUS_TITLE.test(trimMatching(heading.title, NOT_LETTER.for(heading.title)))
}

/**
 * Which section bodies findDeclaredStatus reads: status sections, every section inside their span,
 * and "Blockers" sections. Stateful (it follows the spans), so it must see every heading in order.
 */
export function statusBodyFilter(): BodyFilter {
  let spanLevel: number | null = null
  return (heading) => {
    if (spanLevel !== null && heading.level <= spanLevel) spanLevel = null
    if (isStatusHeading(heading)) spanLevel ??= heading.level
    return spanLevel !== null || BLOCKERS.test(heading.title)
  }
}

/** Watches top-level paragraphs for the first readiness field, for documents without a status section. */
export class ReadinessFieldFallback {
  private found: DeclaredStatus | null = null

  readonly watch: ParagraphWatcher = (source, line) => {
    if (!source.includes('**') && !source.includes('__')) return false
    const lines = source.split('\n')
    for (let offset = 0; offset < lines.length && this.found === null; offset++) {
      const fields = fieldsInLine(lines[offset] ?? '', line + offset, () => false)
      const readiness = fields.find(
        (field) => READINESS_LABEL.test(field.label) && field.value !== ''
      )
      if (readiness)
        this.found = { ...claimsIn(fields, readiness), line: readiness.line, blockers: [] }
    }
    return this.found !== null
  }

  get status(): DeclaredStatus | null {
    return this.found
  }
}

export function findDeclaredStatus(
  outline: Outline,
  fallback: ReadinessFieldFallback
): DeclaredStatus | null {
  const index = outline.headings.findIndex(isStatusHeading)
  if (index === -1) return fallback.status
  const spanEnd = spanEndIndex(outline.headings, index)
  const spanBodies = range(index, spanEnd).map((heading) => outline.bodies.get(heading))
  const fields = spanBodies.flatMap((body) => fieldsInBody(body, isStatusLabel))
  const readiness = fields.find((field) => READINESS_LABEL.test(field.label))
  return {
    ...claimsIn(fields, readiness),
    line: outline.headings[index]!.line,
    blockers: blockersNear(outline, index, spanEnd, fields, spanBodies)
  }
}

function claimsIn(
  fields: Field[],
  readiness: Field | undefined
): Pick<DeclaredStatus, 'overallReadiness' | 'ready' | 'lastValidation' | 'nextSteps'> {
  const overallReadiness = valueOf(readiness)
  return {
    overallReadiness,
    ready: overallReadiness === null ? null : readinessOf(overallReadiness),
    lastValidation: valueOf(fields.find((field) => LAST_VALIDATION_LABEL.test(field.label))),
    nextSteps: valueOf(fields.find((field) => NEXT_STEPS_LABEL.test(field.label)))
  }
}

/** READY / GO / APPROVED → true; NOT READY / BLOCKED / NO-GO (checked first) → false. */
export function readinessOf(value: string): boolean | null {
  const text = value.toUpperCase()
  if (
    /\bNOT[\s_-]*(?:READY|APPROVED|PASS)|\bBLOCKED\b|\bNO[\s_-]*GO\b|\bREJECTED\b|\bFAIL/.test(text)
  ) {
    return false
  }
  if (/\bREADY\b|\bGO\b|\bAPPROVED\b|\bPASS(?:ED|ING)?\b/.test(text)) return true
  return null
}

function valueOf(field: Field | undefined): string | null {
  const value = field ? plainText(field.value) : ''
  return value === '' ? null : value
}

/** Index of the first heading after `index` that is not deeper than it (headings.length if none). */
function spanEndIndex(headings: HeadingEntry[], index: number): number {
  const level = headings[index]!.level
  let end = index + 1
  while (end < headings.length && headings[end]!.level > level) end++
  return end
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, offset) => from + offset)
}

function blockersNear(
  outline: Outline,
  statusIndex: number,
  spanEnd: number,
  fields: Field[],
  spanBodies: (SectionBody | undefined)[]
): DeclaredBlocker[] {
  for (let index = statusIndex + 1; index <= spanEnd && index < outline.headings.length; index++) {
    if (BLOCKERS.test(outline.headings[index]!.title))
      return blockersOf(outline.bodies.get(index)?.listItems ?? [])
  }
  const label = fields.find((field) => BLOCKERS.test(field.label) && field.value === '')
  if (label === undefined) return []
  // The list that follows the label in the same section.
  const body = spanBodies.find((candidate) =>
    candidate?.lines.some((line) => line.line === label.line)
  )
  const after = body?.listItems.filter((item) => item.line > label.line) ?? []
  return blockersOf(after.filter((item) => item.list === after[0]?.list))
}

function blockersOf(items: { text: string; line: number }[]): DeclaredBlocker[] {
  return items.map(({ text, line }) => ({ text, line }))
}
