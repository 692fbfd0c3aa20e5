// The details of each annotation GitHub receives: the finding's place (lines, columns, paths made
// repository-relative or left out), which validations a message names, the declared-status
// warning's words, and the cap's order among equals. Written from the report-annotations
// mutation survivors (docs/mutation-testing.md) that the other annotation tests let through.
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES } from '../../src/readiness/model.js'
import {
  buildAnnotations,
  repositoryPath,
  selectAnnotations
} from '../../src/report/annotations.js'
import type { Finding } from '../../src/validations/model.js'
import { checklist, item, phase, result, status, validation } from '../readiness/builders.js'
import { context } from './cases.js'

const CHECKLIST = 'docs/CHECKLIST.md'
const finding = (extra: Partial<Finding>): Finding => ({
  severity: 'error',
  message: 'm',
  ...extra
})

/** The annotations of one failed validation with these findings. */
function ofFindings(findings: Finding[]) {
  const assessment = assess({
    checklist: checklist([]),
    validations: [validation('v', { name: 'Lint' })],
    results: [result('v', 'failed', { findings })],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })
  return buildAnnotations(assessment, context({ checklistPath: CHECKLIST, validationRoot: '.' }))
    .filter((a) => a.path !== CHECKLIST)
    .map(({ path, start_line, end_line, start_column, end_column }) => ({
      path,
      start_line,
      end_line,
      start_column,
      end_column
    }))
}

describe("a finding's place", () => {
  test('line 0 or below names no line of the file: no annotation', () => {
    expect(
      ofFindings([finding({ file: 'a.ts', line: 0 }), finding({ file: 'b.ts', line: -3 })])
    ).toEqual([])
  })

  test('an end line before the start is the start; the end line itself is kept', () => {
    expect(
      ofFindings([
        finding({ file: 'a.ts', line: 5, endLine: 3 }),
        finding({ file: 'b.ts', line: 5, endLine: 5, column: 2 }),
        finding({ file: 'c.ts', line: 5, endLine: 7, column: 2 })
      ])
    ).toEqual([
      { path: 'a.ts', start_line: 5, end_line: 5, start_column: undefined, end_column: undefined },
      // One line: the column is kept; several: GitHub takes no column.
      { path: 'b.ts', start_line: 5, end_line: 5, start_column: 2, end_column: 2 },
      { path: 'c.ts', start_line: 5, end_line: 7, start_column: undefined, end_column: undefined }
    ])
  })

  test('column 1 is a column; 0 is none', () => {
    expect(
      ofFindings([
        finding({ file: 'a.ts', line: 2, column: 1 }),
        finding({ file: 'b.ts', line: 2, column: 0 })
      ])
    ).toEqual([
      { path: 'a.ts', start_line: 2, end_line: 2, start_column: 1, end_column: 1 },
      { path: 'b.ts', start_line: 2, end_line: 2, start_column: undefined, end_column: undefined }
    ])
  })
})

describe('repositoryPath at its edges', () => {
  test.each([
    // [file, cwd, validationRoot, workspace, expected]
    ['/work/r/src/a.rs', '.', 'app', '/work/r', 'src/a.rs'],
    ['/work/r', '.', 'app', '/work/r', null],
    ['/work/r/', '.', 'app', '/work/r', null],
    ['/elsewhere/app/src/a.rs', '.', 'app', '/work/r', 'app/src/a.rs'],
    ['/app/src/a.rs', '.', 'app', null, 'app/src/a.rs'],
    ['/work/r/src/a.rs', '.', 'app', '', null],
    ['/work/r/src/a.rs', '.', 'app', 'work/r', null],
    ['/x/app/src/a.rs', '..', 'app', null, null],
    ['/x/src/a.rs', '.', '.', null, null],
    ['src/', '.', 'app', null, null],
    ['', '.', '.', null, null],
    ['./src/a.rs', '.', '.', null, 'src/a.rs'],
    ['../../a.rs', '.', 'app', null, null],
    ['..', '.', '.', null, null],
    ['a/C:/b.rs', '.', '.', null, 'a/C:/b.rs'],
    ['C:/r/app/b.rs', '.', 'app', null, 'app/b.rs']
  ])('%s in cwd %s, root %s, workspace %s → %s', (file, cwd, root, workspace, expected) => {
    const ctx = context({ validationRoot: root, workspace: workspace ?? undefined })
    expect(repositoryPath(file, cwd, ctx)).toBe(expected)
  })
})

