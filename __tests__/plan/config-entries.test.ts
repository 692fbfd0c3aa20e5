/**
 * What each config entry changes in the plan, and only that: the fields it gives, the
 * validations it matches (by id, else by name) or adds, and the check a command makes.
 */
import { parseChecklist } from '../../src/checklist/parse.js'
import type { Checklist } from '../../src/checklist/model.js'
import { ConfigurationError } from '../../src/errors.js'
import { parseConfig } from '../../src/plan/config.js'
import { planValidations, type Plan } from '../../src/plan/plan.js'
import type { Validation } from '../../src/validations/model.js'

const FILE = '.github/readiness.yml'

/** Two script steps: `build` (cargo build --release) and `tests` (cargo test). */
function scripted(): Checklist {
  return parseChecklist(
    [
      '# Release', // 1
      '## Validation', // 2
      '```bash', // 3
      'echo "1. Build"', // 4
      'cargo build --release', // 5
      'echo "2. Tests"', // 6
      'cargo test', // 7
      '```', // 8
      '## Phase 1: Blockers (CRITICAL)', // 9
      '- [ ] Verify: `cargo test` passes' // 10
    ].join('\n'),
    'CHECKLIST.md'
  )
}

function plan(checklist: Checklist, yaml: string): Plan {
  return planValidations(checklist, parseConfig(yaml, FILE))
}

function byId(result: Plan, id: string): Validation {
  const found = result.validations.find((validation) => validation.id === id)
  if (found === undefined)
    throw new Error(`no validation '${id}' in ${result.validations.map((v) => v.id).join(', ')}`)
  return found
}

function errorOf(action: () => unknown): Error {
  try {
    action()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected an error, none was thrown')
}

describe('an entry adjusting a planned validation', () => {
  test('working-directory alone moves it; its command and the other fields stay', () => {
    const result = plan(
      scripted(),
      'validations:\n  - id: tests\n    working-directory: crates/core/\n'
    )
    expect(byId(result, 'tests')).toMatchObject({
      command: 'cargo test',
      cwd: 'crates/core',
      critical: true,
      env: {}
    })
    expect(byId(result, 'build').cwd).toBe('.')
  })

  test('entries without ids each adjust the validation their name matches', () => {
    const result = plan(
      scripted(),
      'validations:\n  - name: build\n    timeout: 1m\n  - name: TESTS\n    timeout: 2m\n'
    )
    expect(result.validations.map((v) => [v.id, v.name, v.timeoutMs])).toEqual([
      ['build', 'Build', 60_000],
      ['tests', 'Tests', 120_000]
    ])
  })

  test('a validation keeps `reports` only when its entry lists report files', () => {
    const result = plan(
      scripted(),
      'validations:\n  - id: tests\n    reports: [target/nextest/junit.xml]\n  - id: build\n    timeout: 5m\n'
    )
    expect(byId(result, 'tests').reports).toEqual(['target/nextest/junit.xml'])
    expect('reports' in byId(result, 'build')).toBe(false)
  })

  test('a command on a path check turns it into a command check', () => {
    const checklist = parseChecklist(
      '# Release\n## Phase 1: Blockers (CRITICAL)\n- [ ] Verify: `dist/index.js` exists\n',
      'CHECKLIST.md'
    )
    const before = planValidations(checklist, null)
    expect(before.validations.map((v) => [v.id, v.check, v.kind])).toEqual([
      ['dist-index-js-exists', { kind: 'paths-exist', paths: ['dist/index.js'] }, 'paths-exist']
    ])
    const after = plan(
      checklist,
      'validations:\n  - id: dist-index-js-exists\n    command: node dist/index.js --version\n'
    )
    expect(after.validations.map((v) => [v.id, v.command, v.check, v.kind, v.verifies])).toEqual([
      ['dist-index-js-exists', 'node dist/index.js --version', { kind: 'command' }, 'run', [3]]
    ])
  })

  test('a fixer is refused even when its line ends in a comment sign', () => {
    const error = errorOf(() =>
      plan(scripted(), 'validations:\n  - id: tests\n    command: "cargo fmt #"\n')
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `${FILE}:3: 'cargo fmt #' is not a check (format: 'cargo fmt' rewrites files with its formatting (the check is 'cargo fmt -- --check')); the gate only runs checks — set 'allow-mutation: true' on this entry if it must run`
    )
  })
})

describe('an entry adding a validation', () => {
  test('a name whose id a planned validation has gets the next free id', () => {
    const result = plan(scripted(), 'validations:\n  - name: Tests!\n    command: make check\n')
    expect(result.validations.map((v) => [v.id, v.name, v.command])).toEqual([
      ['build', 'Build', 'cargo build --release'],
      ['tests', 'Tests', 'cargo test'],
      ['tests-2', 'Tests!', 'make check']
    ])
  })

  test('without a name it is named by its first command line, past blank lines', () => {
    const result = plan(
      scripted(),
      'validations:\n  - command: |\n\n      make check\n      make docs\n'
    )
    expect(result.validations.at(-1)).toMatchObject({ id: 'make-check', name: 'make check' })
  })

  test('with source: config, entries sharing a name are two validations', () => {
    const result = plan(
      scripted(),
      'source: config\nvalidations:\n  - name: Lint\n    command: make lint\n  - name: lint\n    command: make lint-docs\n'
    )
    expect(result.source).toBe('config')
    expect(result.validations.map((v) => [v.id, v.name, v.command])).toEqual([
      ['lint', 'Lint', 'make lint'],
      ['lint-2', 'lint', 'make lint-docs']
    ])
  })

  test('a disabled entry on a checklist with nothing planned says none is planned', () => {
    const checklist = parseChecklist('# Release\n- [ ] Write the docs\n', 'CHECKLIST.md')
    const error = errorOf(() => plan(checklist, 'validations:\n  - id: lint\n    disabled: true\n'))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `${FILE}:2: validation 'lint' is disabled but matches no planned validation (planned: none)`
    )
  })
})

describe('where the plan comes from', () => {
  test('source: script on a checklist with a script plans its steps, not its Verify items', () => {
    const result = plan(scripted(), 'source: script\n')
    expect(result.source).toBe('script')
    expect(result.scriptLine).toBe(3)
    expect(result.validations.map((v) => [v.id, v.source])).toEqual([
      ['build', { kind: 'script', line: 5, file: 'CHECKLIST.md' }],
      ['tests', { kind: 'script', line: 7, file: 'CHECKLIST.md' }]
    ])
  })

  test('script steps and Verify commands are command checks', () => {
    const fromScript = planValidations(scripted(), null)
    const fromItems = plan(scripted(), 'source: verify-items\n')
    expect(fromScript.validations.map((v) => [v.id, v.check])).toEqual([
      ['build', { kind: 'command' }],
      ['tests', { kind: 'command' }]
    ])
    expect(fromItems.validations.map((v) => [v.id, v.check])).toEqual([
      ['cargo-test', { kind: 'command' }]
    ])
  })
})
