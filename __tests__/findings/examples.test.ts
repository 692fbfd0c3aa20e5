/**
 * The other stacks' examples end to end, as the Rust example is: each example's own checklist is
 * planned and run with the real tools (Vitest, tsc, ESLint, Prettier, Biome, tstyche, Mocha, c8,
 * rollup; pytest, unittest, mypy, flake8, pylint, pytest-cov; go vet, go test, staticcheck,
 * ShellCheck) on a temporary copy, clean and with injected faults. The summaries are the tools' own counts, and
 * every located finding becomes an annotation at its repository path.
 * Needs `npm ci` in examples/node-ts-app and Debian's python3-pytest, python3-pytest-cov, mypy,
 * flake8, pylint, golang-go, go-staticcheck and shellcheck (.ci/run installs them).
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { evaluateReadiness, type GateOutcome } from '../../src/gate.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { localGateOptions } from '../support/gate-options.js'

const EXAMPLES = path.resolve('examples')
const SKIPPED = new Set([
  'node_modules',
  'dist',
  'coverage',
  '.mypy_cache',
  '.pytest_cache',
  '__pycache__'
])

let workspace = ''
let originalPath: string | undefined

beforeAll(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-examples-'))
  originalPath = process.env.PATH
  // Debian's Python tools first: another pytest or mypy elsewhere on PATH may be another version.
  process.env.PATH = `/usr/bin:${originalPath ?? ''}`
})

afterAll(() => {
  process.env.PATH = originalPath
  fs.rmSync(workspace, { recursive: true, force: true })
})

/** A copy of examples/<name> (node_modules linked, not copied). */
function copyExample(name: string, copy: string): string {
  const source = path.join(EXAMPLES, name)
  const root = path.join(workspace, copy)
  fs.cpSync(source, root, {
    recursive: true,
    filter: (file) => !SKIPPED.has(path.basename(file))
  })
  const modules = path.join(source, 'node_modules')
  if (fs.existsSync(path.join(source, 'package.json'))) {
    if (!fs.existsSync(modules)) throw new Error(`run npm ci in examples/${name} first`)
    fs.symlinkSync(modules, path.join(root, 'node_modules'))
  }
  return root
}

function edit(root: string, file: string, from: string, to: string): void {
  const target = path.join(root, file)
  const before = fs.readFileSync(target, 'utf8')
  if (!before.includes(from)) throw new Error(`${file} has no ${from}`)
  fs.writeFileSync(target, before.replace(from, to))
}

function evaluate(root: string): Promise<GateOutcome> {
  return evaluateReadiness(localGateOptions(root, { concurrency: 2 }))
}

/** "status: summary" per validation, in plan order. */
function summaries(outcome: GateOutcome): string[] {
  return outcome.results.map((result) => `${result.status}: ${result.report.summary}`)
}

/** Annotations on files other than the checklist, as "path:line". */
function fileAnnotations(outcome: GateOutcome, validationRoot: string): string[] {
  const annotations = buildAnnotations(outcome.assessment, {
    checkName: 'Readiness Gate',
    runUrl: null,
    repository: null,
    sha: null,
    ref: null,
    checklistPath: `${validationRoot}/PRODUCTION_CHECKLIST.md`,
    validationRoot
  })
  return annotations
    .filter((annotation) => !annotation.path.endsWith('PRODUCTION_CHECKLIST.md'))
    .map((annotation) => `${annotation.path}:${annotation.start_line}`)
}

