/**
 * scripts/mutation-scores.mjs: the scores recorded in docs/mutation-testing.md, added up from
 * Stryker's JSON reports (a target run in parts, the newer report winning for a file).
 */
import { countsByFile, score, scoreTable } from '../scripts/mutation-scores.mjs'

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
