import { assess, type AssessInput } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES, type Assessment } from '../../src/readiness/model.js'
import type { ValidationStatus } from '../../src/validations/model.js'
import { checklist, item, phase, result, status, validation } from './builders.js'

/** Phase 1 (critical): one root with two children; phase 2 (high): one item. */
function basicChecklist(checked: { root?: boolean; a?: boolean; b?: boolean } = {}) {
  return checklist([
    phase(1, 'Critical Fixes', 'critical', 10, [
      item(11, 'Fix formatting', {
        checked: checked.root ?? false,
        children: [
          item(12, 'Run: `cargo fmt`', { checked: checked.a ?? false }),
          item(13, 'Verify: `cargo fmt -- --check` passes', { checked: checked.b ?? false })
        ]
      })
    ]),
    phase(2, 'High Priority', 'high', 20, [item(21, 'Write docs')])
  ])
}

const ALL_TICKED = { root: true, a: true, b: true }

function run(overrides: Partial<AssessInput> = {}): Assessment {
  return assess({
    checklist: basicChecklist(ALL_TICKED),
    validations: [validation('fmt', { verifies: [11, 13], tool: 'rustfmt' })],
    results: [result('fmt', 'passed')],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true,
    ...overrides
  })
}

describe('verdict', () => {
  test('ready when every critical validation passed and every critical item is ticked', () => {
    const a = run()
    expect(a.verdict).toBe('ready')
    expect(a.ready).toBe(true)
    expect(a.blockers).toEqual([])
    expect(a.basis).toEqual({ validations: true, items: true })
    expect(a.criticalValidationsPassed).toBe(true)
  })

  test.each<ValidationStatus>(['failed', 'timed-out', 'missing-tool', 'error', 'skipped'])(
    'a critical validation that is %s is a blocker',
    (s) => {
      const a = run({ results: [result('fmt', s, { summary: `fmt ${s}`, hint: 'do x' })] })
      expect(a.verdict).toBe('not-ready')
      expect(a.criticalValidationsPassed).toBe(false)
      expect(a.blockers).toHaveLength(1)
      expect(a.blockers[0]).toMatchObject({
        kind: 'validation',
        validationId: 'fmt',
        status: s,
        line: 300,
        hint: 'do x'
      })
      expect(a.blockers[0]!.text).toContain('fmt')
    }
  )

  test('a critical validation without a result is a blocker ("no result was reported")', () => {
    const a = run({ results: [] })
    expect(a.verdict).toBe('not-ready')
    expect(a.blockers[0]).toMatchObject({ status: 'not-run', keyFinding: 'no result was reported' })
  })

  test('a failing non-critical validation does not block', () => {
    const a = run({
      validations: [validation('fmt', { verifies: [13] }), validation('lint', { critical: false })],
      results: [result('fmt', 'passed'), result('lint', 'failed')]
    })
    expect(a.verdict).toBe('ready')
  })

  test('an unchecked critical item is a blocker; an unchecked high-priority one is not', () => {
    const a = run({ checklist: basicChecklist({ root: true, a: false, b: true }) })
    expect(a.verdict).toBe('not-ready')
    expect(a.blockers).toEqual([
      {
        kind: 'unchecked-items',
        text: 'Fix formatting — 1 of 3 unchecked',
        itemText: 'Fix formatting',
        line: 11,
        phase: 'Phase 1: Critical Fixes',
        totalCount: 3,
        uncheckedCount: 1,
        uncheckedLines: [12]
      }
    ])
  })

  test('unchecked items are grouped under their root item, lines kept', () => {
    const a = run({ checklist: basicChecklist() })
    expect(a.blockers).toHaveLength(1)
    expect(a.blockers[0]).toMatchObject({ uncheckedCount: 3, uncheckedLines: [11, 12, 13] })
  })

  test('requireValidations off: failing validations do not gate, and a note says so', () => {
    const a = run({
      results: [result('fmt', 'failed')],
      rules: { requireValidations: false, requireItems: true }
    })
    expect(a.verdict).toBe('ready')
    expect(a.basis).toEqual({ validations: false, items: true })
    expect(a.criticalValidationsPassed).toBe(false)
    expect(a.notes.join(' ')).toMatch(/requireValidations is off/)
  })

  test('requireItems off: unchecked items do not gate, and a note says so', () => {
    const a = run({
      checklist: basicChecklist(),
      rules: { requireValidations: true, requireItems: false }
    })
    expect(a.verdict).toBe('ready')
    expect(a.basis).toEqual({ validations: true, items: false })
    expect(a.notes.join(' ')).toMatch(/requireItems is off/)
  })

  test('both rules off: unassessed', () => {
    const a = run({
      checklist: basicChecklist(),
      results: [result('fmt', 'failed')],
      rules: { requireValidations: false, requireItems: false }
    })
    expect(a.verdict).toBe('unassessed')
    expect(a.ready).toBe(false)
    expect(a.blockers).toEqual([])
  })

  test('validations the verdict requires were not run: never ready, and says so', () => {
    const ticked = run({ results: [], validationsRun: false })
    expect(ticked.verdict).toBe('unassessed')
    expect(ticked.ready).toBe(false)
    expect(ticked.blockers).toEqual([])
    expect(ticked.basis).toEqual({ validations: false, items: true })
    expect(ticked.notes[0]).toBe(
      'Validations were not run: the verdict requires the critical validations to pass, so it cannot be ready.'
    )
    expect(ticked.validations[0]).toMatchObject({ status: 'not-run', summary: 'not run' })
    expect(ticked.criticalValidationsPassed).toBe(false)

    const notReady = run({ checklist: basicChecklist(), results: [], validationsRun: false })
    expect(notReady.verdict).toBe('not-ready')
    expect(notReady.blockers.length).toBeGreaterThan(0)
    expect(notReady.blockers.every((b) => b.kind === 'unchecked-items')).toBe(true)

    const itemsOnly = run({
      results: [],
      validationsRun: false,
      rules: { requireValidations: true, requireItems: false }
    })
    expect(itemsOnly.verdict).toBe('unassessed')
  })

  test('validations not run and not required: the verdict rests on items only, and says so', () => {
    const rules = { requireValidations: false, requireItems: true }
    const ready = run({ results: [], validationsRun: false, rules })
    expect(ready.verdict).toBe('ready')
    expect(ready.notes[0]).toBe(
      'Validations were not run: the verdict rests on the checklist items only.'
    )
    const notReady = run({ checklist: basicChecklist(), results: [], validationsRun: false, rules })
    expect(notReady.verdict).toBe('not-ready')
  })

  test('validations not run, nothing required: unassessed, with a note', () => {
    const a = run({
      results: [],
      validationsRun: false,
      rules: { requireValidations: false, requireItems: false }
    })
    expect(a.verdict).toBe('unassessed')
    expect(a.notes[0]).toMatch(/nothing was assessed/)
  })

  test('no critical phase and no critical validation: unassessed', () => {
    const a = assess({
      checklist: checklist([phase(1, 'Docs', 'high', 1, [item(2, 'Write docs')])]),
      validations: [],
      results: [],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    expect(a.verdict).toBe('unassessed')
    expect(a.notes).toEqual([
      'No critical validation was planned: no command proves the checklist.',
      'The checklist has no critical-priority phase: no item gates readiness.',
      'Nothing gated readiness, so no verdict was given.'
    ])
  })
})

describe('progress', () => {
  test('per phase checked/total with a floored percent, and per priority level', () => {
    const a = run({ checklist: basicChecklist({ root: true, a: true, b: false }) })
    expect(a.phases.map((p) => [p.number, p.checked, p.total, p.percent])).toEqual([
      [1, 2, 3, 66],
      [2, 0, 1, 0]
    ])
    expect(a.priorities).toEqual([
      { level: 'critical', phases: 1, checked: 2, total: 3 },
      { level: 'high', phases: 1, checked: 0, total: 1 }
    ])
    expect(a.checklist).toMatchObject({ items: 4, checked: 2 })
  })
})

describe('reconciliation: ticks against validations', () => {
  test.each<ValidationStatus>(['failed', 'timed-out', 'missing-tool', 'error'])(
    'a ticked item whose validation is %s is "claimed done, fails"',
    (s) => {
      const a = run({
        results: [result('fmt', s, { summary: 'rustfmt: 2 files need formatting' })]
      })
      expect(a.reconciliation.claimedDoneFailing.map((m) => m.line)).toEqual([11, 13])
      expect(a.reconciliation.claimedDoneFailing[0]).toMatchObject({
        text: 'Fix formatting',
        checked: true,
        phase: 'Phase 1: Critical Fixes',
        validations: [{ id: 'fmt', status: s, summary: 'rustfmt: 2 files need formatting' }]
      })
      expect(a.reconciliation.passesTickIt).toEqual([])
    }
  )

  test('a skipped or missing result proves nothing either way', () => {
    for (const results of [[result('fmt', 'skipped')], []]) {
      const ticked = run({ results })
      expect(ticked.reconciliation.claimedDoneFailing).toEqual([])
      const unticked = run({ checklist: basicChecklist(), results })
      expect(unticked.reconciliation.passesTickIt).toEqual([])
    }
  })

  test('an unticked item whose every linked validation passed is "passes — tick it"', () => {
    const a = run({ checklist: basicChecklist() })
    expect(a.reconciliation.passesTickIt.map((m) => [m.line, m.checked])).toEqual([
      [11, false],
      [13, false]
    ])
    expect(a.reconciliation.claimedDoneFailing).toEqual([])
  })

  test('one failing validation among the linked ones: not "tick it"', () => {
    const a = run({
      checklist: basicChecklist(),
      validations: [validation('fmt', { verifies: [13] }), validation('fmt2', { verifies: [13] })],
      results: [result('fmt', 'passed'), result('fmt2', 'failed')]
    })
    expect(a.reconciliation.passesTickIt).toEqual([])
  })

  test('items no validation verifies are neither', () => {
    const a = run({ validations: [validation('fmt', { verifies: [] })] })
    expect(a.reconciliation.claimedDoneFailing).toEqual([])
    expect(a.reconciliation.passesTickIt).toEqual([])
  })
})

describe('reconciliation: placeholders and sign-offs', () => {
  test('placeholders are kept with line and context; sign-offs counted per role', () => {
    const signed = { filled: true, value: 'Jane Doe', line: 51 }
    const blank = { filled: false, value: '____', line: 61 }
    const a = assess({
      checklist: checklist([], {
        placeholders: [{ text: '[NAME]', line: 70, context: '**Lead:** [NAME]' }],
        signOffs: [
          {
            role: 'Technical Lead',
            line: 50,
            items: [item(52, 'a', { checked: true }), item(53, 'b')],
            signed,
            date: { filled: true, value: '2025-12-01', line: 51 }
          },
          { role: 'QA Team', line: 60, items: [item(62, 'c')], signed: blank, date: blank }
        ]
      }),
      validations: [],
      results: [],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    expect(a.reconciliation.placeholders).toEqual([
      { text: '[NAME]', line: 70, context: '**Lead:** [NAME]' }
    ])
    expect(a.reconciliation.signOffs.signed).toBe(1)
    expect(a.reconciliation.signOffs.total).toBe(2)
    expect(
      a.reconciliation.signOffs.roles.map((r) => [r.role, r.state, r.itemsChecked, r.itemsTotal])
    ).toEqual([
      ['Technical Lead', 'signed', 1, 2],
      ['QA Team', 'unsigned', 0, 1]
    ])
  })
})

describe('criticalValidationsPassed says a critical validation was proven', () => {
  test.each<[string, Partial<AssessInput>, boolean]>([
    ['a critical validation ran and passed', {}, true],
    ['validations were not run', { validationsRun: false, results: [] }, false],
    [
      'only non-critical validations ran (and passed)',
      { validations: [validation('fmt', { verifies: [11, 13], critical: false })] },
      false
    ],
    ['the plan was empty', { validations: [], results: [] }, false],
    [
      'a non-critical one failed but the critical one passed',
      {
        validations: [
          validation('fmt', { verifies: [11, 13] }),
          validation('docs', { critical: false })
        ],
        results: [result('fmt', 'passed'), result('docs', 'failed')]
      },
      true
    ]
  ])('%s → %p', (_, overrides, expected) => {
    expect(run(overrides).criticalValidationsPassed).toBe(expected)
  })
})

test('the assessment is plain JSON-safe data', () => {
  const a = run({ checklist: basicChecklist(), results: [result('fmt', 'failed')] })
  expect(JSON.parse(JSON.stringify(a))).toEqual(a)
})

test('a deeply nested critical item tree does not overflow the stack', () => {
  let leaf = item(10_000, 'leaf')
  for (let line = 9_999; line >= 2; line--) leaf = item(line, `level ${line}`, { children: [leaf] })
  const a = assess({
    checklist: checklist([phase(1, 'Deep', 'critical', 1, [leaf])]),
    validations: [],
    results: [],
    rules: DEFAULT_GATE_RULES,
    validationsRun: false
  })
  expect(a.blockers).toHaveLength(1)
  expect(a.blockers[0]).toMatchObject({ uncheckedCount: 9_999 })
})

describe('declared status against computed', () => {
  function withStatus(declaredReady: boolean | null, blockers: string[]) {
    return checklist(
      [
        phase(1, 'Critical Fixes', 'critical', 10, [
          item(11, 'Fix RUSTSEC-2024-0437 (protobuf vulnerability)', {
            children: [item(12, 'Verify no new vulnerabilities: `cargo audit`')]
          }),
          item(13, 'Fix all clippy errors', { checked: true }),
          item(14, 'Document the rollback plan')
        ])
      ],
      { status: status(declaredReady, blockers) }
    )
  }
  const plan = [
    validation('audit', {
      name: 'Security audit',
      command: 'cargo audit',
      tool: 'cargo-audit',
      verifies: [11, 12]
    }),
    validation('clippy', {
      name: 'Clippy linting',
      command: 'cargo clippy -- -D warnings',
      tool: 'clippy',
      verifies: [13]
    }),
    validation('ts-tests', { name: 'TypeScript tests', command: 'npm test', tool: 'npm-test' }),
    validation('rs-tests', { name: 'Rust tests', command: 'cargo test --all', tool: 'cargo-test' })
  ]
  const vuln = (code: string) => ({
    severity: 'error' as const,
    code,
    message: 'x',
    package: 'protobuf'
  })

  function compare(
    blockers: string[],
    results: ReturnType<typeof result>[],
    declaredReady: boolean | null = false
  ) {
    return assess({
      checklist: withStatus(declaredReady, blockers),
      validations: plan,
      results,
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    }).reconciliation.declared
  }

  const allPass = ['audit', 'clippy', 'ts-tests', 'rs-tests'].map((id) => result(id, 'passed'))
  const replace = (id: string, r: ReturnType<typeof result>) =>
    allPass.map((x) => (x.id === id ? r : x))

  test('still holds: shares an advisory id with a failing validation', () => {
    const d = compare(
      ['Protobuf security vulnerability (RUSTSEC-2024-0437)'],
      replace(
        'audit',
        result('audit', 'failed', {
          summary: 'cargo audit: RUSTSEC-2024-0437 in protobuf',
          findings: [vuln('RUSTSEC-2024-0437')]
        })
      )
    )
    expect(d.blockers[0]).toMatchObject({
      state: 'still-holds',
      evidence: 'Security audit — cargo audit: RUSTSEC-2024-0437 in protobuf',
      line: 402
    })
  })

  test('still holds: same tool keyword (clippy), evidence from the failing validation', () => {
    const d = compare(
      ['29 clippy errors'],
      replace('clippy', result('clippy', 'failed', { summary: 'clippy: 3 errors' }))
    )
    expect(d.blockers[0]).toMatchObject({
      state: 'still-holds',
      evidence: 'Clippy linting — clippy: 3 errors'
    })
  })

  test('still holds: a missing audit tool keeps an advisory blocker standing', () => {
    const d = compare(
      ['RUSTSEC-2024-0437'],
      replace('audit', result('audit', 'missing-tool', { summary: 'cargo-audit not installed' }))
    )
    expect(d.blockers[0]).toMatchObject({
      state: 'still-holds',
      evidence: 'Security audit — cargo-audit not installed'
    })
  })

  test('still holds by enough shared words with an unchecked critical item', () => {
    const d = compare(['Rollback plan not documented'], allPass)
    expect(d.blockers[0]).toMatchObject({
      state: 'still-holds',
      evidence: 'unchecked: Document the rollback plan (line 14)'
    })
  })

  test('resolved: the topic validations pass now (ecosystem respected)', () => {
    const d = compare(
      ['TypeScript test failures (6/6 suites)', 'Rust test compilation failure'],
      replace(
        'rs-tests',
        result('rs-tests', 'failed', { summary: 'cargo test: does not compile (1 error)' })
      )
    )
    expect(d.blockers.map((b) => [b.state, b.evidence])).toEqual([
      ['resolved', 'TypeScript tests passed'],
      ['still-holds', 'Rust tests — cargo test: does not compile (1 error)']
    ])
  })

  test('resolved: the audit runs and no longer reports the declared advisory; the new one is new', () => {
    const d = compare(
      ['Protobuf security vulnerability (RUSTSEC-2024-0437)'],
      replace(
        'audit',
        result('audit', 'failed', {
          summary: 'cargo audit: RUSTSEC-2099-0001 in foo',
          findings: [vuln('RUSTSEC-2099-0001')]
        })
      )
    )
    expect(d.blockers[0]).toMatchObject({
      state: 'resolved',
      evidence: 'Security audit no longer reports RUSTSEC-2024-0437'
    })
    expect(d.newBlockers.map((b) => b.validationId)).toContain('audit')
  })

  test('unknown: nothing checks it', () => {
    const d = compare(['Load balancer capacity not signed off by ops'], allPass)
    expect(d.blockers[0]).toEqual({
      text: 'Load balancer capacity not signed off by ops',
      line: 402,
      state: 'unknown',
      evidence: null
    })
  })

  test('computed blockers no declared blocker speaks to are new', () => {
    const d = compare(
      ['29 clippy errors'],
      replace('clippy', result('clippy', 'failed', { summary: 'clippy: 1 error' }))
    )
    expect(d.newBlockers.map((b) => b.text)).toEqual([
      'Fix RUSTSEC-2024-0437 (protobuf vulnerability) — 2 of 2 unchecked',
      'Document the rollback plan — unchecked'
    ])
  })

  test('declared READY while not ready is called out, and the opposite', () => {
    expect(compare([], allPass, true).agreement).toBe('declared-ready-but-not-ready')
    const ready = assess({
      checklist: checklist([phase(1, 'Fixes', 'critical', 1, [item(2, 'x', { checked: true })])], {
        status: status(false, [])
      }),
      validations: [],
      results: [],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    expect(ready.verdict).toBe('ready')
    expect(ready.reconciliation.declared.agreement).toBe('declared-not-ready-but-ready')
    expect(compare([], allPass, false).agreement).toBe('agrees')
    expect(compare([], allPass, null).agreement).toBe('not-comparable')
  })

  test('no status section: nothing declared, not comparable', () => {
    const a = run()
    expect(a.reconciliation.declared).toEqual({
      declared: null,
      agreement: 'not-comparable',
      blockers: [],
      newBlockers: []
    })
  })
})