describe('what the checklist annotations say', () => {
  test('a ticked item failing now names only the validations that did not pass; tick-it names every passing one', () => {
    const assessment = assess({
      checklist: checklist([
        phase(1, 'Critical', 'critical', 10, [
          item(11, 'Ship it', { checked: true }),
          item(12, 'Docs')
        ])
      ]),
      validations: [
        validation('a', { name: 'Build', verifies: [11] }),
        validation('b', { name: 'Tests', verifies: [11] }),
        validation('c', { name: 'Docs check', verifies: [12] }),
        validation('d', { name: 'Links', verifies: [12] })
      ],
      results: [
        result('a', 'passed'),
        result('b', 'failed', { summary: '2 failed' }),
        result('c', 'passed'),
        result('d', 'passed')
      ],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    const byTitle = new Map(
      buildAnnotations(assessment, context({ checklistPath: CHECKLIST })).map((a) => [
        a.title,
        a.message
      ])
    )
    expect(byTitle.get('Ticked, but its validation fails now')).toBe('Ship it\nTests: 2 failed')
    expect(byTitle.get('Validation passes: tick this item')).toBe('Docs\nPassed: Docs check, Links')
  })

  test.each([
    ['READY', true, null],
    ['NOT READY', false, 'The checklist declares NOT READY; the gate finds it ready.'],
    ['nothing', null, null]
  ])(
    'declared %s, the gate finds it ready: a warning only when they disagree',
    (_declared, ready, expected) => {
      const assessment = assess({
        checklist: checklist(
          [phase(1, 'Critical', 'critical', 10, [item(11, 'Ship it', { checked: true })])],
          {
            status: status(ready, [], 77)
          }
        ),
        validations: [validation('v', { name: 'Build', verifies: [11] })],
        results: [result('v', 'passed')],
        rules: DEFAULT_GATE_RULES,
        validationsRun: true
      })
      expect(assessment.ready).toBe(true)
      const warning = buildAnnotations(assessment, context({ checklistPath: CHECKLIST })).find(
        (a) => a.title === 'Declared status contradicts the evidence'
      )
      expect(warning?.message ?? null).toBe(expected)
    }
  )

  test('a declared READY the run does not bear out: "the gate finds it not ready"', () => {
    const assessment = assess({
      checklist: checklist(
        [phase(1, 'Critical', 'critical', 10, [item(11, 'Ship it', { checked: true })])],
        {
          status: status(true, [], 77)
        }
      ),
      validations: [validation('v', { name: 'Build', verifies: [11] })],
      results: [result('v', 'failed')],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    const warning = buildAnnotations(assessment, context({ checklistPath: CHECKLIST })).find(
      (a) => a.title === 'Declared status contradicts the evidence'
    )
    expect(warning?.message).toBe('The checklist declares READY; the gate finds it not ready.')
  })
})

test('a failed critical validation with no line to point at gets no checklist annotation', () => {
  const assessment = assess({
    checklist: checklist([]),
    validations: [
      validation('v', { name: 'Lint', source: { kind: 'script', line: null, file: null } })
    ],
    results: [result('v', 'failed', { summary: 'exit 1' })],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })
  expect(assessment.blockers).toEqual([expect.objectContaining({ kind: 'validation', line: null })])
  expect(buildAnnotations(assessment, context({ checklistPath: CHECKLIST }))).toEqual([])
})

test('under the cap, many annotations of two ranks: each rank kept in report order', () => {
  const findings = Array.from({ length: 40 }, (_, i) =>
    finding({ file: `f${i}.ts`, line: 1, severity: i % 2 === 0 ? 'error' : 'warning' })
  )
  const assessment = assess({
    checklist: checklist([]),
    validations: [
      validation('v', { name: 'Lint', source: { kind: 'script', line: null, file: null } })
    ],
    results: [result('v', 'failed', { findings })],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })
  const ctx = context({ checklistPath: CHECKLIST, validationRoot: '.' })
  const kept = selectAnnotations(assessment, ctx, 25).annotations.map((a) => a.path)
  const errors = Array.from({ length: 20 }, (_, i) => `f${2 * i}.ts`)
  const warnings = Array.from({ length: 5 }, (_, i) => `f${2 * i + 1}.ts`)
  expect(kept).toEqual(
    [...errors, ...warnings].sort((a, b) => Number(a.slice(1, -3)) - Number(b.slice(1, -3)))
  )
})

test('under the cap, annotations of equal rank are kept in report order', () => {
  const assessment = assess({
    checklist: checklist([]),
    validations: [validation('v', { name: 'Lint' })],
    results: [
      result('v', 'failed', {
        findings: ['a', 'b', 'c', 'd'].map((name) => finding({ file: `${name}.ts`, line: 1 }))
      })
    ],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })
  const ctx = context({ checklistPath: CHECKLIST, validationRoot: '.' })
  const kept = (max: number): string[] =>
    selectAnnotations(assessment, ctx, max)
      .annotations.map((a) => a.path)
      .filter((p) => p !== CHECKLIST)
  expect(kept(2)).toEqual(['a.ts'])
  expect(kept(3)).toEqual(['a.ts', 'b.ts'])
  expect(kept(4)).toEqual(['a.ts', 'b.ts', 'c.ts'])
})
