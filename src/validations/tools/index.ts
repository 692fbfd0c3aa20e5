import type { ToolParser } from './types.js'
import { genericParser } from './generic.js'

/** Parsers in the order they are tried; the first whose matches() is true wins. */
const PARSERS: readonly ToolParser[] = []

/** The parser for a command's output; the generic one (exit code and line count) when none matches. */
export function toolFor(command: string): ToolParser {
  return PARSERS.find((parser) => parser.matches(command)) ?? genericParser
}
