import * as core from '@actions/core'

/** The action: settings → parse → plan → run → assess → render → publish. */
export async function run(): Promise<void> {
  core.info('readiness-gate: scaffold')
  await Promise.resolve()
}
