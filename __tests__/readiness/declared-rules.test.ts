// The checklist's own "Current Status" against the computed one: which declared blockers still
// hold, which are resolved, which nothing checks, and which computed blockers the document did
// not know. Written after mutation testing (npm run mutate) showed which of these rules no test
// told apart.
import {
  advisoriesOf,
  compareDeclared,
  type SubjectBlocker,
  type SubjectValidation
} from '../../src/readiness/declared.js'
import type { Blocker, DeclaredComparison, Verdict } from '../../src/readiness/model.js'
import { subjectOfText, subjectOfValidation } from '../../src/readiness/topics.js'
import { joinResults } from '../../src/readiness/validations.js'
import type { Finding, ValidationStatus } from '../../src/validations/model.js'
import { checklist, result, status, validation } from './builders.js'

function ran(
  id: string,
  runStatus: ValidationStatus,
  options: { name: string; command: string; tool?: string; summary?: string; findings?: Finding[] }
): SubjectValidation {
  const planned = validation(id, {
    name: options.name,
    command: options.command,
    tool: options.tool ?? null
  })
  const [assessed] = joinResults(
    [planned],
    [result(id, runStatus, { summary: options.summary, findings: options.findings })],
    true
  )
  return { validation: assessed!, subject: subjectOfValidation(assessed!) }
}

const validationBlocker = (text: string, validationId = 'v'): SubjectBlocker => {
  const blocker: Blocker = {
    kind: 'validation',
    text,
    validationId,
    validationName: validationId,
    status: 'failed',
    keyFinding: text,
    line: 300,
    hint: null
  }
  return { blocker, subject: subjectOfText(text) }
}

const uncheckedBlocker = (itemText: string, line: number): SubjectBlocker => ({
  blocker: {
    kind: 'unchecked-items',
    text: `${itemText} — 1 of 1 unchecked`,
    itemText,
    line,
    phase: 'Phase 1: Critical',
    totalCount: 1,
    uncheckedCount: 1,
    uncheckedLines: [line]
  },
  subject: subjectOfText(itemText)
})

const githubBlocker = (itemText: string, line: number): SubjectBlocker => ({
  blocker: {
    kind: 'github-contradiction',
    text: `${itemText} — ticked, contradicted by GitHub: issue #13 is open`,
    itemText,
    line,
    evidence: 'issue #13 is open'
  },
  subject: subjectOfText(itemText)
})

function compare(
  declared: string[],
  options: {
    ready?: boolean | null
    verdict?: Verdict
    blockers?: SubjectBlocker[]
    validations?: SubjectValidation[]
  } = {}
): DeclaredComparison {
  return compareDeclared(
    checklist([], {
      status: status(options.ready === undefined ? false : options.ready, declared)
    }),
    options.verdict ?? 'not-ready',
    options.blockers ?? [],
    options.validations ?? []
  )
}

const states = (comparison: DeclaredComparison) =>
  comparison.blockers.map(({ state, evidence }) => [state, evidence])

const clippy = (runStatus: ValidationStatus, summary = 'clippy: 29 errors') =>
  ran('clippy', runStatus, {
    name: 'Clippy linting',
    command: 'cargo clippy',
    tool: 'clippy',
    summary
  })

const audit = (runStatus: ValidationStatus, summary: string, findings: Finding[] = []) =>
  ran('audit', runStatus, {
    name: 'Security audit',
    command: 'cargo audit',
    tool: 'cargo-audit',
    summary,
    findings
  })

const advisory = (code?: string): Finding => ({
  severity: 'error',
  message: 'vulnerable dependency',
  ...(code === undefined ? {} : { code })
})

describe('agreement of the declared readiness with the verdict', () => {
  it.each([
    [true, 'ready', 'agrees'],
    [false, 'not-ready', 'agrees'],
    [true, 'not-ready', 'declared-ready-but-not-ready'],
    [false, 'ready', 'declared-not-ready-but-ready'],
    [null, 'ready', 'not-comparable'],
    [null, 'not-ready', 'not-comparable'],
    [false, 'unassessed', 'not-comparable'],
    [true, 'unassessed', 'not-comparable']
  ] as const)('declared ready %s, verdict %s → %s', (ready, verdict, agreement) => {
    expect(compare([], { ready, verdict }).agreement).toBe(agreement)
  })
})

