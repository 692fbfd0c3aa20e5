// The comparison in the assessment (pure): what a new tick's evidence says now, that change
// blockers gate through the items rule, and that checklist text from either side reaches the
// Markdown escaped (it is untrusted: a pull request writes it).
import { parseChecklist } from '../../src/checklist/parse.js'
import { diffChecklists } from '../../src/compare/diff.js'
import { assess, DEFAULT_GATE_RULES } from '../../src/readiness/assess.js'
import type { ValidationResult, Validation } from '../../src/validations/model.js'
import { renderReport } from '../../src/report/render.js'
import { maskForSurfaces } from '../../src/report/secrets.js'
import { result, validation } from './builders.js'
import { renderContextFor, type RenderContext } from '../../src/report/render-context.js'

const CRITICAL = '## Phase 1: Critical (MUST COMPLETE)\n\n'
const LATER = '\n## Phase 2: Later (NICE TO HAVE)\n\n'

function assessChange(
  base: string,
  head: string,
  validations: Validation[] = [],
  results: ValidationResult[] = [],
  rules = DEFAULT_GATE_RULES
): ReturnType<typeof assess> {
  const baseList = parseChecklist(base, 'C.md')
  const headList = parseChecklist(head, 'C.md')
  return assess({
    checklist: headList,
    validations,
    results,
    rules,
    validationsRun: true,
    base: {
      state: 'compared',
      ref: 'v1.0.0',
      source: 'git',
      diff: diffChecklists(baseList, headList)
    }
  })
}

describe('ticked here', () => {
  const base = `${CRITICAL}- [x] Keys rotated\n${LATER}- [ ] Changelog updated\n- [ ] Docs built\n`
  const head = base
    .replace('- [ ] Changelog updated', '- [x] Changelog updated')
    .replace('- [ ] Docs built', '- [x] Docs built')

  test('with nothing checking it: unproven; with a passing validation: proven; failing: failing', () => {
    const docs = validation('docs', { verifies: [8], critical: false })
    const changelog = validation('changelog', { verifies: [7], critical: false })
    const assessment = assessChange(
      base,
      head,
      [docs, changelog],
      [result('docs', 'passed'), result('changelog', 'failed')]
    )
    expect(assessment.comparison?.ticks.map((t) => [t.text, t.evidence])).toEqual([
      ['Changelog updated', 'failing'],
      ['Docs built', 'proven']
    ])
    expect(assessChange(base, head).comparison?.ticks.map((t) => t.evidence)).toEqual([
      'unproven',
      'unproven'
    ])
  })

  test('the comment lists the unproven tick and the unticked item with both lines', () => {
    const unticked = head.replace('- [x] Keys rotated', '- [ ] Keys rotated')
    const assessment = assessChange(base, unticked)
    const { comment } = renderReport(
      maskForSurfaces(assessment, []),
      maskForSurfaces(context(), [])
    )
    expect(comment).toContain('- **Unticked here**: “Keys rotated” — line 3 (base line 3)')
    expect(comment).toContain(
      '- **Ticked here, unproven**: “Changelog updated” — line 7 (base line 7)'
    )
  })
})

describe('change blockers and the items rule', () => {
  const base = `${CRITICAL}- [x] Keys rotated\n- [x] Backups tested\n`

  test('deleting every critical item still blocks (the rule had nothing else to check)', () => {
    const assessment = assessChange(base, `# Notes\n\n- [x] Something else\n`)
    expect(assessment.verdict).toBe('not-ready')
    expect(assessment.basis.items).toBe(true)
    expect(assessment.blockers.map((b) => b.kind)).toEqual(['checklist-change', 'checklist-change'])
  })

  test('with require-items off, a deletion does not gate (the rule is off) ', () => {
    const assessment = assessChange(base, `${CRITICAL}- [x] Keys rotated\n`, [], [], {
      requireValidations: true,
      requireItems: false
    })
    expect(assessment.blockers).toEqual([])
    expect(assessment.comparison?.items.map((c) => c.kind)).toEqual(['removed'])
  })
})

test('checklist text from the base and the head is escaped in the Markdown', () => {
  const hostile =
    'Ship it <img src=x onerror=alert(1)> @everyone [x](javascript:alert(1)) ![t](http://evil/t.png)'
  const base = `${CRITICAL}- [x] ${hostile}\n- [x] Keys rotated\n`
  const assessment = assessChange(base, `${CRITICAL}- [x] Keys rotated\n`)
  const { comment } = renderReport(maskForSurfaces(assessment, []), maskForSurfaces(context(), []))
  expect(comment).toContain('Critical item removed')
  expect(comment).not.toContain('<img')
  expect(comment).not.toMatch(/[^\\]\]\(javascript:/)
  expect(comment).not.toMatch(/!\[t\]\(/)
  expect(comment).not.toMatch(/(^|[^\\`])@everyone/)
})

function context(): RenderContext {
  return renderContextFor({
    checkName: 'Readiness Gate',
    workspace: '/project',
    root: '/project',
    checklistPath: '/project/C.md',
    github: null
  })
}

describe('config waivers of items still in the checklist', () => {
  const list = parseChecklist(`${CRITICAL}- [x] Keys rotated\n- [ ] Load test at 1k rps\n`, 'C.md')
  const waiver = {
    item: 'load test',
    reason: 'no public endpoint yet',
    approver: 'lead',
    expires: '2027-01-31',
    line: 4
  }
  const run = (
    approvers: string[],
    now = new Date('2026-12-04T00:00:00Z')
  ): ReturnType<typeof assess> =>
    assess({
      checklist: list,
      validations: [],
      results: [],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true,
      waivers: [waiver],
      approvals: { kind: 'read', approvers: new Set(approvers) },
      now
    })

  test('an unchecked critical item waived in the config does not block when the waiver holds', () => {
    const assessment = run(['lead'])
    expect(assessment.verdict).toBe('ready')
    expect(assessment.waivers).toEqual([
      expect.objectContaining({ source: 'config', line: 4, configLine: 4, valid: true })
    ])
  })

  test('the day after it expires, or unapproved, it blocks on the item line', () => {
    expect(run(['lead'], new Date('2027-02-01T00:00:00Z')).blockers).toEqual([
      expect.objectContaining({ kind: 'waiver', line: 4, problems: ['expired'] })
    ])
    expect(run(['lead'], new Date('2027-01-31T23:59:59Z')).verdict).toBe('ready')
    expect(run([]).blockers).toEqual([
      expect.objectContaining({ kind: 'waiver', line: 4, problems: ['not-approved'] })
    ])
  })
})
