/** `cargo clippy`: lints and compiler errors, each with its code, file, line and column. */
import type { ToolReport } from '../validations/model.js'
import { RustDiagnosticCollector, diagnosticCounts } from './rust-diagnostics.js'
import { recognises } from './tool-for-command.js'
import { exitDescription } from './parser-helpers.js'
import type { CollectorContext, OutputCollector, ToolParser } from './types.js'

function clippyReport(diagnostics: RustDiagnosticCollector, exitCode: number | null): ToolReport {
  const { errors, warnings } = diagnostics
  let summary: string
  if (errors + warnings > 0) summary = `clippy: ${diagnosticCounts(errors, warnings)}`
  else if (exitCode === 0) summary = 'clippy: no errors or warnings'
  else summary = `clippy: ${diagnostics.firstCargoError ?? 'failed'} (${exitDescription(exitCode)})`
  return {
    findings: diagnostics.findings.findings,
    droppedFindings: diagnostics.findings.droppedCount,
    counts: { errors, warnings },
    summary
  }
}

export const clippyParser: ToolParser = {
  id: 'clippy',
  matches: (command) => recognises('clippy', command),
  create: (_command: string, context?: CollectorContext): OutputCollector => {
    const diagnostics = new RustDiagnosticCollector(undefined, context?.cwd)
    return {
      line: (text) => {
        diagnostics.line(text)
      },
      finish: (exitCode) => {
        diagnostics.finish(exitCode)
        return clippyReport(diagnostics, exitCode)
      }
    }
  }
}
