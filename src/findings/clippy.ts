/** `cargo clippy`: lints and compiler errors, each with its code, file, line and column. */
import { diagnosticCounts, rustDiagnosticsParser } from './rust-diagnostics.js'
import { exitDescription } from './parser-helpers.js'

export const clippyParser = rustDiagnosticsParser('clippy', (diagnostics, exitCode) => {
  const { errors, warnings } = diagnostics
  if (errors + warnings > 0) return `clippy: ${diagnosticCounts(errors, warnings)}`
  if (exitCode === 0) return 'clippy: no errors or warnings'
  return `clippy: ${diagnostics.firstCargoError ?? 'failed'} (${exitDescription(exitCode)})`
})
