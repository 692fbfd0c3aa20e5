// Pathological command output for every tool parser: lines holding a 100,000-character run of the
// characters and words the parsers look for (openers without closers, separators, markers), bare
// and after the prefixes of the lines each tool reads closely, each ending with a character that
// spoils a match anchored at the end ("x", or a carriage return, which `.` does not match). The
// lines arrive in the states where a collector reads the most (inside a rustc diagnostic, a Jest
// failure, a TAP block, an npm audit report). A pattern that backtracks (quadratic, like
// `^\s*(.+) - …$` on a run of spaces, or worse) takes seconds per line here, minutes per test
// (npm-test's run of tabs took 340 s before `Tests:\s+(.*\btotal)$` lost its backtracking), so the
// suite would not finish, while linear code takes milliseconds per test. Speed is not asserted: a
// test that finishes has shown it. The step's command gets runs too, and the audit parsers whole
// JSON reports with a 5 MB string value and arrays nested 10,000 deep.
import type { ToolReport } from '../../src/validations/model.js'
import { TOOL_PARSERS, toolFor } from '../../src/findings/index.js'
import { MAX_FINDINGS } from '../../src/findings/types.js'

const LENGTH = 100_000

/** A command each parser recognises. */
const COMMANDS: Record<string, string> = {
  rustfmt: 'cargo fmt --all -- --check',
  clippy: 'cargo clippy --all-targets -- -D warnings',
  'cargo-audit': 'cargo audit',
  'cargo-test': 'cargo test --all',
  'cargo-build': 'cargo build --release',
  'npm-audit': 'npm audit',
  'npm-test': 'npm test',
  'npm-build': 'npm run build',
  cli: './target/release/app --version',
  generic: 'make deploy'
}

/** Units repeated into a run. */
const UNITS = [
  '[',
  '](',
  '_',
  '-',
  '*',
  '`',
  ' ',
  '\t',
  ':',
  '::',
  '-->',
  ' --> ',
  'error',
  'error: ',
  'warning[',
  '|',
  '=',
  '.',
  '(',
  '"',
  '\\',
  '{',
  '0',
  'test ',
  'at ',
  '✓ ',
  '✗ ',
  '# ',
  'ok ',
  'RUSTSEC-',
  'src/x.rs:',
  "'",
  ' (',
  ' # ',
  ' - ',
  ':1',
  ' (1 s, ',
  "', ",
  "' panicked at ",
  'rust-clippy/',
  '(1,1): error TS1: ',
  ':1:1 - error TS1: ',
  ' # TODO',
  '✖ ',
  '●',
  '\r',
  '\u2028',
  '\x1b[',
  '\x1b]'
]

/** Prefixes of the lines a family of tools reads; each is followed by the run and a spoiler. */
const PREFIXES = {
  any: ['', '    ', 'x'],
  rust: [
    'error[E0308]: ',
    'error: ',
    'warning: ',
    'warning[',
    ' --> ',
    '  --> src/x.rs:',
    '   |',
    '  = note: ',
    '  = note: `-D ',
    '  = help: for further information visit https://rust-lang.github.io/rust-clippy/',
    '   Compiling ',
    'error: could not compile ',
    'Diff in ',
    'Diff in /w/project/src/main.rs:',
    'test result: ',
    'test result: ok. ',
    'test ',
    '---- ',
    "thread '",
    "thread 'main' panicked at ",
    "thread 't' panicked at '",
    "thread 't' (7) panicked at "
  ],
  node: [
    'PASS ',
    'FAIL a.test.js',
    'Tests:',
    'Test Suites:',
    '    at ',
    '    at f (',
    '  ● ',
    '# ',
    'ℹ ',
    '✖ ',
    '  ✖ ',
    '▶ ',
    'test at ',
    'not ok 1 - ',
    "    location: '",
    '    error: ',
    "    error: '",
    'src/a.ts',
    'src/a.ts(1,1): error TS2741: ',
    'src/a.ts:1:1 - error TS2741: ',
    'error TS5083: ',
    'src/a.ts: error: ',
    ' Test Files  ',
    '      Tests  ',
    ' FAIL  a.test.ts > ',
    ' ❯ ',
    '✖ 1 problem (',
    '  1:1  error  ',
    'a.ts: line 1, col 1, Error - ',
    '[warn] ',
    '[error] a.ts: SyntaxError: ',
    'a.ts:1:1 lint/x  ━',
    '× a.ts: lint/x: ',
    '  1) ',
    '  2 passing (',
    'Test files: ',
    '       at ./a.tst.ts:1:1 ❭ ',
    'ERROR: Coverage for lines (',
    'Jest: "global" coverage threshold for ',
    '[!] (plugin rpt2) RollupError: ',
    '[plugin rpt2] a.ts(1,1): semantic error TS1: ',
    '[tsl] ERROR in a.ts(',
    'a.c:1:1: error: ',
    'a.cs(1,1): error CS1: ',
    '____ t ____',
    'tests/a.py:1: ',
    'FAILED tests/a.py::t - ',
    '==== 1 failed, 1 passed in ',
    'FAIL: t (',
    '  File "',
    'Ran 1 tests in ',
    'FAILED (',
    'a.py:1: error: ',
    'Found 1 error in ',
    './a.py:1:1: E501 ',
    '************* Module ',
    'a.py:1:0: C0114: ',
    '--- FAIL: T (',
    '=== RUN   ',
    '    a_test.go:1: ',
    'FAIL\t',
    'ok  \t',
    '{"Time":"x","Action":"fail","Package":"',
    '# example.com/',
    'a.go:1:1: ',
    'In a.sh line 1:',
    '^-- SC2086 (info): ',
    'a.sh:1:1: note: ',
    '<?xml ',
    '<testsuites><testsuite name="',
    '[{"filePath":"',
    '{"version":"2.1.0","runs":[',
    'Coverage failure: total of ',
    'FAIL Required test coverage of '
  ],
  audit: [
    'Crate:',
    'Severity:  7.5 (',
    'Solution:  No',
    'error: ',
    '# npm audit report',
    'pkg  ',
    '  Depends on vulnerable versions of ',
    'fix available via ',
    'title - https://',
    '1 vulnerabilities (',
    '{',
    '{"vulnerabilities":{"list":['
  ],
  cli: ['Usage: ', 'app v1.0.0 ', 'v']
}

