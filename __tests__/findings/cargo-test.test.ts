import { cargoTestParser } from '../../src/findings/cargo-test.js'
import { runFixture, runParser } from './fixtures.js'

const command = 'cargo test --all'

describe('cargo test parser', () => {
  it('sums every test binary\'s "test result:" line', () => {
    const report = runFixture(cargoTestParser, command, 'cargo-test/passing')
    expect(report.summary).toBe('cargo test: 18 passed')
    expect(report.counts).toEqual({ passed: 18, failed: 0, ignored: 0, errors: 0, warnings: 0 })
    expect(report.findings).toEqual([])
  })

  it('reports a test that does not compile, with the error and its place', () => {
    const report = runFixture(cargoTestParser, command, 'cargo-test/compile-error')
    expect(report.summary).toBe('cargo test: does not compile (1 error)')
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message: 'borrow of moved value: `table`',
        code: 'E0382',
        file: 'crates/memory-graph/src/table.rs',
        line: 87,
        column: 27
      }
    ])
  })

  it('names each failing test with its panic message and location', () => {
    const report = runFixture(cargoTestParser, `${command} --no-fail-fast`, 'cargo-test/failing')
    expect(report.summary).toBe('cargo test: 2 failed, 16 passed')
    expect(report.counts).toMatchObject({ passed: 16, failed: 2 })
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message: 'help_lists_the_commands: assertion failed: help.contains("search <QUERY>")',
        test: 'help_lists_the_commands',
        file: 'crates/cli/tests/cli.rs',
        line: 28,
        column: 5
      },
      {
        severity: 'error',
        message:
          'graph::tests::stats_count_kinds_and_edges: assertion `left == right` failed left: (3, 2) right: (3, 3)',
        test: 'graph::tests::stats_count_kinds_and_edges',
        file: 'crates/memory-graph/src/graph.rs',
        line: 259,
        column: 9
      }
    ])
  })

  it('leaves the stack backtrace out of the message', () => {
    const report = runFixture(cargoTestParser, command, 'cargo-test/failing-backtrace')
    expect(report.summary).toBe('cargo test: 1 failed, 6 passed')
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]!.message).toBe(
      'help_lists_the_commands: assertion failed: help.contains("search <QUERY>")'
    )
  })

  it('reads the pre-1.73 panic format and ignored tests', () => {
    const output = [
      'running 3 tests',
      'test tests::slow ... ignored',
      'test tests::adds ... FAILED',
      'test tests::ok ... ok',
      '',
      'failures:',
      '',
      '---- tests::adds stdout ----',
      "thread 'tests::adds' panicked at 'attempt to add with overflow', src/lib.rs:7:9",
      'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
      '',
      'test result: FAILED. 1 passed; 1 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s'
    ].join('\n')
    const report = runParser(cargoTestParser, 'cargo test', output, 101)
    expect(report.summary).toBe('cargo test: 1 failed, 1 passed, 1 ignored')
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message: 'tests::adds: attempt to add with overflow',
        test: 'tests::adds',
        file: 'src/lib.rs',
        line: 7,
        column: 9
      }
    ])
  })
})
