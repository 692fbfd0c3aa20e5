/**
 * Which tools a step runs, as hints for the output readers: the programs of its command, and the
 * script lines package managers echo before running a package.json script —
 *
 *   > node-ts-app@1.0.0 typecheck        (npm, pnpm)
 *   > tsc --noEmit
 *   $ tsc --noEmit                       (yarn 1)
 *
 * so `npm run typecheck` hints "tsc" as `npx tsc --noEmit` does. Hints never decide what the
 * output says; they name tools that print nothing when all is well (tsc, eslint, flake8).
 */
import { programName, simpleCommands } from './tool-for-command.js'

/** Programs that run another one named by their first word that is not a flag. */
const RUNNERS = new Set(['npx', 'pnpx', 'bunx'])
const PACKAGE_MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun'])
const PYTHON = /^python(?:\d(?:\.\d+)?)?$/
/** A script line echoed by npm/pnpm (`> cmd`) or yarn 1 (`$ cmd`). */
const SCRIPT_ECHO = /^[>$] (\S.*)$/

/** The tool names one simple command hints at: "tsc", "vitest", "mypy", "go test", "npm-script". */
export function toolsOfWords(words: readonly string[]): string[] {
  const program = programName(words).toLowerCase()
  if (RUNNERS.has(program)) return toolsOfWords(words.slice(1).filter(notFlag))
  if (PACKAGE_MANAGERS.has(program)) {
    const [, first] = words
    if (first === 'exec' || first === 'dlx' || first === 'x') {
      return toolsOfWords(words.slice(2).filter(notFlag))
    }
    // `yarn eslint .` runs a binary directly when no script has that name.
    if (program === 'yarn' && first !== undefined && !first.startsWith('-')) {
      return ['npm-script', ...toolsOfWords(words.slice(1))]
    }
    return ['npm-script']
  }
  if (PYTHON.test(program) && words[1] === '-m' && words[2] !== undefined) {
    return [program, ...toolsOfWords(words.slice(2))]
  }
  if (program === 'go' && words[1] !== undefined) return [`go ${words[1]}`]
  // `ruff check` and `ruff format --check` print nothing alike when clean: the subcommand says which.
  if (program === 'ruff' && words[1] !== undefined && notFlag(words[1])) {
    return ['ruff', `ruff ${words[1]}`]
  }
  return program === '' ? [] : [program]
}

function notFlag(word: string): boolean {
  return !word.startsWith('-')
}

/** Adds the tools `command` runs to `into`. */
export function addCommandHints(command: string, into: Set<string>): void {
  for (const words of simpleCommands(command)) {
    for (const tool of toolsOfWords(words)) into.add(tool)
  }
}

/** Adds the tools a package manager's echoed script line names (`> tsc --noEmit`); false when the line is none. */
export function addEchoedScriptHints(text: string, into: Set<string>): boolean {
  if (text.length > 4096) return false
  const echoed = SCRIPT_ECHO.exec(text)
  if (echoed === null) return false
  addCommandHints(echoed[1]!, into)
  return true
}
