/**
 * The options of a local gate run (evaluateReadiness) on `<root>/PRODUCTION_CHECKLIST.md`: no
 * config file, validations run in `root` one at a time, no command refused; what a test cares
 * about (secrets, progress, approvals, another checklist, …) is given in `extra`.
 */
import path from 'node:path'
import type { GateOptions } from '../../src/gate.js'

export function localGateOptions(root: string, extra: Partial<GateOptions> = {}): GateOptions {
  return {
    checklistPath: path.join(root, 'PRODUCTION_CHECKLIST.md'),
    configPath: null,
    configRequired: false,
    root,
    runValidations: true,
    refuseCommands: null,
    concurrency: 1,
    ...extra
  }
}
