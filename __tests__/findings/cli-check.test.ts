import { cliCheckParser } from '../../src/findings/cli-check.js'
import { runFixture, runParser } from './fixtures.js'

const step =
  'cd ../..\n./target/release/llm-memory-graph --help\n./target/release/llm-memory-graph --version'

describe('cli check parser', () => {
  it("takes the version line the seed's binary printed after its help", () => {
    const report = runFixture(cliCheckParser, step, 'cli/help-version')
    expect(report).toEqual({
      findings: [],
      droppedFindings: 0,
      counts: { versionPrinted: 1, helpPrinted: 1, lines: 10 },
      summary: 'llm-memory-graph 0.1.0'
    })
  })

  it('reports a --version that printed no version', () => {
    const report = runParser(
      cliCheckParser,
      './target/release/server --version',
      'Usage: server [OPTIONS]',
      2
    )
    expect(report.summary).toBe('--version printed no version')
    expect(report.counts.versionPrinted).toBe(0)
    expect(report.findings).toEqual([
      { severity: 'error', message: 'server --version printed no version' }
    ])
  })

  it.each([
    ['server 0.1.0', true],
    ['v2.3.4-beta.1', true],
    ['mytool version 1.2.3 (abc123 2025-01-01)', true],
    ['  --addr <HOST:PORT>  Address (default 127.0.0.1:7878)', false],
    ['Usage: tool 1.0.0 [OPTIONS]', false]
  ])('%j prints a version: %s', (line, printed) => {
    const report = runParser(cliCheckParser, './tool --version', line, 0)
    expect(report.counts.versionPrinted).toBe(printed ? 1 : 0)
  })

  it('reports help without a version request', () => {
    const report = runParser(
      cliCheckParser,
      './target/release/server --help',
      'Usage: server [OPTIONS]\n',
      0
    )
    expect(report.summary).toBe('server --help printed usage')
    expect(report.counts).toEqual({ versionPrinted: 0, helpPrinted: 1, lines: 1 })
  })
})
