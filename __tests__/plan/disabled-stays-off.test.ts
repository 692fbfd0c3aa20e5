// A validation the config switches off (`disabled: true`) stays off under `claims: plan`: its
// ticked Verify item is an unverified claim that says which validation the config disabled,
// not a validation planned back under the same id. (Before, claims: plan re-planned it.)
import { parseChecklist } from '../../src/checklist/parse.js'
import { parseConfig } from '../../src/plan/config.js'
import { planValidations } from '../../src/plan/plan.js'

const CHECKLIST = [
  '# Release', //                                        1
  '## Phase 1: Blockers (CRITICAL)', //                  2
  '- [x] Verify: `npm test` passes', //                  3
  '- [x] Verify: `npm run lint` is clean', //            4
  ''
].join('\n')

function planWith(yaml: string) {
  return planValidations(
    parseChecklist(CHECKLIST, 'C.md'),
    parseConfig(yaml, '.github/readiness.yml')
  )
}

test.each(['report', 'plan'])(
  'claims: %s — the disabled validation is not planned; its claim says the config disabled it',
  (claims) => {
    const plan = planWith(`claims: ${claims}\nvalidations:\n  - id: npm-test\n    disabled: true\n`)
    expect(plan.validations.map((v) => v.command)).toEqual(['npm run lint'])
    expect(plan.unverifiedClaims).toEqual([
      {
        line: 3,
        text: 'Verify: `npm test` passes',
        command: 'npm test',
        why: 'not-planned',
        effect: null,
        reason: "validation 'npm-test' is disabled in the config"
      }
    ])
  }
)

test('without a disabled validation, claims: plan plans what the plan left out', () => {
  const plan = planWith(
    'claims: plan\nsource: config\nvalidations:\n  - name: Lint\n    command: npm run lint\n    verifies: [4]\n'
  )
  expect(plan.validations.map((v) => v.command)).toEqual(['npm run lint', 'npm test'])
  expect(plan.unverifiedClaims).toEqual([])
})

test('a disabled entry that matches nothing is named by its command when it has no id or name', () => {
  expect(() => planWith('validations:\n  - command: make docs\n    disabled: true\n')).toThrow(
    "validation 'make docs' is disabled but matches no planned validation (planned: npm-test, npm-run-lint)"
  )
})
