/**
 * `cargo build` / `cargo check`: error and warning counts (a checklist asks for "0 errors,
 * 0 warnings") and each compiler diagnostic as a finding.
 */
import { diagnosticCounts, rustDiagnosticsParser } from './rust-diagnostics.js'
import { exitDescription } from './parser-helpers.js'

export const cargoBuildParser = rustDiagnosticsParser('cargo-build', (diagnostics, exitCode) => {
  const { errors, warnings } = diagnostics
  const counts = `cargo build: ${diagnosticCounts(errors, warnings, true)}`
  if (exitCode === 0 || errors > 0) return counts
  return `${counts} (${diagnostics.firstCargoError ?? 'failed'}, ${exitDescription(exitCode)})`
})
