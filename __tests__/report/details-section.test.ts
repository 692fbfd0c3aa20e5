// The Details section's behaviours no other test pins: what a validation's facts line says (exit
// code, signal, output size, counts, hint), the findings table's Where column for every kind of
// finding and its notes when findings were capped or dropped, and the log tail's line and
// character budgets. Every expected block is the exact Markdown a reader gets.
import { describe, expect, test } from '@jest/globals'
import type { AssessedValidation } from '../../src/readiness/model.js'
import { renderDetails } from '../../src/report/details.js'
import { DETAIL_LEVELS, type DetailLevel } from '../../src/report/levels.js'
import type { CapturedOutput, Finding } from '../../src/validations/model.js'
import { context } from './cases.js'

const RICH = DETAIL_LEVELS[0]!
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

function validation(overrides: Partial<AssessedValidation> = {}): AssessedValidation {
  return {
    id: 'unit-tests',
    name: 'Unit tests',
    command: 'cargo test',
    cwd: '.',
    critical: true,
    tool: 'cargo',
    kind: 'tests',
    paths: null,
    verifies: [],
    source: { kind: 'script', line: 12, file: null },
    status: 'failed',
    exitCode: null,
    signal: null,
    durationMs: null,
    summary: 'cargo test: 1 failed',
    counts: {},
    findings: [],
    droppedFindings: 0,
    hint: null,
    output: null,
    ...overrides
  }
}

/** The body of the one validation's <details> block, between the summary and </details>. */
function body(v: AssessedValidation, level: DetailLevel = RICH, overrides = {}): string {
  const rendered = renderDetails([v], context(overrides), level)
  const start = rendered.indexOf('</summary>\n\n') + '</summary>\n\n'.length
  return rendered.slice(start, rendered.indexOf('\n\n</details>'))
}

const COMMAND = 'Command (in `.`, from checklist line 12; critical):\n\n```sh\ncargo test\n```'

function captured(text: string, truncated = false): CapturedOutput {
  return truncated
    ? { head: 'HEAD-NOT-SHOWN\n', tail: text, totalBytes: 5000, truncated: true }
    : { head: text, tail: '', totalBytes: Buffer.byteLength(text), truncated: false }
}

describe('the section around the validations', () => {
  test('no validation planned: one sentence', () => {
    expect(renderDetails([], context(), RICH)).toBe('### Details\n\nNo validation was planned.')
  })

  test('every validation passing and left out: the count of left-out details and the shortening note, never “Nothing to show.”', () => {
    const passing = [validation({ status: 'passed' }), validation({ id: 'b', status: 'passed' })]
    expect(renderDetails(passing, context(), DETAIL_LEVELS[1]!)).toBe(
      '### Details\n\n_Details of 2 passing validations left out to fit._\n\n_Some details were shortened to fit; the JSON report has everything._'
    )
    expect(renderDetails([passing[0]!], context(), DETAIL_LEVELS[1]!)).toBe(
      '### Details\n\n_Details of 1 passing validation left out to fit._\n\n_Some details were shortened to fit; the JSON report has everything._'
    )
  })
})

describe('the command line', () => {
  test('a config validation, or one without a line, names no checklist line; a non-critical one says so', () => {
    const fromConfig = validation({ source: { kind: 'config', line: 4, file: 'gate.yml' } })
    expect(body(fromConfig)).toBe('Command (in `.`; critical):\n\n```sh\ncargo test\n```')
    const noLine = validation({
      source: { kind: 'script', line: null, file: null },
      critical: false
    })
    expect(body(noLine)).toBe('Command (in `.`; not critical):\n\n```sh\ncargo test\n```')
  })
})

