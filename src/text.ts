/**
 * Text helpers that stay linear on hostile input. Trimming with a regex such as `/[x]+$/` retries
 * from every position of a long run that is not at the end (quadratic); these loop once instead.
 */

/** The last code point ending at `end` (a surrogate pair counts as one). */
function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1)
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(end - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end)
  }
  return text.slice(end - 1, end)
}

/** `text` without its trailing code points that `unwanted` (one code point, no `g` flag) matches. */
export function trimEndMatching(text: string, unwanted: RegExp): string {
  let end = text.length
  while (end > 0) {
    const last = codePointBefore(text, end)
    if (!unwanted.test(last)) break
    end -= last.length
  }
  return text.slice(0, end)
}

/** `text` without its leading and trailing code points that `unwanted` matches. */
export function trimMatching(text: string, unwanted: RegExp): string {
  let start = 0
  while (start < text.length) {
    const first = String.fromCodePoint(text.codePointAt(start) ?? 0)
    if (!unwanted.test(first)) break
    start += first.length
  }
  return trimEndMatching(text.slice(start), unwanted)
}

/** How many times `char` (one UTF-16 unit) repeats at the end of `text`. */
export function trailingRun(text: string, char: string): number {
  let count = 0
  while (count < text.length && text[text.length - 1 - count] === char) count++
  return count
}
