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
  isort: (w) =>
    has(w, '--check-only', '--check', '--diff') || hasShort(w, 'c')
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
  pytest: (w) =>
    has(
      w,
      '--snapshot-update',
      '--force-regen',
      '--inline-snapshot=fix',
      '--inline-snapshot=create'
    )
      ? refuse(
          'snapshot-update',
          "'pytest --snapshot-update' rewrites stored snapshots, so snapshot tests pass by definition"
        )
      : null,
  pip: pipEffect('pip'),
  pip3: pipEffect('pip3'),
  poetry: poetryEffect,
  uv: uvEffect,
  pipenv: (w) =>
    ['install', 'uninstall', 'update', 'lock', 'upgrade'].includes(subcommand(w)?.name ?? '')
      ? dependencies(`pipenv ${subcommand(w)!.name}`, 'Pipfile.lock and the environment')
      : null,
  twine: (w) =>
    subcommand(w)?.name === 'upload' ? release('twine upload', 'uploads the package to PyPI') : null
}

function ruffEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  if (sub === 'format')
    return has(w, '--check', '--diff') ? null : formats('ruff format', 'ruff format --check')
  if (has(w, '--fix', '--unsafe-fixes', '--add-noqa') && !w.includes('--no-fix')) {
    return fixes('ruff check --fix', 'ruff check')
  }
  return null
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

function poetryEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)?.name
  if (sub === undefined) return null
  if (['add', 'remove', 'update', 'lock', 'install', 'sync'].includes(sub)) {
    if (sub === 'lock' && has(w, '--check')) return null
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

function uvEffect(w: readonly string[]): Refusal | null {
  const sub = subcommand(w)
  if (sub === null) return null
  if (sub.name === 'pip') return pipEffect('uv pip')(w.slice(sub.index))
  if (['add', 'remove', 'lock', 'sync'].includes(sub.name)) {
    if (has(w, '--check', '--locked', '--frozen') && (sub.name === 'lock' || sub.name === 'sync'))
      return null
    return dependencies(`uv ${sub.name}`, 'uv.lock or the environment')
  }
  if (sub.name === 'publish') return release('uv publish', 'publishes the package')
  if (sub.name === 'version' && subcommand(w, sub.index + 1) !== null)
    return release('uv version', 'bumps the version')
  if (sub.name === 'format')
    return has(w, '--check', '--diff') ? null : formats('uv format', 'uv format --check')
  return null
}
