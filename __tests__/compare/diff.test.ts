// The pure parts of the comparison: the waiver syntax, the matching of items across versions
// (moves are not removals), what counts as a meaning change, weakened commands and thresholds,
// ticks, and the validation script's steps.
import { parseChecklist } from '../../src/checklist/parse.js'
import { readWaiver } from '../../src/checklist/waivers.js'
import { lostStrength } from '../../src/compare/commands.js'
import { diffChecklists } from '../../src/compare/diff.js'
import { meaningChange } from '../../src/compare/similarity.js'

function diff(base: string, head: string): ReturnType<typeof diffChecklists> {
  return diffChecklists(parseChecklist(base, 'C.md'), parseChecklist(head, 'C.md'))
}

const CRITICAL = '## Phase 1: Critical (MUST COMPLETE)\n\n'
const LATER = '\n## Phase 2: Later (NICE TO HAVE)\n\n'

describe('readWaiver', () => {
  test('the documented form: struck subject, reason, approver, expiry', () => {
    expect(
      readWaiver(
        '~~Load test at 1k rps~~ N/A: no public endpoint yet — approved by @lead until 2027-01-31'
      )
    ).toEqual({
      subject: 'Load test at 1k rps',
      reason: 'no public endpoint yet',
      approver: 'lead',
      expires: '2027-01-31'
    })
  })

  test('without strikethrough the subject is the text before the marker; clauses in any order', () => {
    expect(
      readWaiver('Pen test — Waived: expires 2027-03-01, approved by @sec-team; vendor does it')
    ).toEqual({
      subject: 'Pen test',
      reason: 'vendor does it',
      approver: 'sec-team',
      expires: '2027-03-01'
    })
  })

  test('missing parts are null (the judge says which are missing)', () => {
    expect(readWaiver('~~Load test~~ N/A:')).toEqual({
      subject: 'Load test',
      reason: null,
      approver: null,
      expires: null
    })
  })

  test('no marker, or a marker inside a code span, is no waiver', () => {
    expect(readWaiver('Return N/A for missing fields')).toBeNull()
    expect(readWaiver('Run `echo N/A: none` in CI')).toBeNull()
    expect(readWaiver('~~Old item~~ replaced')).toBeNull()
  })
})

describe('meaningChange', () => {
  test('numbers, negations and few shared words change the meaning; small rewording does not', () => {
    expect(meaningChange('Load test at 1000 rps', 'Load test at 100 rps')).toBe(
      'numbers changed: 1000 → 100'
    )
    expect(meaningChange('Backups are encrypted', 'Backups are not encrypted')).toBe(
      'negation changed: (none) → not'
    )
    expect(meaningChange('Fix all clippy errors', 'Fix some clippy warnings')).toMatch(
      /^only \d+% of the words are the same$/
    )
    expect(meaningChange('Fix all the clippy errors', 'Fix all clippy errors')).toBeNull()
  })
})

describe('lostStrength', () => {
  test.each([
    ['cargo fmt -- --check', 'cargo fmt', ['--check']],
    ['cargo test --locked --all-targets', 'cargo test', ['--locked', '--all-targets']],
    ['cargo clippy -- -Dwarnings', 'cargo clippy', ['-D warnings']],
    ['cargo clippy -- --deny=warnings', 'cargo clippy -- -D warnings', []],
    ['npm ci --frozen-lockfile', 'npm ci --frozen-lockfile --verbose', []],
    ['eslint . --max-warnings 0', 'eslint . --max-warnings 10', ['--max-warnings 0 → 10']],
    ['eslint . --max-warnings 10', 'eslint . --max-warnings 0', []],
    ['pytest --cov-fail-under=80', 'pytest --cov-fail-under=60', ['--cov-fail-under 80 → 60']],
    ['pytest --cov-fail-under=80', 'pytest', ['--cov-fail-under 80']]
  ])('%s → %s loses %j', (base, head, lost) => {
    expect(lostStrength(base, head)).toEqual(lost)
  })
})

