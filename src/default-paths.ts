/**
 * Where the gate looks when nothing says otherwise: the action's input defaults (settings.ts,
 * action.yml) and the CLI's flag defaults (cli/args.ts) are read from here.
 */

/** The checklist, relative to the project root. */
export const DEFAULT_CHECKLIST_PATH = 'PRODUCTION_CHECKLIST.md'

/** The optional YAML config, relative to the project root; read only when it exists. */
export const DEFAULT_CONFIG_PATH = '.github/readiness.yml'

/** The JSON report the action writes, relative to the workspace. */
export const DEFAULT_REPORT_PATH = 'readiness-report.json'
