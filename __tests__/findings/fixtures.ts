/** Feeds a saved tool output (__tests__/fixtures/tools/<tool>/<case>.txt) to a parser, as the runner would. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ToolReport } from '../../src/validations/model.js'
import type { CollectorContext, ToolParser } from '../../src/findings/types.js'

export const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'tools'
)

/** Where scripts/regen-tool-fixtures.sh ran the tools (their absolute paths point there). */
export const FIXTURE_PROJECT = '/tmp/readiness-gate-fixtures/llm-memory-graph'

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8')
}

/** The exit code saved next to a fixture, or the given one for hand-written samples. */
export function fixtureExit(name: string): number {
  return Number(readFileSync(path.join(FIXTURES, `${name}.exit`), 'utf8').trim())
}

export function runParser(
  parser: ToolParser,
  command: string,
  output: string,
  exitCode: number | null,
  context?: CollectorContext
): ToolReport {
  const collector = parser.create(command, context)
  const lines = output.split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  for (const line of lines) collector.line(line)
  return collector.finish(exitCode)
}

/** Runs a parser on <name>.txt with the exit code saved in <name>.exit. */
export function runFixture(
  parser: ToolParser,
  command: string,
  name: string,
  context?: CollectorContext
): ToolReport {
  return runParser(parser, command, fixtureText(`${name}.txt`), fixtureExit(name), context)
}
