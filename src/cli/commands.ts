import { ConfigurationError, errorMessage, isConfigurationError } from '../errors.js'
import { VERSION } from '../version.js'
import { loadChecklist } from '../checklist/load.js'
import { formatChecklistSummary } from '../checklist/parse-summary.js'
import { streamLogger } from '../log/logger.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import { sourceMappedStack } from '../stack-trace.js'
import { parseCheckArgs, parseParseArgs } from './args.js'
import type { CliIo } from './cli-io.js'
import { showHelp } from './usage.js'

// Tests and scripts import the CLI's port and help text with runCli.

export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  try {
    const [command, ...rest] = argv
    if (command === '--version' || command === '-v') {
      io.out(`${VERSION}\n`)
      return EXIT_CODES.ready
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      return showHelp(io)
    }
    if (command === 'parse') return parseCommand(rest, io)
    if (command === 'check') return await checkCommand(rest, io)
    if (command === 'merge')
      return await (await import('./shard-commands.js')).mergeCommand(rest, io)
    throw new ConfigurationError(
      `Unknown command '${command}'; use 'parse', 'check' or 'merge' (see readiness-gate --help).`
    )
  } catch (error) {
    if (isConfigurationError(error)) {
      io.err(`readiness-gate: ${error.message}\n`)
      return EXIT_CODES.usage
    }
    io.err(`readiness-gate: internal error: ${errorMessage(error)}\n`)
    if (error instanceof Error && error.stack) io.err(`${sourceMappedStack(error.stack)}\n`)
    return EXIT_CODES.internal
  }
}

function parseCommand(argv: string[], io: CliIo): ExitCode {
  const options = parseParseArgs(argv, io.cwd)
  if (options === 'help') return showHelp(io)
  const checklist = loadChecklist(
    options.checklistPath,
    options.displayName,
    'readiness-gate parse'
  )
  if (options.json) {
    // Indented for a person at a terminal; compact when piped (a 10 MiB checklist's model prints
    // twice as fast). Two writes: appending the newline would copy the whole (tens of MB) JSON
    // text once more. JSON escapes every control character, so no line of it is the checklist's.
    io.out(JSON.stringify(checklist, null, io.isTTY === true ? 2 : undefined))
    io.out('\n')
  } else {
    streamLogger(io.out, io.workflowLog).untrusted(formatChecklistSummary(checklist))
  }
  return EXIT_CODES.ready
}

/** check: options → evaluate → print → write the reports → the exit code. */
async function checkCommand(argv: string[], io: CliIo): Promise<ExitCode> {
  const options = parseCheckArgs(argv, io.cwd)
  if (options === 'help') return showHelp(io)
  if (options.shard !== null) {
    return (await import('./shard-commands.js')).shardCommand(options, options.shard, io)
  }
  const log = streamLogger(io.err, io.workflowLog)
  // Loaded here, not at the top: `parse` should not pay for the engine's modules at startup.
  const [
    { evaluateReadiness },
    { formatVerdict },
    { verdictOutcome },
    { cliEvidenceOptions },
    { cliGateOptions },
    { writeReports }
  ] = await Promise.all([
    import('../gate.js'),
    import('../log/run-log.js'),
    import('../verdict-outputs.js'),
    import('./github-evidence.js'),
    import('./cli-gate-options.js'),
    import('./write-reports.js')
  ])
  const outcome = await evaluateReadiness({
    ...cliGateOptions(options, log),
    ...cliEvidenceOptions(options, io.env ?? process.env, log),
    compare: { ref: options.base, fallback: null, noBase: null }
  })
  for (const line of outcome.assessment.reconciliation.github.unreadable) log.warning(line)
  streamLogger(io.out, io.workflowLog).untrusted(formatVerdict(outcome))
  await writeReports(options, outcome.assessment, log)
  return verdictOutcome(outcome.assessment, options.failOn, options.jsonPath ?? '').exitCode
}
