/**
 * Priority labels in headings: `(MUST COMPLETE)`, `(STRONGLY RECOMMENDED)`, `P0`, `Critical`,
 * `High Priority`, `Optional`… mapped to a level. A parenthesised or bracketed label is preferred
 * (it is what checklists use to state priority); otherwise the first keyword in the text wins.
 * Bare words that are common in ordinary titles ("Must", "High", "Low") count only inside
 * parentheses or brackets, or followed by "priority".
 */
import type { Priority, PriorityLevel } from './model.js'
import { UnicodeRegex } from '../unicode-regex.js'

interface Vocabulary {
  level: Exclude<PriorityLevel, 'none'>
  pattern: string
}

// Longest phrases first: alternation order decides between "strongly recommended" and "recommended".
const LABEL_VOCABULARY: Vocabulary[] = [
  { level: 'high', pattern: 'strongly\\s+recommended' },
  { level: 'low', pattern: 'nice[\\s-]+to[\\s-]+have' },
  { level: 'critical', pattern: 'must[\\s-]+(?:complete|have|fix)' },
  { level: 'critical', pattern: 'p0' },
  { level: 'high', pattern: 'p1' },
  { level: 'medium', pattern: 'p2' },
  { level: 'low', pattern: 'p3' },
  { level: 'critical', pattern: 'critical' },
  { level: 'critical', pattern: 'blockers?' },
  { level: 'critical', pattern: 'blocking' },
  { level: 'critical', pattern: 'required' },
  { level: 'critical', pattern: 'mandatory' },
  { level: 'high', pattern: 'important' },
  { level: 'high', pattern: 'high(?:[\\s-]+priority)?' },
  { level: 'medium', pattern: 'recommended' },
  { level: 'medium', pattern: 'medium(?:[\\s-]+priority)?' },
  { level: 'medium', pattern: 'should(?:[\\s-]+have)?' },
  { level: 'low', pattern: 'low(?:[\\s-]+priority)?' },
  { level: 'low', pattern: 'optional' },
  { level: 'low', pattern: 'could[\\s-]+have' },
  { level: 'critical', pattern: 'must' }
]

/** In running text, the ambiguous single words need "priority" after them. */
const TEXT_VOCABULARY: Vocabulary[] = LABEL_VOCABULARY.filter(
  (entry) => !['must', 'should(?:[\\s-]+have)?'].includes(entry.pattern)
).map((entry) => ({
  ...entry,
  pattern: entry.pattern.replace('(?:[\\s-]+priority)?', '[\\s-]+priority')
}))

function keywordRegex(vocabulary: Vocabulary[]): UnicodeRegex {
  const alternatives = vocabulary.map((entry) => `(${entry.pattern})`).join('|')
  // A keyword is a whole word: no letter or digit of any script touches it.
  // "not required", "non-critical" and "un-blocking" are the opposite of the keyword.
  const keyword = (letterOrDigit: string): string =>
    `(?<!${letterOrDigit})(?<!\\bnot\\s)(?<!\\bnon-?)(?:${alternatives})(?!${letterOrDigit})`
  // The Unicode regex is made only for a text that is not ASCII (see UnicodeRegex).
  return new UnicodeRegex(
    () => new RegExp(keyword('[\\p{L}\\p{N}]'), 'iu'),
    new RegExp(keyword('[A-Za-z0-9]'), 'i')
  )
}

export const LABEL_KEYWORD = keywordRegex(LABEL_VOCABULARY)
export const TEXT_KEYWORD = keywordRegex(TEXT_VOCABULARY)
const GROUPS = /\(([^()]*)\)|\[([^[\]]*)\]/g

const NO_PRIORITY: Priority = { label: null, level: 'none' }

export interface PriorityInHeading {
  priority: Priority
  /** The `(…)`/`[…]` group that held the label, to remove from the title; null otherwise. */
  group: string | null
}

export function priorityInHeading(text: string): PriorityInHeading {
  for (const match of text.matchAll(GROUPS)) {
    const inner = (match[1] ?? match[2] ?? '').trim()
    const level = levelOf(LABEL_KEYWORD, LABEL_VOCABULARY, inner)
    if (level !== null) return { priority: { label: inner, level: level.level }, group: match[0] }
  }
  const level = levelOf(TEXT_KEYWORD, TEXT_VOCABULARY, text)
  if (level !== null) return { priority: { label: level.matched, level: level.level }, group: null }
  return { priority: NO_PRIORITY, group: null }
}

function levelOf(
  regex: UnicodeRegex,
  vocabulary: Vocabulary[],
  text: string
): { level: Exclude<PriorityLevel, 'none'>; matched: string } | null {
  const match = regex.for(text).exec(text)
  if (match === null) return null
  // Exactly one alternative's group took part in the match: it names the vocabulary entry.
  const entry = vocabulary.find((_entry, index) => match[index + 1] !== undefined)
  return entry === undefined ? null : { level: entry.level, matched: match[0] }
}
