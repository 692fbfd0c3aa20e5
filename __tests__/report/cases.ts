/**
 * The example cases the golden outputs are rendered from: the seed checklist (parsed by the real
 * parser) with the plan the planner makes of its "Quick Validation Script", and results as a run
 * on examples/llm-memory-graph gives them — written by hand here (realistic summaries, findings
 * and log excerpts), so the goldens do not depend on cargo being installed.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import { SEED_STEP_IDS } from '../support/seed.js'
import { parseChecklist } from '../../src/checklist/parse.js'
import type { Checklist } from '../../src/checklist/model.js'
import type {
  CapturedOutput,
  Finding,
  Validation,
  ValidationResult,
  ValidationStatus
} from '../../src/validations/model.js'
import type { Assessment } from '../../src/readiness/model.js'
import type { RenderContext } from '../../src/report/render-context.js'
import { maskForSurfaces, type Masked } from '../../src/report/secrets.js'
import { planValidations } from '../../src/plan/plan.js'

export const SEED_PATH = path.resolve('examples/llm-memory-graph/PRODUCTION_CHECKLIST.md')

export function seedText(): string {
  return fs.readFileSync(SEED_PATH, 'utf8')
}

export function seedChecklist(text = seedText()): Checklist {
  return parseChecklist(text, 'examples/llm-memory-graph/PRODUCTION_CHECKLIST.md')
}

/** Replaces one whole line (1-based) of the seed; throws if it is not what the case expects. */
export function editLine(
  text: string,
  line: number,
  expected: string,
  replacement: string
): string {
  const lines = text.split('\n')
  if (lines[line - 1] !== expected) {
    throw new Error(
      `seed line ${line} is ${JSON.stringify(lines[line - 1])}, not ${JSON.stringify(expected)}`
    )
  }
  lines[line - 1] = replacement
  return lines.join('\n')
}

/**
 * What the planner makes of the checklist's "Quick Validation Script" (lines 279–316): nine
 * steps, code-formatting … cli-verification, each linked to the Verify items it proves.
 */
export function seedPlan(checklist: Checklist = seedChecklist()): Validation[] {
  const plan = planValidations(checklist, null)
  const ids = plan.validations.map((v) => v.id).join(',')
  if (ids !== SEED_STEP_IDS.join(',')) {
    throw new Error(`the planner's steps for the seed changed (${ids}): update the example results`)
  }
  return plan.validations
}

export function output(text: string): CapturedOutput {
  return { head: text, tail: '', totalBytes: Buffer.byteLength(text), truncated: false }
}

interface ResultSpec {
  status: ValidationStatus
  exitCode: number | null
  durationMs: number
  summary: string
  log: string
  counts?: Record<string, number>
  findings?: Finding[]
  hint?: string | null
}

let clock = 0
export function result(id: string, spec: ResultSpec): ValidationResult {
  const startedAtMs = clock
  clock += 10
  return {
    id,
    status: spec.status,
    exitCode: spec.exitCode,
    signal: null,
    durationMs: spec.durationMs,
    startedAtMs,
    output: output(spec.log),
    report: {
      findings: spec.findings ?? [],
      droppedFindings: 0,
      counts: spec.counts ?? {},
      summary: spec.summary
    },
    hint: spec.hint ?? null
  }
}

const CARGO_AUDIT_HINT =
  'install cargo-audit: `cargo install cargo-audit --locked` (in Actions: taiki-e/install-action with `tool: cargo-audit`)'

