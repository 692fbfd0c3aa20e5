/**
 * When two versions of an item's text say the same thing. Rule (one home for it):
 * - items match when their words (lower-cased letters and digits, code spans and waiver markup
 *   left out) are the same, or when they share at least half of their words (Jaccard ≥ 0.5);
 * - a matched item's meaning changed when its numbers changed ("1k rps" → "100 rps"), a negation
 *   was added or dropped ("not", "no", "never", "without", "skip"…), or fewer than 70 % of its
 *   words are common to both versions.
 * Pure.
 */
import { maskCodeAndComments, plainText } from '../checklist/inline.js'
import { readWaiver } from '../checklist/waivers.js'
import { UnicodeRegex } from '../unicode-regex.js'

/** Items sharing at least this share of their words are the same item, reworded. */
export const MATCH_SIMILARITY = 0.5
/** A matched item sharing fewer of its words than this changed its meaning. */
export const SAME_MEANING_SIMILARITY = 0.7

const WORD = new UnicodeRegex(() => /[\p{L}\p{N}]+/gu, /[A-Za-z0-9]+/g)
const NUMBER = /\d+(?:[.,]\d+)*[kmKM%]?/g
const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'without',
  'none',
  'nor',
  'cannot',
  'skip',
  'skipped',
  'disable',
  'disabled',
  'ignore',
  'ignored',
  'optional',
  't'
])

/** Words that carry no claim of their own: "Fix all the errors" and "Fix all errors" are one item. */
const FILLER = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'is',
  'are',
  'be'
])

/**
 * The words an item says, in order, filler left out: what matching compares. A waiver's subject
 * stands for the item; code spans are left out (commands are compared as commands).
 */
export function itemWords(text: string): string[] {
  const subject = readWaiver(text)?.subject ?? text
  const prose = plainText(maskCodeAndComments(subject)).toLowerCase()
  return (prose.match(WORD.for(prose)) ?? []).filter((word) => !FILLER.has(word))
}

/** Share of words the two have in common (Jaccard over the sets); 1 for two empty texts. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a)
  const right = new Set(b)
  if (left.size === 0 && right.size === 0) return 1
  let common = 0
  for (const word of left) if (right.has(word)) common++
  return common / (left.size + right.size - common)
}

/** Why the meaning changed between the two texts, or null when it did not. */
export function meaningChange(baseText: string, headText: string): string | null {
  const baseWords = itemWords(baseText)
  const headWords = itemWords(headText)
  const baseNumbers = numbersOf(baseText)
  const headNumbers = numbersOf(headText)
  if (baseNumbers.join(' ') !== headNumbers.join(' ')) {
    return `numbers changed: ${listed(baseNumbers)} → ${listed(headNumbers)}`
  }
  const baseNegations = baseWords.filter((word) => NEGATIONS.has(word))
  const headNegations = headWords.filter((word) => NEGATIONS.has(word))
  if (baseNegations.join(' ') !== headNegations.join(' ')) {
    return `negation changed: ${listed(baseNegations)} → ${listed(headNegations)}`
  }
  const shared = similarity(baseWords, headWords)
  if (shared < SAME_MEANING_SIMILARITY) {
    return `only ${Math.round(shared * 100)}% of the words are the same`
  }
  return null
}

function numbersOf(text: string): string[] {
  const subject = readWaiver(text)?.subject ?? text
  return maskCodeAndComments(subject).match(NUMBER) ?? []
}

function listed(values: readonly string[]): string {
  return values.length === 0 ? '(none)' : values.join(', ')
}
