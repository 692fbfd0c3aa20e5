// "Since the last run", the trend and the stale ticks as a reader sees them, for the behaviours
// the golden history outputs do not pin: a record without a commit, notes (escaped) with and
// without a delta, every line of the delta with its plural and cap, the title's signed delta, the
// trend's levels, and stale ticks with several validations. The previous record is untrusted:
// its names and notes reach the Markdown escaped.
import { describe, expect, test } from '@jest/globals'
import type { RunDelta, RunHistory, TrendPoint } from '../../src/history/model.js'
import {
  sinceLastRunSection,
  staleTicksList,
  titleDelta,
  trendSection
} from '../../src/report/since-last-run.js'
import { DETAIL_LEVELS } from '../../src/report/levels.js'
import { context } from './cases.js'

const RICH = DETAIL_LEVELS[0]!
const CAPPED = DETAIL_LEVELS[DETAIL_LEVELS.length - 1]!

function delta(overrides: Partial<RunDelta> = {}): RunDelta {
  return {
    since: 'abc1234def56',
    verdict: { from: 'not-ready', to: 'not-ready' },
    blockers: { from: 2, to: 2 },
    newlyFailing: [],
    newlyPassing: [],
    counts: [],
    ticked: [],
    unticked: [],
    unchanged: false,
    ...overrides
  }
}

function history(overrides: Partial<RunHistory> = {}): RunHistory {
  return {
    previous: null,
    delta: null,
    trend: [],
    staleTicks: [],
    notes: [],
    // This run's record: carried to the next run, never rendered.
    state: {} as RunHistory['state'],
    ...overrides
  }
}

const render = (h: RunHistory, level = RICH): string => sinceLastRunSection(h, context(), level)

describe('since the last run', () => {
  test('no history: nothing; notes alone (first run): each escaped, quoted, a blank quote line between', () => {
    expect(sinceLastRunSection(null, context(), RICH)).toBe('')
    expect(render(history())).toBe('')
    expect(render(history({ notes: ['the *record* is malformed', 'second <note>'] }))).toBe(
      '> the \\*record\\* is malformed\n>\n> second &lt;note&gt;'
    )
  })

  test('unchanged: one sentence with the short commit, then the notes; a record without a commit says “an earlier run”', () => {
    expect(render(history({ delta: delta({ unchanged: true }), notes: ['n'] }))).toBe(
      '**Since the last run** (`abc1234`): nothing changed.\n\n> n'
    )
    expect(render(history({ delta: delta({ unchanged: true, since: null }) }))).toBe(
      '**Since the last run** (`an earlier run`): nothing changed.'
    )
  })

  test('every line of a delta: verdict, blockers (signed), newly failing and passing, counts, ticked, unticked', () => {
    const moved = delta({
      verdict: { from: 'not-ready', to: 'ready' },
      blockers: { from: 3, to: 0 },
      newlyFailing: [
        { id: 'a', name: 'Audit *deps*', from: null, to: 'failed' },
        { id: 'b', name: 'Build', from: 'passed', to: 'timed-out' }
      ],
      newlyPassing: [{ id: 'c', name: 'Clippy', from: 'missing-tool', to: 'passed' }],
      counts: [{ id: 'c', name: 'Clippy', count: 'warnings', from: 29, to: 3 }],
      ticked: [
        { key: 'k1', text: 'Keys `rotated` *now*', line: 4 },
        { key: 'k2', text: 'Docs', line: null }
      ],
      unticked: [{ key: 'k3', text: null, line: null }]
    })
    expect(render(history({ delta: moved, notes: ['n'] }))).toBe(
      [
        '### Since the last run · compared with `abc1234`',
        '',
        '- Verdict: ❌ not ready → **✅ ready**',
        '- Blockers: 3 → **0** (−3)',
        '- Newly failing: **Audit \\*deps\\*** (new → failed); **Build** (passed → timed out)',
        '- Newly passing: **Clippy** (missing tool → passed)',
        '- Counts: Clippy: 29 → 3 warnings',
        '- Ticked (2): ☑ Keys `rotated` \\*now\\* (line 4); ☑ Docs',
        '- Unticked (1): ☐ an item no longer in the checklist',
        '',
        '> n'
      ].join('\n')
    )
  })

  test('more blockers: a plus sign; unknown ticks (null) and equal verdicts: no line', () => {
    const worse = delta({ blockers: { from: 1, to: 4 }, ticked: null, unticked: null })
    expect(render(history({ delta: worse }))).toBe(
      '### Since the last run · compared with `abc1234`\n\n- Blockers: 1 → **4** (+3)'
    )
  })

  test('lists past the level’s size end with “…and N more”; the item count stays the full one', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => i + 1)
    const capped = delta({
      newlyFailing: eleven.map((n) => ({
        id: `v${n}`,
        name: `V${n}`,
        from: 'passed',
        to: 'failed'
      })),
      counts: eleven.map((n) => ({ id: `v${n}`, name: `V${n}`, count: 'errors', from: 0, to: n })),
      unticked: eleven.map((n) => ({ key: `k${n}`, text: `I${n}`, line: n }))
    })
    const lines = render(history({ delta: capped }), CAPPED).split('\n')
    const ten = eleven.slice(0, 10)
    expect(lines.slice(2)).toEqual([
      `- Newly failing: ${ten.map((n) => `**V${n}** (passed → failed)`).join('; ')}; …and 1 more`,
      `- Counts: ${ten.map((n) => `V${n}: 0 → ${n} errors`).join('; ')}; …and 1 more`,
      `- Unticked (11): ${ten.map((n) => `☐ I${n} (line ${n})`).join('; ')}; …and 1 more`
    ])
  })
})

