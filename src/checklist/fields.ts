/**
 * "Label: value" fields in paragraph source, as checklists write them:
 * `**Signed:** _____ **Date:** _____`, `**Overall Readiness:** NOT READY`, `Next Steps: …`.
 * A bold label (`**Label:**` or `**Label**:`) always starts a field; a plain `Label:` only when the
 * caller recognises the label, so a colon inside a value does not cut it.
 */
import type { SectionBody } from './outline.js'
import { UnicodeRegex } from '../unicode-regex.js'

export interface Field {
  /** Label without emphasis and colon, e.g. "Signed". */
  label: string
  /** Raw value source, trimmed, e.g. "_________________" or "❌ **NOT READY**". */
  value: string
  line: number
}

const BOLD_LABEL = /(\*\*|__)[ \t]*([^*_\n]*?[^*_\s:])[ \t]*(:?)[ \t]*\1[ \t]*(:?)/g
export const PLAIN_LABEL = new UnicodeRegex(
  () => /(?<=^|[ \t])([\p{L}][\p{L} /-]{0,40}?)[ \t]*:(?=[ \t]|$)/gu,
  /(?<=^|[ \t])([A-Za-z][A-Za-z /-]{0,40}?)[ \t]*:(?=[ \t]|$)/g
)

interface LabelMatch {
  label: string
  start: number
  end: number
}

export function fieldsInLine(
  text: string,
  line: number,
  isKnown: (label: string) => boolean
): Field[] {
  const labels: LabelMatch[] = []
  for (const match of text.matchAll(BOLD_LABEL)) {
    if (match[3] === ':' || match[4] === ':') {
      labels.push({ label: match[2] ?? '', start: match.index, end: match.index + match[0].length })
    }
  }
  for (const match of text.matchAll(PLAIN_LABEL.for(text))) {
    const label = (match[1] ?? '').trim()
    const overlaps = labels.some(
      (bold) => match.index < bold.end && match.index + match[0].length > bold.start
    )
    if (!overlaps && isKnown(label))
      labels.push({ label, start: match.index, end: match.index + match[0].length })
  }
  labels.sort((a, b) => a.start - b.start)
  return labels.map((label, index) => ({
    label: label.label,
    value: text.slice(label.end, labels[index + 1]?.start ?? text.length).trim(),
    line
  }))
}

/** Fields of every paragraph, cell and list-item line of a section body. */
export function fieldsInBody(
  body: SectionBody | undefined,
  isKnown: (label: string) => boolean
): Field[] {
  return (body?.lines ?? []).flatMap(({ text, line }) => fieldsInLine(text, line, isKnown))
}

/** Whether a fill-in value holds something real: not blank, underscores, a placeholder or TBD. */
export function isFilled(value: string): boolean {
  const bare = value.replace(/\*\*|~~/g, '').trim()
  if (bare === '') return false
  // One character or one bracketed token per repetition: no nested quantifier, so no exponential
  // backtracking on "Signed: ______…x".
  const blankish = /^(?:_|\[[^\]]*\]|<[^>]*>|tbd|todo|n\/a|pending|[-–—/.\s])+$/i
  return !blankish.test(bare)
}
