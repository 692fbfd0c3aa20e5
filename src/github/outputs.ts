/**
 * Step outputs, written as @actions/core's setOutput writes them: a `name<<DELIMITER` block
 * appended to the file that GITHUB_OUTPUT names. core makes its delimiter with node:crypto's
 * randomUUID, and loading node:crypto is a sizeable share of every run's startup (the bench and
 * the README's performance table have the figures).
 * Here the delimiter is chosen after the value is known: the first of `ghadelimiter_rg0`,
 * `ghadelimiter_rg1`, … that occurs in neither the name nor the value. So no value can end its
 * block early or smuggle in another output, which is what core's random delimiter (and its check
 * that the value does not contain it) guards against; and unlike core, no value is refused.
 *
 * Without GITHUB_OUTPUT (an old or local runner) core's own `::set-output` command is used,
 * which needs no delimiter.
 */
import * as core from '@actions/core'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'

export function setOutputs(outputs: Record<string, string>): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
    return
  }
  // As core does: the runner creates the file; a missing one is a broken environment.
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  let text = ''
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = delimiterFor(name, value)
    text += `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
  }
  appendFileSync(file, text, { encoding: 'utf8' })
}

/** The first `ghadelimiter_rgN` found in neither `name` nor `value`. */
export function delimiterFor(name: string, value: string): string {
  for (let index = 0; ; index++) {
    const delimiter = `ghadelimiter_rg${index}`
    if (!name.includes(delimiter) && !value.includes(delimiter)) return delimiter
  }
}
