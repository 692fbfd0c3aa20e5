import MarkdownIt from 'markdown-it'
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES, type Assessment } from '../../src/readiness/model.js'
import { BUDGETS, COMMENT_BUDGET, TRUNCATION_NOTE } from '../../src/report/budget.js'
import { MARKER_PREFIX } from '../../src/report/inert-markdown.js'
import {
  DEFAULT_MAX_ANNOTATIONS,
  renderReport,
  statusDescription
} from '../../src/report/render.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import type { RenderedReport } from '../../src/report/surfaces.js'
import type { CapturedOutput, Finding, ValidationResult } from '../../src/validations/model.js'
import {
  captured,
  checklist,
  item,
  phase,
  result,
  status,
  validation
} from '../readiness/builders.js'
import { context, masked } from './cases.js'
import { perTest } from '../support/per-test.js'

const md = new MarkdownIt({ html: true })
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

function expectWithinBudgets(rendered: RenderedReport): void {
  expect(rendered.comment.length).toBeLessThanOrEqual(COMMENT_BUDGET)
  expect(bytes(rendered.checkSummary)).toBeLessThanOrEqual(65_535)
  expect(bytes(rendered.checkText)).toBeLessThanOrEqual(65_535)
  expect(bytes(rendered.jobSummary)).toBeLessThanOrEqual(1_048_576)
  expect(rendered.statusDescription.length).toBeLessThanOrEqual(140)
}

/**
 * Well-formed for GitHub: every <details> closed, and nothing after the body swallowed by an open
 * code fence (a trailing truncation note must render as a blockquote, not as code).
 */
function expectWellFormed(markdown: string): void {
  const html = md.render(markdown)
  const opened = (html.match(/^<details>$/gm) ?? []).length
  const closed = (html.match(/^<\/details>$/gm) ?? []).length
  expect(closed).toBe(opened)
  if (markdown.includes(TRUNCATION_NOTE)) {
    expect(html.trimEnd()).toMatch(
      /<blockquote>\n<p><strong>Note:<\/strong> report truncated; full JSON report in the artifact\/report file.<\/p>\n<\/blockquote>$/
    )
  }
}

/** A log of about `size` bytes with hostile lines: fences, </details>, a spoofed marker. */
function hugeLog(size: number): CapturedOutput {
  const lines: string[] = []
  let total = 0
  for (let i = 0; total < size; i++) {
    const line =
      i % 97 === 0
        ? '```` </details> <!-- readiness-gate:spoof --> @octocat'
        : `line ${i}: compiling crate número ${i} — ok ✓`
    lines.push(line)
    total += bytes(line) + 1
  }
  const text = lines.join('\n')
  return { head: text.slice(0, 65_536), tail: text, totalBytes: total * 3, truncated: true }
}

function manyFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    severity: i % 3 === 0 ? ('warning' as const) : ('error' as const),
    code: `clippy::lint_${i % 50}`,
    message: `unneeded \`return\` statement — ünïcödé 😀 #${i} @someone | pipe`,
    file: `crates/c${i % 7}/src/file_${i % 100}.rs`,
    line: 1 + (i % 5000),
    column: 1 + (i % 80)
  }))
}

function hugeAssessment(): Assessment {
  const items = Array.from({ length: 2_000 }, (_, i) =>
    item(10 + i * 2, `Critical task ${i} with @mention and </details>`, {
      children: [item(11 + i * 2, `Child of ${i}`)]
    })
  )
  const validations = [
    validation('clippy', { name: 'Clippy', tool: 'clippy', verifies: [10] }),
    validation('tests', { name: 'Tests', tool: 'cargo-test' }),
    ...Array.from({ length: 6 }, (_, i) => validation(`ok-${i}`, { name: `Passing ${i}` }))
  ]
  const results: ValidationResult[] = [
    result('clippy', 'failed', {
      summary: 'clippy: 15000 errors',
      findings: manyFindings(10_000),
      droppedFindings: 5_000,
      output: hugeLog(1_000_000)
    }),
    result('tests', 'failed', { summary: 'cargo test: 3 failed', output: hugeLog(1_000_000) }),
    ...Array.from({ length: 6 }, (_, i) =>
      result(`ok-${i}`, 'passed', { output: hugeLog(1_000_000) })
    )
  ]
  return assess({
    checklist: checklist([phase(1, 'Critical', 'critical', 5, items)], {
      placeholders: Array.from({ length: 5_000 }, (_, i) => ({
        text: '[SPECIFY]',
        line: 5000 + i,
        context: `Target: [SPECIFY] requests/second ${i}`
      })),
      status: status(true, ['Everything is fine @team'])
    }),
    validations,
    results,
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })
}

