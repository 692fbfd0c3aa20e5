import * as fs from 'node:fs'
import * as path from 'node:path'
import { ConfigurationError, errorMessage, isConfigurationError } from '../errors.js'
import { DEFAULT_CHECKLIST_PATH, DEFAULT_CONFIG_PATH } from '../default-paths.js'
import { VERSION } from '../version.js'
import { loadChecklist } from '../checklist/load.js'
import { formatChecklistSummary } from '../checklist/parse-summary.js'
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
  /** The environment (GITHUB_TOKEN for --repo); process.env when not given. */
  env?: Readonly<Record<string, string | undefined>>
}

export const USAGE = `readiness-gate ${VERSION} — is the project ready to ship? The checklist's claims against real validations.

Usage:
  readiness-gate parse <checklist.md> [--json]
      Print what the checklist says: phases (checked/total), placeholders, sign-offs, status.
      --json prints the whole model (every task item with its line and checked state).

  readiness-gate check [--checklist FILE] [--config FILE] [--cwd DIR] [--json FILE]
                       [--markdown FILE] [--concurrency N] [--no-run] [--fail-on not-ready|never]
                       [--repo OWNER/NAME [--pr N] [--sha SHA]]
                       [--base REF]
      Plan the checklist's validations, run them all, and print each one's status, duration and
      key findings, then the verdict.
      --cwd DIR          the project root the validations run in (default: .)
      --checklist FILE   the checklist, relative to --cwd (default: ${DEFAULT_CHECKLIST_PATH})
      --config FILE      YAML config, relative to --cwd (default: ${DEFAULT_CONFIG_PATH}, when it
                         exists)
      --json FILE        write the JSON report (validations, findings, verdict) to FILE
      --markdown FILE    write the Markdown report (as the job summary shows it) to FILE
                         (--json and --markdown are relative to the current directory)
      --concurrency N    validations run at once (default: CPU count)
      --no-run           do not run validations; report the checklist only (never READY when
                         the verdict requires validations: NOT ASSESSED, exit 1)
      --fail-on VALUE    not-ready (default): exit 1 unless the verdict is READY;
                         never: exit 0 whatever the verdict
      --shard i/n        run only shard i of n of the plan (lanes and needs chains kept
                         together) and write a partial report to --json: no verdict, exit 0
                         unless the shard could not run
      --durations-from FILE  balance the shards by an earlier JSON report's durations
      --platform NAME    the shard's platform label (default: $RUNNER_OS, else the OS)
      --repo OWNER/NAME  check items that point at GitHub (issues, pull requests, checks)
                         against that repository, with the token in GITHUB_TOKEN or GH_TOKEN
      --pr N             and sign-offs naming a login against pull request N's approvals
      --sha SHA          the commit checks are looked up on (default: the checkout's HEAD)
      --base REF         compare the checklist with its version at the local git ref REF
                         (branch, tag or SHA): a critical item removed or moved out of the
                         critical phase blocks unless waived (default: the config's compare.ref)

  readiness-gate merge <file|directory|glob>... [--checklist FILE] [--config FILE] [--cwd DIR]
                       [--json FILE] [--markdown FILE] [--fail-on not-ready|never]
      Merge the shards' partial reports and assess them exactly as one run, against the
      checklist and config at --cwd. Shards that are missing, twice, of another commit, of a
      changed checklist or config, or with foreign validations are refused: NOT ASSESSED, exit 1.
      Reports of the same plan from several platforms: a validation passes only where it passed
      on every platform.

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
  if (options.shard !== null) {
    return (await import('./shard-commands.js')).shardCommand(options, options.shard, io)
  }
  const log = streamLogger(io.err, io.workflowLog)
  // Loaded here, not at the top: `parse` should not pay for the engine's modules at startup.
  const [
    { evaluateReadiness },
    { runLog, formatVerdict },
    { verdictOutcome },
    { cliEvidenceOptions }
  ] = await Promise.all([
    import('../gate.js'),
    import('../log/run-log.js'),
    import('../verdict-outputs.js'),
    import('./github-evidence.js')
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
    settingNames: { checklist: '--checklist', config: '--config' },
    ...cliEvidenceOptions(options, io.env ?? process.env, log),
    compare: { ref: options.base, fallback: null, noBase: null }
  })
  for (const line of outcome.assessment.reconciliation.github.unreadable) log.warning(line)
  streamLogger(io.out, io.workflowLog).untrusted(formatVerdict(outcome))
  await writeReports(options, outcome.assessment, log)
  return verdictOutcome(outcome.assessment, options.failOn, options.jsonPath ?? '').exitCode
}

/** The --json and --markdown files, from the render context the action builds the same way. */
export async function writeReports(
  options: Pick<CheckOptions, 'root' | 'checklistPath' | 'jsonPath' | 'markdownPath'>,
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
    import('../report/render-context.js'),
    import('../report/secrets.js')
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
