/**
 * A regex with Unicode property classes (`\p{L}`, `\p{N}`, `\p{P}`, `\p{S}`) and its ASCII twin.
 *
 * V8 compiles such a regex slowly: about a millisecond the first time it runs, several for a
 * case-insensitive one with lookbehinds. A run parses one checklist once, so compiling is most of
 * what these regexes cost it. On ASCII text, which most checklists are, a twin written with the
 * classes' ASCII members (`[A-Za-z]` for `\p{L}`, `[0-9]` for `\p{N}`, the 32 ASCII punctuation
 * marks for `[\p{P}\p{S}]`) and without the `u` flag finds exactly the same matches, and compiles
 * in a fraction of the time. Text with any other character is searched with the Unicode regex.
 * Tests check that each twin agrees with its Unicode regex on ASCII text.
 */
const NON_ASCII = /[\u0080-\uffff]/

export class UnicodeRegex {
  #unicode: RegExp | (() => RegExp)

  constructor(
    /**
     * The regex as meant, for any text; or a function that makes it, called when first needed:
     * creating a regex with Unicode property classes costs V8 up to a few tenths of a millisecond
     * even if it never runs, and on ASCII text it never does.
     */
    unicode: RegExp | (() => RegExp),
    /** The same regex for ASCII text only. */
    readonly ascii: RegExp
  ) {
    this.#unicode = unicode
  }

  /** The regex as meant, for any text. */
  get unicode(): RegExp {
    if (typeof this.#unicode === 'function') this.#unicode = this.#unicode()
    return this.#unicode
  }

  /** The regex to search `text` with: the ASCII twin when `text` is ASCII. */
  for(text: string): RegExp {
    return NON_ASCII.test(text) ? this.unicode : this.ascii
  }
}
