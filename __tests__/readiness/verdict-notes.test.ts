// The sentences next to the verdict and the wording of validation blockers, exactly: written
// after mutation testing (npm run mutate) showed which of their branches no test told apart.
import { assess, type AssessInput } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES, type Assessment } from '../../src/readiness/model.js'
import type { Finding, UnverifiedClaim } from '../../src/validations/model.js'
import { checklist, item, phase, result, validation } from './builders.js'

const TICKED = checklist([
  phase(1, 'Critical', 'critical', 10, [item(11, 'Fix', { checked: true })])
])

function assessed(overrides: Partial<AssessInput> = {}): Assessment {
  return assess({
    checklist: TICKED,
    validations: [validation('fmt', { name: 'Format', cwd: 'app' })],
    results: [result('fmt', 'passed')],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true,
    ...overrides
  })
}

const treeChange = (file: string | undefined, message = `${file} was changed`): Finding => ({
  severity: 'error',
  kind: 'tree-change',
  message,
  ...(file === undefined ? {} : { file })
})

describe('a validation that changed the tree', () => {
  const changed = (findings: Finding[]): string[] =>
    assessed({ results: [result('fmt', 'modified-tree', { findings })] }).notes.filter((note) =>
      note.startsWith("Validation 'Format' changed")
    )

  test('one file: named from the project root, "it"', () => {
    expect(changed([treeChange('src/a.ts')])).toEqual([
      "Validation 'Format' changed 1 file: app/src/a.ts; the gate did not restore it."
    ])
  })

  test('ten files are all named; the eleventh and later are counted', () => {
    const files = Array.from({ length: 12 }, (_, i) => `f${i}.txt`)
    const ten = files.slice(0, 10).map((file) => `app/${file}`)
    expect(changed(files.slice(0, 10).map((file) => treeChange(file)))).toEqual([
      `Validation 'Format' changed 10 files: ${ten.join(', ')}; the gate did not restore them.`
    ])
    expect(changed(files.map((file) => treeChange(file)))).toEqual([
      `Validation 'Format' changed 12 files: ${ten.join(', ')}, and 2 more; the gate did not restore them.`
    ])
  })

  test('changes without a file (HEAD moved) are said first; other findings are not changes', () => {
    const findings: Finding[] = [
      treeChange('b.txt'),
      treeChange(undefined, 'moved HEAD'),
      { severity: 'error', message: 'not a change', file: 'c.txt' }
    ]
    expect(changed(findings)).toEqual([
      "Validation 'Format' changed 1 file: moved HEAD, app/b.txt; the gate did not restore it."
    ])
  })
})

test('a validation that could not assess: whether it blocks depends on whether it is critical', () => {
  const notes = (critical: boolean): string[] =>
    assessed({
      validations: [validation('audit', { name: 'Audit', critical })],
      results: [result('audit', 'unassessable', { summary: 'the registry answered 405' })]
    }).notes.filter((note) => note.startsWith("Validation 'Audit'"))
  expect(notes(true)).toEqual([
    "Validation 'Audit' could not assess: the registry answered 405. It proves nothing either way and blocks a ready verdict."
  ])
  expect(notes(false)).toEqual([
    "Validation 'Audit' could not assess: the registry answered 405. It proves nothing either way."
  ])
})

describe('ticked items nothing checks', () => {
  const claim = (line: number, command: string): UnverifiedClaim => ({
    line,
    text: `Verify: \`${command}\``,
    command,
    why: 'not-planned',
    effect: null,
    reason: ''
  })
  const claimNotes = (claims: UnverifiedClaim[]): string[] =>
    assessed({ unverifiedClaims: claims }).notes.filter((note) => note.includes('ticked item'))

  test('are counted by item, not by command', () => {
    expect(claimNotes([])).toEqual([])
    expect(claimNotes([claim(11, 'a'), claim(11, 'b')])).toEqual([
      '1 ticked item claims a Verify command that no validation checks (see "Ticked, but nothing checks it").'
    ])
    expect(claimNotes([claim(11, 'a'), claim(12, 'b')])).toEqual([
      '2 ticked items claim a Verify command that no validation checks (see "Ticked, but nothing checks it").'
    ])
  })
})

describe('validation blockers', () => {
  const blockerText = (summary: string, status: 'skipped' | 'failed'): string | undefined =>
    assessed({ results: [result('fmt', status, { summary })] }).blockers[0]?.text

  test('a skipped validation says so, with its reason when it has one', () => {
    expect(blockerText('skipped', 'skipped')).toBe('Format — skipped (not run)')
    expect(blockerText('needs build, which failed', 'skipped')).toBe(
      'Format — skipped: needs build, which failed'
    )
    expect(blockerText('3 errors', 'failed')).toBe('Format — 3 errors')
  })

  test('a non-critical validation that fails blocks nothing', () => {
    const a = assessed({
      validations: [validation('fmt'), validation('docs', { critical: false })],
      results: [result('fmt', 'passed'), result('docs', 'failed')]
    })
    expect(a.blockers).toEqual([])
    expect(a.verdict).toBe('ready')
  })
})

describe('notes on what gated the verdict', () => {
  test('validations run, none critical, items gate: only the missing proof is said', () => {
    const a = assessed({ validations: [], results: [] })
    expect(a.verdict).toBe('ready')
    expect(a.notes).toEqual([
      'No critical validation was planned: no command proves the checklist.'
    ])
  })

  test('requireValidations off: no note that no critical validation was planned', () => {
    const a = assessed({
      validations: [],
      results: [],
      rules: { requireValidations: false, requireItems: true }
    })
    expect(a.notes).toEqual([
      'Validation results do not gate readiness (requireValidations is off).'
    ])
  })

  test('not run, nothing required: the items alone gate', () => {
    const a = assessed({
      validationsRun: false,
      results: [],
      rules: { requireValidations: false, requireItems: true }
    })
    expect(a.verdict).toBe('ready')
    expect(a.notes).toEqual([
      'Validations were not run: the verdict rests on the checklist items only.',
      'Validation results do not gate readiness (requireValidations is off).'
    ])
  })
})
