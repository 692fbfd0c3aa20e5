/**
 * The one builder of hand-made Validations for tests: every field a test does not care about at
 * its plainest (a config step run from the root, critical, no needs, no tool, no lane), and the
 * fields it does care about given in `extra`. The command is the id unless `extra` says
 * otherwise, so a fake runner's records read as ids.
 */
import type { Validation } from '../../src/validations/model.js'

export function plainValidation(id: string, extra: Partial<Validation> = {}): Validation {
  return {
    id,
    name: id,
    command: id,
    cwd: '.',
    timeoutMs: 30_000,
    env: {},
    needs: [],
    critical: true,
    verifies: [],
    source: { kind: 'config', line: null, file: null },
    tool: null,
    lane: null,
    ...extra
  }
}
