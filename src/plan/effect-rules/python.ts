/**
 * Python tools: formatters and fixers (ruff, black, isort, autopep8, yapf), snapshot updates
 * (pytest), dependency changes (pip, poetry, uv, pipenv) and uploads (twine).
 */
import {
  dependencies,
  fixes,
  formats,
  has,
  hasShort,
  refuse,
  release,
  subcommand,
  type Refusal,
  type Rule,
  type RuleTable
} from './rule.js'

export const PYTHON_RULES: RuleTable = {
  ruff: ruffEffect,
  black: (w) => (has(w, '--check', '--diff') ? null : formats('black', 'black --check')),
  blue: (w) => (has(w, '--check', '--diff') ? null : formats('blue', 'blue --check')),
  // Only -c itself: isort 4's two-letter options (`-rc` recursive, `-ca`, `-tc`) hold a c too.
  isort: (w) =>
    has(w, '--check-only', '--check', '--diff', '-c')
      ? null
      : formats('isort', 'isort --check-only'),
  autopep8: (w) =>
    has(w, '--in-place') || hasShort(w, 'i')
      ? formats('autopep8 --in-place', 'autopep8 --diff')
      : null,
  yapf: (w) =>
    has(w, '--in-place') || hasShort(w, 'i') ? formats('yapf --in-place', 'yapf --diff') : null,
  autoflake: (w) =>
    has(w, '--in-place') || hasShort(w, 'i')
      ? fixes('autoflake --in-place', 'autoflake --check')
      : null,
  pyupgrade: () => fixes('pyupgrade', 'pre-commit run pyupgrade on a clean tree'),
  pytest: pytestEffect,
  pip: pipEffect('pip'),
  pip3: pipEffect('pip3'),
  // pip-tools: writes requirements.txt (or -o FILE) next to its input unless --dry-run.
  'pip-compile': (w) =>
    has(w, '--dry-run', '-n')
      ? null
      : refuse(
          'dependency-change',
          "'pip-compile' rewrites the pinned requirements file (the check is 'pip-compile --dry-run')"
        ),
  poetry: poetryEffect,
  uv: uvEffect,
  pipenv: pipenvEffect,
  twine: (w) =>
    subcommand(w)?.name === 'upload' ? release('twine upload', 'uploads the package to PyPI') : null
}

/** The last of these words (a long flag also as `--flag=value`), or undefined. */
function lastOf(words: readonly string[], ...flags: string[]): string | undefined {
  for (let i = words.length - 1; i >= 0; i--) if (has([words[i]!], ...flags)) return words[i]
  return undefined
}

/**
 * ruff check writes with --fix, --fix-only (each turned off by the last --no-fix / --no-fix-only
 * after it, as ruff reads them), --unsafe-fixes (unless --no-fix comes last) and --add-noqa;
 * --diff shows the fixes instead of writing them.
 */
function ruffEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  if (sub === 'format')
    return has(w, '--check', '--diff') ? null : formats('ruff format', 'ruff format --check')
  const fix = lastOf(w, '--fix', '--no-fix')
  const writes =
    has(w, '--add-noqa') ||
    (!has(w, '--diff') &&
      (fix === '--fix' ||
        lastOf(w, '--fix-only', '--no-fix-only') === '--fix-only' ||
        (has(w, '--unsafe-fixes') && fix !== '--no-fix')))
  return writes ? fixes('ruff check --fix', 'ruff check') : null
}

/** inline-snapshot's categories that rewrite the test source (report and disable only read). */
const INLINE_SNAPSHOT_WRITES = new Set(['create', 'fix', 'trim', 'update'])

/**
 * pytest plugins' flags that rewrite what the tests compare against: syrupy/pytest-snapshot's
 * --snapshot-update, pytest-regressions' --force-regen and --regen-all, and inline-snapshot's
 * --inline-snapshot=CATEGORIES (or `--inline-snapshot CATEGORIES`, as argparse reads it).
 */
function pytestEffect(w: readonly string[]): Refusal | null {
  const flag = w.findIndex((word, i) => {
    if (has([word], '--snapshot-update', '--force-regen', '--regen-all')) return true
    const value = word.startsWith('--inline-snapshot=')
      ? word.slice('--inline-snapshot='.length)
      : word === '--inline-snapshot'
        ? (w[i + 1] ?? '')
        : ''
    return value.split(',').some((category) => INLINE_SNAPSHOT_WRITES.has(category))
  })
  if (flag === -1) return null
  const given = w[flag] === '--inline-snapshot' ? `${w[flag]} ${w[flag + 1]!}` : w[flag]!
  return refuse(
    'snapshot-update',
    `'pytest ${given}' rewrites stored snapshots, so snapshot tests pass by definition`
  )
}

function pipEffect(pip: string): Rule {
  return (w) => {
    const sub = subcommand(w)?.name
    if (sub === 'install' || sub === 'uninstall') {
      return has(w, '--dry-run') ? null : dependencies(`${pip} ${sub}`, 'the installed packages')
    }
    return null
  }
}

/** poetry's subcommands with --dry-run, which then only print the operations. */
const POETRY_DRY_RUNS = new Set(['add', 'remove', 'update', 'install', 'sync'])

function poetryEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  if (sub === undefined) return null
  if (['add', 'remove', 'update', 'lock', 'install', 'sync'].includes(sub)) {
    if (sub === 'lock' && has(w, '--check')) return null
    if (POETRY_DRY_RUNS.has(sub) && has(w, '--dry-run')) return null
    return dependencies(`poetry ${sub}`, 'poetry.lock or the environment')
  }
  if (sub === 'version')
    return subcommand(w, w.indexOf('version') + 1) === null
      ? null
      : release('poetry version', 'bumps the version in pyproject.toml')
  if (sub === 'publish')
    return has(w, '--dry-run') ? null : release('poetry publish', 'publishes the package')
  return null
}

/** uv lock's and uv sync's flags that check the lock or only report: no write. */
const UV_LOCK_CHECKS = ['--check', '--check-exists', '--locked', '--frozen', '--dry-run']

/** uv version's options that take the next word as their value (not a new version). */
const UV_VERSION_VALUES = new Set(['--package', '--output-format', '--python', '-p'])

function uvEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  if (sub.name === 'pip') return pipEffect('uv pip')(w.slice(sub.index))
  if (['add', 'remove', 'lock', 'sync', 'upgrade'].includes(sub.name)) {
    if (has(w, ...UV_LOCK_CHECKS) && (sub.name === 'lock' || sub.name === 'sync')) return null
    return dependencies(`uv ${sub.name}`, 'uv.lock or the environment')
  }
  if (sub.name === 'publish') return release('uv publish', 'publishes the package')
  if (sub.name === 'version') {
    const rest = w.slice(sub.index + 1)
    const newVersion = rest.some(
      (word, i) => !word.startsWith('-') && !UV_VERSION_VALUES.has(rest[i - 1] ?? '')
    )
    return (newVersion || has(w, '--bump')) && !has(w, '--dry-run')
      ? release('uv version', 'bumps the version')
      : null
  }
  if (sub.name === 'format')
    return has(w, '--check', '--diff') ? null : formats('uv format', 'uv format --check')
  return null
}

function pipenvEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  if (sub === undefined || !['install', 'uninstall', 'update', 'lock', 'upgrade'].includes(sub))
    return null
  // `pipenv update --outdated` (formerly --dry-run) only lists what would change.
  if (sub === 'update' && has(w, '--outdated', '--dry-run')) return null
  return dependencies(`pipenv ${sub}`, 'Pipfile.lock and the environment')
}
