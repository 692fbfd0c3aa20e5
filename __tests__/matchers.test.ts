// The problem matchers in .github/matchers/, applied to real tool output the way the Actions
// runner does (actions/runner IssueMatcher.Match): every line is tried against pattern[0], and
// against pattern[i] while the match of pattern[i - 1] is running; the last pattern emits.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const fixtures = join(root, '__tests__', 'fixtures', 'tools')

interface Pattern {
  regexp: string
  file?: number
  fromPath?: number
  line?: number
  column?: number
  severity?: number
  code?: number
  message?: number
  loop?: boolean
}
interface Matcher {
  owner: string
  severity?: string
  pattern: Pattern[]
}
interface Issue {
  file?: string
  line?: number
  column?: number
  severity: string
  code?: string
  message?: string
}

const properties = ['file', 'line', 'column', 'severity', 'code', 'message'] as const
type Partial_ = Partial<Record<(typeof properties)[number], string>>

function loadMatcher(name: string): Matcher {
  const json = JSON.parse(readFileSync(join(root, '.github', 'matchers', name), 'utf8')) as {
    problemMatcher: Matcher[]
  }
  expect(json.problemMatcher).toHaveLength(1)
  return json.problemMatcher[0]!
}

function capture(pattern: Pattern, groups: RegExpExecArray, into: Partial_): Partial_ {
  const next = { ...into }
  for (const property of properties) {
    const index = pattern[property]
    if (index !== undefined && groups[index] !== undefined) next[property] = groups[index]
  }
  return next
}

/** Emulates the runner: the issues the matcher reports for the given output. */
function match(matcher: Matcher, output: string): Issue[] {
  const patterns = matcher.pattern.map((p) => ({ ...p, re: new RegExp(p.regexp) }))
  const state: (Partial_ | null)[] = patterns.map(() => null)
  const issues: Issue[] = []
  const emit = (values: Partial_): void => {
    if (!values.message?.trim()) return // the runner drops issues without a message
    const severity = (values.severity ?? matcher.severity ?? 'error').toLowerCase()
    issues.push({
      file: values.file,
      line: values.line === undefined ? undefined : Number(values.line),
      column: values.column === undefined ? undefined : Number(values.column),
      severity: severity === 'warning' || severity === 'notice' ? severity : 'error',
      code: values.code,
      message: values.message
    })
  }
  for (const line of output.split(/\r?\n/)) {
    for (let i = patterns.length - 1; i >= 0; i--) {
      const running = i > 0 ? state[i - 1]! : {}
      if (i > 0 && state[i - 1] === null) continue
      const pattern = patterns[i]!
      const groups = pattern.re.exec(line)
      const last = i === patterns.length - 1
      if (groups) {
        const values = capture(pattern, groups, running)
        if (last) {
          state.fill(null)
          if (pattern.loop && i > 0) state[i - 1] = running
          emit(values)
        } else {
          state[i] = values
        }
      } else if (last && i > 0) {
        state[i - 1] = null
      } else if (!last) {
        state[i] = null
      }
    }
  }
  return issues
}

const fixture = (path: string): string => readFileSync(join(fixtures, path), 'utf8')

describe('matcher files', () => {
  it.each(['rustfmt.json', 'clippy.json', 'cargo-test.json'])(
    '%s is a valid problem matcher',
    (name) => {
      const matcher = loadMatcher(name)
      expect(matcher.owner).toMatch(/^readiness-gate-/)
      expect(matcher.pattern.length).toBeGreaterThan(0)
      matcher.pattern.forEach((pattern, index) => {
        expect(() => new RegExp(pattern.regexp)).not.toThrow()
        if (pattern.loop) expect(index).toBe(matcher.pattern.length - 1)
      })
      const all = Object.assign({}, ...matcher.pattern) as Pattern
      expect(all.file).toBeDefined()
      expect(all.line).toBeDefined()
      expect(all.message).toBeDefined()
    }
  )

  it('owners are distinct', () => {
    const owners = ['rustfmt.json', 'clippy.json', 'cargo-test.json'].map(
      (name) => loadMatcher(name).owner
    )
    expect(new Set(owners).size).toBe(owners.length)
  })
})