describe('diffChecklists', () => {
  const base = `${CRITICAL}- [ ] Load test at 1000 rps\n- [x] Rotate keys\n- [ ] Backups are encrypted\n${LATER}- [ ] Changelog\n`

  test('a move inside the document is not a removal; a removal names its base line and the nearest head line', () => {
    const moved = `${CRITICAL}- [x] Rotate keys\n- [ ] Backups are encrypted\n- [ ] Load test at 1000 rps\n${LATER}- [ ] Changelog\n`
    expect(diff(base, moved).items).toEqual([])
    const removed = `${CRITICAL}- [x] Rotate keys\n- [ ] Backups are encrypted\n${LATER}- [ ] Changelog\n`
    expect(diff(base, removed).items).toEqual([
      {
        kind: 'removed',
        base: { line: 3, text: 'Load test at 1000 rps', phase: 'Phase 1: Critical' },
        head: null,
        anchorLine: 3,
        detail: 'removed from Phase 1: Critical'
      }
    ])
  })

  test('a reworded critical item is reported when its meaning changed, with both sides', () => {
    const head = base
      .replace('1000 rps', '100 rps')
      .replace('Backups are encrypted', 'Backups are not encrypted')
    expect(
      diff(base, head).items.map((c) => [c.kind, c.base.line, c.head?.line, c.detail])
    ).toEqual([
      ['reworded', 3, 3, 'numbers changed: 1000 → 100'],
      ['reworded', 5, 5, 'negation changed: (none) → not']
    ])
  })

  test('ticks and unticks are listed with both lines; a waiver added to an item keeps it matched', () => {
    const head = base
      .replace(
        '- [ ] Load test at 1000 rps',
        '- [x] ~~Load test at 1000 rps~~ N/A: no endpoint — approved by @lead until 2027-01-31'
      )
      .replace('- [x] Rotate keys', '- [ ] Rotate keys')
    const result = diff(base, head)
    expect(result.items).toEqual([])
    expect(result.ticks).toEqual([
      expect.objectContaining({ kind: 'ticked', baseLine: 3, headLine: 3, critical: true }),
      expect.objectContaining({ kind: 'unticked', baseLine: 4, headLine: 4, text: 'Rotate keys' })
    ])
  })

  test("the validation script's removed steps are listed with their base lines", () => {
    const script = (steps: string): string =>
      `${CRITICAL}- [x] Rotate keys\n\n## Validation script\n\n\`\`\`bash\n${steps}\`\`\`\n`
    const result = diff(
      script('echo "1. Format"\ncargo fmt -- --check\necho "2. Audit"\ncargo audit\n'),
      script('echo "1. Format"\ncargo fmt -- --check\n')
    )
    expect(result.scriptSteps).toEqual([{ base: { line: 11, text: 'cargo audit' }, anchorLine: 9 }])
  })

  test('a Verify command removed from an item that stays is reported with the item on both sides', () => {
    const both = `${CRITICAL}- [x] Checks\n  - [x] Verify: \`cargo fmt -- --check\` and \`cargo test\`\n`
    const one = `${CRITICAL}- [x] Checks\n  - [x] Verify: \`cargo test\`\n`
    const result = diff(both, one)
    expect(result.items).toEqual([])
    expect(result.commands).toEqual([
      {
        kind: 'removed',
        item: { baseLine: 4, headLine: 4, text: 'Verify: `cargo fmt -- --check` and `cargo test`' },
        base: { line: 4, text: 'cargo fmt -- --check' },
        head: null,
        anchorLine: 4,
        lost: ['cargo fmt -- --check']
      }
    ])
  })

  test('a critical Verify item deleted is a removed item and a removed command, anchored nearby', () => {
    const withVerify = `${CRITICAL}- [x] Formatting\n  - [x] Verify: \`cargo fmt -- --check\`\n`
    const without = `${CRITICAL}- [x] Formatting\n`
    const result = diff(withVerify, without)
    expect(result.items.map((c) => [c.kind, c.base.line, c.anchorLine])).toEqual([
      ['removed', 4, 3]
    ])
    expect(result.commands.map((c) => [c.kind, c.base.text, c.item.headLine])).toEqual([
      ['removed', 'cargo fmt -- --check', null]
    ])
  })
})
