import type { ToolParser } from './types.js'
import { toolIdFor } from './commands.js'
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

/** Every parser but the generic one; toolIdFor (commands.ts) decides which reads a command. */
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
  const id = toolIdFor(command)
  return PARSERS.find((parser) => parser.id === id) ?? genericParser
}

/** Every parser, in the order toolIdFor tries them (the generic one last). */
export const TOOL_PARSERS: readonly ToolParser[] = [...PARSERS, genericParser]
