// The "Changes since the base" and "Waivers" sections as a reader of the PR comment sees them:
// built from a real parse, diff and assessment of two checklist versions, pinned line by line —
// labels, both lines, escaping of checklist text (untrusted: a pull request writes it), what each
// detail level caps, plural words, and no section when there is nothing to say.
import { describe, expect, test } from '@jest/globals'
import { parseChecklist } from '../../src/checklist/parse.js'
import { diffChecklists } from '../../src/compare/diff.js'
import type { BaseComparison } from '../../src/compare/model.js'
import { assess, DEFAULT_GATE_RULES } from '../../src/readiness/assess.js'
import type { Assessment } from '../../src/readiness/model.js'
import type { ConfiguredWaiver } from '../../src/readiness/waivers.js'
import { comparisonSection } from '../../src/report/comparison.js'
import { DETAIL_LEVELS } from '../../src/report/levels.js'
import type { ValidationResult, Validation } from '../../src/validations/model.js'
import { result, validation } from '../readiness/builders.js'
import { context } from './cases.js'

const CRITICAL = '## Phase 1: Critical (MUST COMPLETE)\n\n'
const LATER = '\n## Phase 2: Later (NICE TO HAVE)\n\n'
const NOW = new Date('2026-12-04T12:00:00Z')
const RICH = DETAIL_LEVELS[0]!
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

interface Change {
  base?: Partial<BaseComparison> & { text?: string }
  validations?: Validation[]
  results?: ValidationResult[]
  waivers?: ConfiguredWaiver[]
  approvers?: string[]
}

function assessChange(base: string, head: string, change: Change = {}): Assessment {
  const headList = parseChecklist(head, 'C.md')
  const comparison: BaseComparison = {
    state: 'compared',
    ref: 'v1.0.0',
    source: 'git',
    diff: diffChecklists(parseChecklist(base, 'C.md'), headList),
    ...change.base
  } as BaseComparison
  return assess({
    checklist: headList,
    validations: change.validations ?? [],
    results: change.results ?? [],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true,
    base: comparison,
    waivers: change.waivers ?? [],
    approvals: { kind: 'read', approvers: new Set(change.approvers ?? []) },
    now: NOW
  })
}

function render(assessment: Assessment, level = RICH, overrides = {}): string {
  return comparisonSection(assessment, context(overrides), level)
}

const BASE = [
  CRITICAL,
  '- [x] Keys rotated\n',
  '- [x] Backups tested\n',
  '- [x] Alerts *configured*\n',
  '  - [x] Verify: `cargo clippy --all-targets -- -D warnings`\n',
  '- [x] Rollback <b>rehearsed</b>\n',
  '- [x] Checks\n',
  '  - [x] Verify: `cargo fmt -- --check` and `cargo test`\n',
  LATER,
  '- [ ] Changelog updated\n',
  '- [ ] Docs built\n',
  '- [ ] Release notes\n',
  '- [ ] Status page\n'
].join('')
const HEAD = [
  CRITICAL,
  '- [ ] Keys rotated\n',
  '- [x] Alerts *configured* weekly\n',
  '  - [x] Verify: `cargo clippy`\n',
  '- [x] Checks\n',
  '  - [x] Verify: `cargo test`\n',
  LATER,
  '- [x] Backups tested\n',
  '- [x] Changelog updated\n',
  '- [x] Docs built\n',
  '- [x] Release notes\n',
  '- [x] ~~Status page~~ N/A: no users yet — approved by @lead until 2027-01-31\n'
].join('')

describe('compared with the base', () => {
  function changed(): Assessment {
    return assessChange(BASE, HEAD, {
      // Keys rotated is unticked with a validation that passes: still listed as unticked.
      validations: [
        validation('keys', { verifies: [3] }),
        validation('changelog', { verifies: [12], critical: false }),
        validation('docs', { verifies: [13], critical: false }),
        validation('notes', { verifies: [14], critical: false })
      ],
      results: [
        result('keys', 'passed'),
        result('changelog', 'failed'),
        result('docs', 'passed'),
        result('notes', 'passed')
      ],
      approvers: ['lead']
    })
  }

  test('every kind of change, one line each, with both lines and the checklist text escaped', () => {
    expect(render(changed())).toBe(
      [
        '### Changes since the base',
        '',
        'Compared with `v1.0.0`:',
        '',
        '- **Critical item moved out of the critical phase** (moved out of Phase 1: Critical to Phase 2: Later): base line 4: “Backups tested”; now line 11: “Backups tested”',
        '- **Critical item reworded** (only 67% of the words are the same): base line 5: “Alerts \\*configured\\*”; now line 4: “Alerts \\*configured\\* weekly”',
        '- **Critical item removed** (removed from Phase 1: Critical): base line 7: “Rollback &lt;b&gt;rehearsed&lt;/b&gt;”; near line 5',
        '- **Verify command weakened**: base line 6 `cargo clippy --all-targets -- -D warnings`; now `cargo clippy` at line 5 — lost `--all-targets`, `-D warnings`',
        '- **Verify command removed**: base line 9 `cargo fmt -- --check`; gone (“Verify: `cargo fmt -- --check` and `cargo test`”)',
        '- **Unticked here**: “Keys rotated” — line 3 (base line 3)',
        '- **Ticked here, its validation fails**: “Changelog updated” — line 12 (base line 13)',
        '',
        '2 items ticked here with a validation that passes now.',
        '',
        '### Waivers',
        '',
        '- ✅ holds: “Status page” — no users yet · line 15 — approved by @\u200dlead until 2027-01-31'
      ].join('\n')
    )
  })
})

