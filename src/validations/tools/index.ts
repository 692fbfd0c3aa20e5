import type { ToolParser } from './types.js'
import { genericParser } from './generic.js'
import { cargoAuditParser } from './cargo-audit.js'
import { cargoBuildParser } from './cargo-build.js'
import { cargoTestParser } from './cargo-test.js'
import { cliCheckParser } from './cli-check.js'
import { clippyParser } from './clippy.js'
import { npmAuditParser } from './npm-audit.js'
import { npmBuildParser } from './npm-build.js'
import { npmTestParser } from './npm-test.js'
import { rustfmtParser } from './rustfmt.js'

/**
 * Parsers in the order they are tried; the first whose matches() is true wins. A step often runs
 * several commands ("cargo clean && cargo build"), so the more specific tools come first: clippy
 * and cargo test also build, and a `--version` check is recognised only when nothing else is.
 */
const PARSERS: readonly ToolParser[] = [
  rustfmtParser,
  clippyParser,
  cargoAuditParser,
  cargoTestParser,
  cargoBuildParser,
  npmAuditParser,
  npmTestParser,
  npmBuildParser,
  cliCheckParser
]

/** The parser for a command's output; the generic one (exit code and line count) when none matches. */
export function toolFor(command: string): ToolParser {
  return PARSERS.find((parser) => parser.matches(command)) ?? genericParser
}

/** Every parser, in the order toolFor tries them (the generic one last). */
export const TOOL_PARSERS: readonly ToolParser[] = [...PARSERS, genericParser]
