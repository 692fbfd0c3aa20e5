/**
 * Planning from `Verify:` items: without a script (the critical phases' items), and with
 * `claims: plan` (every ticked item's uncovered claims) — each command once, each group of
 * paths as one existence check, refusals recorded once.
 */
import { parseChecklist } from '../../src/checklist/parse.js'
import type { Checklist } from '../../src/checklist/model.js'
import { parseConfig } from '../../src/plan/config.js'
import { planValidations, type Plan } from '../../src/plan/plan.js'

const FILE = '.github/readiness.yml'

function checklist(lines: string[]): Checklist {
  return parseChecklist(lines.join('\n'), 'CHECKLIST.md')
}

function plan(lines: string[], yaml: string | null = null): Plan {
  return planValidations(checklist(lines), yaml === null ? null : parseConfig(yaml, FILE))
}

/** The fields of a planned validation these tests look at. */
function summary(result: Plan): unknown[] {
  return result.validations.map((v) => [v.id, v.command, v.critical, v.source.line])
}

const FORMAT_REASON =
  "'cargo fmt' rewrites files with its formatting (the check is 'cargo fmt -- --check')"

describe('Verify items without a script', () => {
  test('a checklist whose only Verify command is refused plans from its Verify items', () => {
    const result = plan([
      '# Release',
      '## Phase 1: Blockers (CRITICAL)',
      '- [ ] Verify: `cargo fmt`'
    ])
    expect(result.source).toBe('verify-items')
    expect(result.validations).toEqual([])
    expect(result.refused).toEqual([
      { command: 'cargo fmt', line: 3, effect: 'format', reason: FORMAT_REASON }
    ])
  })

  test('items naming the same files share one existence check; other files get their own', () => {
    const result = plan([
      '# Release', // 1
      '## Phase 1: Blockers (CRITICAL)', // 2
      '- [ ] Verify: `docs/` and `README.md` exist', // 3
      '- [ ] Verify: `docs/README.md` exists', // 4
      '- [ ] Verify: `docs/` and `README.md` are committed' // 5
    ])
    expect(result.validations.map((v) => [v.id, v.check, v.verifies])).toEqual([
      ['docs-and-readme-md-exist', { kind: 'paths-exist', paths: ['docs/', 'README.md'] }, [3]],
      ['docs-readme-md-exists', { kind: 'paths-exist', paths: ['docs/README.md'] }, [4]]
    ])
  })

  test('without a critical phase, an existence check is not critical and points at its item', () => {
    const result = plan(['# Notes', '## Docs', '- [ ] Verify: `CHANGELOG.md` updated'])
    expect(result.validations.map((v) => [v.id, v.critical, v.source])).toEqual([
      ['changelog-md-exists', false, { kind: 'verify-item', line: 3, file: 'CHECKLIST.md' }]
    ])
  })

  test('a path written with spaces inside its code span is checked as a path, not run', () => {
    const result = plan([
      '# Release',
      '## Phase 1: Blockers (CRITICAL)',
      '- [ ] Verify: `  dist/index.js  ` exists'
    ])
    expect(result.validations.map((v) => [v.id, v.command])).toEqual([
      ['dist-index-js-exists', 'paths exist: dist/index.js']
    ])
    expect(result.refused).toEqual([])
  })

  test('an empty code span in a Verify item is no command', () => {
    const result = plan([
      '# Release',
      '## Phase 1: Blockers (CRITICAL)',
      '- [ ] Verify: `  ` then `make check`'
    ])
    expect(summary(result)).toEqual([['make-check', 'make check', true, 3]])
  })
})

describe('claims: plan', () => {
  test('only the claims no validation covers are planned, not the item’s covered commands', () => {
    const result = plan(
      [
        '# Release', // 1
        '## Phase 1: Blockers (CRITICAL)', // 2
        '- [ ] Verify: `make a`', // 3
        '', // 4
        '## Phase 2: Polish (RECOMMENDED)', // 5
        '- [x] Verify: `make a` and `make b`' // 6
      ],
      'claims: plan\n'
    )
    expect(summary(result)).toEqual([
      ['make-a', 'make a', true, 3],
      ['make-b', 'make b', false, 6]
    ])
    expect(result.unverifiedClaims).toEqual([])
  })

  test('a refused claim is recorded once, and its item’s files are not checked twice', () => {
    const result = plan(
      [
        '# Release',
        '## Phase 1: Blockers (CRITICAL)',
        '- [x] Verify: `dist/index.js` exists after `cargo fmt`'
      ],
      'claims: plan\n'
    )
    expect(summary(result)).toEqual([
      ['dist-index-js-exists', 'paths exist: dist/index.js', true, 3]
    ])
    expect(result.refused).toEqual([
      { command: 'cargo fmt', line: 3, effect: 'format', reason: FORMAT_REASON }
    ])
    expect(result.unverifiedClaims.map((c) => [c.line, c.command, c.why])).toEqual([
      [3, 'cargo fmt', 'refused']
    ])
  })

  test('a fixer the base plan refused at one line is recorded again at the claim’s line', () => {
    const result = plan(
      [
        '# Release', // 1
        '## Phase 1: Blockers (CRITICAL)', // 2
        '- [ ] Verify: `cargo fmt`', // 3
        '', // 4
        '## Phase 2: Polish (RECOMMENDED)', // 5
        '- [x] Verify: `cargo fmt` once more' // 6
      ],
      'claims: plan\n'
    )
    expect(result.validations).toEqual([])
    expect(result.refused).toEqual([
      { command: 'cargo fmt', line: 3, effect: 'format', reason: FORMAT_REASON },
      { command: 'cargo fmt', line: 6, effect: 'format', reason: FORMAT_REASON }
    ])
  })

  test('a claim’s validation takes an id no config validation has', () => {
    const result = plan(
      [
        '# Release',
        '## Phase 1: Blockers (CRITICAL)',
        '- [ ] Verify: `make a`',
        '## Phase 2: Polish (RECOMMENDED)',
        '- [x] Verify: `make b`'
      ],
      'claims: plan\nvalidations:\n  - id: make-b\n    command: make build-b\n'
    )
    expect(result.validations.map((v) => [v.id, v.command])).toEqual([
      ['make-a', 'make a'],
      ['make-b', 'make build-b'],
      ['make-b-2', 'make b']
    ])
  })

  test('a ticked item outside every phase is planned too, not critical', () => {
    const result = plan(
      [
        '# Release', // 1
        '- [x] Verify: `make smoke`', // 2
        '## Phase 1: Blockers (CRITICAL)', // 3
        '- [ ] Verify: `make check`' // 4
      ],
      'claims: plan\n'
    )
    expect(summary(result)).toEqual([
      ['make-check', 'make check', true, 4],
      ['make-smoke', 'make smoke', false, 2]
    ])
    expect(result.unverifiedClaims).toEqual([])
  })
})
