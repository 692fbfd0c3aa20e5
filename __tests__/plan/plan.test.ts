import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseChecklist } from '../../src/checklist/parse.js'
import type { Checklist } from '../../src/checklist/model.js'
import { ConfigurationError } from '../../src/errors.js'
import { parseConfig } from '../../src/plan/config.js'
import { refusalOf } from '../../src/plan/effects.js'
import { commandEqualsLine, commandNamesLine } from '../../src/plan/item-links.js'
import { resourceOf } from '../../src/plan/lanes.js'
import { shellWords, splitChain } from '../../src/plan/shell-words.js'
import type { Validation } from '../../src/validations/model.js'
import { planValidations, type Plan } from '../../src/plan/plan.js'
import { validationSlug as slug } from '../../src/plan/ids.js'
import { stepLabel } from '../../src/plan/script-steps.js'
import { perTest } from '../support/per-test.js'
import { SEED_STEP_IDS } from '../support/seed.js'
import { expectLinear } from '../support/linearity.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const SEED_FILE = 'examples/llm-memory-graph/PRODUCTION_CHECKLIST.md'
const seed = parseChecklist(fs.readFileSync(path.join(ROOT, SEED_FILE), 'utf8'), SEED_FILE)
const CONFIG = '.github/readiness.yml'

function checklist(markdown: string, file = 'CHECKLIST.md'): Checklist {
  return parseChecklist(markdown, file)
}

/** A checklist whose validation script is `script` (its first line is checklist line 4). */
function withScript(script: string, items = ''): Checklist {
  return checklist(`# Release\n## Validation\n\`\`\`bash\n${script}\n\`\`\`\n${items}`)
}

function byId(plan: Plan, id: string): Validation {
  const found = plan.validations.find((validation) => validation.id === id)
  if (found === undefined)
    throw new Error(`no validation '${id}' in ${plan.validations.map((v) => v.id).join(', ')}`)
  return found
}