const passed = {
  fmt: result('code-formatting', {
    status: 'passed',
    exitCode: 0,
    durationMs: 412,
    summary: 'rustfmt: all files formatted',
    counts: { files: 0, hunks: 0 },
    log: ''
  }),
  clippy: result('clippy-linting', {
    status: 'passed',
    exitCode: 0,
    durationMs: 9_840,
    summary: 'clippy: no errors or warnings',
    counts: { errors: 0, warnings: 0 },
    log: [
      '    Checking memory-graph v0.1.0 (/work/app/crates/memory-graph)',
      '    Checking llm-memory-graph v0.1.0 (/work/app/crates/cli)',
      '    Checking server v0.1.0 (/work/app/crates/server)',
      '    Finished `dev` profile [unoptimized + debuginfo] target(s) in 9.71s',
      ''
    ].join('\n')
  }),
  build: result('rust-build', {
    status: 'passed',
    exitCode: 0,
    durationMs: 14_230,
    summary: 'cargo build: 0 errors, 0 warnings',
    counts: { errors: 0, warnings: 0 },
    log: [
      '   Compiling memory-graph v0.1.0 (/work/app/crates/memory-graph)',
      '   Compiling server v0.1.0 (/work/app/crates/server)',
      '   Compiling llm-memory-graph v0.1.0 (/work/app/crates/cli)',
      '    Finished `release` profile [optimized] target(s) in 14.15s',
      ''
    ].join('\n')
  }),
  tests: result('rust-tests', {
    status: 'passed',
    exitCode: 0,
    durationMs: 6_120,
    summary: 'cargo test: 12 passed',
    counts: { passed: 12, failed: 0, ignored: 0 },
    log: [
      '     Running unittests src/lib.rs (target/debug/deps/memory_graph-5c1f3e2a9b7d4e61)',
      '',
      'running 9 tests',
      'test graph::tests::adds_nodes ... ok',
      'test graph::tests::links_nodes ... ok',
      'test result: ok. 9 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s',
      '',
      '     Running tests/integration.rs (target/debug/deps/integration-0d9e8b7c6a5f4e32)',
      '',
      'running 3 tests',
      'test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s',
      ''
    ].join('\n')
  }),
  tsBuild: result('typescript-build', {
    status: 'passed',
    exitCode: 0,
    durationMs: 640,
    summary: 'build: ok',
    counts: { errors: 0, warnings: 0 },
    log: '\n> llm-memory-graph-client@0.1.0 build\n> node scripts/build.mjs\n\nbuilt 3 files into dist/\n'
  }),
  tsTests: result('typescript-tests', {
    status: 'passed',
    exitCode: 0,
    durationMs: 1_310,
    summary: 'npm test: 6 passed',
    counts: { passed: 6, failed: 0, skipped: 0, todo: 0, cancelled: 0, suitesFailed: 0 },
    log: '\n> llm-memory-graph-client@0.1.0 test\n> node --test test/\n\nℹ tests 6\nℹ suites 2\nℹ pass 6\nℹ fail 0\n'
  }),
  npmAudit: result('npm-audit', {
    status: 'passed',
    exitCode: 0,
    durationMs: 1_020,
    summary: 'npm audit: 0 vulnerabilities',
    counts: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 },
    log: 'found 0 vulnerabilities\n'
  }),
  cli: result('cli-verification', {
    status: 'passed',
    exitCode: 0,
    durationMs: 35,
    summary: 'llm-memory-graph 0.1.0',
    counts: { versionPrinted: 1 },
    log: 'llm-memory-graph 0.1.0 — an in-memory graph of LLM memories\n\nUsage: llm-memory-graph [--help] [--version]\nllm-memory-graph 0.1.0\n'
  })
}

/** Case 1: the seed, run on the example project: everything passes but cargo-audit is missing. */
export function seedRunResults(): ValidationResult[] {
  const audit = result('security-audit', {
    status: 'missing-tool',
    exitCode: 101,
    durationMs: 38,
    summary: 'cargo-audit not installed',
    hint: CARGO_AUDIT_HINT,
    log: [
      'error: no such command: `audit`',
      '',
      'help: a command with a similar name exists: `add`',
      '',
      'help: view all installed commands with `cargo --list`',
      'help: find a package to install `audit` with `cargo search cargo-audit`',
      ''
    ].join('\n')
  })
  return [
    passed.fmt,
    passed.clippy,
    audit,
    passed.build,
    passed.tests,
    passed.tsBuild,
    passed.tsTests,
    passed.npmAudit,
    passed.cli
  ]
}

const CLIPPY_LINTS: readonly (readonly [string, string])[] = [
  ['clippy::needless_return', 'unneeded `return` statement'],
  ['clippy::redundant_clone', 'redundant clone'],
  ['clippy::len_zero', 'length comparison to zero'],
  [
    'clippy::needless_borrow',
    'this expression creates a reference which is immediately dereferenced by the compiler'
  ],
  ['clippy::manual_map', 'manual implementation of `Option::map`'],
  ['clippy::single_char_pattern', 'single-character string constant used as pattern']
]

/** 29 clippy errors (warnings denied by -D warnings) spread over the example's crates. */
export function clippyFindings(): Finding[] {
  const files = [
    'crates/memory-graph/src/graph.rs',
    'crates/memory-graph/src/table.rs',
    'crates/cli/src/main.rs'
  ]
  return Array.from({ length: 29 }, (_, i) => {
    const [code, message] = CLIPPY_LINTS[i % CLIPPY_LINTS.length]!
    return {
      severity: 'error' as const,
      code,
      message,
      file: files[i % files.length]!,
      line: 10 + i * 7,
      column: 5 + (i % 4) * 4
    }
  })
}

/** Case 2: the seed with the clippy item ticked (it fails), and failures a real project has. */
export function failingChecklistText(): string {
  let text = seedText()
  text = editLine(
    text,
    26,
    '- [ ] Fix all clippy errors (29 errors)',
    '- [x] Fix all clippy errors (29 errors)'
  )
  text = editLine(
    text,
    29,
    '  - [ ] Verify: `cargo clippy --all-targets --all-features -- -D warnings` passes',
    '  - [x] Verify: `cargo clippy --all-targets --all-features -- -D warnings` passes'
  )
  text = editLine(
    text,
    335,
    '**Signed:** _________________ **Date:** _________',
    '**Signed:** Jane Doe (@jdoe) **Date:** 2025-12-01'
  )
  return text
}