const SCRIPT_BASE = [
  CRITICAL,
  '- [x] Keys rotated\n',
  '- [x] Rollback rehearsed\n',
  '- [x] Status page\n',
  '- [x] Smoke test\n',
  '- [x] Pen test\n',
  '\n## Validation script\n\n```bash\n',
  'echo "1. Format"\ncargo fmt -- --check\necho "2. Audit"\ncargo audit\n',
  '```\n'
].join('')
const SCRIPT_HEAD = [
  CRITICAL,
  '- [x] Keys rotated\n',
  '- [x] ~~Smoke test~~ N/A: — approved by @lead until 2027-01-31\n',
  '- [x] Pen test\n',
  '\n## Validation script\n\n```bash\n',
  'echo "1. Format"\ncargo fmt -- --check\n',
  '```\n'
].join('')
const CONFIGURED: ConfiguredWaiver[] = [
  {
    item: 'rollback rehearsed',
    reason: 'no *prod*',
    approver: 'lead',
    expires: '2027-01-31',
    line: 2
  },
  { item: 'status page', reason: null, approver: 'lead', expires: '2026-01-01', line: 7 },
  { item: 'pen test', reason: 'vendor', approver: 'bob', expires: '2027-01-31', line: 9 }
]

function link(line: number): string {
  return `[line ${line}](https://github.com/octo/shop/blob/${SHA}/examples/llm-memory-graph/PRODUCTION_CHECKLIST.md#L${line})`
}

test('removed items with their waiver, a removed script step, and every kind of waiver line; a SHA shortened, lines linked', () => {
  const assessment = assessChange(SCRIPT_BASE, SCRIPT_HEAD, {
    base: { ref: SHA, source: 'api' },
    approvers: ['lead'],
    waivers: CONFIGURED
  })
  expect(render(assessment, RICH, { repository: 'octo/shop', sha: SHA })).toBe(
    [
      '### Changes since the base',
      '',
      'Compared with `a1b2c3d` (read through the GitHub API):',
      '',
      `- **Critical item removed** (removed from Phase 1: Critical): base line 4: “Rollback rehearsed”; near ${link(3)} — waived (approved by @\u200dlead until 2027-01-31)`,
      `- **Critical item removed** (removed from Phase 1: Critical): base line 5: “Status page”; near ${link(3)} — waiver does not hold: no reason given; expired on 2026-01-01`,
      `- **Validation script step removed**: base line 15 \`cargo audit\` (script now at ${link(11)})`,
      '',
      '### Waivers',
      '',
      `- ❌ does not hold: “Smoke test” · ${link(4)} — no reason given`,
      `- ❌ does not hold: “Pen test” — vendor (config) · ${link(5)} — @\u200dbob has not approved this pull request`,
      '- ✅ holds: “Rollback rehearsed” — no \\*prod\\* (config) · config line 2 (removed item) — approved by @\u200dlead until 2027-01-31',
      '- ❌ does not hold: “Status page” (config) · config line 7 (removed item) — no reason given; expired on 2026-01-01'
    ].join('\n')
  )
})

describe('the base ref as shown', () => {
  const refShown = (ref: string): string => {
    const shown = render(assessChange(SCRIPT_BASE, SCRIPT_BASE, { base: { ref } }))
    return shown.split('\n')[2]!
  }

  test('a 40-character SHA (either case) is shortened to 7; a tag, or 41 hex characters, is shown whole', () => {
    const lines = (tail: string): string =>
      `Compared with ${tail}: no critical item, Verify command or script step was removed or weakened.`
    expect(refShown(SHA)).toBe(lines('`a1b2c3d`'))
    expect(refShown(SHA.toUpperCase())).toBe(lines('`A1B2C3D`'))
    expect(refShown(`f${SHA}`)).toBe(lines(`\`f${SHA}\``))
    expect(refShown(`${SHA}f`)).toBe(lines(`\`${SHA}f\``))
    expect(refShown('release/v2')).toBe(lines('`release/v2`'))
  })
})

