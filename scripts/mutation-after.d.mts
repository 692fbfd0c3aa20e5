// Types of scripts/mutation-after.mjs for the tests that import it.
export interface PositionedMutant {
  status: string
  mutatorName: string
  replacement?: string
  location: { start: { line: number; column: number }; end: { line: number; column: number } }
}
export interface PositionedReport {
  files?: Record<string, { mutants: readonly PositionedMutant[] }>
}
export function survivorRanges(report: PositionedReport): string
export function afterReport(
  before: PositionedReport,
  rerun: PositionedReport
): { files: Record<string, { mutants: PositionedMutant[] }> }
export function comparisonTable(before: PositionedReport, rerun: PositionedReport): string