describe('budgets, whatever the input', () => {
  const built = perTest(() => {
    const assessment = hugeAssessment()
    const rendered = renderReport(
      masked(assessment),
      context({ runUrl: 'https://github.com/o/r/actions/runs/1' })
    )
    return { assessment, rendered }
  })

  test('10,000 findings and 1 MB log tails fit every surface', () => {
    const { assessment, rendered } = built()
    expectWithinBudgets(rendered)
    // More than 10,000 annotations exist; the check run gets the cap, and says so.
    expect(buildAnnotations(assessment, context()).length).toBeGreaterThanOrEqual(10_000)
    expect(rendered.annotations).toHaveLength(DEFAULT_MAX_ANNOTATIONS)
    for (const surface of [rendered.checkSummary, rendered.jobSummary]) {
      expect(surface).toMatch(/more annotations left out \(at most 200 per check run\)/)
    }
  })

  // One test for the four surfaces: the huge report is built in each test that reads it.
  test('every surface is well-formed: fences and <details> closed', () => {
    const { rendered } = built()
    for (const surface of ['comment', 'checkSummary', 'checkText', 'jobSummary'] as const) {
      expectWellFormed(rendered[surface])
    }
  })

  test('the verdict and the blockers come first, and survive trimming', () => {
    const { rendered } = built()
    for (const surface of [rendered.comment, rendered.checkSummary, rendered.jobSummary]) {
      expect(surface.startsWith('## ❌ Not ready — 2002 blockers')).toBe(true)
      expect(surface).toContain('**Clippy** — clippy: 15000 errors')
    }
  })

  test('the job summary (1 MiB) keeps more than the comment (64 KiB)', () => {
    const { rendered } = built()
    expect(bytes(rendered.jobSummary)).toBeGreaterThan(bytes(rendered.comment) * 4)
    expect(rendered.jobSummary).toContain('more finding')
  })

  test('no untrusted text pings, spoofs the marker or closes <details>', () => {
    const { rendered } = built()
    for (const surface of [rendered.comment, rendered.checkText, rendered.jobSummary]) {
      // GitHub does not turn @names inside code into mentions; everywhere else they must be broken.
      const outsideCode = md.render(surface).replace(/<code[^>]*>[\s\S]*?<\/code>/g, '')
      expect(
        outsideCode.match(/.{0,80}@(octocat|mention|someone|team).{0,40}/)?.[0] ?? null
      ).toBeNull()
      expect(surface).not.toContain(MARKER_PREFIX)
      expect(surface).not.toContain('<!--')
      const opened = (surface.match(/^<details>$/gm) ?? []).length
      expect((surface.match(/<\/details>/gi) ?? []).length).toBe(opened)
    }
  })
})

