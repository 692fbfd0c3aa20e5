import { rustfmtParser } from '../../src/findings/rustfmt.js'
import { FIXTURE_PROJECT, fixtureText, runFixture, runParser } from './fixtures.js'

const command = 'cargo fmt -- --check'

describe('rustfmt parser', () => {
  it('reports each hunk at its first changed line, relative to the cwd', () => {
    const report = runFixture(rustfmtParser, command, 'rustfmt/violations', {
      cwd: FIXTURE_PROJECT
    })
    expect(report.summary).toBe('rustfmt: 2 files need formatting')
    expect(report.counts).toEqual({ files: 2, hunks: 3 })
    expect(
      report.findings.map(({ file, line, endLine, code, severity }) => ({
        file,
        line,
        endLine,
        code,
        severity
      }))
    ).toEqual([
      { file: 'crates/cli/src/main.rs', line: 22, endLine: 24, code: 'rustfmt', severity: 'error' },
      {
        file: 'crates/cli/src/main.rs',
        line: 74,
        endLine: undefined,
        code: 'rustfmt',
        severity: 'error'
      },
      {
        file: 'crates/memory-graph/src/lib.rs',
        line: 11,
        endLine: undefined,
        code: 'rustfmt',
        severity: 'error'
      }
    ])
    expect(report.findings[0]!.message).toBe(
      'rustfmt would reformat lines 22-24 (3 lines out, 1 line in)'
    )
  })

  it('keeps absolute paths when it does not know the cwd', () => {
    const report = runFixture(rustfmtParser, command, 'rustfmt/violations')
    expect(report.findings[0]!.file).toBe(`${FIXTURE_PROJECT}/crates/cli/src/main.rs`)
  })

  it('reads the ANSI-coloured diff rustfmt prints into a pipe', () => {
    expect(fixtureText('rustfmt/violations.txt')).toContain('\x1b[31m-')
  })

  it('says so when everything is formatted', () => {
    const report = runFixture(rustfmtParser, command, 'rustfmt/clean')
    expect(report).toEqual({
      findings: [],
      droppedFindings: 0,
      counts: { files: 0, hunks: 0 },
      summary: 'rustfmt: all files formatted'
    })
  })

  it('reads the older "Diff in FILE at line N:" header', () => {
    const output = [
      'Diff in src/main.rs at line 1:',
      ' fn main() {',
      '-    let x=1;',
      '+    let x = 1;',
      ' }'
    ].join('\n')
    const report = runParser(rustfmtParser, command, output, 1)
    expect(report.findings).toEqual([
      {
        severity: 'error',
        message: 'rustfmt would reformat line 2 (1 line out, 1 line in)',
        code: 'rustfmt',
        file: 'src/main.rs',
        line: 2
      }
    ])
  })

  it('reports parse errors rustfmt prints as rustc diagnostics', () => {
    const output = [
      'error: expected one of `;` or `}`, found `let`',
      ' --> /p/src/lib.rs:3:5',
      '  |',
      '3 |     let y = 2;',
      '  |     ^^^ expected one of `;` or `}`',
      ''
    ].join('\n')
    const report = runParser(rustfmtParser, command, output, 1, { cwd: '/p' })
    expect(report.summary).toBe('rustfmt: 1 error')
    expect(report.findings).toMatchObject([
      { severity: 'error', file: 'src/lib.rs', line: 3, column: 5 }
    ])
  })
})
