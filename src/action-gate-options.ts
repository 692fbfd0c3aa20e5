import type { GateOptions } from './gate.js'
import type { GitHubContextReading } from './github/context.js'
import { untrustedCommandsRefusal } from './github/trust.js'
import type { Logger } from './log/logger.js'
import { runLog } from './log/run-log.js'
import type { Settings } from './settings.js'

/**
 * The engine's options for an action run, from its settings: what a single run and a shard both
 * plan and run (the checklist, the root, whether commands may run, the secrets to mask).
 */
export function actionGateOptions(
  log: Logger,
  settings: Settings,
  reading: GitHubContextReading,
  secrets: readonly string[]
): GateOptions {
  return {
    checklistPath: settings.checklistPath,
    configPath: settings.configPath,
    configRequired: settings.configRequired,
    root: settings.root,
    runValidations: settings.runValidations,
    refuseCommands: untrustedCommandsRefusal(reading, settings.allowUntrustedCommands),
    concurrency: settings.concurrency,
    secrets,
    progress: runLog(log, { showOutput: true })
  }
}
