// Types of scripts/mutation-scores.mjs for the tests that import it.
export interface MutantCounts {
  killed: number
  timeout: number
  survived: number
  noCoverage: number
  invalid: number
}
export interface MutationReport {
  files?: Record<string, { mutants: readonly { status: string }[] }>
}
export function countsByFile(reports: readonly MutationReport[]): Map<string, MutantCounts>
export function score(counts: MutantCounts): number | null
export function scoreTable(files: ReadonlyMap<string, MutantCounts>): string