describe('rustfmt matcher', () => {
  const matcher = loadMatcher('rustfmt.json')
  const project = '/tmp/readiness-gate-fixtures/llm-memory-graph'

  it('reports each hunk of `cargo fmt -- --check` as a warning', () => {
    expect(match(matcher, fixture('rustfmt/violations.txt'))).toEqual([
      {
        file: `${project}/crates/cli/src/main.rs`,
        line: 19,
        column: undefined,
        severity: 'warning',
        code: undefined,
        message: `Diff in ${project}/crates/cli/src/main.rs:19:`
      },
      expect.objectContaining({ file: `${project}/crates/cli/src/main.rs`, line: 71 }),
      expect.objectContaining({ file: `${project}/crates/memory-graph/src/lib.rs`, line: 8 })
    ])
  })

  it('accepts the older "at line" form and stays quiet on clean output', () => {
    expect(match(matcher, 'Diff in /src/lib.rs at line 3:\n-a\n+b\n')).toEqual([
      expect.objectContaining({ file: '/src/lib.rs', line: 3, severity: 'warning' })
    ])
    expect(match(matcher, fixture('rustfmt/clean.txt'))).toEqual([])
  })
})

describe('clippy / rustc matcher', () => {
  const matcher = loadMatcher('clippy.json')
  const bait = 'crates/memory-graph/src/lint_bait.rs'

  it('reports the clippy warnings with file, line, column and message', () => {
    const issues = match(matcher, fixture('clippy/warnings.txt'))
    expect(issues).toEqual([
      {
        file: bait,
        line: 17,
        column: 9,
        severity: 'warning',
        code: undefined,
        message: 'unused variable: `length`'
      },
      expect.objectContaining({
        file: bait,
        line: 1,
        column: 23,
        message: 'writing `&String` instead of `&str` involves a new object where a slice will do'
      }),
      expect.objectContaining({ line: 2, column: 8, message: 'length comparison to zero' }),
      expect.objectContaining({ line: 13, column: 5, message: 'unneeded `return` statement' }),
      expect.objectContaining({
        line: 10,
        column: 18,
        message: 'the loop variable `index` is only used to index `values`'
      })
    ])
    // Summary lines ("generated 5 warnings") have no location and are not reported.
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true)
  })

  it('reports -D warnings as errors, not the "could not compile" summaries', () => {
    const issues = match(matcher, fixture('clippy/deny-warnings.txt'))
    expect(issues).toHaveLength(5)
    expect(issues.every((issue) => issue.severity === 'error' && issue.file === bait)).toBe(true)
    expect(issues.map((issue) => issue.line)).toEqual([17, 1, 2, 13, 10])
  })

  it('reports rustc errors with their code (cargo build)', () => {
    const issues = match(matcher, fixture('cargo-build/error.txt'))
    expect(issues).toEqual(
      [
        [34, 15],
        [41, 40],
        [69, 12]
      ].map(([line, column]) => ({
        file: 'crates/server/src/main.rs',
        line,
        column,
        severity: 'error',
        code: 'E0308',
        message: 'mismatched types'
      }))
    )
  })

  it('reports rustc warnings (cargo build) and compile errors (cargo test)', () => {
    expect(match(matcher, fixture('cargo-build/warning.txt'))).toEqual([
      expect.objectContaining({
        file: 'crates/cli/src/main.rs',
        line: 74,
        column: 9,
        severity: 'warning',
        message: 'unused variable: `started`'
      })
    ])
    expect(match(matcher, fixture('cargo-test/compile-error.txt'))).toEqual([
      {
        file: 'crates/memory-graph/src/table.rs',
        line: 87,
        column: 27,
        severity: 'error',
        code: 'E0382',
        message: 'borrow of moved value: `table`'
      }
    ])
    expect(match(matcher, fixture('cargo-build/clean.txt'))).toEqual([])
  })
})

describe('cargo test matcher', () => {
  const matcher = loadMatcher('cargo-test.json')

  it('reports each panicking test at its panic location', () => {
    expect(match(matcher, fixture('cargo-test/failing.txt'))).toEqual([
      {
        file: 'crates/cli/tests/cli.rs',
        line: 28,
        column: 5,
        severity: 'error',
        code: 'help_lists_the_commands',
        message: 'assertion failed: help.contains("search <QUERY>")'
      },
      {
        file: 'crates/memory-graph/src/graph.rs',
        line: 259,
        column: 9,
        severity: 'error',
        code: 'graph::tests::stats_count_kinds_and_edges',
        message: 'assertion `left == right` failed'
      }
    ])
  })

  it('is not confused by backtraces and stays quiet on passing runs', () => {
    expect(match(matcher, fixture('cargo-test/failing-backtrace.txt'))).toEqual([
      expect.objectContaining({
        file: 'crates/cli/tests/cli.rs',
        line: 28,
        code: 'help_lists_the_commands'
      })
    ])
    expect(match(matcher, fixture('cargo-test/passing.txt'))).toEqual([])
  })
})