describe('the facts line', () => {
  test('exit code, signal (escaped), output size and counts, joined and capitalised; the hint after a blank line', () => {
    const v = validation({
      exitCode: 101,
      signal: 'SIG*KILL*',
      output: captured('one\n'),
      counts: { passed: 3, failed: 1 },
      hint: 'run `cargo test` *locally*'
    })
    expect(body(v)).toBe(
      `${COMMAND}\n\nExit code 101 · killed by SIG\\*KILL\\* · 4 B of output · passed 3, failed 1\n\nHint: run \`cargo test\` \\*locally\\*\n\nLast 1 line of output (4 B in all):\n\n\`\`\`text\none\n\`\`\``
    )
  })

  test('a signal alone starts the line; a hint alone has no blank line before it; nothing at all: no facts', () => {
    expect(body(validation({ signal: 'SIGTERM' }))).toBe(`${COMMAND}\n\nKilled by SIGTERM`)
    expect(body(validation({ hint: 'install it' }))).toBe(`${COMMAND}\n\nHint: install it`)
    expect(body(validation())).toBe(COMMAND)
  })
})

describe('the findings table', () => {
  function row(finding: Finding, overrides = {}): string {
    const table = body(validation({ findings: [finding] }), RICH, overrides)
    return table
      .split('\n')
      .find((line) => line.startsWith('| error') || line.startsWith('| warning'))!
  }

  test('Where: file, file:line, file:line:column (linked at the commit), package and version, test, or nothing', () => {
    const error = { severity: 'error' as const, message: 'm' }
    expect(row({ ...error, file: 'src/a.rs' })).toBe('| error | `src/a.rs` |  | m |')
    expect(row({ ...error, file: 'src/a.rs', line: 7 })).toBe('| error | `src/a.rs:7` |  | m |')
    expect(row({ ...error, file: 'src/a.rs', line: 7, column: 3 })).toBe(
      '| error | `src/a.rs:7:3` |  | m |'
    )
    expect(
      row({ ...error, file: 'src/a.rs', line: 7 }, { repository: 'octo/shop', sha: SHA })
    ).toBe(
      `| error | [\`src/a.rs:7\`](https://github.com/octo/shop/blob/${SHA}/examples/llm-memory-graph/src/a.rs#L7) |  | m |`
    )
    expect(row({ ...error, file: 'src/a.rs' }, { repository: 'octo/shop', sha: SHA })).toBe(
      `| error | [\`src/a.rs\`](https://github.com/octo/shop/blob/${SHA}/examples/llm-memory-graph/src/a.rs#L1) |  | m |`
    )
    expect(row({ ...error, file: 'src/a|b.rs', line: 1 })).toBe(
      '| error | `src/a\\|b.rs:1` |  | m |'
    )
    // An absolute path outside the workspace has no place in the repository: not linked.
    expect(
      row({ ...error, file: '/elsewhere/a.rs', line: 2 }, { repository: 'octo/shop', sha: SHA })
    ).toBe('| error | `/elsewhere/a.rs:2` |  | m |')
    expect(row({ ...error, package: 'time|x', version: '0.1.0' })).toBe(
      '| error | `time\\|x 0.1.0` |  | m |'
    )
    expect(row({ ...error, package: 'time' })).toBe('| error | `time` |  | m |')
    expect(row({ ...error, test: 'tests::a|b' })).toBe('| error | `tests::a\\|b` |  | m |')
    expect(row(error)).toBe('| error |  |  | m |')
  })

  test('Code and Message: pipes escaped for the table; advisory severity and kind follow the message', () => {
    expect(
      row({
        severity: 'warning',
        code: 'RUSTSEC|1',
        message: 'a | b',
        advisorySeverity: 'high',
        kind: 'vulnerability'
      })
    ).toBe('| warning |  | `RUSTSEC\\|1` | a \\| b (high, vulnerability) |')
    expect(row({ severity: 'warning', message: 'm', kind: 'unmaintained' })).toBe(
      '| warning |  |  | m (unmaintained) |'
    )
  })

  function findings(count: number): Finding[] {
    return Array.from({ length: count }, (_, i) => ({
      severity: 'error' as const,
      message: `m${i + 1}`
    }))
  }

  test('capped by the level: the rows shown, then how many more (the JSON report has them all)', () => {
    const level = { ...RICH, findings: 2 }
    expect(body(validation({ findings: findings(3) }), level)).toBe(
      `${COMMAND}\n\nFindings (3):\n\n| Level | Where | Code | Message |\n| :-- | :-- | :-- | :-- |\n| error |  |  | m1 |\n| error |  |  | m2 |\n\n…and 1 more finding (the JSON report has them all).`
    )
  })

  test('findings dropped by the parser count in the total and in “more”, without the JSON promise', () => {
    const level = { ...RICH, findings: 2 }
    expect(body(validation({ findings: findings(3), droppedFindings: 5 }), level)).toBe(
      `${COMMAND}\n\nFindings (8):\n\n| Level | Where | Code | Message |\n| :-- | :-- | :-- | :-- |\n| error |  |  | m1 |\n| error |  |  | m2 |\n\n…and 6 more findings.`
    )
  })

  test('a level that shows no finding: the count and the note in one line', () => {
    const none = DETAIL_LEVELS[DETAIL_LEVELS.length - 1]!
    expect(none.findings).toBe(0)
    expect(body(validation({ findings: findings(3) }), none)).toBe(
      `${COMMAND}\n\n3 findings; …and 3 more findings (the JSON report has them all).`
    )
    expect(body(validation({ findings: findings(1), droppedFindings: 1 }), none)).toBe(
      `${COMMAND}\n\n2 findings; …and 2 more findings.`
    )
  })
})

