/**
 * A ReadinessConfig built in code, not read by parseConfig, has no source lines (`lines` and
 * `keyLines` are optional in its type). Planning with one must still end in the same one-line
 * ConfigurationError naming the file — only without the line — never in a TypeError.
 */
import { parseChecklist } from '../../src/checklist/parse.js'
import type { Checklist } from '../../src/checklist/model.js'
import { ConfigurationError } from '../../src/errors.js'
import { parseConfig, type ReadinessConfig } from '../../src/plan/config.js'
import { planValidations } from '../../src/plan/plan.js'

const FILE = '.github/readiness.yml'

/** Two script steps, `build` and `tests`, and one ticked item (line 10). */
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
      '- [x] Tests pass: `cargo test`' // 10
    ].join('\n'),
    'CHECKLIST.md'
  )
}

/** The config as parseConfig reads it, and the same config without any source line. */
function configs(yaml: string): { read: ReadinessConfig; built: ReadinessConfig } {
  const read = parseConfig(yaml, FILE)
  const built = structuredClone(read)
  delete built.keyLines
  for (const entry of built.validations) delete entry.lines
  return { read, built }
}

function errorOf(action: () => unknown): Error {
  try {
    action()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected an error, none was thrown')
}

describe('a config without source lines', () => {
  test.each([
    [
      'two entries matching one validation',
      'validations:\n  - id: tests\n    timeout: 5m\n  - name: TESTS\n    critical: false\n',
      `${FILE}:4: this entry and the one at line 2 both match validation 'tests'; merge them`,
      `${FILE}: this entry and the one at line ? both match validation 'tests'; merge them`
    ],
    [
      'an id given twice',
      'validations:\n  - id: smoke\n    command: make smoke\n  - id: smoke\n    command: make smoke-2\n',
      `${FILE}:4: id 'smoke' is already used by the entry at line 2; ids must be unique`,
      `${FILE}: id 'smoke' is already used by the entry at line ?; ids must be unique`
    ],
    [
      'a disabled entry matching nothing',
      'validations:\n  - id: lint\n    disabled: true\n',
      `${FILE}:2: validation 'lint' is disabled but matches no planned validation (planned: build, tests)`,
      `${FILE}: validation 'lint' is disabled but matches no planned validation (planned: build, tests)`
    ],
    [
      'a command that is not a check',
      'validations:\n  - id: tests\n    command: cargo fmt\n',
      `${FILE}:3: 'cargo fmt' is not a check (format: 'cargo fmt' rewrites files with its formatting (the check is 'cargo fmt -- --check')); the gate only runs checks — set 'allow-mutation: true' on this entry if it must run`,
      `${FILE}: 'cargo fmt' is not a check (format: 'cargo fmt' rewrites files with its formatting (the check is 'cargo fmt -- --check')); the gate only runs checks — set 'allow-mutation: true' on this entry if it must run`
    ],
    [
      "'verifies' text matching no item",
      'validations:\n  - id: tests\n    verifies:\n      - Tests pass\n      - Docs built\n',
      `${FILE}:5: 'verifies' text "Docs built" matches no task item in CHECKLIST.md`,
      `${FILE}: 'verifies' text "Docs built" matches no task item in CHECKLIST.md`
    ],
    [
      "'needs' naming no validation",
      'validations:\n  - id: tests\n    needs:\n      - build\n      - biuld\n',
      `${FILE}:5: 'needs' names 'biuld', which is not a planned validation (planned: build, tests)`,
      `${FILE}: 'needs' names 'biuld', which is not a planned validation (planned: build, tests)`
    ],
    [
      "'needs' forming a cycle",
      'validations:\n  - id: build\n    needs: [tests]\n  - id: tests\n    needs: [build]\n',
      `${FILE}:3: 'needs' form a cycle: build → tests → build; a validation cannot wait for itself`,
      `${FILE}: 'needs' form a cycle: build → tests → build; a validation cannot wait for itself`
    ]
  ])('%s: the same message, without the line', (_, yaml, withLines, withoutLines) => {
    const { read, built } = configs(yaml)
    const checklist = scripted()
    const fromFile = errorOf(() => planValidations(checklist, read))
    expect(fromFile).toBeInstanceOf(ConfigurationError)
    expect(fromFile.message).toBe(withLines)
    const fromCode = errorOf(() => planValidations(checklist, built))
    expect(fromCode).toBeInstanceOf(ConfigurationError)
    expect(fromCode.message).toBe(withoutLines)
  })

  test("'source: script' on a checklist without a script names the file alone", () => {
    const { built } = configs('version: 1\nsource: script\n')
    const error = errorOf(() =>
      planValidations(parseChecklist('# X\n- [ ] Verify: `make`\n', 'CHECKLIST.md'), built)
    )
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `${FILE}: 'source: script' but CHECKLIST.md has no validation script (a fenced bash block under a "Validation" heading)`
    )
  })

  test('a validation it adds comes from the config file, at no line', () => {
    const { read, built } = configs('validations:\n  - id: docs\n    command: cargo doc\n')
    const checklist = scripted()
    const docsOf = (config: ReadinessConfig) =>
      planValidations(checklist, config).validations.find((v) => v.id === 'docs')?.source
    expect(docsOf(read)).toEqual({ kind: 'config', line: 2, file: FILE })
    expect(docsOf(built)).toEqual({ kind: 'config', line: null, file: FILE })
  })
})
