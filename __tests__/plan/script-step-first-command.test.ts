/**
 * A script step points at (and, unlabelled, is named by) its first command that is not a lone
 * directory change, once its refused commands are dropped; a step with nothing else left is no
 * step. `cd x && make` is a command, not a directory change.
 */
import { parseChecklist } from '../../src/checklist/parse.js'
import { planValidations, type Plan } from '../../src/plan/plan.js'

/** A plan of `script`, whose first line is checklist line 4, followed by a step "Last". */
function planOf(script: string[]): Plan {
  const markdown = [
    '# Release',
    '## Validation',
    '```bash',
    ...script,
    'echo "9. Last"',
    'make last',
    '```'
  ].join('\n')
  return planValidations(parseChecklist(markdown, 'CHECKLIST.md'), null)
}

function steps(result: Plan): unknown[] {
  return result.validations.map((v) => [v.id, v.command, v.cwd, v.source.line])
}

describe('a step whose first commands are refused', () => {
  test('after a cd, it points at the command the cd leads to', () => {
    const result = planOf(['echo "1. Where"', 'cargo fmt', 'cd sub', 'make check'])
    expect(steps(result)).toEqual([
      ['where', 'cd sub\nmake check', '.', 7],
      ['last', 'make last', 'sub', 9]
    ])
    expect(result.refused.map((r) => [r.line, r.command])).toEqual([[5, 'cargo fmt']])
  })

  test('after a pushd, likewise', () => {
    const result = planOf(['echo "1. Where"', 'cargo fmt', 'pushd sub', 'make check', 'popd'])
    expect(steps(result)).toEqual([
      ['where', 'pushd sub\nmake check', '.', 7],
      ['last', 'make last', '.', 10]
    ])
  })

  test('with only a cd left between fixers, it is no step', () => {
    const result = planOf(['echo "1. Format"', 'cargo fmt', 'cd sub', 'cargo fmt --all'])
    expect(steps(result)).toEqual([['last', 'make last', 'sub', 9]])
    expect(result.refused.map((r) => [r.line, r.command])).toEqual([
      [5, 'cargo fmt'],
      [7, 'cargo fmt --all']
    ])
  })

  test('a chained `cd sub && make` is its first command', () => {
    const result = planOf(['echo "1. Where"', 'cargo fmt', 'cd sub && make check'])
    expect(steps(result)).toEqual([
      ['where', 'cd sub && make check', '.', 6],
      ['last', 'make last', 'sub', 8]
    ])
  })
})