describe('examples/node-ts-app', () => {
  it('passes clean, each step summarised by its tool', async () => {
    const outcome = await evaluate(copyExample('node-ts-app', 'node-clean'))
    expect(summaries(outcome)).toEqual([
      'passed: tsc: no errors',
      'passed: eslint: no problems',
      'passed: prettier: all files formatted',
      'passed: biome: no problems in 3 files checked',
      'passed: vitest: 5 passed, 1 skipped',
      'passed: tstyche: 2 passed',
      'passed: mocha: 3 passed',
      'passed: build: ok'
    ])
    expect(outcome.assessment.ready).toBe(true)
    // The example's own tools for real, on a copy (npm, pytest, go…): a minute or more under load.
  }, 180_000)

  it('with a type error, a lint error, a failing test and a coverage drop: the tools’ counts, annotated', async () => {
    const root = copyExample('node-ts-app', 'node-faults')
    edit(
      root,
      'src/duration.ts',
      '  let rest = Math.floor(ms)',
      '  let rest: number = String(Math.floor(ms))'
    )
    edit(root, 'test/slug.test.ts', ".toBe('creme-brulee')", ".toBe('crème-brûlée')")
    edit(
      root,
      'legacy/range.js',
      '  const values = []',
      '  const values = []\n  if (end - start > 1e6) return values'
    )
    const outcome = await evaluate(root)
    const byName = Object.fromEntries(outcome.results.map((r) => [r.id, r.report.summary]))
    expect(Object.values(byName)).toEqual(
      expect.arrayContaining([
        'tsc: 1 error',
        'vitest: 1 failed, 4 passed, 1 skipped',
        'c8: branches 92.85% < 100%; mocha: 3 passed'
      ])
    )
    expect(outcome.assessment.ready).toBe(false)
    const annotations = fileAnnotations(outcome, 'examples/node-ts-app')
    expect(annotations).toEqual(
      expect.arrayContaining([
        'examples/node-ts-app/src/duration.ts:10',
        'examples/node-ts-app/test/slug.test.ts:10'
      ])
    )
    // The example's own tools for real, on a copy (npm, pytest, go…): a minute or more under load.
  }, 180_000)
})

describe('examples/python-app', () => {
  it('passes clean', async () => {
    const outcome = await evaluate(copyExample('python-app', 'python-clean'))
    expect(summaries(outcome)).toEqual([
      'passed: mypy: no issues',
      'passed: flake8: no problems',
      expect.stringMatching(/^passed: pylint: no problems \(rated 10\.00\/10\)$/),
      'passed: pytest: 7 passed, 1 skipped',
      'passed: unittest: 2 passed',
      'passed: pytest: 7 passed, 1 skipped; pytest-cov: total 100.00% ≥ 100%'
    ])
    // The example's own tools for real, on a copy (npm, pytest, go…): a minute or more under load.
  }, 120_000)

  it('with a failing test and a type error: counts and places', async () => {
    const root = copyExample('python-app', 'python-faults')
    edit(root, 'tests/test_counting.py', '== 3', '== 4')
    edit(
      root,
      'textstats/counting.py',
      '    return len(WORD.findall(text))',
      '    count: str = len(WORD.findall(text))\n    return count'
    )
    const outcome = await evaluate(root)
    const all = outcome.results.map((r) => r.report.summary)
    expect(all).toEqual(
      expect.arrayContaining(['mypy: 2 errors in 1 file', 'pytest: 1 failed, 6 passed, 1 skipped'])
    )
    expect(fileAnnotations(outcome, '.')).toEqual(
      expect.arrayContaining([
        'textstats/counting.py:11',
        'textstats/counting.py:12',
        'tests/test_counting.py:9'
      ])
    )
    // The example's own tools for real, on a copy (npm, pytest, go…): a minute or more under load.
  }, 120_000)
})

describe('examples/go-module', () => {
  it('passes clean, and fails with a failing test and a vet error at their places', async () => {
    const clean = await evaluate(copyExample('go-module', 'go-clean'))
    expect(summaries(clean)).toEqual([
      'passed: go vet: no problems',
      'passed: go test: 1 package ok',
      'passed: shellcheck: no problems'
    ])
    const root = copyExample('go-module', 'go-faults')
    edit(root, 'wordfreq_test.go', '{{"b", 3}, {"a", 2}}', '{{"b", 3}, {"c", 2}}')
    edit(root, 'cmd/wordfreq/main.go', '%6d %s\\n', '%6d %d\\n')
    const outcome = await evaluate(root)
    expect(summaries(outcome)).toEqual([
      'failed: go vet: 1 problem',
      // go test runs vet's printf check too; go prints no result line for that package.
      'failed: go: 1 error; go test: 1 failed, 1 of 1 package failed',
      'passed: shellcheck: no problems'
    ])
    // The vet error twice: from go vet, and from the vet checks go test runs.
    expect(fileAnnotations(outcome, '.')).toEqual([
      'cmd/wordfreq/main.go:19',
      'cmd/wordfreq/main.go:19',
      'wordfreq_test.go:31'
    ])
    // The example's own tools for real, on a copy (npm, pytest, go…): a minute or more under load.
  }, 120_000)
})