describe('nothing removed', () => {
  test('no change: one sentence, and the ticks proven now counted (singular and plural)', () => {
    const base = `${CRITICAL}- [x] Keys rotated\n${LATER}- [ ] Changelog updated\n- [ ] Docs built\n`
    const one = base.replace('- [ ] Docs built', '- [x] Docs built')
    const two = one.replace('- [ ] Changelog updated', '- [x] Changelog updated')
    const passing = {
      validations: [
        validation('changelog', { verifies: [7], critical: false }),
        validation('docs', { verifies: [8], critical: false })
      ],
      results: [result('changelog', 'passed'), result('docs', 'passed')]
    }
    const none =
      'Compared with `v1.0.0`: no critical item, Verify command or script step was removed or weakened.'
    expect(render(assessChange(base, base, passing))).toBe(`### Changes since the base\n\n${none}`)
    expect(render(assessChange(base, one, passing))).toBe(
      `### Changes since the base\n\n${none}\n\n1 item ticked here with a validation that passes now.`
    )
    expect(render(assessChange(base, two, passing))).toBe(
      `### Changes since the base\n\n${none}\n\n2 items ticked here with a validation that passes now.`
    )
  })

  test('a checklist new at the base says so, naming where it was read', () => {
    expect(
      render(assessChange(SCRIPT_BASE, SCRIPT_BASE, { base: { state: 'new', ref: 'main' } }))
    ).toBe(
      '### Changes since the base\n\nThe checklist does not exist at `main`: it is new, so nothing was removed.'
    )
    expect(
      render(
        assessChange(SCRIPT_BASE, SCRIPT_BASE, {
          base: { state: 'new', ref: 'main', source: 'api' }
        })
      )
    ).toBe(
      '### Changes since the base\n\nThe checklist does not exist at `main` (read through the GitHub API): it is new, so nothing was removed.'
    )
  })

  test('a skipped comparison gives its reason, escaped', () => {
    expect(
      render(
        assessChange(SCRIPT_BASE, SCRIPT_BASE, {
          base: { state: 'skipped', ref: null, reason: 'no *base* <x>' }
        })
      )
    ).toBe('### Changes since the base\n\nNot compared: no \\*base\\* &lt;x&gt;.')
  })

  test('no comparison asked for and no waiver: no section at all; waivers alone: only Waivers', () => {
    const checklist = parseChecklist(SCRIPT_HEAD, 'C.md')
    const plain = assess({
      checklist,
      validations: [],
      results: [],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true,
      approvals: { kind: 'read', approvers: new Set(['lead']) },
      now: NOW
    })
    expect(plain.comparison).toBeUndefined()
    expect(render(plain)).toBe(
      '### Waivers\n\n- ❌ does not hold: “Smoke test” · line 4 — no reason given'
    )
    const bare = assess({
      checklist: parseChecklist(SCRIPT_BASE, 'C.md'),
      validations: [],
      results: [],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    expect(render(bare)).toBe('')
  })
})

describe('detail levels cap the lists', () => {
  const items = (count: number, mark: string): string =>
    Array.from({ length: count }, (_, i) => `- [${mark}] Item number ${i + 1}\n`).join('')
  const capped = DETAIL_LEVELS[DETAIL_LEVELS.length - 1]!

  test('changes beyond the level’s list size become “…and N more change(s)”; the richest level shows all', () => {
    const eleven = assessChange(`${CRITICAL}${items(11, 'x')}`, `${CRITICAL}${items(11, ' ')}`)
    const twelve = assessChange(`${CRITICAL}${items(12, 'x')}`, `${CRITICAL}${items(12, ' ')}`)
    const unticked = (n: number): string =>
      `- **Unticked here**: “Item number ${n}” — line ${n + 2} (base line ${n + 2})`
    const first10 = Array.from({ length: 10 }, (_, i) => unticked(i + 1))
    expect(capped.listItems).toBe(10)
    expect(render(eleven, capped)).toBe(
      `### Changes since the base\n\nCompared with \`v1.0.0\`:\n\n${first10.join('\n')}\n\n…and 1 more change (the JSON report has them all).`
    )
    expect(render(twelve, capped)).toBe(
      `### Changes since the base\n\nCompared with \`v1.0.0\`:\n\n${first10.join('\n')}\n\n…and 2 more changes (the JSON report has them all).`
    )
    expect(render(twelve)).toBe(
      `### Changes since the base\n\nCompared with \`v1.0.0\`:\n\n${[...first10, unticked(11), unticked(12)].join('\n')}`
    )
  })

  test('waivers beyond the level’s list size become “…and N more waiver(s)”', () => {
    const waived = (count: number): string =>
      `${CRITICAL}${Array.from(
        { length: count },
        (_, i) => `- [x] ~~Item number ${i + 1}~~ N/A: later — approved by @lead until 2027-01-31\n`
      ).join('')}`
    const line = (n: number): string =>
      `- ✅ holds: “Item number ${n}” — later · line ${n + 2} — approved by @\u200dlead until 2027-01-31`
    const first10 = Array.from({ length: 10 }, (_, i) => line(i + 1)).join('\n')
    const approvers = ['lead']
    const eleven = assessChange(waived(11), waived(11), { approvers })
    const twelve = assessChange(waived(12), waived(12), { approvers })
    const waivers = (shown: string): string => shown.split('### Waivers\n\n')[1]!
    expect(waivers(render(eleven, capped))).toBe(`${first10}\n\n…and 1 more waiver.`)
    expect(waivers(render(twelve, capped))).toBe(`${first10}\n\n…and 2 more waivers.`)
    expect(waivers(render(eleven))).toBe(`${first10}\n${line(11)}`)
  })
})
