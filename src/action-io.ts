/**
 * The action's real I/O (the ActionIo port of action-port.ts) over @actions/core and the process: inputs, the
 * log, outputs, the job summary, the problem matchers and the GitHub adapters.
 */
import * as core from '@actions/core'
import type { ActionIo } from './action-port.js'
import { writeUntrusted, type Logger } from './log/logger.js'
import { setOutputs } from './github/outputs.js'
import { writeJobSummary } from './github/job-summary.js'
import { matcherPaths } from './github/matchers.js'
import { neutraliseLine } from './github/workflow-log.js'
import { protectSecrets } from './run/credentials.js'

export function actionIo(): ActionIo {
  return {
    input: (name) => core.getInput(name),
    env: process.env,
    cwd: process.cwd(),
    log: actionsLogger(),
    setSecret: (value) => {
      core.setSecret(value)
    },
    protectSecrets,
    setOutputs,
    writeJobSummary,
    matcherFiles: () => matcherPaths(import.meta.url),
    loadGitHub: () => import('./github/index.js')
  }
}

/** The Logger port over the workflow log: our messages as core's commands, the rest as data. */
export function actionsLogger(): Logger {
  return {
    info: (message) => {
      core.info(message)
    },
    warning: (message) => {
      core.warning(message)
    },
    error: (message) => {
      core.error(message)
    },
    debug: (message) => {
      core.debug(message)
    },
    untrusted: (text) => {
      writeUntrusted((chunk) => process.stdout.write(chunk), text, true)
    },
    startGroup: (title) => {
      // core escapes CR and LF in the title; "##[" in it would still show in the log viewer.
      core.startGroup(neutraliseLine(title))
    },
    endGroup: () => {
      core.endGroup()
    }
  }
}