describe('a declared blocker', () => {
  it('still holds, with the computed blocker as evidence, when a failing validation matches it', () => {
    expect(
      states(
        compare(['29 clippy errors'], {
          blockers: [validationBlocker('Clippy linting — clippy: 29 errors')]
        })
      )
    ).toEqual([['still-holds', 'Clippy linting — clippy: 29 errors']])
  })

  it('still holds when a validation on its topic ran and failed, even a non-critical one', () => {
    expect(states(compare(['29 clippy errors'], { validations: [clippy('failed')] }))).toEqual([
      ['still-holds', 'Clippy linting — clippy: 29 errors']
    ])
  })

  it('is resolved when the validations on its topic passed, all of them named', () => {
    const lint = ran('lint', 'passed', {
      name: 'Lint',
      command: 'cargo clippy --tests',
      tool: 'clippy'
    })
    expect(
      states(compare(['29 clippy errors'], { validations: [clippy('passed', 'clean'), lint] }))
    ).toEqual([['resolved', 'Clippy linting, Lint passed']])
  })

  it.each(['skipped', 'not-run', 'unassessable'] as const)(
    'is not resolved by a validation on its topic that was %s',
    (runStatus) => {
      const v: SubjectValidation =
        runStatus === 'not-run'
          ? (() => {
              const [assessed] = joinResults(
                [
                  validation('clippy', {
                    name: 'Clippy linting',
                    command: 'cargo clippy',
                    tool: 'clippy'
                  })
                ],
                [],
                true
              )
              return { validation: assessed!, subject: subjectOfValidation(assessed!) }
            })()
          : clippy(runStatus)
      expect(v.validation.status).toBe(runStatus)
      expect(states(compare(['29 clippy errors'], { validations: [v] }))).toEqual([
        ['unknown', null]
      ])
    }
  )

  it('without a topic is not resolved by a validation without one', () => {
    const docs = ran('docs', 'passed', { name: 'Docs', command: './docs.sh' })
    expect(docs.subject.topic).toBeNull()
    expect(states(compare(['Update the changelog wording'], { validations: [docs] }))).toEqual([
      ['unknown', null]
    ])
  })

  it('still holds when an unchecked item on its topic says so, before other item blockers', () => {
    expect(
      states(
        compare(['29 clippy errors'], {
          blockers: [
            githubBlocker('Fix all clippy errors', 20),
            uncheckedBlocker('Fix all clippy errors', 21)
          ]
        })
      )
    ).toEqual([['still-holds', 'unchecked: Fix all clippy errors (line 21)']])
    expect(
      states(
        compare(['29 clippy errors'], { blockers: [githubBlocker('Fix all clippy errors', 20)] })
      )
    ).toEqual([
      ['still-holds', 'Fix all clippy errors — ticked, contradicted by GitHub: issue #13 is open']
    ])
  })
})

describe('a declared blocker that names advisories', () => {
  const declared = ['Protobuf security vulnerability (RUSTSEC-2024-0437)']

  it('still holds while the audit reports that advisory', () => {
    expect(
      states(compare(declared, { validations: [audit('failed', 'RUSTSEC-2024-0437 in protobuf')] }))
    ).toEqual([['still-holds', 'Security audit — RUSTSEC-2024-0437 in protobuf']])
  })

  it('still holds while the audit fails without naming any advisory', () => {
    expect(
      states(compare(declared, { validations: [audit('failed', '1 vulnerability', [advisory()])] }))
    ).toEqual([['still-holds', 'Security audit — 1 vulnerability']])
  })

  it('is resolved when the failing audit reports only other advisories', () => {
    const failing = audit('failed', '1 vulnerability', [advisory('RUSTSEC-2025-0001')])
    const other = ran('audit2', 'failed', {
      name: 'Audit again',
      command: 'cargo audit --deny warnings',
      tool: 'cargo-audit',
      summary: 'RUSTSEC-2025-0002 in time'
    })
    expect(states(compare(declared, { validations: [failing, other] }))).toEqual([
      ['resolved', 'Security audit, Audit again no longer reports RUSTSEC-2024-0437']
    ])
  })

  it('still holds when the audit reports one of several declared advisories', () => {
    const two = ['Vulnerabilities RUSTSEC-2024-0437 and RUSTSEC-2024-0001 in the crates']
    expect(
      states(
        compare(two, {
          validations: [audit('failed', '1 vulnerability', [advisory('RUSTSEC-2024-0001')])]
        })
      )
    ).toEqual([['still-holds', 'Security audit — 1 vulnerability']])
    expect(
      states(
        compare(two, {
          validations: [audit('failed', '1 vulnerability', [advisory('CVE-2024-1234')])]
        })
      )
    ).toEqual([
      ['resolved', 'Security audit no longer reports RUSTSEC-2024-0437, RUSTSEC-2024-0001']
    ])
  })

  it('is resolved, "passed", when the audit passes', () => {
    expect(
      states(compare(declared, { validations: [audit('passed', 'no vulnerabilities')] }))
    ).toEqual([['resolved', 'Security audit passed']])
  })

  it('without ids still holds while the audit reports any advisory', () => {
    expect(
      states(
        compare(['npm packages have known vulnerabilities'], {
          validations: [
            ran('npm-audit', 'failed', {
              name: 'npm audit',
              command: 'npm audit',
              tool: 'npm-audit',
              summary: 'GHSA-abcd-ef12-ijkl in lodash'
            })
          ]
        })
      )
    ).toEqual([['still-holds', 'npm audit — GHSA-abcd-ef12-ijkl in lodash']])
  })
})

describe('advisories a validation reported', () => {
  it('come from finding codes and the summary, once each, findings without a code ignored', () => {
    const { validation: v } = audit('failed', 'RUSTSEC-2024-0437 and CVE-2024-1234', [
      advisory('RUSTSEC-2024-0437'),
      advisory(),
      advisory('GHSA-abcd-ef12-ijkl')
    ])
    expect(advisoriesOf(v)).toEqual(['RUSTSEC-2024-0437', 'GHSA-ABCD-EF12-IJKL', 'CVE-2024-1234'])
  })
})

describe('new blockers', () => {
  it('are the computed blockers no declared blocker speaks to', () => {
    const comparison = compare(['29 clippy errors', 'Protobuf vulnerability RUSTSEC-2024-0437'], {
      blockers: [
        validationBlocker('Clippy linting — clippy: 29 errors', 'clippy'),
        validationBlocker('Unit tests — 3 failed', 'tests'),
        uncheckedBlocker('Load test at 1k rps', 40)
      ]
    })
    expect(comparison.newBlockers).toEqual([
      { text: 'Unit tests — 3 failed', line: 300, validationId: 'tests' },
      { text: 'Load test at 1k rps — 1 of 1 unchecked', line: 40, validationId: null }
    ])
  })
})
