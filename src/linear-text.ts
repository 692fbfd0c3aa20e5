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

/** `text` without the run of `char` (one UTF-16 unit) at its end: `/x+$/` in linear time. */
export function trimTrailing(text: string, char: string): string {
  return text.slice(0, text.length - trailingRun(text, char))
}

/** `text` without the runs of `char` (one UTF-16 unit) at both ends: `/^x+|x+$/g` in linear time. */
export function trimRuns(text: string, char: string): string {
  const code = char.charCodeAt(0)
  return trimCodes(text, (unit) => unit === code)
}

/**
 * Every single-quoted (`'…'`) or double-quoted (`"…"`, where a backslash escapes any character,
 * a line break too) part of a shell line replaced by what `replace` returns for it; unclosed
 * quotes stay as they are. Linear: a global regex for the same scans to the end from every
 * unclosed quote (quadratic on a line of many `"\`).
 */
export function replaceQuoted(text: string, replace: (quoted: string) => string): string {
  let out = ''
  let copied = 0
  // Once a quote finds no closing one, no later quote of its kind can (see the loop).
  let singleCloses = true
  let doubleCloses = true
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    let end = -1
    if (char === "'" && singleCloses) {
      end = text.indexOf("'", index + 1)
      singleCloses = end !== -1
    } else if (char === '"' && doubleCloses) {
      end = closingDoubleQuote(text, index + 1)
      doubleCloses = end !== -1
    }
    if (end === -1) continue
    out += text.slice(copied, index) + replace(text.slice(index, end + 1))
    copied = end + 1
    index = end
  }
  return out + text.slice(copied)
}

/**
 * Index of the `"` that closes a double-quoted string whose content starts at `from`, or -1.
 * When there is none, every later `"` up to the end was escaped, and a scan from any of them
 * reads the same escape pairs: none of them has a closing quote either.
 */
function closingDoubleQuote(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const char = text[index]
    if (char === '\\') index++
    else if (char === '"') return index
  }
  return -1
}

/** `text` without its leading and trailing UTF-16 units that `unwanted` (a char code test) holds for. */
export function trimCodes(text: string, unwanted: (code: number) => boolean): string {
  let start = 0
  let end = text.length
  while (start < end && unwanted(text.charCodeAt(start))) start++
  while (end > start && unwanted(text.charCodeAt(end - 1))) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/** Cuts `text` to at most `max` characters (whole code points), ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - 1)
  // Never split a surrogate pair: a lone surrogate renders as U+FFFD.
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  return `${text.slice(0, end)}…`
}
