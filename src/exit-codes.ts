/**
 * The exit codes of the CLI and of the action's step (documented once, in the README and
 * `readiness-gate --help`). Which one a run gets is decided in src/verdict-outputs.ts.
 *   0  ready (or fail-on: never, whatever the verdict)
 *   1  not ready, or unassessed (nothing proved the project ready)
 *   2  usage or configuration error (a bad flag, input, checklist or config)
 *   3  internal error (a bug)
 * Kept apart so the CLI's startup (`parse`) needs nothing of the verdict's modules.
 */
export const EXIT_CODES = { ready: 0, notReady: 1, usage: 2, internal: 3 } as const
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES]
