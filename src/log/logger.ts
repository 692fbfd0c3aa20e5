/**
 * The logger port both entry points print through (modelled on github/codeql-action's Logger):
 * the action implements it over @actions/core (src/action-io.ts), the CLI over its stderr, tests
 * with a fake that records lines.
 *
 * It separates our own words from text the gate did not write. A line of the action's log that
 * starts with `::` is a workflow command to the runner; a checklist, a step name or a command's
 * output must never be able to issue one, so every piece of untrusted text goes through
 * `untrusted`, and `untrusted` goes through writeUntrusted, the one place that prints it.
 */
import { printUntrusted } from '../github/workflow-log.js'

export interface Logger {
  /** Our own message (a verdict title, "JSON report written to …"). */
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
  /**
   * Text the gate did not write — plan lines, validation names, findings, raw command output —
   * printed as data, never as a workflow command. A final newline is added when missing.
   */
  untrusted(text: string): void
  /**
   * Opens a collapsible group in the action's log (a no-op in a terminal). The title travels as a
   * workflow command's data, which @actions/core escapes (%, CR and LF), so it cannot start a
   * command of its own even when it holds a step name.
   */
  startGroup(title: string): void
  endGroup(): void
}

/**
 * Prints untrusted text through `write`: the single place untrusted text is printed. Where a
 * GitHub Actions runner reads the stream (`workflowLog`: the action's log, or the CLI run in a
 * workflow step), the text is printed so the runner honours no workflow command in it
 * (github/workflow-log.ts); in a terminal it is printed as it is.
 */
export function writeUntrusted(
  write: (chunk: string) => void,
  text: string,
  workflowLog: boolean
): void {
  if (workflowLog) {
    printUntrusted((line) => {
      write(`${line}\n`)
    }, text)
    return
  }
  write(text.endsWith('\n') ? text : `${text}\n`)
}

/**
 * A logger over one text stream (the CLI's stderr): no groups, no debug, plain prefixes.
 * `workflowLog`: a GitHub Actions runner reads the stream (GITHUB_ACTIONS=true).
 */
export function streamLogger(write: (chunk: string) => void, workflowLog = false): Logger {
  return {
    info: (message) => {
      write(`${message}\n`)
    },
    warning: (message) => {
      write(`warning: ${message}\n`)
    },
    error: (message) => {
      write(`error: ${message}\n`)
    },
    debug: () => undefined,
    untrusted: (text) => {
      writeUntrusted(write, text, workflowLog)
    },
    startGroup: () => undefined,
    endGroup: () => undefined
  }
}
