/**
 * `cargo build` / `cargo check`: error and warning counts (a checklist asks for "0 errors,
 * 0 warnings") and each compiler diagnostic as a finding.
 */
import { RustDiagnosticCollector, diagnosticCounts } from './rust-diagnostics.js'
import { recognises } from './tool-for-command.js'
import { exitDescription } from './parser-helpers.js'
import type { CollectorContext, OutputCollector, ToolParser } from './types.js'

export const cargoBuildParser: ToolParser = {
  id: 'cargo-build',
  matches: (command) => recognises('cargo-build', command),
  create: (_command: string, context?: CollectorContext): OutputCollector => {
    const diagnostics = new RustDiagnosticCollector(undefined, context?.cwd)
    return {
      line: (text) => {
        diagnostics.line(text)
      },
      finish: (exitCode) => {
        diagnostics.finish(exitCode)
        const { errors, warnings } = diagnostics
        let summary = `cargo build: ${diagnosticCounts(errors, warnings, true)}`
        if (exitCode !== 0 && errors === 0) {
          summary += ` (${diagnostics.firstCargoError ?? 'failed'}, ${exitDescription(exitCode)})`
        }
        return {
          findings: diagnostics.findings.findings,
          droppedFindings: diagnostics.findings.droppedCount,
          counts: { errors, warnings },
          summary
        }
      }
    }
  }
}
