/**
 * Runs real `cargo clippy` on a copy of the example project with injected lints, once with
 * human output and once with --message-format=json, and checks that the parser finds exactly
 * the diagnostics cargo reports in JSON.
 */
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { clippyParser } from '../../src/findings/clippy.js'
import { diagnosticKeys, jsonDiagnostics } from './clippy-json.js'
import { runParser } from './fixtures.js'

const EXAMPLE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'examples',
  'llm-memory-graph'
)
const BUILD_OUTPUT = new Set(['target', 'dist', 'node_modules'])

let project: string

/** Copies the example without build output; fresh mtimes make cargo rebuild what was edited. */
function copyExample(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'readiness-gate-clippy-'))
  cpSync(EXAMPLE, root, {
    recursive: true,
    filter: (source) => !BUILD_OUTPUT.has(path.basename(source))
  })
  return root
}

/**
 * Lints in three crates: warnings in the library (reported for both its lib and lib-test
 * targets), lints denied on the command line in the two binaries.
 */
function injectLints(root: string): void {
  writeFileSync(
    path.join(root, 'crates/memory-graph/src/lint_bait.rs'),
    [
      'pub fn is_blank(text: &String) -> bool {',
      '    text.trim().len() == 0',
      '}',
      '',
      'pub fn total(values: &[usize]) -> usize {',
      '    let mut sum = 0;',
      '    for index in 0..values.len() {',
      '        sum += values[index];',
      '    }',
      '    sum',
      '}',
      ''
    ].join('\n')
  )
  appendFileSync(path.join(root, 'crates/memory-graph/src/lib.rs'), 'pub mod lint_bait;\n')
  appendFileSync(
    path.join(root, 'crates/cli/src/main.rs'),
    '\n#[allow(dead_code)]\nfn doubled(value: u32) -> u32 {\n    let unused = value;\n    return value * 2;\n}\n'
  )
  appendFileSync(
    path.join(root, 'crates/server/src/main.rs'),
    '\n#[allow(dead_code)]\nfn halved(value: u32) -> u32 {\n    return value / 2;\n}\n'
  )
}

const LINT_FLAGS = ['--', '-D', 'clippy::needless_return', '-D', 'unused_variables']

/**
 * --keep-going: without it cargo stops starting crates after the first failure, and which ones
 * were already running differs from run to run, so two runs would not report the same set.
 */
function cargoClippy(extra: string[]): { output: string; status: number | null } {
  const args = ['clippy', '--keep-going', '--all-targets', '--all-features', ...extra]
  const result = spawnSync('cargo', args, {
    cwd: project,
    // The copy's own target/ (removed with it): the second run only recompiles what changed. A
    // target dir shared across runs in the temp directory is what `npm test` refuses to leave.
    env: {
      ...process.env,
      CARGO_TARGET_DIR: path.join(project, 'target'),
      CARGO_TERM_COLOR: 'never'
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (result.error) throw result.error
  return { output: `${result.stdout}${result.stderr}`, status: result.status }
}

beforeAll(() => {
  project = copyExample()
  injectLints(project)
})

afterAll(() => {
  rmSync(project, { recursive: true, force: true })
})

// Lints denied one by one (errors) next to plain warnings, then everything denied at once.
test.each([
  ['-D clippy::needless_return -D unused_variables', LINT_FLAGS, 5, 2, 2],
  // The library then fails, so only its lints are reported (the binaries depend on it).
  ['-D warnings', ['--', '-D', 'warnings'], 3, 3, 0]
])(
  'the parser finds what cargo clippy --message-format=json reports (%s)',
  (_label, flags, minLints, minErrors, minWarnings) => {
    const human = cargoClippy(flags)
    const json = cargoClippy(['--message-format=json', ...flags])
    const expected = jsonDiagnostics(json.output)

    const report = runParser(
      clippyParser,
      `cargo clippy --all-targets ${flags.join(' ')}`,
      human.output,
      human.status
    )

    // The injected tree: several distinct lints, some denied (errors).
    expect(human.status).toBe(101)
    expect(new Set(expected.map((d) => d.code)).size).toBeGreaterThanOrEqual(minLints)
    expect(expected.filter((d) => d.level === 'error').length).toBeGreaterThanOrEqual(minErrors)
    expect(expected.filter((d) => d.level === 'warning').length).toBeGreaterThanOrEqual(minWarnings)

    expect(report.counts.errors! + report.counts.warnings!).toBe(expected.length)
    expect(report.counts.errors).toBe(expected.filter((d) => d.level === 'error').length)
    expect(diagnosticKeys(report.findings)).toEqual(diagnosticKeys(expected))
    console.log(`${report.summary}; --message-format=json: ${expected.length} distinct diagnostics`)
  }
)