describe('the check run title', () => {
  test('the blockers’ change, signed with a real minus, since the short commit; nothing on a first run', () => {
    expect(titleDelta(null)).toBe('')
    expect(titleDelta(history())).toBe('')
    expect(titleDelta(history({ delta: delta({ blockers: { from: 5, to: 2 } }) }))).toBe(
      ' (\u22123 since abc1234)'
    )
    expect(
      titleDelta(history({ delta: delta({ blockers: { from: 2, to: 4 }, since: null }) }))
    ).toBe(' (+2 since an earlier run)')
    expect(titleDelta(history({ delta: delta() }))).toBe(' (±0 since abc1234)')
  })
})

describe('the trend', () => {
  const point = (commit: string | null, passed: number, ticked: number): TrendPoint => ({
    commit,
    validationsPassed: passed,
    validationsTotal: 4,
    itemsTicked: ticked,
    itemsTotal: 6
  })

  test('one run: no trend; two: the chart (runs without a commit numbered) and the line', () => {
    expect(trendSection(history({ trend: [point('abc1234def56', 1, 2)] }), RICH)).toBe('')
    expect(
      trendSection(history({ trend: [point(null, 1, 2), point('abc1234def56', 3, 5)] }), RICH)
    ).toBe(
      [
        '### Trend · last 2 runs',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "Critical validations passed (first line) and critical items ticked (second line)"',
        '  x-axis ["run 1", "abc1234"]',
        '  y-axis "Count" 0 --> 6',
        '  line [1, 3]',
        '  line [2, 5]',
        '```',
        '',
        'Oldest to newest — critical validations passed: 1/4 → 3/4 · critical items ticked: 2/6 → 5/6.'
      ].join('\n')
    )
  })

  test('the chart is kept down to the fourth level (index 3) and dropped below it; the line always stays', () => {
    const trend = history({ trend: [point('abc1234def56', 1, 2), point(null, 3, 5)] })
    const line =
      'Oldest to newest — critical validations passed: 1/4 → 3/4 · critical items ticked: 2/6 → 5/6.'
    expect(trendSection(trend, DETAIL_LEVELS[3]!)).toContain('  x-axis ["abc1234", "run 2"]')
    expect(trendSection(trend, DETAIL_LEVELS[4]!)).toBe(`### Trend · last 2 runs\n\n${line}`)
  })
})

describe('stale ticks', () => {
  test('regressed and never proven, every validation id named, capped with “…and N more”', () => {
    const stale = history({
      staleTicks: [
        {
          kind: 'regressed',
          line: 5,
          text: 'Tests *pass*',
          validationIds: ['unit', 'e2e'],
          since: 'abc1234def56'
        },
        { kind: 'never-proven', line: 6, text: 'Audit', validationIds: ['audit'], since: null }
      ]
    })
    expect(staleTicksList(stale, context(), RICH)).toBe(
      [
        '**Ticked, but the history does not support it**',
        '',
        '- ☑ Tests \\*pass\\* (line 5) — regressed since `abc1234` (`unit`, `e2e`)',
        '- ☑ Audit (line 6) — never proven: its validation has not passed in the recorded runs (`audit`)'
      ].join('\n')
    )
    const many = history({
      staleTicks: Array.from({ length: 11 }, (_, i) => ({
        kind: 'never-proven' as const,
        line: i + 1,
        text: `T${i + 1}`,
        validationIds: ['v'],
        since: null
      }))
    })
    const lines = staleTicksList(many, context(), CAPPED).split('\n')
    expect(lines.length).toBe(2 + 10 + 1)
    expect(lines.at(-1)).toBe('- …and 1 more')
    expect(staleTicksList(history(), context(), RICH)).toBe('')
  })
})
