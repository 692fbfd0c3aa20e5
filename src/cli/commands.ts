import * as fs from 'node:fs'
import * as path from 'node:path'
import { ConfigurationError, errorMessage, isConfigurationError } from '../errors.js'
import { VERSION } from '../version.js'
import { loadChecklist } from '../checklist/load.js'
import { formatChecklistSummary } from '../checklist/summary.js'
import { streamLogger, type Logger } from '../log/logger.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import { sourceMappedStack } from '../stack-trace.js'
import type { Assessment } from '../readiness/model.js'
import { parseCheckArgs, parseParseArgs, type CheckOptions } from './args.js'

/** Everything the CLI takes from and gives to the world; tests pass fakes. */
export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  /** The shell's directory. */
  cwd: string
  /** stdout is a terminal. */
  isTTY?: boolean
  /** A GitHub Actions runner reads the output (GITHUB_ACTIONS=true): untrusted text is made inert. */
  workflowLog?: boolean
}

export const USAGE = `readiness-gate ${VERSION} — is the project ready to ship? The checklist's claims against real validations.

Usage:
  readiness-gate parse <checklist.md> [--json]
      Print what the checklist says: phases (checked/total), placeholders, sign-offs, status.
      --json prints the whole model (every task item with its line and checked state).

  readiness-gate check [--checklist FILE] [--config FILE] [--cwd DIR] [--json FILE]
                       [--markdown FILE] [--concurrency N] [--no-run] [--fail-on not-ready|never]
      Plan the checklist's validations, run them all, and print each one's status, duration and
      key findings, then the verdict.
      --cwd DIR          the project root the validations run in (default: .)
      --checklist FILE   the checklist, relative to --cwd (default: PRODUCTION_CHECKLIST.md)
      --config FILE      YAML config, relative to --cwd (default: .github/readiness.yml, when it
                         exists)
      --json FILE        write the JSON report (validations, findings, verdict) to FILE
      --markdown FILE    write the Markdown report (as the job summary shows it) to FILE
                         (--json and --markdown are relative to the current directory)
      --concurrency N    validations run at once (default: CPU count)
      --no-run           do not run validations; report the checklist only (never READY when
                         the verdict requires validations: NOT ASSESSED, exit 1)
      --fail-on VALUE    not-ready (default): exit 1 unless the verdict is READY;
                         never: exit 0 whatever the verdict

  readiness-gate --help | --version

Exit codes (the action's step ends with the same ones):
  0  ready (or --fail-on never, whatever the verdict)
  1  not ready, or not assessed (e.g. --no-run when the verdict requires validations)
  2  usage or configuration error (a bad flag, checklist or config)
  3  internal error
`

export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  try {
    const [command, ...rest] = argv
    if (command === '--version' || command === '-v') {
      io.out(`${VERSION}\n`)
      return EXIT_CODES.ready
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE)
      return EXIT_CODES.ready
    }
    if (command === 'parse') return parseCommand(rest, io)
    if (command === 'check') return await checkCommand(rest, io)
    throw new ConfigurationError(
      `Unknown command '${command}'; use 'parse' or 'check' (see readiness-gate --help).`
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
  if (options === 'help') {
    io.out(USAGE)
    return EXIT_CODES.ready
  }
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
  if (options === 'help') {
    io.out(USAGE)
    return EXIT_CODES.ready
  }
  const log = streamLogger(io.err, io.workflowLog)
  // Loaded here, not at the top: `parse` should not pay for the engine's modules at startup.
  const [{ evaluateReadiness }, { runLog, formatVerdict }, { verdictOutcome }] = await Promise.all([
    import('../gate.js'),
    import('../log/run-log.js'),
    import('../verdict-outputs.js')
  ])
  const outcome = await evaluateReadiness({
    checklistPath: options.checklistPath,
    configPath: options.configPath,
    configRequired: options.configRequired,
    root: options.root,
    runValidations: options.runValidations,
    refuseCommands: null,
    concurrency: options.concurrency,
    progress: runLog(log, { showOutput: false }),
    settingNames: { checklist: '--checklist', config: '--config' }
  })
  streamLogger(io.out, io.workflowLog).untrusted(formatVerdict(outcome))
  await writeReports(options, outcome.assessment, log)
  return verdictOutcome(outcome.assessment, options.failOn, options.jsonPath ?? '').exitCode
}

/** The --json and --markdown files, from the render context the action builds the same way. */
async function writeReports(
  options: CheckOptions,
  assessment: Assessment,
  log: Logger
): Promise<void> {
  if (options.jsonPath === null && options.markdownPath === null) return
  const [
    { buildJsonReport, writeJsonReport },
    { renderReport },
    { renderContextFor },
    { maskForSurfaces, secretsToMask }
  ] = await Promise.all([
    import('../report/json.js'),
    import('../report/render.js'),
    import('../report/context.js'),
    import('../validations/secrets.js')
  ])
  // Tokens in the developer's environment (GH_TOKEN, GITHUB_TOKEN) are masked in the reports.
  const secrets = secretsToMask(process.env, '')
  const context = maskForSurfaces(
    renderContextFor({
      checkName: 'Readiness Gate',
      workspace: options.root,
      root: options.root,
      checklistPath: options.checklistPath,
      github: null
    }),
    secrets
  )
  const masked = maskForSurfaces(assessment, secrets)
  if (options.jsonPath !== null) {
    writeJsonReport(options.jsonPath, buildJsonReport(masked, context), '--json')
    log.info(`JSON report written to ${options.jsonPath}`)
  }
  if (options.markdownPath !== null) {
    const markdown = renderReport(masked, context, {
      checkRun: false,
      commitStatus: false,
      comment: false,
      jobSummary: true
    }).jobSummary
    writeReportFile(options.markdownPath, markdown, '--markdown')
    log.info(`Markdown report written to ${options.markdownPath}`)
  }
}

function writeReportFile(file: string, text: string, flag: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
  } catch (error) {
    throw new ConfigurationError(
      `Cannot write the report to '${file}' (${errorMessage(error)}); set ${flag} to a writable file path.`
    )
  }
}
