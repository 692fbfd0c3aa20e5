// What an unchecked item group is about when the checklist's "Current Status" is compared with
// the run: its root's text, and for the topic the validations that verify an item of the group.
// Written after mutation testing (npm run mutate) showed no test told these sources apart.
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES, type Assessment } from '../../src/readiness/model.js'
import type { GitHubLookups } from '../../src/readiness/github-evidence.js'
import type { Validation } from '../../src/validations/model.js'
import { checklist, item, phase, status, validation } from './builders.js'

// "Clean up the warnings" names no tool; its child is what clippy verifies (line 12).
const DOC = checklist(
  [
    phase(1, 'Critical', 'critical', 10, [
      item(11, 'Clean up the warnings', { children: [item(12, 'Verify: `cargo clippy`')] })
    ])
  ],
  { status: status(false, ['29 clippy errors']) }
)

// Non-critical and without a result: no validation blocker, and proves nothing either way, so
// only the unchecked item can speak for the declared blocker.
const tests = validation('tests', {
  name: 'Unit tests',
  command: 'cargo test',
  tool: 'cargo-test',
  critical: false,
  verifies: [30]
})
const clippy = (verifies: number[]): Validation =>
  validation('clippy', {
    name: 'Clippy linting',
    command: 'cargo clippy',
    tool: 'clippy',
    critical: false,
    verifies
  })

const declaredOf = (validations: Validation[]): Assessment['reconciliation']['declared'] =>
  assess({
    checklist: DOC,
    validations,
    results: [],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  }).reconciliation.declared

describe('an unchecked item group against a declared blocker', () => {
  it.each([
    ['a child of the group', [12]],
    ['the root and a line outside the group', [11, 30]]
  ])('takes its topic from a validation that verifies %s', (_, verifies) => {
    const declared = declaredOf([tests, clippy(verifies)])
    expect(declared.blockers).toEqual([
      {
        text: '29 clippy errors',
        line: 402,
        state: 'still-holds',
        evidence: 'unchecked: Clean up the warnings (line 11)'
      }
    ])
    expect(declared.newBlockers).toEqual([])
  })

  it('is not about what validations outside the group check', () => {
    const declared = declaredOf([tests, clippy([30])])
    expect(declared.blockers).toEqual([
      { text: '29 clippy errors', line: 402, state: 'unknown', evidence: null }
    ])
    expect(declared.newBlockers.map(({ text }) => text)).toEqual([
      expect.stringContaining('Clean up the warnings')
    ])
  })
})

describe('a ticked item GitHub contradicts, against a declared blocker', () => {
  // "CI is green" names nothing; what GitHub says about it does: the clippy check failed.
  const doc = checklist(
    [phase(1, 'Critical', 'critical', 10, [item(11, 'CI is green', { checked: true })])],
    { status: status(false, ['29 clippy errors']) }
  )
  const lookups: GitHubLookups = {
    issues: new Map(),
    checks: new Map([
      ['check:cargo clippy', { kind: 'run', status: 'completed', conclusion: 'failure', url: null }]
    ]),
    files: new Map(),
    headSha: 'abc1234',
    unreadable: [],
    apiCalls: 1,
    repository: { owner: 'acme', repo: 'app' }
  }

  it('is about the item and the evidence: the declared blocker knew it', () => {
    const assessment = assess({
      checklist: doc,
      validations: [],
      results: [],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true,
      github: {
        items: [
          {
            line: 11,
            text: 'CI is green',
            checked: true,
            references: [{ kind: 'check', name: 'cargo clippy' }]
          }
        ],
        lookups
      }
    })
    expect(assessment.blockers).toEqual([
      expect.objectContaining({ kind: 'github-contradiction', line: 11 })
    ])
    expect(assessment.reconciliation.declared.newBlockers).toEqual([])
  })
})
