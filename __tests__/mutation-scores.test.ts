/**
 * scripts/mutation-scores.mjs: the scores recorded in docs/mutation-testing.md, added up from
 * Stryker's JSON reports (a target run in parts, the newer report winning for a file); and
 * scripts/mutation-after.mjs: the "after" scores from a re-run of the survivors' lines.
 */
import { countsByFile, score, scoreTable } from '../scripts/mutation-scores.mjs'
import { afterReport, comparisonTable, survivorRanges } from '../scripts/mutation-after.mjs'

const mutant = (status: string) => ({ id: status, mutatorName: 'x', status, location: {} })
const report = (files: Record<string, string[]>) => ({
  schemaVersion: '2',
  thresholds: { high: 80, low: 60 },
  files: Object.fromEntries(
    Object.entries(files).map(([file, statuses]) => [
      file,
      { language: 'typescript', source: '', mutants: statuses.map(mutant) }
    ])
  )
})

describe('mutation scores', () => {
  it('counts timeouts as detected and leaves errors and ignored mutants out', () => {
    const files = countsByFile([
      report({
        'src/report/json.ts': [
          'Killed',
          'Killed',
          'Timeout',
          'Survived',
          'NoCoverage',
          'CompileError',
          'RuntimeError',
          'Ignored'
        ]
      })
    ])
    const counts = files.get('src/report/json.ts')!
    expect(counts).toEqual({ killed: 2, timeout: 1, survived: 1, noCoverage: 1, invalid: 3 })
    expect(score(counts)).toBe(60)
  })

  it('has no score for a file with no valid mutant', () => {
    expect(score({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, invalid: 2 })).toBeNull()
  })

  it('takes the newer report for a file two reports hold, and adds up folders', () => {
    const older = report({ 'src/report/a.ts': ['Survived', 'Survived'] })
    const newer = report({
      'src/report/a.ts': ['Killed', 'Survived'],
      'src/report/b.ts': ['Killed']
    })
    const table = scoreTable(
      countsByFile([older, newer, report({ 'src/plan/plan.ts': ['Killed', 'Killed', 'Survived'] })])
    )
    expect(table.split('\n')).toEqual([
      '| Mutated | Score | Detected | Survived | Not covered | Valid mutants |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '| `src/plan/` | 66.7% | 2 | 1 | 0 | 3 |',
      '| `src/report/` | 66.7% | 2 | 1 | 0 | 3 |',
      '',
      '| Mutated | Score | Detected | Survived | Not covered | Valid mutants |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '| `src/plan/plan.ts` | 66.7% | 2 | 1 | 0 | 3 |',
      '| `src/report/a.ts` | 50.0% | 1 | 1 | 0 | 2 |',
      '| `src/report/b.ts` | 100.0% | 1 | 0 | 0 | 1 |'
    ])
  })
})

describe('after scores: survivors re-run after the tests written from them', () => {
  /** A mutant at line:column (ending on endLine) with a mutator and replacement. */
  const at = (
    status: string,
    line: number,
    column = 1,
    mutatorName = 'StringLiteral',
    replacement = '""',
    endLine = line
  ) => ({
    id: `${line}:${column}`,
    mutatorName,
    replacement,
    status,
    location: { start: { line, column }, end: { line: endLine, column: column + 1 } }
  })
  const reportOf = (files: Record<string, ReturnType<typeof at>[]>) => ({
    schemaVersion: '2',
    thresholds: { high: 80, low: 60 },
    files: Object.fromEntries(
      Object.entries(files).map(([file, mutants]) => [
        file,
        { language: 'typescript', source: '', mutants }
      ])
    )
  })

  it("gives Stryker the undetected mutants' lines, neighbours merged, per file", () => {
    const before = reportOf({
      'src/a.ts': [
        at('Survived', 3),
        at('Killed', 4),
        at('NoCoverage', 4, 9),
        at('Survived', 5, 1, 'BlockStatement', '{}', 7),
        at('Survived', 12),
        at('Timeout', 20)
      ],
      'src/b.ts': [at('Killed', 1)],
      'src/c.ts': [at('Survived', 8)]
    })
    expect(survivorRanges(before)).toBe('src/a.ts:3-7,src/a.ts:12-12,src/c.ts:8-8')
  })

  it('takes the re-run status of the same mutant only (position, mutator, replacement)', () => {
    const before = reportOf({
      'src/a.ts': [
        at('Killed', 1),
        at('Survived', 2),
        at('Survived', 3),
        at('NoCoverage', 4),
        at('Survived', 5, 1, 'ConditionalExpression', 'true'),
        at('Survived', 6)
      ]
    })
    const rerun = reportOf({
      'src/a.ts': [
        at('Killed', 2),
        at('Survived', 3),
        at('Timeout', 4),
        // Same place, another replacement: a different mutant, so line 5's stays survived.
        at('Killed', 5, 1, 'ConditionalExpression', 'false'),
        // Line 6 was not produced again (the code moved): it keeps its first status.
        at('Killed', 7)
      ]
    })
    const statuses = afterReport(before, rerun).files['src/a.ts']!.mutants.map((m) => m.status)
    expect(statuses).toEqual(['Killed', 'Killed', 'Survived', 'Timeout', 'Survived', 'Survived'])
    expect(comparisonTable(before, rerun).split('\n')).toEqual([
      '| File | Before | After (detected / survived / not covered) |',
      '| --- | --- | --- |',
      '| `src/a.ts` | 16.7 % | **50.0 %** (3 / 3 / 0) |'
    ])
  })
})