describe('Go modules below the repository root (a go.work with two modules)', () => {
  /** examples/go-module at services/wordfreq and a second module at tools/gen, one go.work. */
  function workspaceRepository(): string {
    const root = path.join(workspace, 'go-nested')
    fs.mkdirSync(path.join(root, 'services'), { recursive: true })
    fs.cpSync(path.join(EXAMPLES, 'go-module'), path.join(root, 'services', 'wordfreq'), {
      recursive: true,
      filter: (file) => path.basename(file) !== 'PRODUCTION_CHECKLIST.md'
    })
    fs.mkdirSync(path.join(root, 'tools', 'gen'), { recursive: true })
    fs.writeFileSync(
      path.join(root, 'tools', 'gen', 'go.mod'),
      'module example.com/gen\n\ngo 1.19\n'
    )
    fs.writeFileSync(
      path.join(root, 'tools', 'gen', 'gen_test.go'),
      'package gen\n\nimport "testing"\n\nfunc TestGen(t *testing.T) {\n\tt.Errorf("gen broke")\n}\n'
    )
    fs.writeFileSync(
      path.join(root, 'go.work'),
      'go 1.19\n\nuse (\n\t./services/wordfreq\n\t./tools/gen\n)\n'
    )
    const verify = (title: string, command: string): string =>
      `- [x] ${title}\n  - [x] Verify: \`${command}\` passes\n`
    fs.writeFileSync(
      path.join(root, 'PRODUCTION_CHECKLIST.md'),
      [
        '# Production Deployment Checklist\n\n## Pre-Deployment Validation\n\n### Phase 1: Critical Fixes (MUST COMPLETE)\n\n',
        verify('Tests pass in every module', 'go test ./services/wordfreq/... ./tools/gen/...'),
        verify('Tests pass as JSON', 'go test -json ./services/wordfreq/... ./tools/gen/...'),
        verify('Vet passes inside the module', 'cd services/wordfreq && go vet ./...'),
        verify('Tests pass inside the module', 'cd services/wordfreq && go test ./...'),
        verify(
          'staticcheck passes inside the module',
          'cd services/wordfreq && go-staticcheck ./...'
        )
      ].join('')
    )
    edit(root, 'services/wordfreq/wordfreq_test.go', '{{"b", 3}, {"a", 2}}', '{{"b", 3}, {"c", 2}}')
    edit(root, 'services/wordfreq/cmd/wordfreq/main.go', '%6d %s\\n', '%6d %d\\n')
    edit(
      root,
      'services/wordfreq/wordfreq.go',
      '\ttimes := map[string]int{}',
      '\ttimes := map[string]int{}\n\tn = n'
    )
    return root
  }

  it('places every finding at its repository path, whether go runs from the root or inside a module', async () => {
    const outcome = await evaluate(workspaceRepository())
    // Sections are merged in output order, and go test prints the build error on stderr and the
    // results on stdout: which comes first varies from run to run, so each summary's sections
    // are compared as a set.
    const sections = (line: string): string[] => {
      const [status, summary] = line.split(/: (.*)/s) as [string, string]
      return [status, ...summary.split('; ').sort()]
    }
    expect(summaries(outcome).map(sections)).toEqual(
      [
        'failed: go: 1 error; go test: 2 failed, 2 of 2 packages failed',
        'failed: go: 1 error; go test: 2 failed, 5 passed, 2 of 2 packages failed',
        // vet's printf and assign checks.
        'failed: go vet: 2 problems',
        'failed: go: 1 error; go test: 1 failed, 1 of 1 package failed',
        'failed: staticcheck: 2 problems'
      ].map(sections)
    )
    const annotations = fileAnnotations(outcome, '.')
    expect([...new Set(annotations)].sort()).toEqual([
      'services/wordfreq/cmd/wordfreq/main.go:19',
      'services/wordfreq/wordfreq.go:26',
      'services/wordfreq/wordfreq_test.go:31',
      'tools/gen/gen_test.go:6'
    ])
    expect(annotations.filter((place) => place.endsWith('wordfreq_test.go:31'))).toHaveLength(3)
    // The example's own tools for real, on a copy (npm, pytest, go…): a minute or more under load.
  }, 180_000)
})
