/**
 * Coverage thresholds that fail a run, in the words of the tool that checks them:
 *
 *   ERROR: Coverage for branches (92.85%) does not meet global threshold (100%)        (c8, nyc, Vitest)
 *   ERROR: Coverage for lines (50%) does not meet threshold (90%) for src/x.js        (per file)
 *   Jest: "global" coverage threshold for branches (100%) not met: 92.85%              (Jest)
 *   Coverage failure: total of 87 is less than fail-under=90                          (coverage.py)
 *   FAIL Required test coverage of 90% not reached. Total coverage: 87.50%            (pytest-cov)
 *   Required test coverage of 80% reached. Total coverage: 87.50%                     (pytest-cov, met)
 *
 * Each miss is a finding and the summary says why: "c8: branches 92.85% < 100%".
 */
import { LineReader, DiagnosticsReader } from './reader.js'
import type { OutputReader, ToolSection } from './types.js'

const ISTANBUL =
  /^ERROR: Coverage for (\w+) \(([\d.]+)%\) does not meet (?:global )?threshold \(([\d.]+)%\)(?: for (.+))?$/
const JEST = /^Jest: "(.+)" coverage threshold for (\w+) \(([\d.]+)%?\) not met: ([\d.]+)%?$/
const COVERAGE_PY = /^Coverage failure: total of ([\d.]+) is less than fail-under=([\d.]+)$/
const PYTEST_COV_FAIL =
  /^FAIL Required test coverage of ([\d.]+)% not reached\. Total coverage: ([\d.]+)%$/
const PYTEST_COV_MET = /^Required test coverage of ([\d.]+)% reached\. Total coverage: ([\d.]+)%$/

interface Miss {
  metric: string
  actual: string
  threshold: string
  file?: string
}

class CoverageReader extends DiagnosticsReader {
  private readonly misses: Miss[] = []
  private met: string | null = null
  private style: 'istanbul' | 'jest' | 'coverage.py' | 'pytest-cov' | null = null

  protected read(text: string): void {
    if (!LineReader.readable(text)) return
    const trimmed = text.trim()
    const istanbul = ISTANBUL.exec(trimmed)
    if (istanbul !== null) {
      const [, metric, actual, threshold, file] = istanbul
      this.miss('istanbul', {
        metric: metric!,
        actual: actual!,
        threshold: threshold!,
        ...(file === undefined ? {} : { file })
      })
      return
    }
    const jest = JEST.exec(trimmed)
    if (jest !== null) {
      const [, scope, metric, threshold, actual] = jest
      this.miss('jest', {
        metric: metric!,
        actual: actual!,
        threshold: threshold!,
        ...(scope === 'global' ? {} : { file: scope! })
      })
      return
    }
    const python = COVERAGE_PY.exec(trimmed) ?? PYTEST_COV_FAIL.exec(trimmed)
    if (python !== null) {
      const fromCoveragePy = trimmed.startsWith('Coverage failure')
      const actual = fromCoveragePy ? python[1]! : python[2]!
      const threshold = fromCoveragePy ? python[2]! : python[1]!
      this.miss(fromCoveragePy ? 'coverage.py' : 'pytest-cov', {
        metric: 'total',
        actual,
        threshold
      })
      return
    }
    const met = PYTEST_COV_MET.exec(trimmed)
    if (met !== null) {
      this.recognise()
      this.style ??= 'pytest-cov'
      this.met = `total ${met[2]!}% ≥ ${met[1]!}%`
    }
  }

  private miss(style: NonNullable<CoverageReader['style']>, miss: Miss): void {
    this.recognise()
    this.style ??= style
    this.misses.push(miss)
    const where = miss.file === undefined ? '' : ` in ${miss.file}`
    this.diagnostics.add({
      severity: 'error',
      message: `coverage for ${miss.metric}${where}: ${miss.actual}% is below the threshold of ${miss.threshold}%`,
      code: 'coverage-threshold',
      ...(miss.file === undefined ? {} : { file: miss.file })
    })
  }

  /** The tool to name: the checker the step runs, else the one whose wording this is. */
  private tool(): string {
    for (const tool of ['c8', 'nyc', 'pytest', 'coverage', 'vitest', 'jest']) {
      if (!this.hinted(tool)) continue
      if (tool === 'pytest') return 'pytest-cov'
      if (tool === 'coverage') return 'coverage.py'
      // The runner's own section is named after it: its coverage check gets its own name.
      return tool === 'vitest' || tool === 'jest' ? `${tool} coverage` : tool
    }
    return this.style === 'istanbul' || this.style === null ? 'coverage' : this.style
  }

  finish(): ToolSection | null {
    if (!this.recognised) return null
    const counts = { thresholdsMissed: this.misses.length }
    if (this.misses.length === 0) {
      // A threshold met is no news: it comes after what the runner says.
      return this.diagnostics.section(
        this.tool(),
        Number.MAX_SAFE_INTEGER,
        this.met ?? 'thresholds met',
        counts
      )
    }
    const reasons = this.misses.map((miss) => {
      const where = miss.file === undefined ? '' : ` (${miss.file})`
      return `${miss.metric} ${miss.actual}% < ${miss.threshold}%${where}`
    })
    return this.diagnostics.section(this.tool(), this.at, reasons.join(', '), counts)
  }
}

export const coverageReader: OutputReader = {
  id: 'coverage',
  create: (context) => new CoverageReader(context)
}
