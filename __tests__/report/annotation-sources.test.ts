// Annotations of what the base comparison, waivers and GitHub evidence find, each at its
// checklist line with its documented level, title and message, and where each ranks under the
// cap. Written from the mutation survivors in report/annotations.ts (docs/mutation-testing.md):
// the annotation tests built none of these, so ~110 mutants there were not covered.
import type { ItemReferences } from '../../src/checklist/github-references.js'
import type { BaseComparison } from '../../src/compare/model.js'
import { assess } from '../../src/readiness/assess.js'
import type { GitHubLookups, IssueLookup } from '../../src/readiness/github-evidence.js'
import { DEFAULT_GATE_RULES } from '../../src/readiness/model.js'
import { buildAnnotations, selectAnnotations } from '../../src/report/annotations.js'
import { checklist, item, phase, result, status, validation } from '../readiness/builders.js'
import { perTest } from '../support/per-test.js'
import type { Annotation } from '../../src/report/surfaces.js'
import { capOrder } from './cap-order.js'
import { context } from './cases.js'

const NOW = new Date('2026-12-04T12:00:00Z')
const CHECKLIST = 'docs/CHECKLIST.md'

const issue = (state: 'open' | 'closed'): IssueLookup => ({
  kind: 'issue',
  state,
  stateReason: state === 'closed' ? 'COMPLETED' : null,
  url: 'https://github.com/octo/shop/issues/1'
})

const lookups: GitHubLookups = {
  issues: new Map([
    ['issue:octo/shop#12', issue('open')],
    ['issue:octo/shop#13', issue('open')],
    ['issue:octo/shop#14', issue('closed')],
    ['issue:octo/shop#15', issue('closed')]
  ]),
  checks: new Map(),
  files: new Map(),
  headSha: 'a'.repeat(40),
  unreadable: [],
  apiCalls: 1,
  repository: { owner: 'octo', repo: 'shop' }
}

const references = (line: number, text: string, checked: boolean, n: number): ItemReferences => ({
  line,
  text,
  checked,
  references: [{ kind: 'issue', owner: 'octo', repo: 'shop', number: n }]
})

const base: BaseComparison = {
  state: 'compared',
  ref: 'main',
  source: 'git',
  diff: {
    items: [
      {
        kind: 'removed',
        base: { line: 6, text: 'Load test at 1k rps', phase: 'Phase 1: Critical' },
        head: null,
        anchorLine: 17,
        detail: 'removed'
      },
      {
        kind: 'demoted',
        base: { line: 7, text: 'Pager rota staffed', phase: 'Phase 1: Critical' },
        head: { line: 32, text: 'Pager rota staffed', phase: 'Phase 2: Later' },
        anchorLine: 32,
        detail: 'moved to Phase 2: Later'
      },
      {
        kind: 'reworded',
        base: { line: 8, text: 'p99 under 200 ms', phase: 'Phase 1: Critical' },
        head: { line: 18, text: 'p99 under 900 ms', phase: 'Phase 1: Critical' },
        anchorLine: 18,
        detail: 'numbers changed: 200 → 900'
      }
    ],
    commands: [
      {
        kind: 'weakened',
        item: { baseLine: 9, headLine: 15, text: 'Lint clean' },
        base: { line: 10, text: 'cargo clippy -- -D warnings' },
        head: { line: 15, text: 'cargo clippy' },
        anchorLine: 15,
        lost: ['-D warnings']
      },
      {
        kind: 'removed',
        item: { baseLine: 11, headLine: 14, text: 'Docs reviewed' },
        base: { line: 12, text: 'npm run docs:check' },
        head: null,
        anchorLine: 14,
        lost: ['npm run docs:check']
      }
    ],
    ticks: [
      { kind: 'ticked', baseLine: 3, headLine: 13, text: 'Backups restored', critical: true },
      { kind: 'ticked', baseLine: 4, headLine: 14, text: 'Docs reviewed', critical: true },
      { kind: 'ticked', baseLine: 5, headLine: 15, text: 'Lint clean', critical: true },
      { kind: 'unticked', baseLine: 2, headLine: 16, text: 'Rollback plan', critical: true },
      { kind: 'ticked', baseLine: 1, headLine: 21, text: 'Chaos drill', critical: true }
    ],
    scriptSteps: [{ base: { line: 40, text: 'cargo audit' }, anchorLine: 20 }]
  }
}