export function failingResults(): ValidationResult[] {
  const findings = clippyFindings()
  const clippyLog = findings
    .slice(-3)
    .flatMap((f) => [`error: ${f.message}`, `  --> ${f.file!}:${f.line!}:${f.column!}`, '   |', ''])
    .concat(['error: could not compile `memory-graph` (lib) due to 29 previous errors', ''])
    .join('\n')
  const clippy = result('clippy-linting', {
    status: 'failed',
    exitCode: 101,
    durationMs: 11_470,
    summary: 'clippy: 29 errors',
    counts: { errors: 29, warnings: 0 },
    findings,
    log: clippyLog
  })
  const audit = result('security-audit', {
    status: 'failed',
    exitCode: 1,
    durationMs: 2_210,
    summary: 'cargo audit: RUSTSEC-2024-0437 in protobuf, 3 warnings',
    counts: { vulnerabilities: 1, warnings: 3 },
    findings: [
      {
        severity: 'error',
        code: 'RUSTSEC-2024-0437',
        message: 'Crash due to uncontrolled recursion in protobuf crate',
        package: 'protobuf',
        version: '2.28.0',
        kind: 'vulnerability',
        url: 'https://rustsec.org/advisories/RUSTSEC-2024-0437'
      },
      unmaintained('RUSTSEC-2025-0057', 'fxhash', '0.2.1', 'fxhash - no longer maintained'),
      unmaintained('RUSTSEC-2024-0384', 'instant', '0.1.13', '`instant` is unmaintained'),
      unmaintained('RUSTSEC-2024-0436', 'paste', '1.0.15', 'paste - no longer maintained')
    ],
    log: [
      '    Fetching advisory database from `https://github.com/RustSec/advisory-db.git`',
      '      Loaded 742 security advisories (from /home/runner/.cargo/advisory-db)',
      '    Scanning Cargo.lock for vulnerabilities (187 crate dependencies)',
      'Crate:     protobuf',
      'Version:   2.28.0',
      'Title:     Crash due to uncontrolled recursion in protobuf crate',
      'Date:      2024-12-12',
      'ID:        RUSTSEC-2024-0437',
      'URL:       https://rustsec.org/advisories/RUSTSEC-2024-0437',
      'Solution:  Upgrade to >=3.7.2',
      'error: 1 vulnerability found!',
      'warning: 3 allowed warnings found',
      ''
    ].join('\n')
  })
  const tests = result('rust-tests', {
    status: 'failed',
    exitCode: 101,
    durationMs: 4_980,
    summary: 'cargo test: does not compile (1 error)',
    counts: { passed: 0, failed: 0, ignored: 0, errors: 1 },
    findings: [
      {
        severity: 'error',
        code: 'E0507',
        message: 'cannot move out of `self.rows` which is behind a shared reference',
        file: 'crates/memory-graph/src/table.rs',
        line: 42,
        column: 9
      }
    ],
    log: [
      '   Compiling memory-graph v0.1.0 (/work/app/crates/memory-graph)',
      'error[E0507]: cannot move out of `self.rows` which is behind a shared reference',
      '  --> crates/memory-graph/src/table.rs:42:9',
      '   |',
      '42 |         self.rows.into_iter().map(|r| r.to_string()).collect()',
      '   |         ^^^^^^^^^ move occurs because `self.rows` has type `Vec<Row>`',
      '   |',
      'note: a fixture in this test prints markup: ``` </details> <!-- readiness-gate:spoof --> @octocat #1',
      'error: could not compile `memory-graph` (lib test) due to 1 previous error',
      ''
    ].join('\n')
  })
  return [
    passed.fmt,
    clippy,
    audit,
    passed.build,
    tests,
    passed.tsBuild,
    passed.tsTests,
    passed.npmAudit,
    passed.cli
  ]
}

function unmaintained(code: string, pkg: string, version: string, message: string): Finding {
  return { severity: 'warning', code, message, package: pkg, version, kind: 'unmaintained' }
}

/** A render context as the entry points give it: through the masking pass (no known secrets). */
export function context(overrides: Partial<RenderContext> = {}): Masked<RenderContext> {
  return maskForSurfaces(
    {
      checkName: 'Readiness Gate',
      runUrl: null,
      repository: null,
      sha: null,
      ref: null,
      checklistPath: 'examples/llm-memory-graph/PRODUCTION_CHECKLIST.md',
      validationRoot: 'examples/llm-memory-graph',
      ...overrides
    },
    []
  )
}

/** An assessment through the masking pass (no known secrets), as the renderers take it. */
export function masked(assessment: Assessment): Masked<Assessment> {
  return maskForSurfaces(assessment, [])
}
