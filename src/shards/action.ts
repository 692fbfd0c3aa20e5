/**
 * The action's shard and merge modes (main.ts calls these; loaded only in those modes).
 *   shard: run this share, write the partial report inside the working directory, set the
 *          `shard-report` output, write a short job summary, publish no verdict, exit 0;
 *   merge: the shards' reports assessed as one run, handed back to main.ts to publish exactly
 *          as a single run's assessment (check run, comment, summary, outputs, exit code).
 */
import { actionGateOptions } from '../action-gate-options.js'
import type { EvidenceOptions } from '../gate.js'
import type { ActionIo } from '../action-port.js'
import type { Settings } from '../settings.js'
import type { GitHubContext, GitHubContextReading } from '../github/context.js'
import { EXIT_CODES, type ExitCode } from '../exit-codes.js'
import type { Assessment } from '../readiness/model.js'
import { renderContextFor, type RenderContext } from '../report/render-context.js'
import { writeFileConfined } from '../report/confined-file.js'
import { escapeMarkdown } from '../report/inert-markdown.js'
import { maskForSurfaces, type Masked } from '../report/secrets.js'
import type { PartialReport } from './partial-report.js'
import { mergeShardReports, platformOf, runShard } from './run.js'
import { shardLabel } from './spec.js'

/** The outputs of a shard step (action.yml): only where its partial report is. */
export type ShardOutputs = { 'shard-report': string }

export async function runShardStep(
  io: ActionIo,
  settings: Settings,
  reading: GitHubContextReading,
  secrets: readonly string[]
): Promise<ExitCode> {
  const spec = settings.shard!
  const { report, ran } = await runShard(actionGateOptions(io.log, settings, reading, secrets), {
    spec,
    platform: platformOf(settings.platform, io.env),
    durationsFrom: settings.durationsFrom,
    durationsSetting: "Input 'durations-from'",
    env: io.env
  })
  const masked = maskForSurfaces(report, secrets)
  const written = writeFileConfined(
    { boundary: settings.root, file: settings.reportPath, input: 'report-path' },
    `${JSON.stringify(masked, null, 2)}\n`
  )
  if ('error' in written) {
    io.log.error(written.error)
    return EXIT_CODES.usage
  }
  io.setOutputs({ 'shard-report': written.written })
  if (settings.surfaces.jobSummary) {
    const summary = await io.writeJobSummary(shardSummary(masked, ran))
    if (summary.warning !== undefined) io.log.warning(summary.warning)
  }
  io.log.info(
    `Shard ${shardLabel(spec)} on ${report.platform}: ${ran.length} validation(s) run; partial report at ${written.written} (the verdict is the merge's).`
  )
  return EXIT_CODES.ready
}

/** The job summary of a shard: what it ran, and that the verdict is the merge job's. */
function shardSummary(report: Masked<PartialReport>, ran: readonly string[]): string {
  const rows = report.results.map(
    (result) =>
      `| ${escapeMarkdown(result.id)} | ${result.status} | ${escapeMarkdown(result.report.summary)} |`
  )
  return [
    `## Readiness Gate — shard ${shardLabel(report.shard)} on ${escapeMarkdown(report.platform)}`,
    '',
    ran.length === 0
      ? 'This shard had nothing to run (more shards than units of work).'
      : `${ran.length} validation(s) of the plan ran here. This is not a verdict: the job that merges the shards' reports publishes it.`,
    '',
    ...(rows.length === 0
      ? []
      : ['| Validation | Status | Summary |', '| --- | --- | --- |', ...rows]),
    ''
  ].join('\n')
}

/** Merge mode: the shards' reports assessed as one run, masked, with this run's render context. */
export async function mergedHere(
  io: ActionIo,
  settings: Settings,
  github: GitHubContext | null,
  secrets: readonly string[],
  evidence: Omit<EvidenceOptions, 'checklistPath'> = {}
): Promise<{ assessment: Masked<Assessment>; context: Masked<RenderContext> }> {
  const assessment = await mergeShardReports(
    {
      checklistPath: settings.checklistPath,
      configPath: settings.configPath,
      configRequired: settings.configRequired,
      root: settings.root,
      ...evidence
    },
    { reports: [settings.mergeReports!], base: settings.root, env: io.env }
  )
  return {
    assessment: maskForSurfaces(assessment, secrets),
    context: maskForSurfaces(
      // The settings name where the run is: check name, workspace, root, checklist.
      renderContextFor({ ...settings, github }),
      secrets
    )
  }
}