const built = perTest(() => {
  const assessment = assess({
    checklist: checklist(
      [
        phase(1, 'Critical', 'critical', 10, [
          // Waived until 2026-11-30: expired on NOW, so it blocks as a waiver that does not hold.
          item(11, '~~Pen test~~ N/A: vendor late — approved by @lead until 2026-11-30'),
          item(12, 'Close #12', { checked: true }),
          item(13, 'Backups restored', { checked: true }),
          item(14, 'Docs reviewed', { checked: true }),
          item(15, 'Lint clean', { checked: true }),
          item(16, 'Rollback plan'),
          item(18, 'p99 under 900 ms', { checked: true }),
          item(19, 'Close #15', { checked: true }),
          // Waived until 2027-01-31 by a reviewer who approved: holds on NOW.
          item(21, '~~Chaos drill~~ N/A: out of scope — approved by @lead until 2027-01-31')
        ]),
        phase(2, 'Later', 'medium', 30, [
          item(31, 'Fix #13', { checked: true }),
          item(32, 'Pager rota staffed', { checked: true }),
          item(33, 'Close #14')
        ])
      ],
      { status: status(null, []) }
    ),
    validations: [
      validation('backup', { name: 'Backup drill', verifies: [13] }),
      validation('lint', { name: 'Lint', verifies: [15] })
    ],
    results: [result('backup', 'failed', { summary: 'exit 3' }), result('lint', 'passed')],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true,
    base,
    github: {
      items: [
        references(12, 'Close #12', true, 12),
        references(19, 'Close #15', true, 15),
        references(31, 'Fix #13', true, 13),
        references(33, 'Close #14', false, 14)
      ],
      lookups
    },
    approvals: { kind: 'read', approvers: new Set(['lead']) },
    now: NOW
  })
  const annotations = buildAnnotations(assessment, context({ checklistPath: CHECKLIST }))
  return { assessment, annotations }
})

/** An annotation of the checklist as "line level title". */
const row = (a: Annotation): string => `${a.start_line} ${a.annotation_level} ${a.title ?? ''}`
const rows = (annotations: readonly Annotation[]): string[] => annotations.map(row)

test('each finding of the comparison, the waivers and GitHub at its line, level and title', () => {
  const { annotations } = built()
  expect(annotations.every((a) => a.path === CHECKLIST)).toBe(true)
  expect(annotations.every((a) => a.start_line === a.end_line)).toBe(true)
  expect(rows(annotations)).toEqual([
    // Blockers, in the assessment's order: the failed critical validation (at its script
    // line), the removed and the demoted item, the unchecked group, the expired waiver, the
    // critical item GitHub contradicts.
    '300 failure Backup drill did not pass',
    '17 failure Critical item removed',
    '32 failure Critical item moved out of the critical phase',
    '16 warning Critical item unchecked',
    '11 failure Waiver does not hold',
    '12 failure Ticked, contradicted by GitHub',
    '13 failure Ticked, but its validation fails now',
    // A contradicted item outside the critical phase is a warning, not a blocker.
    '31 warning Ticked, contradicted by GitHub',
    '33 notice Done on GitHub: tick this item',
    '18 warning Critical item reworded',
    '15 warning Verify command weakened',
    '14 warning Verify command removed',
    '20 warning Validation script step removed',
    '13 warning Ticked in this change, unproven',
    '14 warning Ticked in this change, unproven',
    '16 notice Unticked in this change'
  ])
})

test('their messages say what changed, with the base line and the evidence', () => {
  const { annotations } = built()
  const message = (line: number, title: string): string | undefined =>
    annotations.find((a) => a.start_line === line && a.title === title)?.message
  expect(message(11, 'Waiver does not hold')).toMatch(/^.*Pen test.*2026-11-30/)
  expect(message(17, 'Critical item removed')).toBe(
    'Critical item removed (base line 6): Load test at 1k rps'
  )
  expect(message(32, 'Critical item moved out of the critical phase')).toMatch(
    /^Critical item moved .*\(base line 7\): Pager rota staffed$/
  )
  expect(message(12, 'Ticked, contradicted by GitHub')).toBe('Close #12\nissue #12 is open')
  expect(message(31, 'Ticked, contradicted by GitHub')).toBe('Fix #13\nissue #13 is open')
  expect(message(33, 'Done on GitHub: tick this item')).toBe('Close #14\nissue #14 is closed')
  expect(message(18, 'Critical item reworded')).toBe(
    'Base line 8: p99 under 200 ms\nNow: p99 under 900 ms\nnumbers changed: 200 → 900'
  )
  expect(message(15, 'Verify command weakened')).toBe(
    'Base line 10: cargo clippy -- -D warnings\nnow: cargo clippy\nLost: -D warnings'
  )
  expect(message(14, 'Verify command removed')).toBe(
    'Base line 12: npm run docs:check\nremoved\nLost: npm run docs:check'
  )
  expect(message(20, 'Validation script step removed')).toBe('Base line 40: cargo audit')
  const ticked = annotations.filter((a) => a.title === 'Ticked in this change, unproven')
  expect(ticked.map((a) => a.message)).toEqual([
    'Backups restored\nIts validation does not pass now.',
    'Docs reviewed\nNothing the gate ran proves it.'
  ])
  expect(message(16, 'Unticked in this change')).toBe('Rollback plan (ticked at the base, line 2)')
})

