/**
 * Printing untrusted text (the plan, step names, findings, a command's output) to the Actions log
 * so that the runner honours no workflow command in it.
 *
 * How the runner reads a step's output (actions/runner: Runner.Sdk ProcessInvoker,
 * Runner.Worker OutputManager, ActionCommandManager, Runner.Common ActionCommand):
 * - stdout is cut into lines by .NET's StreamReader.ReadLine: at "\n", "\r\n" and a bare "\r";
 * - a line holding "##[" anywhere, or "::" anywhere, goes to the command parser, which tries the
 *   `::name props::data` form on the line with its leading whitespace trimmed (any Unicode
 *   whitespace: tab, vertical tab, form feed, no-break space, …), then the legacy
 *   `##[name props]data` form found anywhere in the line;
 * - command names match case-insensitively (`::ADD-MASK::` works);
 * - `::stop-commands::TOKEN` ignores every command until a line whose command is TOKEN
 *   (`::TOKEN::` or `##[TOKEN]`, any case).
 *
 * So a pull request's `npm test ##[set-output name=report-path;]/home/runner/.docker/config.json`
 * printed with core.info sets an output, and a tool printing "\r::add-mask::Not ready" masks words.
 * printUntrusted closes both doors:
 * 1. the text is cut into lines exactly where the runner cuts it, and each line is neutralised —
 *    "##[" loses its second "#" to a fullwidth "＃", and a line whose first non-blank characters are
 *    "::" gets a fullwidth "：" for its first colon — so no line is a command even for a runner
 *    without stop-commands (a self-hosted or third-party runner);
 * 2. the lines go out between `::stop-commands::TOKEN` and `::TOKEN::`, TOKEN random (128 bits)
 *    and absent from the text in any case — a fresh one is drawn if it occurs.
 * Fullwidth characters, not zero-width ones: the runner's IndexOf/StartsWith are culture-sensitive
 * (ICU), which skips zero-width characters, but they never equate "＃" with "#" or "：" with ":".
 */
import { randomHex } from '../random.js'
/** Writes one line to the log (the caller adds the line break: core.info, a logger port). */
export type LineWriter = (line: string) => void

/** Draws a stop token. Injectable so a test can make the first draw collide with the text. */
export type TokenSource = () => string

/** 128 random bits. */
export const randomStopToken: TokenSource = () => randomHex(16)

/**
 * Prints `text` so that no line of it is a workflow command. Each call is one window: the runner
 * processes commands again right after it, so the action's own `::group::`, `::warning::` and
 * `::error::` lines must be written outside (never pass them here).
 */
export function printUntrusted(
  write: LineWriter,
  text: string,
  newToken: TokenSource = randomStopToken
): void {
  const lines = runnerLines(text).map(neutraliseLine)
  if (!needsWindow(lines)) {
    for (const line of lines) write(line)
    return
  }
  const token = stopTokenFor(lines.join('\n'), newToken)
  write(`::stop-commands::${token}`)
  for (const line of lines) write(line)
  write(`::${token}::`)
}

/**
 * The text cut where the runner cuts it: "\r\n", "\n" and a bare "\r" each end a line (a final
 * line break ends the last line rather than starting an empty one, as core.info's callers expect).
 */
export function runnerLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

/**
 * Whitespace .NET's String.TrimStart() removes (Char.IsWhiteSpace): the runner trims it before
 * looking for "::", so "\f::add-mask::x" and "\u00a0::add-mask::x" are commands. The separators
 * U+001C–U+001F are added to be safe (older .NET counted them as whitespace).
 */
const DOTNET_WHITESPACE =
  '[\\t\\n\\v\\f\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'
const LEADING_COLONS = new RegExp(`^(${DOTNET_WHITESPACE}*):(?=:)`)
const LEGACY_PREFIX = /##\[/g

/** One line made inert: no "##[" anywhere, no "::" after the leading whitespace. */
export function neutraliseLine(line: string): string {
  return line.replace(LEGACY_PREFIX, '#\uFF03[').replace(LEADING_COLONS, '$1\uFF1A')
}

/**
 * The window costs two log lines: skipped when no line holds a colon or a hash sign, nor anything
 * beyond printable ASCII (whose handling by a culture-sensitive match is not worth reasoning on).
 */
function needsWindow(lines: string[]): boolean {
  return lines.some((line) => /[:#]|[^\t\x20-\x7e]/.test(line))
}

/** A token the text does not contain, in any case (the runner compares it case-insensitively). */
function stopTokenFor(text: string, newToken: TokenSource): string {
  const haystack = text.toLowerCase()
  for (let attempt = 0; attempt < 100; attempt++) {
    const token = newToken()
    if (/^[0-9a-z]{16,}$/i.test(token) && !haystack.includes(token.toLowerCase())) return token
  }
  throw new Error('printUntrusted: the token source gave no usable stop token in 100 draws')
}
