/**
 * The two statuses of the tree proof and of audits that could not run, on every surface: the
 * comment (and check run), the JSON report against its schema, and the terminal.
 */
import { formatFinished } from '../../src/log/run-log.js'
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES } from '../../src/readiness/model.js'
import { buildJsonReport } from '../../src/report/json.js'
import { renderReport } from '../../src/report/render.js'
import type { ValidationResult } from '../../src/validations/model.js'
import { context, masked, result, seedChecklist, seedPlan, seedRunResults } from './cases.js'
import { reportSchemaValidator } from '../support/report-schema.js'

const validate = reportSchemaValidator()

/** The seed run with its formatting step rewriting two files and its npm audit unassessable. */
function results(): ValidationResult[] {
  return seedRunResults().map((r) => {
    if (r.id === 'code-formatting') {
      return result(r.id, {
        status: 'modified-tree',
        exitCode: 0,
        durationMs: 400,
        summary: 'changed 2 files: src/lib.rs, src/main.rs (the gate did not restore them)',
        counts: { changedFiles: 2 },
        findings: ['src/lib.rs', 'src/main.rs'].map((file) => ({
          severity: 'error' as const,
          kind: 'tree-change',
          file,
          message: `${file} was modified`
        })),
        hint: 'the gate did not restore the tree: review it (`git status`, `git diff`) …',
        log: ''
      })
    }
    if (r.id === 'npm-audit') {
      return result(r.id, {
        status: 'unassessable',
        exitCode: 1,
        durationMs: 900,
        summary:
          'could not assess: the registry answered 405 Method Not Allowed (POST http://127.0.0.1:1/-/npm/v1/security/advisories/bulk)',
        hint: 'the audit could not reach its advisory source …',
        log: 'npm error audit endpoint returned an error\n'
      })
    }
    return r
  })
}

const assessment = () =>
  assess({
    checklist: seedChecklist(),
    validations: seedPlan(),
    results: results(),
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })

describe('modified-tree and unassessable on every surface', () => {
  it('are blockers with their words in the comment', () => {
    const a = assessment()
    expect(a.verdict).toBe('not-ready')
    const statuses = a.blockers.flatMap((b) => (b.kind === 'validation' ? [b.status] : []))
    expect(statuses).toEqual(expect.arrayContaining(['modified-tree', 'unassessable']))
    const { comment } = renderReport(masked(a), context())
    expect(comment).toContain('🛑 changed the tree')
    expect(comment).toContain('❔ could not assess')
    expect(comment).toContain('src/lib.rs')
    expect(comment).not.toMatch(/npm audit[^\n]*0 vulnerabilities/)
    expect(a.notes).toContain(
      "Validation 'Code formatting' changed 2 files: src/lib.rs, src/main.rs; the gate did not restore them."
    )
  })

  it('validate against the JSON schema', () => {
    const report = buildJsonReport(masked(assessment()), context())
    const ok = validate(JSON.parse(JSON.stringify(report)))
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
    const statuses = report.validations.map((v) => v.status)
    expect(statuses).toEqual(expect.arrayContaining(['modified-tree', 'unassessable']))
  })

  it('have their own words in the terminal', () => {
    const plan = seedPlan()
    const [fmt, audit] = ['code-formatting', 'npm-audit'].map((id) => ({
      validation: plan.find((v) => v.id === id)!,
      result: results().find((r) => r.id === id)!
    }))
    const text = formatFinished(fmt!.validation, fmt!.result)
    expect(text).toMatch(/^CHANGED TREE Code formatting /)
    expect(text).toContain('\n     src/lib.rs was modified\n')
    expect(formatFinished(audit!.validation, audit!.result)).toMatch(/^COULD NOT ASSESS NPM audit /)
  })

  it('an audit that could not assess never shows a declared vulnerability resolved', () => {
    // Non-critical, so it is no blocker: only the topic comparison could call it resolved.
    const plan = seedPlan().map((v) => (v.id === 'security-audit' ? { ...v, critical: false } : v))
    const unassessable = seedRunResults().map((r) =>
      r.id === 'security-audit'
        ? result(r.id, {
            status: 'unassessable',
            exitCode: 1,
            durationMs: 300,
            summary:
              "could not assess: couldn't fetch advisory database: git operation failed: failed to fetch repo",
            log: ''
          })
        : r
    )
    const a = assess({
      checklist: seedChecklist(),
      validations: plan,
      results: unassessable,
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    const protobuf = a.reconciliation.declared.blockers.find((b) =>
      /RUSTSEC-2024-0437/.test(b.text)
    )
    // The audit proves nothing either way, so the document's own word stands: the fix is unticked.
    expect({ state: protobuf?.state, evidence: protobuf?.evidence }).toEqual({
      state: 'still-holds',
      evidence: 'unchecked: Fix RUSTSEC-2024-0437 (protobuf vulnerability) (line 14)'
    })
  })
})