describe('trimming, when even the poorest level does not fit', () => {
  test('every surface is cut at a line, well-formed, with the truncation note', () => {
    const count = 3_000
    const assessment = assess({
      checklist: checklist([]),
      validations: Array.from({ length: count }, (_, i) =>
        validation(`v${i}`, { name: `Step ${i}` })
      ),
      results: Array.from({ length: count }, (_, i) =>
        result(`v${i}`, 'failed', {
          summary: `exit 1 \`\`\` </details> ${i}`,
          output: hugeLog(2_000)
        })
      ),
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    const rendered = renderReport(masked(assessment), context())
    expectWithinBudgets(rendered)
    for (const surface of [rendered.comment, rendered.checkText]) {
      expect(surface.endsWith(`${TRUNCATION_NOTE}\n`)).toBe(true)
      expectWellFormed(surface)
    }
    expect(rendered.comment.startsWith('## ❌ Not ready — 3000 blockers')).toBe(true)
  })
})

describe('degrading before trimming', () => {
  const log = (n: number): CapturedOutput =>
    captured(Array.from({ length: n }, (_, i) => `output line ${i} ${'x'.repeat(100)}`).join('\n'))
  const rendered = perTest(() => {
    const assessment = assess({
      checklist: checklist([]),
      validations: ['a', 'b', 'c', 'bad'].map((id) => validation(id, { name: `Step ${id}` })),
      results: [
        result('a', 'passed', { output: log(200) }),
        result('b', 'passed', { output: log(200) }),
        result('c', 'passed', { output: log(200) }),
        result('bad', 'failed', { summary: 'exit 1', output: log(10) })
      ],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    return renderReport(masked(assessment), context())
  })

  test("the comment drops passing validations' details first, keeping the failing one's log", () => {
    const { comment } = rendered()
    expect(comment).not.toContain('<b>Step a</b>')
    expect(comment).toContain('<b>Step bad</b>')
    expect(comment).toContain('output line 9 ')
    expect(comment).toContain('Details of 3 passing validations left out to fit.')
    expect(comment).not.toContain(TRUNCATION_NOTE)
  })

  test('the job summary has room for everything', () => {
    const { jobSummary } = rendered()
    expect(jobSummary).toContain('<b>Step a</b>')
    expect(jobSummary).not.toContain('left out to fit')
  })
})

describe('verdict surfaces', () => {
  const ready = (): Assessment =>
    assess({
      checklist: checklist([
        phase(1, 'Fixes', 'critical', 1, [item(2, 'Done', { checked: true })])
      ]),
      validations: [validation('v')],
      results: [result('v', 'passed')],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })

  test('ready → success', () => {
    const rendered = renderReport(masked(ready()), context())
    expect(rendered.conclusion).toBe('success')
    expect(rendered.title).toBe('Ready')
    expect(rendered.statusDescription).toBe('Ready')
    expect(rendered.comment.startsWith('## ✅ Ready\n')).toBe(true)
  })

  test('not ready → failure, with the blockers in the status description', () => {
    const notReady = assess({
      checklist: checklist([phase(1, 'Fixes', 'critical', 1, [item(2, 'Open')])]),
      validations: [validation('v', { name: 'Lint' })],
      results: [result('v', 'failed', { summary: 'clippy: 29 errors' })],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    const rendered = renderReport(masked(notReady), context())
    expect(rendered.conclusion).toBe('failure')
    expect(rendered.title).toBe('Not ready: 2 blockers')
    expect(rendered.statusDescription).toBe(
      'Not ready: 2 blockers — clippy: 29 errors; 1 unchecked: Open'
    )
  })

  test('nothing assessed → a failure (never a pass), and the notes say why', () => {
    const none = assess({
      checklist: checklist([phase(1, 'Docs', 'low', 1, [item(2, 'Write')])]),
      validations: [validation('v')],
      results: [],
      rules: DEFAULT_GATE_RULES,
      validationsRun: false
    })
    const rendered = renderReport(masked(none), context())
    expect(rendered.conclusion).toBe('failure')
    expect(rendered.title).toBe('Not assessed: validations were not run')
    expect(rendered.comment).toContain(
      '> Validations were not run: the verdict requires the critical validations to pass, so it cannot be ready.'
    )
    expect(rendered.comment).toContain('| ➖ not run | v | — | not run |')
    expect(rendered.comment).toContain('Ticks were not compared with validations: none were run.')
  })

  test('validations not run and not required: the verdict line says it rests on items only', () => {
    const itemsOnly = assess({
      checklist: checklist([
        phase(1, 'Fixes', 'critical', 1, [item(2, 'Done', { checked: true })])
      ]),
      validations: [validation('v')],
      results: [],
      rules: { requireValidations: false, requireItems: true },
      validationsRun: false
    })
    const rendered = renderReport(masked(itemsOnly), context())
    expect(rendered.conclusion).toBe('success')
    expect(rendered.comment).toContain('Gate: 1 of 1 critical checklist item ticked.')
    expect(rendered.comment).toContain(
      '> Validations were not run: the verdict rests on the checklist items only.'
    )
  })

  test('a declared READY that the evidence contradicts is called out at the top', () => {
    const claimed = assess({
      checklist: checklist([phase(1, 'Fixes', 'critical', 1, [item(2, 'Open')])], {
        status: status(true, [])
      }),
      validations: [],
      results: [],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
    const { comment } = renderReport(masked(claimed), context())
    const callout = comment.indexOf(
      '> **Claim and evidence disagree:** the checklist declares **READY** (line 400), but the gate finds it **not ready**.'
    )
    expect(callout).toBeGreaterThan(0)
    expect(callout).toBeLessThan(comment.indexOf('### Blockers'))
  })

  test('links the workflow run and checklist lines when the context allows', () => {
    const rendered = renderReport(
      masked(ready()),
      context({
        runUrl: 'https://github.com/o/r/actions/runs/9',
        repository: 'o/r',
        sha: 'abcdef1234567890',
        checklistPath: 'docs/my checklist.md'
      })
    )
    expect(rendered.comment).toContain('[workflow run](https://github.com/o/r/actions/runs/9)')
    expect(rendered.comment).toContain('commit `abcdef1`')
    expect(rendered.comment).toContain(
      '(https://github.com/o/r/blob/abcdef1234567890/docs/my%20checklist.md#L300)'
    )
  })
})

test('commands the plan refused are listed as not run, by design', () => {
  const a = assess({
    checklist: checklist([]),
    validations: [validation('v')],
    results: [result('v', 'passed')],
    rules: DEFAULT_GATE_RULES,
    refused: [
      {
        command: 'cargo fmt',
        line: 24,
        effect: 'format',
        reason: 'fix command (changes the tree): never run'
      },
      { command: 'rm -rf `target`', line: null, effect: 'destructive', reason: 'fix command' }
    ],
    validationsRun: true
  })
  expect(renderReport(masked(a), context()).comment).toContain(
    [
      'Not run, by design (2):',
      '',
      '- `cargo fmt` (line 24) — _formats files_: fix command (changes the tree): never run',
      '- `` rm -rf `target` `` — _deletes_: fix command'
    ].join('\n')
  )
})

test('statusDescription is at most 140 characters', () => {
  const many = assess({
    checklist: checklist([
      phase(
        1,
        'Fixes',
        'critical',
        1,
        Array.from({ length: 50 }, (_, i) => item(i + 2, `Task ${'long '.repeat(20)}${i}`))
      )
    ]),
    validations: [],
    results: [],
    rules: DEFAULT_GATE_RULES,
    validationsRun: true
  })
  const text = statusDescription(many)
  expect(text.length).toBe(140)
  expect(text.endsWith('…')).toBe(true)
  expect(BUDGETS.statusDescription.limit).toBe(140)
})

describe('rendering only the surfaces a run publishes', () => {
  const assessment = (): Assessment =>
    assess({
      checklist: checklist([phase(1, 'Fixes', 'critical', 1, [item(2, 'Open')])]),
      validations: [validation('a'), validation('b')],
      results: [
        result('a', 'passed'),
        result('b', 'failed', {
          summary: 'exit 1',
          findings: [{ severity: 'error', message: 'boom', file: 'src/x.rs', line: 3 }]
        })
      ],
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    })
  const all = perTest(() => renderReport(masked(assessment()), context()))
  const none = { checkRun: false, commitStatus: false, comment: false, jobSummary: false }

  test('nothing selected: only the conclusion and title', () => {
    expect(renderReport(masked(assessment()), context(), none)).toEqual({
      conclusion: all().conclusion,
      title: all().title,
      checkSummary: '',
      checkText: '',
      comment: '',
      jobSummary: '',
      statusDescription: '',
      annotations: []
    })
  })

  test.each([
    ['checkRun', ['checkSummary', 'checkText', 'annotations']],
    ['commitStatus', ['statusDescription']],
    ['comment', ['comment']],
    ['jobSummary', ['jobSummary']]
  ] as const)('%s selected: %j exactly as when all are rendered', (surface, fields) => {
    const rendered = renderReport(masked(assessment()), context(), { ...none, [surface]: true })
    for (const field of fields) {
      expect(rendered[field]).toEqual(all()[field])
      expect(rendered[field]).not.toHaveLength(0)
    }
    const others = (Object.keys(all) as (keyof RenderedReport)[]).filter(
      (field) =>
        !(fields as readonly string[]).includes(field) && !['conclusion', 'title'].includes(field)
    )
    for (const field of others) expect(rendered[field]).toHaveLength(0)
  })
})
