import { parseArgs } from 'node:util'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ConfigurationError, errorMessage, isConfigurationError } from '../errors.js'
import { VERSION } from '../version.js'
import { loadChecklist } from '../checklist/load.js'
import { formatChecklistSummary } from '../checklist/summary.js'
import { parseConcurrency, parseFailOn } from '../settings.js'

export interface CliIo {
  out(text: string): void
  err(text: string): void
  cwd: string
  /** stdout is a terminal. */
  isTTY?: boolean
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
      --checklist FILE   the checklist (default: PRODUCTION_CHECKLIST.md in --cwd)
      --config FILE      YAML config (default: .github/readiness.yml in --cwd, when it exists)
      --cwd DIR          the project root the validations run in (default: .)
      --json FILE        write the JSON report (validations, findings, verdict) to FILE
      --markdown FILE    write the Markdown report (as the job summary shows it) to FILE
      --concurrency N    validations run at once (default: CPU count)
      --no-run           do not run validations; report the checklist only
      --fail-on VALUE    not-ready (default): exit 1 unless every critical validation passed;
                         never: exit 0 whatever the verdict

  readiness-gate --help | --version

Exit codes: 0 ok, 1 a critical validation did not pass (check) , 2 usage or configuration error.
`

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv
    if (command === '--version' || command === '-v') {
      io.out(`${VERSION}\n`)
      return 0
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE)
      return 0
    }
    if (command === 'parse') return parseCommand(rest, io)
    if (command === 'check') return await checkCommand(rest, io)
    throw new ConfigurationError(
      `Unknown command '${command}'; use 'parse' or 'check' (see readiness-gate --help).`
    )
  } catch (error) {
    if (isConfigurationError(error)) {
      io.err(`readiness-gate: ${error.message}\n`)
      return 2
    }
    io.err(`readiness-gate: internal error: ${errorMessage(error)}\n`)
    if (error instanceof Error && error.stack) io.err(`${error.stack}\n`)
    return 3
  }
}

function parseCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCliArgs(argv, {
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
  })
  if (values.help === true) {
    io.out(USAGE)
    return 0
  }
  const [file, extra] = positionals
  if (file === undefined || extra !== undefined) {
    throw new ConfigurationError(
      'parse takes exactly one checklist file: readiness-gate parse <checklist.md> [--json]'
    )
  }
  const checklist = loadChecklist(path.resolve(io.cwd, file), file)
  // Indented for a person at a terminal; compact when piped (a 10 MiB checklist's model prints
  // twice as fast).
  const indent = io.isTTY === true ? 2 : undefined
  if (values.json === true) {
    // Two writes: appending the newline would copy the whole (tens of MB) JSON text once more.
    io.out(JSON.stringify(checklist, null, indent))
    io.out('\n')
  } else {
    io.out(formatChecklistSummary(checklist))
  }
  return 0
}

async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(argv, {
    checklist: { type: 'string' },
    config: { type: 'string' },
    cwd: { type: 'string', default: '.' },
    json: { type: 'string' },
    markdown: { type: 'string' },
    concurrency: { type: 'string', default: '' },
    'no-run': { type: 'boolean', default: false },
    'fail-on': { type: 'string', default: 'not-ready' },
    help: { type: 'boolean', short: 'h', default: false }
  })
  if (values.help === true) {
    io.out(USAGE)
    return 0
  }
  if (positionals.length > 0) {
    throw new ConfigurationError(
      `check takes no positional arguments (got '${positionals[0] ?? ''}'); use --checklist FILE.`
    )
  }
  const root = path.resolve(io.cwd, String(values.cwd))
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new ConfigurationError(
      `--cwd '${String(values.cwd)}' is not a directory; pass the project root.`
    )
  }
  const failOn = parseFailOn(String(values['fail-on']))
  const concurrency = parseConcurrency(String(values.concurrency), '--concurrency')
  const checklistPath =
    typeof values.checklist === 'string'
      ? path.resolve(io.cwd, values.checklist)
      : path.join(root, 'PRODUCTION_CHECKLIST.md')
  const configPath =
    typeof values.config === 'string'
      ? path.resolve(io.cwd, values.config)
      : path.join(root, '.github', 'readiness.yml')

  // Loaded here, not at the top: `parse` should not pay for the engine's modules at startup.
  const { evaluateReadiness } = await import('../gate.js')
  const { buildJsonReport, writeJsonReport } = await import('../report/json.js')
  const { renderReport } = await import('../report/render.js')
  const { maskForSurfaces, secretsToMask } = await import('../validations/secrets.js')
  const { formatFinished, formatPlan, formatStarted, formatVerdict } = await import('./terminal.js')
  const outcome = await evaluateReadiness({
    checklistPath,
    configPath,
    configRequired: values.config !== undefined,
    root,
    runValidations: values['no-run'] !== true,
    refuseCommands: null,
    concurrency,
    progress: {
      planned: (plan) => {
        io.err(formatPlan(plan))
      },
      started: (validation) => {
        io.err(formatStarted(validation))
      },
      finished: (validation, result) => {
        io.err(formatFinished(validation, result))
      }
    }
  })
  io.out(formatVerdict(outcome))

  // Tokens in the developer's environment (GH_TOKEN, GITHUB_TOKEN) are masked in the reports.
  const secrets = secretsToMask(process.env, '')
  const assessment = maskForSurfaces(outcome.assessment, secrets)
  const context = maskForSurfaces(
    {
      checkName: 'Readiness Gate',
      runUrl: null,
      repository: null,
      sha: null,
      ref: null,
      checklistPath: path.relative(root, checklistPath),
      validationRoot: '.'
    },
    secrets
  )
  if (typeof values.json === 'string') {
    const file = path.resolve(io.cwd, values.json)
    writeJsonReport(file, buildJsonReport(assessment, context))
    io.err(`JSON report written to ${file}\n`)
  }
  if (typeof values.markdown === 'string') {
    const file = path.resolve(io.cwd, values.markdown)
    const jobSummaryOnly = {
      checkRun: false,
      commitStatus: false,
      comment: false,
      jobSummary: true
    }
    fs.writeFileSync(file, renderReport(assessment, context, jobSummaryOnly).jobSummary)
    io.err(`Markdown report written to ${file}\n`)
  }
  if (failOn === 'never') return 0
  // `check` gates on the validations (issue: exit 0 when every critical validation passed);
  // with --no-run nothing was proven, so the checklist's own verdict decides.
  if (values['no-run'] === true) return outcome.assessment.ready ? 0 : 1
  return outcome.assessment.criticalValidationsPassed ? 0 : 1
}

type OptionSpec = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; default?: string | boolean }
>

function parseCliArgs(
  argv: string[],
  options: OptionSpec
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    // node:util's messages are clear ("Unknown option '--x'"); keep them on one line.
    throw new ConfigurationError(
      `${errorMessage(error).split('\n')[0] ?? ''} (see readiness-gate --help)`
    )
  }
}