function errorOf(action: () => unknown): Error {
  try {
    action()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected an error, none was thrown')
}

/** Every simple command the plan would run, whitespace-normalised. */
function plannedSegments(plan: Plan): string[] {
  return plan.validations.flatMap((v) => splitChain(v.command).map((s) => s.replace(/\s+/g, ' ')))
}

describe('the seed checklist (llm-memory-graph)', () => {
  const planOf = perTest(() => planValidations(seed, null))

  test('its Quick Validation Script gives the 9 steps, in order, named by their labels', () => {
    const plan = planOf()
    expect(plan.source).toBe('script')
    expect(plan.scriptLine).toBe(279)
    expect(plan.refused).toEqual([])
    expect(plan.validations.map((v) => v.name)).toEqual([
      'Code formatting',
      'Clippy linting',
      'Security audit',
      'Rust build',
      'Rust tests',
      'TypeScript build',
      'TypeScript tests',
      'NPM audit',
      'CLI verification'
    ])
    expect(plan.validations.map((v) => v.id)).toEqual([...SEED_STEP_IDS])
  })

  test('each step runs its own command lines in the directory the script had cd-ed into', () => {
    const plan = planOf()
    expect(plan.validations.map((v) => [v.command, v.cwd])).toEqual([
      ['cargo fmt -- --check', '.'],
      ['cargo clippy --all-targets --all-features -- -D warnings', '.'],
      ['cargo audit', '.'],
      ['cargo build --release --all', '.'],
      ['cargo test --all', '.'],
      ['npm run build', 'clients/typescript'],
      ['npm test', 'clients/typescript'],
      ['npm audit', 'clients/typescript'],
      ['./target/release/llm-memory-graph --help\n./target/release/llm-memory-graph --version', '.']
    ])
  })

  test('each step points at the checklist line of its first command', () => {
    const plan = planOf()
    expect(plan.validations.map((v) => v.source)).toEqual(
      [286, 289, 292, 295, 298, 302, 305, 308, 312].map((line) => ({
        kind: 'script',
        line,
        file: SEED_FILE
      }))
    )
  })

  test('steps are linked to the Verify items they prove, their parent tasks and exact mentions', () => {
    const plan = planOf()
    expect(Object.fromEntries(plan.validations.map((v) => [v.id, v.verifies]))).toEqual({
      // "Fix all code formatting issues" › "Verify: `cargo fmt -- --check` passes"
      'code-formatting': [23, 25],
      // "Fix all clippy errors" › "Verify: `cargo clippy … -- -D warnings` passes"
      'clippy-linting': [26, 29],
      // "Fix RUSTSEC-2024-0437" › "Verify no new vulnerabilities: `cargo audit`", and
      // Phase 4's "Dependency audit: `cargo audit`"
      'security-audit': [14, 17, 133],
      'rust-build': [],
      'rust-tests': [32, 34],
      'typescript-build': [],
      'typescript-tests': [36, 40],
      // "Fix NPM js-yaml vulnerability" › "Verify: `npm audit` shows 0 vulnerabilities", and
      // Phase 4's "NPM audit: `npm audit`"
      'npm-audit': [18, 20, 134],
      // "All binaries created" › "Verify executables work: `./target/release/llm-memory-graph --help`"
      'cli-verification': [49, 52]
    })
    const item = (line: number): string =>
      [...seed.phases.flatMap((p) => p.sections)]
        .flatMap((s) => s.items)
        .flatMap(function flat(i): { line: number; text: string }[] {
          return [i, ...i.children.flatMap(flat)]
        })
        .find((i) => i.line === line)!.text
    expect(item(25)).toBe('Verify: `cargo fmt -- --check` passes')
    expect(item(23)).toBe('Fix all code formatting issues')
    expect(item(17)).toBe('Verify no new vulnerabilities: `cargo audit`')
    expect(item(14)).toBe('Fix RUSTSEC-2024-0437 (protobuf vulnerability)')
    expect(item(20)).toBe('Verify: `npm audit` shows 0 vulnerabilities')
    expect(item(52)).toBe('Verify executables work: `./target/release/llm-memory-graph --help`')
  })

  test('cargo steps share one lane, npm steps one lane per directory; the CLI step needs the build', () => {
    const plan = planOf()
    // fmt, audit and npm audit take no lock and write nothing: they run beside the lanes.
    expect(plan.validations.map((v) => [v.command.split('\n')[0], v.lane])).toEqual([
      ['cargo fmt -- --check', null],
      ['cargo clippy --all-targets --all-features -- -D warnings', 'cargo'],
      ['cargo audit', null],
      ['cargo build --release --all', 'cargo'],
      ['cargo test --all', 'cargo'],
      ['npm run build', 'npm:clients/typescript'],
      ['npm test', 'npm:clients/typescript'],
      ['npm audit', null],
      ['./target/release/llm-memory-graph --help', null]
    ])
    expect(byId(plan, 'cli-verification').needs).toEqual(['rust-build'])
    for (const v of plan.validations.filter((v) => v.id !== 'cli-verification')) {
      expect(v.needs).toEqual([])
    }
  })

  test('all steps are critical, take the default timeout, no env, and the parser for their command', () => {
    const plan = planOf()
    for (const v of plan.validations) {
      expect(v.critical).toBe(true)
      expect(v.timeoutMs).toBe(20 * 60 * 1000)
      expect(v.env).toEqual({})
    }
    expect(plan.validations.map((v) => [v.id, v.tool])).toEqual([
      ['code-formatting', 'rustfmt'],
      ['clippy-linting', 'clippy'],
      ['security-audit', 'cargo-audit'],
      ['rust-build', 'cargo-build'],
      ['rust-tests', 'cargo-test'],
      ['typescript-build', 'npm-build'],
      ['typescript-tests', 'npm-test'],
      ['npm-audit', 'npm-audit'],
      ['cli-verification', 'cli']
    ])
    const quick = planValidations(seed, null, { defaultTimeoutMs: 5000 })
    expect(quick.validations.every((v) => v.timeoutMs === 5000)).toBe(true)
  })

  test('no fix command of the checklist is planned, though its "Run:" items list them', () => {
    const plan = planOf()
    const segments = plannedSegments(plan)
    for (const fix of ['cargo fmt', 'npm audit fix', 'cargo clean', 'npm run clean']) {
      expect(segments).not.toContain(fix)
    }
    expect(segments.some((s) => s.includes('--fix'))).toBe(false)
  })

  test('the CLI step, run by bash -e -c as the runner does, runs --help then --version', () => {
    const plan = planOf()
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cli-'))
    try {
      const binary = path.join(dir, 'target/release/llm-memory-graph')
      fs.mkdirSync(path.dirname(binary), { recursive: true })
      fs.writeFileSync(binary, '#!/bin/sh\necho "called with $1"\n', { mode: 0o755 })
      const step = byId(plan, 'cli-verification')
      const output = execFileSync('bash', ['-e', '-c', step.command], {
        cwd: path.join(dir, step.cwd),
        encoding: 'utf8'
      })
      expect(output).toBe('called with --help\ncalled with --version\n')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  test('with source: verify-items, the Verify commands of Phase 1 are the plan instead', () => {
    const items = planValidations(seed, parseConfig('source: verify-items\n', CONFIG))
    expect(items.source).toBe('verify-items')
    expect(items.scriptLine).toBeNull()
    expect(items.validations.map((v) => [v.name, v.source.line, v.cwd, v.critical])).toEqual([
      ['cargo audit', 17, '.', true],
      ['npm audit', 20, '.', true],
      ['cargo fmt -- --check', 25, '.', true],
      ['cargo clippy --all-targets --all-features -- -D warnings', 29, '.', true],
      ['cargo test --all', 34, '.', true],
      ['npm test', 40, '.', true],
      ['./target/release/llm-memory-graph --help', 52, '.', true]
    ])
    expect(items.validations.map((v) => v.id)).toEqual([
      'cargo-audit',
      'npm-audit',
      'cargo-fmt-check',
      'cargo-clippy-all-targets-all-features-d-warnings',
      'cargo-test-all',
      'npm-test',
      'target-release-llm-memory-graph-help'
    ])
    expect(items.validations.every((v) => v.source.kind === 'verify-item')).toBe(true)
    expect(byId(items, 'cargo-audit').verifies).toEqual([14, 17, 133])
    expect(byId(items, 'npm-test').verifies).toEqual([36, 40])
  })
})

describe('a checklist without a validation script', () => {
  const markdown = [
    '# Release checklist', // 1
    '', // 2
    '## Phase 1: Blockers (MUST COMPLETE)', // 3
    '- [ ] Lint clean', // 4
    '  - [ ] Run: `npm run lint -- --fix`', // 5
    '  - [ ] Verify: `npm run lint` passes', // 6
    '- [x] Tests pass', // 7
    '  - [ ] Verify: `npm test` passes', // 8
    '  - [ ] Verify again:   `npm  test`', // 9
    '- [ ] Formatting', // 10
    '  - [ ] Verify: `cargo fmt` leaves no diff', // 11
    '', // 12
    '## Phase 2: Nice (RECOMMENDED)', // 13
    '- [ ] Verify: `npm run e2e`', // 14
    '- [ ] Smoke test mentioned: `npm test`' // 15
  ].join('\n')
  const planOf = perTest(() => planValidations(checklist(markdown), null))

  test('the critical phases’ distinct Verify commands are the plan, named by the command', () => {
    const plan = planOf()
    expect(plan.source).toBe('verify-items')
    expect(plan.validations.map((v) => [v.id, v.name, v.command, v.cwd, v.critical])).toEqual([
      ['npm-run-lint', 'npm run lint', 'npm run lint', '.', true],
      ['npm-test', 'npm test', 'npm test', '.', true]
    ])
    expect(plan.validations.map((v) => v.source)).toEqual([
      { kind: 'verify-item', line: 6, file: 'CHECKLIST.md' },
      { kind: 'verify-item', line: 8, file: 'CHECKLIST.md' }
    ])
  })

  test('each validation verifies every item naming its command, their parents, and exact mentions', () => {
    const plan = planOf()
    expect(byId(plan, 'npm-run-lint').verifies).toEqual([4, 6])
    expect(byId(plan, 'npm-test').verifies).toEqual([7, 8, 9, 15])
  })

  test('a Verify command that is a fix command is refused, not planned', () => {
    const plan = planOf()
    expect(plan.refused).toEqual([
      {
        command: 'cargo fmt',
        line: 11,
        effect: 'format',
        reason:
          "'cargo fmt' rewrites files with its formatting (the check is 'cargo fmt -- --check')"
      }
    ])
  })

  test.each([
    ['cargo fmt -- --check', null],
    ['cargo +nightly fmt --all -- --check', null],
    ['cargo audit --json', null],
    ['cargo --version', null],
    ['cargo tree -d', null],
    ['cargo clippy -- -D warnings', 'cargo'],
    ['cargo -q test', 'cargo'],
    ['cargo doc --no-deps', 'cargo'],
    ['npm audit --audit-level=high', null],
    ['npm audit fix', 'node'],
    ['npm ls --all', null],
    ['npm --version', null],
    ['npm ci', 'node'],
    ['npm run build', 'node'],
    ['npx tsc --noEmit', 'node'],
    ['make test', null]
  ])('%s shares %p', (segment, resource) => {
    expect(resourceOf(segment)).toBe(resource)
  })

  test('a group and 100,000 spaces around the command: the same resource, in linear time', () => {
    const run = ' '.repeat(100_000)
    expect(resourceOf(`( cargo test${run})`)).toBe('cargo')
    expect(resourceOf(`{ npm ci${run}}`)).toBe('node')
    expect(resourceOf(`cargo test${run}x`)).toBe('cargo')
    // Runs of n and 8·n spaces: linear takes 8 times as long, a quadratic regex 64 times.
    expectLinear(
      (n) => {
        const spaces = ' '.repeat(n)
        const segments = [`( cargo test${spaces})`, `{ npm ci${spaces}}`, `cargo test${spaces}x`]
        return () => segments.map(resourceOf)
      },
      { n: 12_500 }
    )
  })

  test('lanes group node commands by directory', () => {
    const plan = planOf()
    expect(plan.validations.map((v) => v.lane)).toEqual(['npm:.', 'npm:.'])
  })

  test('without any critical phase, every phase’s Verify commands are planned, none critical', () => {
    const plain = checklist(
      '# Notes\n## Build\n- [ ] Verify: `make check`\n## Docs\n- [ ] Verify: `make docs`\n'
    )
    const result = planValidations(plain, null)
    expect(result.validations.map((v) => [v.command, v.critical, v.lane])).toEqual([
      ['make check', false, null],
      ['make docs', false, null]
    ])
  })

  test('a checklist with nothing to run plans nothing', () => {
    const empty = planValidations(checklist('# List\n- [ ] Write docs\n'), null)
    expect(empty).toEqual({
      validations: [],
      refused: [],
      unverifiedClaims: [],
      source: 'none',
      scriptLine: null
    })
  })
})

describe('reading a validation script', () => {
  test('fix commands are dropped from their step and recorded; a step left empty is dropped', () => {
    const script = [
      'set -euo pipefail', // 4
      'echo "1. Format..."', // 5
      'cargo fmt', // 6
      'cargo fmt -- --check', // 7
      'echo "2. Dependencies"', // 8
      'npm audit fix', // 9
      'npm install', // 10
      'echo "3. Clean build"', // 11
      'cargo clean && cargo build --release', // 12
      'cargo build --release', // 13
      'echo "4. Git"', // 14
      'git diff --exit-code', // 15
      'git commit -am "format"', // 16
      'echo "5. Reset"', // 17
      'rm -rf target', // 18
      'echo "6. Lint"', // 19
      'cargo clippy --fix --allow-dirty', // 20
      'npx eslint . --fix', // 21
      'npm ci', // 22
      'make regenerate' // 23
    ].join('\n')
    const items = '- [ ] Regenerate\n  - [ ] Run: `make regenerate`\n'
    const plan = planValidations(withScript(script, items), null)
    expect(plan.validations.map((v) => [v.name, v.command])).toEqual([
      ['Format', 'cargo fmt -- --check'],
      ['Clean build', 'cargo build --release'],
      ['Git', 'git diff --exit-code'],
      ['Lint', 'npm ci']
    ])
    expect(plan.refused.map((r) => [r.line, r.command])).toEqual([
      [6, 'cargo fmt'],
      [9, 'npm audit fix'],
      [10, 'npm install'],
      [12, 'cargo clean && cargo build --release'],
      [16, 'git commit -am "format"'],
      [18, 'rm -rf target'],
      [20, 'cargo clippy --fix --allow-dirty'],
      [21, 'npx eslint . --fix'],
      [23, 'make regenerate']
    ])
    expect(plan.refused.at(-1)!.reason).toBe(
      `the checklist lists 'make regenerate' as a fix ("Run:" at line 26)`
    )
    const segments = plannedSegments(plan)
    for (const fix of [
      'cargo fmt',
      'npm audit fix',
      'cargo clean',
      'npm install',
      'make regenerate'
    ]) {
      expect(segments).not.toContain(fix)
    }
    expect(segments.every((segment) => refusalOf(segment, { cwd: '.' }) === null)).toBe(true)
  })

  test('a "Run:" chain is refused as a whole; its parts stay runnable on their own', () => {
    const items = '- [ ] Build\n  - [ ] Run: `make gen && make build`\n'
    const plan = planValidations(withScript('make gen && make build\nmake build', items), null)
    expect(plan.validations.map((v) => v.command)).toEqual(['make build'])
    expect(plan.refused.map((r) => r.command)).toEqual(['make gen && make build'])
  })

  test('cd moves the steps after it, relative to the previous directory, normalised', () => {
    const script = [
      'echo "1. Root"',
      'make check',
      'cd ./services//api/',
      'echo "2. API"',
      'go test ./...',
      'cd ../web',
      'echo "3. Web"',
      'npm test',
      'cd ../..',
      'echo "4. Back"',
      'make docs'
    ].join('\n')
    const plan = planValidations(withScript(script), null)
    expect(plan.validations.map((v) => [v.id, v.cwd, v.lane])).toEqual([
      ['root', '.', null],
      ['api', 'services/api', null],
      ['web', 'services/web', 'npm:services/web'],
      ['back', '.', null]
    ])
  })

  test.each([
    ['cd ..', "CHECKLIST.md:5: 'cd ..' leaves the project root"],
    ['cd sub/../../elsewhere', "CHECKLIST.md:5: 'cd sub/../../elsewhere' leaves the project root"],
    ['cd /etc', "CHECKLIST.md:5: 'cd /etc' leaves the project root"],
    ['cd', "CHECKLIST.md:5: 'cd' leaves the project root"],
    ['cd ~/src', "CHECKLIST.md:5: 'cd ~/src' leaves the project root"],
    [
      'cd "$PROJECT"',
      "CHECKLIST.md:5: 'cd $PROJECT' uses a variable or pattern; name a directory relative to the project root"
    ]
  ])('`%s` is a ConfigurationError naming the checklist line', (cd, message) => {
    const error = errorOf(() => planValidations(withScript(`echo "1. Go"\n${cd}\nmake`), null))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.message).toBe(
      `${message}; the validation script's steps must stay inside the project root.`
    )
  })

  test('pushd and popd move and come back; popd without pushd is an error', () => {
    const script = 'pushd web\necho "1. Web"\nnpm test\npopd\necho "2. Root"\nmake'
    const plan = planValidations(withScript(script), null)
    expect(plan.validations.map((v) => v.cwd)).toEqual(['web', '.'])
    expect(errorOf(() => planValidations(withScript('popd\nmake'), null)).message).toBe(
      "CHECKLIST.md:4: 'popd' without a matching 'pushd'; the validation script's steps must stay inside the project root."
    )
  })

  test('cd to the script’s own directory or the repository top level means the project root', () => {
    const script =
      'cd "$(dirname "$0")"\necho "1. A"\nmake a\ncd "$(git rev-parse --show-toplevel)"\necho "2. B"\nmake b'
    const plan = planValidations(withScript(script), null)
    expect(plan.validations.map((v) => [v.command, v.cwd])).toEqual([
      ['make a', '.'],
      ['make b', '.']
    ])
  })

  test('shebang, set, comments, blank lines, pure echoes and exit are not steps', () => {
    const script = [
      '#!/usr/bin/env bash',
      'set -e',
      '# a comment',
      '',
      'echo "=== Checks ==="',
      "echo 'all good'",
      'printf "%s\\n" done',
      'exit 0'
    ].join('\n')
    expect(planValidations(withScript(`${script}\nmake check`), null).validations).toHaveLength(1)
    expect(planValidations(withScript(script), null).validations).toEqual([])
  })

  test('commands before any labelled step each form their own step, named by the command', () => {
    const plan = planValidations(
      withScript('make lint\nmake test\necho "1. Build"\nmake build'),
      null
    )
    expect(plan.validations.map((v) => [v.id, v.name, v.command, v.source.line])).toEqual([
      ['make-lint', 'make lint', 'make lint', 4],
      ['make-test', 'make test', 'make test', 5],
      ['build', 'Build', 'make build', 7]
    ])
  })

  test('continuations are joined for matching, kept as written for running, on the first line', () => {
    const script =
      'echo "1. Tests"\ncargo test \\\n  --all \\\n  --no-fail-fast\necho "2. After"\nmake'
    const items = '- [ ] Verify: `cargo test --all` passes\n'
    const plan = planValidations(withScript(script, items), null)
    const tests = byId(plan, 'tests')
    expect(tests.command).toBe('cargo test \\\n  --all \\\n  --no-fail-fast')
    expect(tests.source.line).toBe(5)
    expect(tests.verifies).toEqual([11])
    expect(byId(plan, 'after').source.line).toBe(9)
    const words = execFileSync('bash', ['-e', '-c', tests.command.replace(/^cargo/, 'echo')], {
      encoding: 'utf8'
    })
    expect(words).toBe('test --all --no-fail-fast\n')
  })

  test('a cd inside a step stays in its command, so bash runs the rest there', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cd-'))
    try {
      fs.mkdirSync(path.join(dir, 'sub'))
      const script = 'echo "1. Where"\npwd\ncd sub\npwd\ncd ..\necho "2. Next"\npwd'
      const plan = planValidations(withScript(script), null)
      const where = byId(plan, 'where')
      expect(where.command).toBe('pwd\ncd sub\npwd')
      expect(byId(plan, 'next').cwd).toBe('.')
      const output = execFileSync('bash', ['-e', '-c', where.command], {
        cwd: dir,
        encoding: 'utf8'
      })
      const real = fs.realpathSync(dir)
      expect(output).toBe(`${real}\n${real}/sub\n`)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a chained cd moves later steps too, as it would in the script', () => {
    const plan = planValidations(
      withScript('echo "1. A"\ncd web && npm test\necho "2. B"\nnpm run build'),
      null
    )
    expect(plan.validations.map((v) => [v.command, v.cwd])).toEqual([
      ['cd web && npm test', '.'],
      ['npm run build', 'web']
    ])
  })

  test('set -o pipefail is kept for steps that pipe, since the script relied on it', () => {
    const script =
      'set -euo pipefail\necho "1. Piped"\ncargo test | tail -n 20\necho "2. Plain"\nmake'
    const plan = planValidations(withScript(script), null)
    expect(byId(plan, 'piped').command).toBe('set -o pipefail\ncargo test | tail -n 20')
    expect(byId(plan, 'plain').command).toBe('make')
    const unset = planValidations(withScript('echo "1. Piped"\nmake | tail -n 20'), null)
    expect(byId(unset, 'piped').command).toBe('make | tail -n 20')
  })

  test('if blocks, loops, groups, functions and here-documents stay whole, and run in bash', () => {
    const script = [
      'if [ -f Cargo.toml ]; then', // 4
      '  echo "1. Not a label inside a block"',
      '  echo rust',
      'fi',
      'echo "1. Loop"', // 8
      'for part in a b; do', // 9
      '  echo "part $part"',
      'done',
      'while false; do :; done', // 12
      'echo "2. Here"', // 13
      "cat <<-'END'", // 14
      '\tcd .. && rm -rf x is only text here',
      '\tEND',
      'tr a-z A-Z <<< "here string"', // 17
      'greet() {', // 18
      '  echo "hi $1"',
      '}',
      '{ greet you; echo grouped; } | cat' // 21
    ].join('\n')
    const plan = planValidations(withScript(script), null)
    expect(plan.validations.map((v) => [v.name, v.source.line])).toEqual([
      ['if [ -f Cargo.toml ]; then', 4],
      ['Loop', 9],
      ['Here', 17]
    ])
    // The here-document mentions `rm -rf`: fix detection errs on the side of refusing it.
    expect(plan.refused.map((r) => r.line)).toEqual([14])
    const run = (id: string): string => {
      const found = plan.validations.find((v) => v.name.startsWith(id))!
      return execFileSync('bash', ['-e', '-c', found.command], {
        encoding: 'utf8',
        cwd: os.tmpdir()
      })
    }
    expect(run('if')).toBe('')
    expect(run('Loop')).toBe('part a\npart b\n')
    expect(run('Here')).toBe('HERE STRING\nhi you\ngrouped\n')
  })

  test('ids are unique slugs: repeated labels get -2, -3', () => {
    const script = 'echo "1. Tests"\nmake a\necho "2. Tests"\nmake b\necho "3. Tests!"\nmake c'
    const plan = planValidations(withScript(script), null)
    expect(plan.validations.map((v) => v.id)).toEqual(['tests', 'tests-2', 'tests-3'])
  })

  test('a binary run needs only the cargo build steps before it', () => {
    const script = [
      'echo "1. Build"',
      'cargo build --release',
      'echo "2. Debug build"',
      'cargo build',
      'echo "3. Smoke"',
      '../app/target/x86_64-unknown-linux-gnu/release/app --version',
      'echo "4. Late build"',
      'cargo build --examples'
    ].join('\n')
    const plan = planValidations(withScript(script), null)
    expect(byId(plan, 'smoke').needs).toEqual(['build', 'debug-build'])
    expect(byId(plan, 'late-build').needs).toEqual([])
  })
})

describe('the config adjusts, adds, disables and replaces', () => {
  const plan = (yaml: string): Plan => planValidations(seed, parseConfig(yaml, CONFIG))

  test('adjusting by id or by name (any case) overrides only the given fields', () => {
    const result = plan(
      [
        'timeout: 15m',
        'validations:',
        '  - id: security-audit',
        '    timeout: 90s',
        '    critical: false',
        '    env: { CARGO_NET_OFFLINE: "true" }',
        '  - name: npm AUDIT',
        '    command: npm audit --omit=dev',
        '    working-directory: clients/typescript/',
        '  - id: rust-tests',
        '    name: Rust test suite',
        '    verifies: [32, "Ensure all Rust tests pass"]'
      ].join('\n')
    )
    expect(result.validations).toHaveLength(9)
    const audit = byId(result, 'security-audit')
    expect(audit).toMatchObject({
      timeoutMs: 90_000,
      critical: false,
      env: { CARGO_NET_OFFLINE: 'true' }
    })
    expect(audit.command).toBe('cargo audit')
    expect(byId(result, 'code-formatting').timeoutMs).toBe(15 * 60_000)
    const npm = byId(result, 'npm-audit')
    expect(npm).toMatchObject({
      name: 'NPM audit',
      command: 'npm audit --omit=dev',
      cwd: 'clients/typescript'
    })
    // The new command is still named by "Verify: `npm audit`" (its leading words), no longer
    // exactly equal to Phase 4's "NPM audit: `npm audit`" mention.
    expect(npm.verifies).toEqual([18, 20])
    expect(npm.source).toEqual({ kind: 'script', line: 308, file: SEED_FILE })
    expect(byId(result, 'rust-tests')).toMatchObject({
      name: 'Rust test suite',
      verifies: [32, 35]
    })
  })

  test('an entry matched by name may give the validation a new id', () => {
    const result = plan('validations:\n  - name: Rust build\n    id: build\n')
    expect(result.validations.map((v) => v.id)).toContain('build')
    expect(byId(result, 'cli-verification').needs).toEqual(['build'])
  })

  test('disabled: true removes a validation and drops it from the others’ needs', () => {
    const result = plan(
      'validations:\n  - id: rust-build\n    disabled: true\n  - id: npm-audit\n    disabled: true\n  - id: rust-tests\n    needs: [rust-build, code-formatting]\n'
    )
    expect(result.validations.map((v) => v.id)).toEqual([
      'code-formatting',
      'clippy-linting',
      'security-audit',
      'rust-tests',
      'typescript-build',
      'typescript-tests',
      'cli-verification'
    ])
    expect(byId(result, 'rust-tests').needs).toEqual(['code-formatting'])
    expect(byId(result, 'cli-verification').needs).toEqual([])
  })

  test('an entry matching nothing adds a validation at the end, critical unless it says not', () => {
    const result = plan(
      [
        'validations:',
        '  - name: Server smoke test',
        '    command: |',
        '      ./target/release/server --version',
        '      ./target/release/server --help',
        '    verifies: ["Server binary"]',
        '  - id: docs',
        '    command: cargo doc --no-deps',
        '    critical: false',
        '    needs: [rust-build]'
      ].join('\n')
    )
    expect(result.source).toBe('script')
    const smoke = byId(result, 'server-smoke-test')
    expect(smoke).toMatchObject({
      name: 'Server smoke test',
      command: './target/release/server --version\n./target/release/server --help',
      cwd: '.',
      critical: true,
      needs: ['rust-build'],
      verifies: [51],
      lane: null,
      source: { kind: 'config', line: 2, file: CONFIG }
    })
    expect(byId(result, 'docs')).toMatchObject({
      name: 'docs',
      critical: false,
      lane: 'cargo',
      needs: ['rust-build']
    })
    expect(result.validations.slice(-2).map((v) => v.id)).toEqual(['server-smoke-test', 'docs'])
  })

  test('source: config replaces the plan with the entries, disabled ones left out', () => {
    const text = fs.readFileSync(
      path.join(ROOT, '__tests__/fixtures/config/valid/replace.yml'),
      'utf8'
    )
    const result = planValidations(seed, parseConfig(text, CONFIG))
    expect(result.source).toBe('config')
    expect(result.scriptLine).toBeNull()
    expect(
      result.validations.map((v) => [v.id, v.name, v.command, v.needs, v.verifies, v.timeoutMs])
    ).toEqual([
      ['fmt', 'fmt', 'cargo fmt -- --check', [], [25], 3_600_000],
      ['unit-tests', 'Unit tests', 'cargo test --all --no-fail-fast', ['fmt'], [32, 34], 3_600_000]
    ])
  })

  test('source: script on a checklist without a script is an error at the source line', () => {
    const error = errorOf(() =>
      planValidations(
        checklist('# X\n- [ ] Verify: `make`\n'),
        parseConfig('version: 1\nsource: script\n', CONFIG)
      )
    )
    expect(error.message).toBe(
      `${CONFIG}:2: 'source: script' but CHECKLIST.md has no validation script (a fenced bash block under a "Validation" heading)`
    )
  })

  test('a config adding validations to a checklist with nothing to run makes a config plan', () => {
    const result = planValidations(
      checklist('# X\n- [ ] Ship\n'),
      parseConfig('validations:\n  - command: make ship-check\n', CONFIG)
    )
    expect(result.source).toBe('config')
    expect(result.validations.map((v) => v.id)).toEqual(['make-ship-check'])
  })

  test('a fix command is allowed only with allow-mutation: true', () => {
    const text = fs.readFileSync(
      path.join(ROOT, '__tests__/fixtures/config/valid/allow-mutation.yml'),
      'utf8'
    )
    const result = planValidations(seed, parseConfig(text, CONFIG))
    expect(byId(result, 'format-in-place')).toMatchObject({ command: 'cargo fmt', critical: false })
    const refused = errorOf(() =>
      plan('validations:\n  - id: rust-build\n    command: cargo clean && cargo build\n')
    )
    expect(refused.message).toBe(
      `${CONFIG}:3: 'cargo clean && cargo build' is not a check (destructive: 'cargo clean' deletes the target directory); the gate only runs checks — set 'allow-mutation: true' on this entry if it must run`
    )
  })

  test('ids made from names avoid the ids other entries give', () => {
    const result = plan(
      'validations:\n  - name: Extra\n    command: make a\n  - id: extra\n    command: make b\n'
    )
    expect(result.validations.slice(-2).map((v) => [v.id, v.command])).toEqual([
      ['extra-2', 'make a'],
      ['extra', 'make b']
    ])
  })
})

describe('command matching and fix detection', () => {
  test('splitChain splits on && || ; | & outside quotes, keeps redirections and drops comments', () => {
    expect(splitChain('a && b || c; d | e & f')).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(splitChain(`echo "a && b" 'c; d' && e`)).toEqual([`echo "a && b" 'c; d'`, 'e'])
    expect(splitChain('make 2>&1 | tee log # then; nothing')).toEqual(['make 2>&1', 'tee log'])
    expect(splitChain('a |& b')).toEqual(['a', 'b'])
  })

  test('shellWords keeps escaped quotes inside double quotes', () => {
    expect(shellWords('echo "say \\"hi\\" \\n"')).toEqual(['echo', 'say "hi" \\n'])
  })

  test('shellWords removes quotes and escapes', () => {
    expect(shellWords(`cd "my dir" && echo 'x y' a\\ b`)).toEqual([
      'cd',
      'my dir',
      '&&',
      'echo',
      'x y',
      'a b'
    ])
  })

  test('shellWords splits at exactly the characters /\\s/ matches', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if ('"\'\\#'.includes(char)) continue
      const split = /\s/.test(char)
      expect([code, shellWords(`a${char}b`)]).toEqual([code, split ? ['a', 'b'] : [`a${char}b`]])
    }
  })

  test('a "Run:" command refuses a line equal to it, or one of the line’s simple commands', () => {
    const fixes = [
      { command: '   ', line: 2 },
      { command: 'make  regenerate', line: 3 }
    ]
    const listed = {
      effect: 'listed-fix',
      reason: `the checklist lists 'make regenerate' as a fix ("Run:" at line 3)`
    }
    const refusal = (line: string): unknown => refusalOf(line, { cwd: '.', checklistFixes: fixes })
    expect(refusal('make regenerate')).toEqual(listed)
    expect(refusal(' make\tregenerate ')).toEqual(listed)
    expect(refusal('cd web &&  make regenerate')).toEqual(listed)
    expect(refusal('make regenerate-docs')).toBeNull()
    expect(refusal('make')).toBeNull()
    expect(refusal('')).toBeNull()
  })

  test('an item command names a line when equal or when it is the line’s leading words', () => {
    expect(commandNamesLine('npm test', 'npm test')).toBe(true)
    expect(commandNamesLine('npm   test', 'npm test -- --ci')).toBe(true)
    expect(commandNamesLine('cargo test --all', 'cargo test')).toBe(false)
    expect(commandNamesLine('npm test', 'npm testing')).toBe(false)
    expect(commandNamesLine('npm test', 'cd web && npm test')).toBe(true)
    expect(commandEqualsLine('cargo audit', 'cargo audit --deny warnings')).toBe(false)
    expect(commandEqualsLine('cargo audit', ' cargo  audit ')).toBe(true)
  })

  test.each([
    ['cargo fmt', true],
    ['cargo +nightly fmt --all', true],
    ['cargo fmt -- --check', false],
    ['cargo fmt --all --check', false],
    ['cargo clippy --fix', true],
    ['cargo clippy -- -D warnings', false],
    ['cargo fix --edition', true],
    ['cargo clean', true],
    ['cargo update', true],
    ['cargo build --release', false],
    ['cargo install cargo-audit --locked', false],
    ['npm audit fix --force', true],
    ['npm audit', false],
    ['npm install', true],
    ['npm i -D jest', true],
    ['npm update', true],
    ['npm ci', false],
    ['npm run clean', true],
    ['npm run clean:all', true],
    ['npm run build', false],
    ['npm pkg set version=2', true],
    ['npm pkg get version', false],
    ['yarn', true],
    ['yarn test', false],
    ['npm run lint -- --fix', true],
    ['npx prettier --write .', true],
    ['npx prettier --check .', false],
    ['rm -rf node_modules', true],
    ['sudo rm target/x', true],
    ['git diff --exit-code', false],
    ['git status --porcelain', false],
    ['git push origin main', true],
    ['git -C sub checkout .', true],
    ['CI=1 git reset --hard', true],
    ['sed -i s/a/b/ file', true],
    ['sed s/a/b/ file', false],
    ['find . -name "*.tmp" -delete', true],
    ['make test', false]
  ])('%s → fix: %s', (segment, isFix) => {
    expect(refusalOf(segment, { cwd: '.' }) !== null).toBe(isFix)
  })

  test('step labels: numbered echoes in the usual shapes', () => {
    expect(stepLabel('1. Code formatting...')).toBe('Code formatting')
    expect(stepLabel('Step 2: Clippy linting')).toBe('Clippy linting')
    expect(stepLabel('[3/9] Security audit…')).toBe('Security audit')
    expect(stepLabel('==> 4) Rust build:')).toBe('Rust build')
    expect(stepLabel('=== Phase 1: Critical Validations ===')).toBeNull()
    expect(stepLabel('All validations passed!')).toBeNull()
    expect(stepLabel('2. ...')).toBeNull()
  })

  test('slugs are lower-case ASCII words joined by hyphens', () => {
    expect(slug('Code formatting')).toBe('code-formatting')
    expect(slug('Prüfung: Überblick!')).toBe('prufung-uberblick')
    expect(slug('!!!')).toBe('validation')
    expect(slug('x'.repeat(80))).toHaveLength(60)
  })
})
