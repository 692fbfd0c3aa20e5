/**
 * Which claims a planned validation covers: a command covers the claims of the items it is
 * linked to whose command it runs; a config entry's `verifies` covers every claim of the items
 * it names; a path check covers only its item's files. Seen in both modes: the claims reported
 * (`claims: report`) and the claims planned (`claims: plan`).
 */
import { parseChecklist } from '../../src/checklist/parse.js'
import type { Checklist } from '../../src/checklist/model.js'
import { parseConfig } from '../../src/plan/config.js'
import { planValidations, type Plan } from '../../src/plan/plan.js'

const FILE = '.github/readiness.yml'

/** A script running `npm test` and `make build`; item 10 claims `npm test` and `npm run lint`. */
function scripted(): Checklist {
  return parseChecklist(
    [
      '# Release', // 1
      '## Validation', // 2
      '```bash', // 3
      'echo "1. Tests"', // 4
      'npm test', // 5
      'echo "2. Build"', // 6
      'make build', // 7
      '```', // 8
      '## Phase 1: Blockers (CRITICAL)', // 9
      '- [x] Verify: `npm test` and `npm run lint` pass' // 10
    ].join('\n'),
    'CHECKLIST.md'
  )
}

/** No script: item 3 claims a file and a command. */
function pathAndCommand(command: string): Checklist {
  return parseChecklist(
    [
      '# Release', // 1
      '## Phase 1: Blockers (CRITICAL)', // 2
      `- [x] Verify: \`dist/index.js\` exists after \`${command}\`` // 3
    ].join('\n'),
    'CHECKLIST.md'
  )
}

function plan(checklist: Checklist, yaml: string | null): Plan {
  return planValidations(checklist, yaml === null ? null : parseConfig(yaml, FILE))
}

function claims(result: Plan): unknown[] {
  return result.unverifiedClaims.map((c) => [c.line, c.command, c.why])
}

describe('a step linked to an item covers only the item’s commands it runs', () => {
  test('claims: report lists the item’s other command', () => {
    const result = plan(scripted(), null)
    expect(result.validations.map((v) => [v.id, v.verifies])).toEqual([
      ['tests', [10]],
      ['build', []]
    ])
    expect(claims(result)).toEqual([[10, 'npm run lint', 'not-planned']])
  })

  test('claims: plan plans the item’s other command', () => {
    const result = plan(scripted(), 'claims: plan\n')
    expect(result.validations.map((v) => [v.id, v.command, v.source.kind])).toEqual([
      ['tests', 'npm test', 'script'],
      ['build', 'make build', 'script'],
      ['npm-run-lint', 'npm run lint', 'verify-item']
    ])
    expect(claims(result)).toEqual([])
  })
})

describe('a config entry’s verifies covers every claim of the items it names', () => {
  test('claims: report lists none of the item’s claims', () => {
    const result = plan(scripted(), 'validations:\n  - id: build\n    verifies: [10]\n')
    expect(claims(result)).toEqual([])
  })

  test('claims: plan plans nothing more', () => {
    const result = plan(
      scripted(),
      'claims: plan\nvalidations:\n  - id: build\n    verifies: [10]\n'
    )
    expect(result.validations.map((v) => v.id)).toEqual(['tests', 'build'])
    expect(claims(result)).toEqual([])
  })
})

describe('a path check covers its item’s files, not its commands', () => {
  test('a refused command of the item is still an unverified claim', () => {
    const result = plan(pathAndCommand('cargo fmt'), null)
    expect(result.validations.map((v) => [v.id, v.verifies])).toEqual([
      ['dist-index-js-exists', [3]]
    ])
    expect(claims(result)).toEqual([[3, 'cargo fmt', 'refused']])
  })

  test('a disabled command of the item is an unverified claim', () => {
    const result = plan(
      pathAndCommand('make dist'),
      'validations:\n  - id: make-dist\n    disabled: true\n'
    )
    expect(result.validations.map((v) => v.id)).toEqual(['dist-index-js-exists'])
    expect(claims(result)).toEqual([[3, 'make dist', 'not-planned']])
  })
})
