/**
 * The CLI's shard modes (loaded only when used): `check --shard i/n --json FILE` and
 * `merge <reports…>`. The merge prints and writes as `check` does and exits as `check` does.
 */
import { streamLogger } from '../log/logger.js'
import { formatVerdict } from '../log/run-log.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import { verdictOutcome } from '../verdict-outputs.js'
import { mergeShardReports, platformOf, runShard } from '../shards/run.js'
import { writePartialReport } from '../shards/partial-report.js'
import { shardLabel, type ShardSpec } from '../shards/spec.js'
import { secretsToMask } from '../report/secrets.js'
import { parseMergeArgs, type CheckOptions } from './args.js'
import { cliGateOptions, cliPlanOptions } from './cli-gate-options.js'
import type { CliIo } from './cli-io.js'
import { showHelp } from './usage.js'
import { writeReports } from './write-reports.js'

/** check --shard: this shard's validations, a partial report, no verdict (exit 0). */
export async function shardCommand(
  options: CheckOptions,
  spec: ShardSpec,
  io: CliIo
): Promise<ExitCode> {
  const log = streamLogger(io.err, io.workflowLog)
  const secrets = secretsToMask(process.env, '')
  const { report, ran } = await runShard(
    { ...cliGateOptions(options, log), secrets },
    {
      spec,
      platform: platformOf(options.platform, process.env),
      durationsFrom: options.durationsFrom,
      durationsSetting: '--durations-from',
      env: process.env
    }
  )
  writePartialReport(options.jsonPath!, report, '--json')
  const shown = ran.length === 0 ? 'nothing (more shards than units of work)' : ran.join(', ')
  streamLogger(io.out, io.workflowLog).untrusted(
    `Shard ${shardLabel(spec)} on ${report.platform} ran ${shown}.\nPartial report written to ${options.jsonPath!}; merge it with the others: readiness-gate merge <reports…>\n`
  )
  return EXIT_CODES.ready
}

/** merge: the shards' reports → one verdict, printed, written, and the exit code. */
export async function mergeCommand(argv: string[], io: CliIo): Promise<ExitCode> {
  const options = parseMergeArgs(argv, io.cwd)
  if (options === 'help') return showHelp(io)
  const log = streamLogger(io.err, io.workflowLog)
  const assessment = await mergeShardReports(cliPlanOptions(options), {
    reports: options.reports,
    base: io.cwd,
    env: process.env
  })
  streamLogger(io.out, io.workflowLog).untrusted(formatVerdict({ assessment }))
  await writeReports(options, assessment, log)
  return verdictOutcome(assessment, options.failOn, options.jsonPath ?? '').exitCode
}