/** Runs in the middle of lines whose ending matters. */
const ENDINGS: Record<keyof typeof PREFIXES, [string, string][]> = {
  any: [],
  rust: [
    ['warning: ', ' at '],
    ["thread 'main' panicked at ", ':1:1:x'],
    ["thread 't' panicked at '", "', src/lib.rs:1:x"],
    ['test result: ok. 1', ' passed; 0 failed; 0 ignored'],
    ['  --> src/x.rs:1:1', 'x']
  ],
  node: [
    ['Tests: 1', 'x total'],
    ['Test Suites:', ' total\r'],
    ['    at f (', ':1:1)x'],
    ['PASS a.test.js (1 s, ', ')x'],
    ['not ok 1 - ', ' # SKIP\r'],
    ['✖ t', ' # x\r']
  ],
  audit: [
    ['Crate:', 'x\r'],
    ['  title', ' - https://x y'],
    ['1 vulnerabilities (', ')x']
  ],
  cli: [['Usage: ', '\r']]
}

/** Lines that put a collector where it reads the most; each hostile line comes after each of these. */
const RUST_STATES = [
  [],
  ['error[E0308]: mismatched types'],
  ['warning: unused variable: `x`', '  --> src/main.rs:1:1']
]
const STATES: Record<string, string[][]> = {
  rustfmt: [...RUST_STATES, ['Diff in /w/project/src/main.rs:1:']],
  clippy: RUST_STATES,
  'cargo-build': RUST_STATES,
  'cargo-test': [...RUST_STATES, ['---- t stdout ----']],
  'npm-test': [
    [],
    ['FAIL a.test.js', '  ● t', '    message'],
    ['✖ failing tests:', 'test at a.test.js:1:1', '✖ t'],
    ['not ok 1 - t', '  ---', '  error: |-']
  ],
  'npm-build': [[]],
  'npm-audit': [[], ['# npm audit report', 'pkg  1.0.0']],
  'cargo-audit': [[], ['Crate:     x']],
  cli: [[]],
  generic: [[]]
}

const FAMILIES: Record<string, (keyof typeof PREFIXES)[]> = {
  rustfmt: ['any', 'rust'],
  clippy: ['any', 'rust'],
  'cargo-build': ['any', 'rust'],
  'cargo-test': ['any', 'rust'],
  'npm-test': ['any', 'node'],
  'npm-build': ['any', 'node'],
  'npm-audit': ['any', 'audit'],
  'cargo-audit': ['any', 'audit'],
  cli: ['any', 'cli'],
  generic: ['any']
}

/** [before, after] the run, for one tool. */
function templates(id: string): [string, string][] {
  return (FAMILIES[id] ?? ['any']).flatMap((family) => [
    ...PREFIXES[family].flatMap((prefix): [string, string][] => [
      [prefix, 'x'],
      [prefix, '\r']
    ]),
    ...ENDINGS[family]
  ])
}