test('a tick its validation proves, or a holding waiver covers, is not annotated as a change', () => {
  const { assessment, annotations } = built()
  const evidence = assessment.comparison?.ticks.map((tick) => [tick.headLine, tick.evidence])
  expect(evidence).toEqual([
    [13, 'failing'],
    [14, 'unproven'],
    [15, 'proven'],
    [16, 'unproven'],
    [21, 'waived']
  ])
  const ticks = annotations.filter((a) => a.title?.includes('in this change') === true)
  expect(ticks.map((a) => a.start_line)).toEqual([13, 14, 16])
})

test('a confirmed reference (a ticked item whose issue is closed) gets no annotation', () => {
  const { annotations } = built()
  expect(annotations.filter((a) => a.start_line === 19)).toEqual([])
})

test("under the cap: change blockers with failed critical validations, the comparison after the other warnings, its notices before GitHub's", () => {
  const { assessment, annotations } = built()
  const ctx = context({ checklistPath: CHECKLIST })
  const order = capOrder((max) => selectAnnotations(assessment, ctx, max), annotations, row)
  expect(order).toEqual([
    '300 failure Backup drill did not pass',
    '17 failure Critical item removed',
    '32 failure Critical item moved out of the critical phase',
    '11 failure Waiver does not hold',
    '12 failure Ticked, contradicted by GitHub',
    '13 failure Ticked, but its validation fails now',
    '31 warning Ticked, contradicted by GitHub',
    '16 warning Critical item unchecked',
    '18 warning Critical item reworded',
    '15 warning Verify command weakened',
    '14 warning Verify command removed',
    '20 warning Validation script step removed',
    '13 warning Ticked in this change, unproven',
    '14 warning Ticked in this change, unproven',
    '16 notice Unticked in this change',
    '33 notice Done on GitHub: tick this item'
  ])
})

test('a failed validation from the config, or without a checklist line, is not annotated on the checklist', () => {
  const assessment = assess({
    checklist: checklist([
      phase(1, 'Critical', 'critical', 10, [item(11, 'Ship it', { checked: true })])
    ]),
    validations: [
      validation('cfg', {
        name: 'Config step',
        source: { kind: 'config', line: 3, file: '.github/readiness.yml' }
      }),
      validation('script', {
        name: 'Script step',
        source: { kind: 'script', line: 44, file: null }
      })
    ],
    results: [
      result('cfg', 'failed', { summary: 'exit 1' }),
      result('script', 'failed', { summary: 'exit 2' })
    ],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })
  expect(assessment.blockers.map((b) => b.kind)).toEqual(['validation', 'validation'])
  const annotations = buildAnnotations(assessment, context({ checklistPath: CHECKLIST }))
  expect(rows(annotations)).toEqual(['44 failure Script step did not pass'])
  expect(annotations[0]!.message).toBe('exit 2')
})

test('a declared "not ready" that the evidence contradicts is a warning at the status line', () => {
  const assessment = assess({
    checklist: checklist(
      [phase(1, 'Critical', 'critical', 10, [item(11, 'Ship it', { checked: true })])],
      {
        status: status(false, [], 77)
      }
    ),
    validations: [validation('v', { name: 'Build', verifies: [11] })],
    results: [result('v', 'passed')],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })
  expect(assessment.ready).toBe(true)
  const [annotation] = buildAnnotations(assessment, context({ checklistPath: CHECKLIST }))
  expect(annotation).toMatchObject({
    start_line: 77,
    annotation_level: 'warning',
    title: 'Declared status contradicts the evidence'
  })
  expect(annotation!.message).toMatch(/; the gate finds it ready\.$/)
})
