/**
 * What a validation does, read from the commands it really runs (resolved through wrappers and
 * package.json scripts): `tsc --noEmit` is a type check, `npm run test:typescript` is whatever
 * its script runs. Labels and summaries name a step by this, not by the first tool word. Pure.
 */
import type { ResolvedCommand } from './command-resolution.js'
import type { ValidationKind } from '../validations/model.js'
import { baseName } from './wrappers.js'

/**
 * The kinds in the order they win when a step runs several commands: `npm ci && npm test` is
 * tests, `tsc --noEmit && eslint .` a type check, a `cargo build` before a CLI run a build.
 */
const PRECEDENCE: readonly ValidationKind[] = [
  'audit',
  'tests',
  'type-check',
  'lint',
  'format-check',
  'build',
  'run'
]

export function validationKind(commands: readonly ResolvedCommand[]): ValidationKind {
  const kinds = new Set(commands.map(resolvedKind))
  return PRECEDENCE.find((kind) => kinds.has(kind)) ?? 'run'
}

/**
 * A resolved command's kind: by its program; a script whose package.json could not be read, or
 * a plain program run by a script (`node scripts/build.mjs` in script 'build'), by the script's
 * name.
 */
function resolvedKind(command: ResolvedCommand): ValidationKind | null {
  if (command.unreadScript !== null) return scriptNameKind(command.unreadScript.script)
  const own = commandKind(command.words)
  if (own !== 'run' && own !== null) return own
  const scripts = command.hops.flatMap((hop) => (hop.kind === 'script' ? [hop.script] : []))
  const script = scripts.at(-1)
  return script === undefined ? own : scriptNameKind(script)
}

const TYPE_CHECKERS = new Set(['mypy', 'pyright', 'basedpyright', 'pytype', 'flow', 'tsgo'])
const LINTERS = new Set([
  'eslint',
  'oxlint',
  'tslint',
  'stylelint',
  'markdownlint',
  'markdownlint-cli2',
  'shellcheck',
  'hadolint',
  'actionlint',
  'yamllint',
  'flake8',
  'pylint',
  'pyflakes',
  'pycodestyle',
  'pydocstyle',
  'bandit',
  'golangci-lint',
  'staticcheck',
  'revive',
  'cargo-clippy',
  'clippy-driver',
  'publint',
  'knip',
  'commitlint',
  'xo',
  'standard'
])
const TEST_RUNNERS = new Set([
  'jest',
  'vitest',
  'mocha',
  'ava',
  'tap',
  'tape',
  'jasmine',
  'karma',
  'cypress',
  'tstyche',
  'uvu',
  'pytest',
  'py.test',
  'tox',
  'nox',
  'nose2',
  'cargo-nextest',
  'bats',
  'c8',
  'nyc'
])
const AUDITORS = new Set([
  'cargo-audit',
  'cargo-deny',
  'pip-audit',
  'safety',
  'osv-scanner',
  'govulncheck',
  'audit-ci',
  'better-npm-audit',
  'snyk',
  'trivy',
  'grype'
])
const BUILDERS = new Set([
  'vite',
  'rollup',
  'webpack',
  'esbuild',
  'tsup',
  'parcel',
  'rspack',
  'unbuild',
  'microbundle',
  'babel',
  'swc',
  'ncc',
  'next',
  'nuxt',
  'astro',
  'gatsby',
  'bundle',
  'make',
  'cmake',
  'ninja',
  'gradle',
  'mvn',
  'javac',
  'gcc',
  'clang',
  'rustc'
])
const FORMAT_CHECKERS = new Set([
  'prettier',
  'black',
  'isort',
  'rustfmt',
  'gofmt',
  'dprint',
  'shfmt',
  'clang-format',
  'biome'
])

function commandKind(words: readonly string[]): ValidationKind | null {
  const program = words[0]
  if (program === undefined) return null
  const name = baseName(program)
  const rest = words.slice(1)
  const sub = rest.find((word) => !word.startsWith('-') && !word.startsWith('+'))
  if (name === 'tsc' || name === 'vue-tsc') {
    return rest.includes('--noEmit') || rest.includes('--noemit') ? 'type-check' : 'build'
  }
  if (TYPE_CHECKERS.has(name)) return 'type-check'
  if (name === 'biome') {
    if (sub === 'format') return 'format-check'
    return 'lint'
  }
  if (FORMAT_CHECKERS.has(name)) return 'format-check'
  if (name === 'ruff') return sub === 'format' ? 'format-check' : 'lint'
  if (LINTERS.has(name)) return 'lint'
  if (TEST_RUNNERS.has(name)) return 'tests'
  if (AUDITORS.has(name)) return 'audit'
  if (BUILDERS.has(name)) return sub === 'test' ? 'tests' : 'build'
  if (name === 'node') return rest.includes('--test') ? 'tests' : null
  if (name === 'cargo') return cargoKind(sub)
  if (name === 'go') return goKind(sub)
  if (name === 'npm' || name === 'pnpm' || name === 'yarn' || name === 'bun') {
    if (sub === 'audit') return 'audit'
    return null
  }
  if (/^python(?:\d+(?:\.\d+)?)?$/.test(name)) {
    const module = rest[rest.indexOf('-m') + 1]
    if (rest.includes('-m') && module === 'unittest') return 'tests'
    if (rest.includes('-m') && module === 'build') return 'build'
    return null
  }
  if (name === 'coverage') return sub === 'run' ? 'tests' : null
  if (name === 'deno')
    return sub === 'test'
      ? 'tests'
      : sub === 'lint'
        ? 'lint'
        : sub === 'check'
          ? 'type-check'
          : sub === 'fmt'
            ? 'format-check'
            : null
  return 'run'
}

/** A package script whose package.json could not be read, by its name: `test:unit`, `typecheck`. */
function scriptNameKind(script: string): ValidationKind {
  const parts = script.toLowerCase().split(/[:._-]/)
  if (parts.includes('audit')) return 'audit'
  if (
    parts.some((p) => ['typecheck', 'types', 'tsc', 'typescript'].includes(p)) ||
    script.toLowerCase().includes('type-check')
  ) {
    return parts[0] === 'test' ? 'tests' : 'type-check'
  }
  if (
    parts[0] === 'test' ||
    parts.includes('test') ||
    parts.includes('e2e') ||
    parts.includes('coverage')
  )
    return 'tests'
  if (parts.includes('lint')) return 'lint'
  if (parts.some((p) => ['format', 'fmt', 'prettier'].includes(p))) return 'format-check'
  if (parts.includes('build') || parts.includes('compile')) return 'build'
  return 'run'
}

function cargoKind(sub: string | undefined): ValidationKind {
  switch (sub) {
    case 'test':
    case 't':
    case 'nextest':
    case 'bench':
      return 'tests'
    case 'check':
    case 'c':
      return 'type-check'
    case 'clippy':
      return 'lint'
    case 'fmt':
      return 'format-check'
    case 'audit':
    case 'deny':
      return 'audit'
    case 'build':
    case 'b':
    case 'doc':
    case 'rustc':
      return 'build'
    default:
      return 'run'
  }
}

function goKind(sub: string | undefined): ValidationKind {
  switch (sub) {
    case 'test':
      return 'tests'
    case 'vet':
      return 'lint'
    case 'build':
    case 'install':
      return 'build'
    default:
      return 'run'
  }
}