/** What every report keeps to, however hostile the output. */
function expectBounded(report: ToolReport): void {
  expect(typeof report.summary).toBe('string')
  for (const count of Object.values(report.counts)) {
    expect(typeof count).toBe('number')
    expect(count).not.toBeNaN()
  }
  expect(report.findings.length).toBeLessThanOrEqual(MAX_FINDINGS)
  expect(report.droppedFindings).toBeGreaterThanOrEqual(0)
  // Every message is cut to one line of at most 300 characters (oneLine).
  for (const finding of report.findings) expect(finding.message.length).toBeLessThanOrEqual(300)
}

test('every parser has a command here', () => {
  for (const parser of TOOL_PARSERS) expect(toolFor(COMMANDS[parser.id]!).id).toBe(parser.id)
})

// Each step's parser reads with every output reader too (vitest, tsc, eslint, pytest, go test…).
describe.each(Object.keys(COMMANDS).map((id) => [id, toolFor(COMMANDS[id]!)] as const))(
  '%s',
  (id, parser) => {
    test.each(UNITS)('lines with a 100,000-character run of %j', (unit) => {
      const run = unit.repeat(Math.ceil(LENGTH / unit.length))
      const collector = parser.create(COMMANDS[id]!, { cwd: '/w/project' })
      for (const state of STATES[id] ?? [[]]) {
        for (const [before, after] of templates(id)) {
          for (const line of state) collector.line(line)
          collector.line(before + run + after)
        }
      }
      expectBounded(collector.finish(1))
    })
  }
)

// The step's command is read too (which tool, which flags): comments, operators, quotes.
test.each([' #', '# ', '#', ' ', '&&', '|', ';', "'", '"', 'X=1 ', 'time '])(
  'a step with a 100,000-character run of %j picks a parser',
  (unit) => {
    const run = unit.repeat(Math.ceil(LENGTH / unit.length))
    for (const step of [`cargo test ${run}\r`, `${run}\u2028cargo test`, `npm test ${run}x`]) {
      const parser = toolFor(step)
      expectBounded(parser.create(step).finish(0))
    }
  }
)

const MEGABYTES_5 = 5 * 1024 * 1024
const DEPTH = 10_000
const nested = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`

/** A cargo audit --json report (one line) with the given advisory title and extra fields. */
function cargoAuditReport(title: string, extra: string): string {
  return (
    `{"database":{"advisory-count":1},"vulnerabilities":{"found":true,"count":1,"list":[` +
    `{"advisory":{"id":"RUSTSEC-2024-0001","package":"x","title":${JSON.stringify(title)},` +
    `"url":"https://example.com","cvss":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H","deep":${nested}},` +
    `"versions":{"patched":[">=2.0.0"],"deep":${nested}},"package":{"name":"x","version":"1.0.0"}}` +
    `${extra}]},"warnings":{"unmaintained":[${nested}],"deep":${nested}}}`
  )
}

/** An npm audit --json report (pretty-printed: one value per line) with the given title. */
function npmAuditReport(title: string): string {
  return [
    '{',
    '  "auditReportVersion": 2,',
    '  "vulnerabilities": {',
    '    "x": {',
    '      "name": "x",',
    '      "severity": "high",',
    `      "via": [{"title": ${JSON.stringify(title)}, "url": "https://github.com/advisories/GHSA-mh29-5h37-fv8m", "severity": "high"}, ${nested}],`,
    `      "range": ${JSON.stringify(title)},`,
    `      "deep": ${nested},`,
    '      "fixAvailable": true',
    '    }',
    '  },',
    `  "metadata": {"vulnerabilities": {"info": 0, "low": 0, "moderate": 0, "high": 1, "critical": 0, "total": 1}, "deep": ${nested}}`,
    '}'
  ].join('\n')
}

describe.each([
  ['a 5 MB run of spaces', ' '.repeat(MEGABYTES_5)],
  ['a 5 MB run of escaped quotes and backslashes', '"\\'.repeat(MEGABYTES_5 / 2)],
  ['a 5 MB run of "x - http://"', 'x - http://'.repeat(MEGABYTES_5 / 11)]
])('a JSON report whose title is %s, with arrays nested 10,000 deep', (_name, title) => {
  test('cargo audit reads it', () => {
    const collector = toolFor('cargo audit --json').create('cargo audit --json')
    collector.line(cargoAuditReport(title, `,${nested}`))
    const report = collector.finish(1)
    expectBounded(report)
    expect(report.counts.vulnerabilities).toBe(1)
    expect(report.findings[0]!.code).toBe('RUSTSEC-2024-0001')
  })

  test('npm audit reads it', () => {
    const collector = toolFor('npm audit --json').create('npm audit --json')
    for (const line of npmAuditReport(title).split('\n')) collector.line(line)
    const report = collector.finish(1)
    expectBounded(report)
    expect(report.counts.total).toBe(1)
    expect(report.findings[0]!.code).toBe('GHSA-mh29-5h37-fv8m')
  })
})
