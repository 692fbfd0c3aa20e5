import type { ToolParser } from './types.js'

/** For commands no other parser knows: the exit code is the finding. */
export const genericParser: ToolParser = {
  id: 'generic',
  matches: () => true,
  create: () => {
    let lines = 0
    return {
      line: () => {
        lines++
      },
      finish: (exitCode) => ({
        findings: [],
        droppedFindings: 0,
        counts: { lines },
        summary: exitCode === 0 ? 'exit 0' : exitCode === null ? 'killed' : `exit ${exitCode}`
      })
    }
  }
}
