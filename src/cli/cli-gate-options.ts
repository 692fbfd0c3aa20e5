import type { GateOptions } from '../gate.js'
import type { Logger } from '../log/logger.js'
import { runLog } from '../log/run-log.js'
import type { CheckOptions, ProjectOptions } from './args.js'

/** Error messages name the CLI's flags, not the action's inputs. */
const CLI_SETTING_NAMES = { checklist: '--checklist', config: '--config' }

/** What `check`, `check --shard` and `merge` plan from: the checklist, the config, the root. */
export function cliPlanOptions(
  options: ProjectOptions
): Pick<GateOptions, 'checklistPath' | 'configPath' | 'configRequired' | 'root' | 'settingNames'> {
  return {
    checklistPath: options.checklistPath,
    configPath: options.configPath,
    configRequired: options.configRequired,
    root: options.root,
    settingNames: CLI_SETTING_NAMES
  }
}

/**
 * The engine's options for a CLI run, from its flags: what `check` and `check --shard` both plan
 * and run (the CLI's counterpart of action-gate-options.ts). Progress goes to `log` without the
 * commands' output.
 */
export function cliGateOptions(options: CheckOptions, log: Logger): GateOptions {
  return {
    ...cliPlanOptions(options),
    runValidations: options.runValidations,
    refuseCommands: null,
    concurrency: options.concurrency,
    progress: runLog(log, { showOutput: false })
  }
}
