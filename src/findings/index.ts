import type { OutputReader, ToolParser } from './types.js'
import { toolIdFor } from './tool-for-command.js'
import { CombinedCollector } from './combine.js'
import { biomeReader } from './biome.js'
import { buildErrorReader } from './build-errors.js'
import { cargoAuditParser } from './cargo-audit.js'
import { cargoBuildParser } from './cargo-build.js'
import { cargoTestParser } from './cargo-test.js'
import { cliCheckParser } from './cli-check.js'
import { clippyParser } from './clippy.js'
import { coverageReader } from './coverage.js'
import { esbuildReader } from './esbuild.js'
import { eslintReader } from './eslint.js'
import { goDiagnosticsReader, goTestReader } from './go-output.js'
import { golangciLintReader } from './golangci-lint.js'
import { jestReader } from './jest-output.js'
import { locatedLinesReader } from './located-lines.js'
import { mochaReader } from './mocha.js'
import { nodeTestReader } from './node-test-output.js'
import { npmAuditParser } from './npm-audit.js'
import { pipAuditReader } from './pip-audit.js'
import { prettierReader } from './prettier.js'
import { pytestReader } from './pytest.js'
import { reportOutputReader } from './report-files.js'
import { flake8Reader, mypyReader, pylintReader, pyrightReader } from './python-lint.js'
import { ruffCheckReader, ruffFormatReader } from './ruff.js'
import { rustfmtParser } from './rustfmt.js'
import { shellcheckReader } from './shellcheck.js'
import { staticcheckReader } from './staticcheck.js'
import { tscReader } from './tsc.js'
import { tstycheReader } from './tstyche.js'
import { unittestReader } from './unittest.js'
import { vitestReader } from './vitest.js'

/**
 * Parsers chosen by the command (toolIdFor in tool-for-command.ts): their tools' output is read the same
 * way whatever else the step prints, and the output readers still run beside them.
 */
const COMMAND_PARSERS: readonly ToolParser[] = [
  rustfmtParser,
  clippyParser,
  cargoAuditParser,
  cargoTestParser,
  cargoBuildParser,
  npmAuditParser,
  cliCheckParser
]

/** Every output reader, each recognising its tool by the output's own signature. */
export const OUTPUT_READERS: readonly OutputReader[] = [
  vitestReader,
  jestReader,
  nodeTestReader,
  mochaReader,
  tstycheReader,
  tscReader,
  buildErrorReader,
  esbuildReader,
  eslintReader,
  prettierReader,
  biomeReader,
  pytestReader,
  unittestReader,
  mypyReader,
  flake8Reader,
  ruffCheckReader,
  ruffFormatReader,
  pylintReader,
  pyrightReader,
  pipAuditReader,
  goTestReader,
  goDiagnosticsReader,
  staticcheckReader,
  golangciLintReader,
  shellcheckReader,
  coverageReader,
  reportOutputReader
]

/** What a step is called when no reader recognised its output, by the tool id its command names. */
const LABELS: Readonly<Record<string, string>> = {
  'npm-test': 'tests',
  'npm-build': 'build'
}

/**
 * The parser for a step: its id is the tool the command names ("cargo-test", "npm-test",
 * "generic"), and its collector reads the output with the command's own parser, if any, and
 * every output reader.
 */
export function toolFor(command: string): ToolParser {
  const id = toolIdFor(command)
  const primary = COMMAND_PARSERS.find((parser) => parser.id === id) ?? null
  return {
    id,
    matches: (other) => toolIdFor(other) === id,
    create: (step, context) =>
      new CombinedCollector(
        step,
        context?.cwd,
        {
          primary,
          readers: OUTPUT_READERS,
          fallback: locatedLinesReader,
          label: LABELS[id] ?? null
        },
        context?.reports
      )
  }
}

/** The parsers the command names, by id. */
export const TOOL_PARSERS: readonly ToolParser[] = COMMAND_PARSERS
