import { cargoBuildParser } from '../../src/findings/cargo-build.js'
import { clippyParser } from '../../src/findings/clippy.js'
import { RustDiagnosticCollector } from '../../src/findings/rust-diagnostics.js'
import { FindingList } from '../../src/findings/parser-helpers.js'
import { MAX_FINDINGS } from '../../src/findings/types.js'
import { diagnosticKeys, jsonDiagnostics } from './clippy-json.js'
import { fixtureText, runFixture, runParser } from './fixtures.js'

const clippy = 'cargo clippy --all-targets --all-features -- -D warnings'
const LINT_BAIT = 'crates/memory-graph/src/lint_bait.rs'

describe('clippy parser', () => {
  it('reads lints denied by -D warnings, with their lint names', () => {
    const report = runFixture(clippyParser, clippy, 'clippy/deny-warnings')
    expect(report.summary).toBe('clippy: 5 errors')
    expect(report.counts).toEqual({ errors: 5, warnings: 0 })
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message: 'unused variable: `length`',
        code: 'unused_variables',
        file: LINT_BAIT,
        line: 17,
        column: 9
      },
      {
        severity: 'error',
        message: 'writing `&String` instead of `&str` involves a new object where a slice will do',
        code: 'clippy::ptr_arg',
        file: LINT_BAIT,
        line: 1,
        column: 23
      },
      {
        severity: 'error',
        message: 'length comparison to zero',
        code: 'clippy::len_zero',
        file: LINT_BAIT,
        line: 2,
        column: 8
      },
      {
        severity: 'error',
        message: 'unneeded `return` statement',
        code: 'clippy::needless_return',
        file: LINT_BAIT,
        line: 13,
        column: 5
      },
      {
        severity: 'error',
        message: 'the loop variable `index` is only used to index `values`',
        code: 'clippy::needless_range_loop',
        file: LINT_BAIT,
        line: 10,
        column: 18
      }
    ])
  })

  it.each(['deny-warnings', 'warnings'])(
    'agrees with --message-format=json on the same tree (%s)',
    (name) => {
      const report = runFixture(clippyParser, clippy, `clippy/${name}`)
      const json = jsonDiagnostics(fixtureText(`clippy/${name}.json`))
      expect(report.counts.errors! + report.counts.warnings!).toBe(json.length)
      expect(report.counts.errors).toBe(json.filter((d) => d.level === 'error').length)
      expect(diagnosticKeys(report.findings)).toEqual(diagnosticKeys(json))
    }
  )

  it('reads plain warnings and takes the lint from "#[warn(…)] on by default"', () => {
    const report = runFixture(
      clippyParser,
      'cargo clippy --all-targets --all-features',
      'clippy/warnings'
    )
    expect(report.summary).toBe('clippy: 5 warnings')
    expect(report.findings.every((finding) => finding.severity === 'warning')).toBe(true)
    expect(report.findings.map((finding) => finding.code)).toContain('clippy::needless_return')
  })

  it('takes the lint from #[deny] notes and from the help URL when no -D note is printed', () => {
    const output = [
      'error: unneeded `return` statement',
      ' --> src/lib.rs:3:5',
      '  |',
      '  = help: for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#needless_return',
      '',
      'error: this could be a `const fn`',
      ' --> src/lib.rs:9:1',
      '  |',
      'note: the lint level is defined here',
      ' --> src/lib.rs:1:9',
      '  |',
      '1 | #![deny(clippy::nursery)]',
      '  = note: `#[deny(clippy::missing_const_for_fn)]` implied by `#[deny(clippy::nursery)]`',
      ''
    ].join('\n')
    const report = runParser(clippyParser, 'cargo clippy', output, 101)
    expect(report.findings.map(({ code, line }) => ({ code, line }))).toEqual([
      { code: 'clippy::needless_return', line: 3 },
      { code: 'clippy::missing_const_for_fn', line: 9 }
    ])
  })

  it("explains a failure without diagnostics with cargo's own error", () => {
    const output =
      'error: failed to load manifest for workspace member `/p/crates/x`\n\nCaused by:\n  No such file'
    const report = runParser(clippyParser, 'cargo clippy', output, 101)
    expect(report.summary).toBe(
      'clippy: error: failed to load manifest for workspace member `/p/crates/x` (exit 101)'
    )
    expect(report.counts).toEqual({ errors: 0, warnings: 0 })
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message: 'error: failed to load manifest for workspace member `/p/crates/x`'
      }
    ])
  })
})

describe('cargo build parser', () => {
  const build = 'cargo build --release --all'

  it('says "0 errors, 0 warnings" for a clean build', () => {
    const report = runFixture(cargoBuildParser, `cargo clean && ${build}`, 'cargo-build/clean')
    expect(report).toEqual({
      findings: [],
      droppedFindings: 0,
      counts: { errors: 0, warnings: 0 },
      summary: 'cargo build: 0 errors, 0 warnings'
    })
  })

  it('counts a rustc warning, not cargo\'s "generated 1 warning" line', () => {
    const report = runFixture(cargoBuildParser, build, 'cargo-build/warning')
    expect(report.summary).toBe('cargo build: 0 errors, 1 warning')
    expect(report.findings).toEqual([
      {
        severity: 'warning',
        message: 'unused variable: `started`',
        code: 'unused_variables',
        file: 'crates/cli/src/main.rs',
        line: 74,
        column: 9
      }
    ])
  })

  it('reads compile errors with their error codes', () => {
    const report = runFixture(cargoBuildParser, build, 'cargo-build/error')
    expect(report.summary).toBe('cargo build: 3 errors, 0 warnings')
    expect(
      report.findings.map(({ code, file, line, column }) => `${code} ${file}:${line}:${column}`)
    ).toEqual([
      'E0308 crates/server/src/main.rs:34:15',
      'E0308 crates/server/src/main.rs:41:40',
      'E0308 crates/server/src/main.rs:69:12'
    ])
  })
})

describe('RustDiagnosticCollector', () => {
  const diagnostic = (index: number): string[] => [
    `warning: unused variable: \`v${index}\``,
    ` --> src/lib.rs:${index + 1}:9`,
    '  |',
    ''
  ]

  it('counts a diagnostic printed twice once', () => {
    const collector = new RustDiagnosticCollector()
    for (const line of [...diagnostic(1), ...diagnostic(1), ...diagnostic(2)]) collector.line(line)
    collector.finish()
    expect(collector.warnings).toBe(2)
  })

  it(`keeps ${MAX_FINDINGS} findings and counts the others`, () => {
    const findings = new FindingList()
    const collector = new RustDiagnosticCollector(findings)
    const total = MAX_FINDINGS + 7
    for (let index = 0; index < total; index++)
      for (const line of diagnostic(index)) collector.line(line)
    collector.finish()
    expect(collector.warnings).toBe(total)
    expect(findings.findings).toHaveLength(MAX_FINDINGS)
    expect(findings.droppedCount).toBe(7)
  })

  it('does not take headers without a location or body for diagnostics', () => {
    const collector = new RustDiagnosticCollector()
    for (const line of [
      'warning: build failed, waiting for other jobs to finish...',
      'error: could not compile `x` (lib) due to 3 previous errors',
      'error: some program output',
      'more program output'
    ]) {
      collector.line(line)
    }
    collector.finish()
    expect([collector.errors, collector.warnings, collector.compileFailed]).toEqual([0, 0, true])
  })
})