describe('the log tail', () => {
  test('CR and CRLF line ends both split lines; trailing newlines dropped', () => {
    expect(body(validation({ output: captured('a\rb\r\nc\n\n') }))).toBe(
      `${COMMAND}\n\n8 B of output\n\nLast 3 lines of output (8 B in all):\n\n\`\`\`text\na\nb\nc\n\`\`\``
    )
  })

  test('levels without log lines show no log, only its size in the facts', () => {
    const capped = DETAIL_LEVELS[DETAIL_LEVELS.length - 1]!
    expect(capped.logLines).toBe(0)
    expect(body(validation({ output: captured('a\nb\n') }), capped)).toBe(
      `${COMMAND}\n\n4 B of output`
    )
  })

  test('a truncated capture shows only its tail, without the tail’s first (cut) line — unless it is the only one', () => {
    const shown = body(validation({ output: captured('t cut\nt2\nt3\n', true) }))
    expect(shown.split('\n\n').slice(-2).join('\n\n')).toBe(
      'Last 2 lines of output (4.9 KB in all):\n\n```text\nt2\nt3\n```'
    )
    const single = body(validation({ output: captured('only line\n', true) }))
    expect(single.split('\n\n').slice(-2).join('\n\n')).toBe(
      'Last 1 line of output (4.9 KB in all):\n\n```text\nonly line\n```'
    )
  })

  test('the level’s line budget keeps the last lines; its character budget keeps whole lines that fit exactly', () => {
    const text = 'l1\nl2\nl3\nl4\n'
    const last = (level: DetailLevel): string =>
      body(validation({ output: captured(text) }), level)
        .split('\n\n')
        .slice(-2)
        .join('\n\n')
    expect(last({ ...RICH, logLines: 2 })).toBe(
      'Last 2 lines of output (12 B in all):\n\n```text\nl3\nl4\n```'
    )
    // Each line costs its length plus one: 9 characters hold exactly three lines, 8 only two.
    expect(last({ ...RICH, logChars: 9 })).toBe(
      'Last 3 lines of output (12 B in all):\n\n```text\nl2\nl3\nl4\n```'
    )
    expect(last({ ...RICH, logChars: 8 })).toBe(
      'Last 2 lines of output (12 B in all):\n\n```text\nl3\nl4\n```'
    )
  })

  test('a last line longer than the character budget: its end, after an ellipsis, within the budget', () => {
    const text = 'first\nabcdefghijklmnop\n'
    const last = body(validation({ output: captured(text) }), { ...RICH, logChars: 6 })
    expect(last.split('\n\n').slice(-2).join('\n\n')).toBe(
      'Last 1 line of output (23 B in all):\n\n```text\n…lmnop\n```'
    )
  })
})
