/**
 * Golden outputs: the rendered surfaces of the example cases are committed under
 * __tests__/__outputs__/ so a reviewer sees every report change as a diff.
 * UPDATE_GOLDEN=1 rewrites them.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { assess } from '../../src/readiness/assess.js'
import { DEFAULT_GATE_RULES } from '../../src/readiness/model.js'
import { buildJsonReport } from '../../src/report/json.js'
import { renderReport } from '../../src/report/render.js'
import {
  context,
  masked,
  failingChecklistText,
  failingResults,
  seedChecklist,
  seedPlan,
  seedRunResults
} from './cases.js'
import { perTest } from '../support/per-test.js'

const OUTPUTS = path.resolve('__tests__/__outputs__')
const UPDATE = process.env.UPDATE_GOLDEN === '1'

const CASES = {
  /** The seed as a run on the example project gives it: all passed but cargo-audit missing. */
  'seed-run': () => ({
    assessment: assess({
      checklist: seedChecklist(),
      validations: seedPlan(),
      results: seedRunResults(),
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    }),
    context: context()
  }),
  /** Clippy errors, a test compile error, RUSTSEC-2024-0437, a ticked item that fails. */
  failing: () => ({
    assessment: assess({
      checklist: seedChecklist(failingChecklistText()),
      validations: seedPlan(seedChecklist(failingChecklistText())),
      results: failingResults(),
      rules: DEFAULT_GATE_RULES,
      validationsRun: true
    }),
    context: context({
      repository: 'acme/llm-memory-graph',
      sha: '3f2c9d1e8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d',
      ref: 'refs/pull/42/merge',
      runUrl: 'https://github.com/acme/llm-memory-graph/actions/runs/123456789/attempts/1'
    })
  })
} as const

function expectGolden(file: string, actual: string): void {
  const target = path.join(OUTPUTS, file)
  if (UPDATE) {
    fs.mkdirSync(OUTPUTS, { recursive: true })
    fs.writeFileSync(target, actual)
    return
  }
  if (!fs.existsSync(target)) {
    throw new Error(`golden ${file} is missing: run with UPDATE_GOLDEN=1 to create it`)
  }
  expect(actual).toBe(fs.readFileSync(target, 'utf8'))
}

describe.each(Object.entries(CASES))('golden outputs: %s', (name, build) => {
  // Built in each test (perTest), not while Jest collects, so per-test coverage sees it.
  const built = perTest(() => {
    const { assessment, context: ctx } = build()
    return { assessment, ctx, rendered: renderReport(masked(assessment), ctx) }
  })

  test.each([
    ['comment', 'comment'],
    ['check-summary', 'checkSummary'],
    ['check-text', 'checkText'],
    ['job-summary', 'jobSummary']
  ] as const)('%s surface matches __outputs__', (surface, key) => {
    expectGolden(`${name}.${surface}.md`, built().rendered[key])
  })

  test('title, conclusion, status and annotations match __outputs__', () => {
    const { rendered } = built()
    const meta = {
      title: rendered.title,
      conclusion: rendered.conclusion,
      statusDescription: rendered.statusDescription,
      annotations: rendered.annotations
    }
    expectGolden(`${name}.meta.json`, `${JSON.stringify(meta, null, 2)}\n`)
  })

  test('JSON report matches __outputs__', () => {
    const { assessment, ctx } = built()
    expectGolden(
      `${name}.report.json`,
      `${JSON.stringify(buildJsonReport(masked(assessment), ctx), null, 2)}\n`
    )
  })
})

/**
 * The goldens rendered by cmark-gfm, GitHub's own Markdown parser: every <details> closed, every
 * table a table, and no HTML but what the renderers mean to emit.
 */
const CMARK = '/usr/bin/cmark-gfm'
const ALLOWED_TAGS = new Set(
  'h2 h3 p strong em a code pre table thead tbody tr th td ul ol li blockquote details summary b br'.split(
    ' '
  )
)
const haveCmark = fs.existsSync(CMARK)
if (!haveCmark)
  console.warn(`${CMARK} is not installed: the GitHub-parser check of the goldens is skipped`)
const describeWithCmark = haveCmark ? describe : describe.skip

describeWithCmark('goldens as GitHub renders them (cmark-gfm)', () => {
  const files = fs.existsSync(OUTPUTS)
    ? fs.readdirSync(OUTPUTS).filter((f) => f.endsWith('.md'))
    : []

  test('there are goldens to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(8)
  })

  test.each(files)('%s', (file) => {
    const markdown = fs.readFileSync(path.join(OUTPUTS, file), 'utf8')
    const html = execFileSync(
      CMARK,
      ['-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tasklist', '--unsafe'],
      { input: markdown, encoding: 'utf8' }
    )
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]!))
    expect([...tags].filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([])
    expect((html.match(/<\/details>/g) ?? []).length).toBe((html.match(/<details>/g) ?? []).length)
    const separators = markdown.split('\n').filter((line) => /^\| :?--/.test(line)).length
    expect((html.match(/<table>/g) ?? []).length).toBe(separators)
    // GitHub links @names and #123 in text, not in code: outside code none may remain.
    const text = html.replace(/<pre[\s\S]*?<\/pre>/g, '').replace(/<code>[\s\S]*?<\/code>/g, '')
    expect(text).not.toMatch(/@[A-Za-z0-9]|#\d/)
  })
})
