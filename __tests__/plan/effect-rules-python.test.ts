/**
 * The Python family of effect rules (src/plan/effect-rules/python.ts), table-driven: every
 * formatter, fixer, snapshot flag, installer and uploader the policy refuses, with its exact
 * effect and reason, next to the check-only forms that must run, and the edges the rules read —
 * clustered short flags (`-ri`), `--flag=value` and `--flag value`, the last of `--fix`/`--no-fix`
 * winning, options before the subcommand, read-only flags of dependency commands (`--dry-run`).
 */
import { refusal } from './effect-cases.js'

const RUFF_FORMAT =
  "'ruff format' rewrites files with its formatting (the check is 'ruff format --check')"
const RUFF_FIX =
  "'ruff check --fix' rewrites source files with its fixes (the check is 'ruff check')"
const BLACK = "'black' rewrites files with its formatting (the check is 'black --check')"
const BLUE = "'blue' rewrites files with its formatting (the check is 'blue --check')"
const ISORT = "'isort' rewrites files with its formatting (the check is 'isort --check-only')"
const AUTOPEP8 =
  "'autopep8 --in-place' rewrites files with its formatting (the check is 'autopep8 --diff')"
const YAPF = "'yapf --in-place' rewrites files with its formatting (the check is 'yapf --diff')"
const AUTOFLAKE =
  "'autoflake --in-place' rewrites source files with its fixes (the check is 'autoflake --check')"

describe('formatters and fixers', () => {
  test.each([
    ['ruff format .', 'format', RUFF_FORMAT],
    ['ruff format src tests', 'format', RUFF_FORMAT],
    ['ruff --config ruff.toml format src', 'format', RUFF_FORMAT],
    ['ruff check --fix .', 'rewrite', RUFF_FIX],
    ['ruff check . --fix', 'rewrite', RUFF_FIX],
    ['ruff check --unsafe-fixes .', 'rewrite', RUFF_FIX],
    ['ruff check --fix --unsafe-fixes .', 'rewrite', RUFF_FIX],
    ['ruff check --add-noqa .', 'rewrite', RUFF_FIX],
    ['ruff check --add-noqa --no-fix .', 'rewrite', RUFF_FIX],
    // --fix-only applies the fixes and reports nothing else.
    ['ruff check --fix-only .', 'rewrite', RUFF_FIX],
    ['ruff check --fix-only --no-fix .', 'rewrite', RUFF_FIX],
    // The last of --fix and --no-fix wins, as in ruff.
    ['ruff check --no-fix --fix .', 'rewrite', RUFF_FIX],
    ['ruff --fix .', 'rewrite', RUFF_FIX],
    ['black .', 'format', BLACK],
    ['black src tests', 'format', BLACK],
    ['black -l 100 .', 'format', BLACK],
    ['black --line-length=100 src', 'format', BLACK],
    ['blue .', 'format', BLUE],
    ['isort .', 'format', ISORT],
    ['isort --profile black src', 'format', ISORT],
    // isort 4's two-letter options (-rc recursive, -ca, -tc) hold a c that is not -c (check).
    ['isort -rc .', 'format', ISORT],
    ['isort -ca -tc src', 'format', ISORT],
    ['isort -qc src', 'format', ISORT],
    ['autopep8 -i x.py', 'format', AUTOPEP8],
    ['autopep8 --in-place x.py', 'format', AUTOPEP8],
    ['autopep8 -ri .', 'format', AUTOPEP8],
    ['autopep8 -aai x.py', 'format', AUTOPEP8],
    ['yapf -i x.py', 'format', YAPF],
    ['yapf --in-place x.py', 'format', YAPF],
    ['yapf -ri .', 'format', YAPF],
    ['autoflake -i x.py', 'rewrite', AUTOFLAKE],
    ['autoflake --in-place --remove-all-unused-imports x.py', 'rewrite', AUTOFLAKE],
    ['autoflake -ri .', 'rewrite', AUTOFLAKE],
    [
      'pyupgrade --py311-plus x.py',
      'rewrite',
      "'pyupgrade' rewrites source files with its fixes (the check is 'pre-commit run pyupgrade on a clean tree')"
    ]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'ruff format --check .',
    'ruff format --diff src',
    'ruff --config ruff.toml format --check src',
    'ruff check .',
    'ruff check --no-fix .',
    'ruff check --fix --no-fix .',
    'ruff check --unsafe-fixes --no-fix .',
    'ruff check --show-fixes .',
    'ruff check --statistics .',
    // --diff shows the fixes instead of writing them.
    'ruff check --fix --diff .',
    'ruff check --diff .',
    'ruff check --fix-only --no-fix-only .',
    'ruff',
    'ruff rule E501',
    'ruff version',
    'black --check .',
    'black --diff src',
    'black -l 100 --check .',
    'black --check --diff src',
    'blue --check .',
    'blue --diff .',
    'isort --check-only .',
    'isort --check src',
    'isort --diff src',
    'isort -c src',
    'isort --profile black -c src',
    'autopep8 --diff x.py',
    'autopep8 -d x.py',
    'autopep8 x.py',
    'yapf -d x.py',
    'yapf --diff x.py',
    'yapf -r --diff .',
    'autoflake --check x.py',
    'autoflake -r --check .',
    'autoflake x.py'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('pytest: flags that rewrite stored or inline snapshots', () => {
  const updates = (flag: string): string =>
    `'pytest ${flag}' rewrites stored snapshots, so snapshot tests pass by definition`
  test.each([
    ['pytest --snapshot-update', '--snapshot-update'],
    ['pytest -q --snapshot-update tests', '--snapshot-update'],
    ['pytest --force-regen', '--force-regen'],
    ['pytest --regen-all', '--regen-all'],
    ['pytest --inline-snapshot=fix', '--inline-snapshot=fix'],
    ['pytest --inline-snapshot=create', '--inline-snapshot=create'],
    ['pytest --inline-snapshot=update', '--inline-snapshot=update'],
    ['pytest --inline-snapshot=trim', '--inline-snapshot=trim'],
    ['pytest --inline-snapshot=report,fix', '--inline-snapshot=report,fix'],
    ['pytest --inline-snapshot=create,fix tests', '--inline-snapshot=create,fix'],
    // argparse takes the value as the next word too.
    ['pytest --inline-snapshot fix', '--inline-snapshot fix'],
    ['pytest --inline-snapshot create,trim tests', '--inline-snapshot create,trim']
  ])('%s is refused', (command, flag) => {
    expect(refusal(command)).toEqual({ effect: 'snapshot-update', reason: updates(flag) })
  })

  test('through python -m, the reason says so', () => {
    expect(refusal('python -m pytest --snapshot-update')).toEqual({
      effect: 'snapshot-update',
      reason:
        "'pytest --snapshot-update' rewrites stored snapshots, so snapshot tests pass by definition — run through 'python -m'"
    })
  })

  test.each([
    'pytest',
    'pytest -q tests',
    'pytest --inline-snapshot=report',
    'pytest --inline-snapshot=short-report',
    'pytest --inline-snapshot=disable',
    'pytest --inline-snapshot report tests',
    'pytest --inline-snapshot-disable',
    'pytest -k fix',
    'pytest tests/test_fix.py'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('pip, pip3, uv pip and pip-compile', () => {
  test.each([
    ['pip install -e .', 'dependency-change', "'pip install' changes the installed packages"],
    [
      'pip install -r requirements.txt',
      'dependency-change',
      "'pip install' changes the installed packages"
    ],
    ['pip uninstall -y x', 'dependency-change', "'pip uninstall' changes the installed packages"],
    ['pip --quiet install x', 'dependency-change', "'pip install' changes the installed packages"],
    ['pip3 install x', 'dependency-change', "'pip3 install' changes the installed packages"],
    ['pip3 uninstall x', 'dependency-change', "'pip3 uninstall' changes the installed packages"],
    ['uv pip install x', 'dependency-change', "'uv pip install' changes the installed packages"],
    [
      'uv pip uninstall x',
      'dependency-change',
      "'uv pip uninstall' changes the installed packages"
    ],
    [
      'python -m pip install x',
      'dependency-change',
      "'pip install' changes the installed packages — run through 'python -m'"
    ],
    // A versioned pip, as Python installs it, is pip.
    ['pip3.12 install x', 'dependency-change', "'pip install' changes the installed packages"],
    [
      'pip3.9 uninstall -y x',
      'dependency-change',
      "'pip uninstall' changes the installed packages"
    ],
    [
      'pip-compile requirements.in',
      'dependency-change',
      "'pip-compile' rewrites the pinned requirements file (the check is 'pip-compile --dry-run')"
    ]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'pip',
    'pip check',
    'pip list',
    'pip freeze',
    'pip show x',
    'pip install --dry-run x',
    'pip --dry-run install x',
    'pip3 show x',
    'pip3 install --dry-run -r requirements.txt',
    'uv pip list',
    'uv pip check',
    'uv pip install --dry-run x',
    'pip3.12 list',
    'pip-compile --dry-run requirements.in'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('poetry', () => {
  test.each([
    ['poetry add x', 'dependency-change', "'poetry add' changes poetry.lock or the environment"],
    [
      'poetry remove x',
      'dependency-change',
      "'poetry remove' changes poetry.lock or the environment"
    ],
    [
      'poetry update',
      'dependency-change',
      "'poetry update' changes poetry.lock or the environment"
    ],
    ['poetry lock', 'dependency-change', "'poetry lock' changes poetry.lock or the environment"],
    // poetry lock has no --dry-run.
    [
      'poetry lock --dry-run',
      'dependency-change',
      "'poetry lock' changes poetry.lock or the environment"
    ],
    [
      'poetry lock --no-update',
      'dependency-change',
      "'poetry lock' changes poetry.lock or the environment"
    ],
    [
      'poetry install',
      'dependency-change',
      "'poetry install' changes poetry.lock or the environment"
    ],
    ['poetry sync', 'dependency-change', "'poetry sync' changes poetry.lock or the environment"],
    [
      'poetry -C sub add x',
      'dependency-change',
      "'poetry add' changes poetry.lock or the environment"
    ],
    // --check is poetry lock's own; on install it is not a dry run.
    [
      'poetry install --check',
      'dependency-change',
      "'poetry install' changes poetry.lock or the environment"
    ],
    ['poetry version patch', 'release', "'poetry version' bumps the version in pyproject.toml"],
    ['poetry version -s patch', 'release', "'poetry version' bumps the version in pyproject.toml"],
    ['poetry version 2.0.0', 'release', "'poetry version' bumps the version in pyproject.toml"],
    ['poetry publish', 'release', "'poetry publish' publishes the package"],
    ['poetry publish --build', 'release', "'poetry publish' publishes the package"]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'poetry',
    'poetry check',
    'poetry check --lock',
    'poetry show --tree',
    'poetry lock --check',
    'poetry version',
    'poetry version --short',
    'poetry publish --dry-run',
    // Each only prints the operations it would do.
    'poetry install --dry-run',
    'poetry add --dry-run x',
    'poetry remove --dry-run x',
    'poetry update --dry-run',
    'poetry sync --dry-run'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('uv', () => {
  test.each([
    ['uv add x', 'dependency-change', "'uv add' changes uv.lock or the environment"],
    ['uv add --frozen x', 'dependency-change', "'uv add' changes uv.lock or the environment"],
    ['uv remove x', 'dependency-change', "'uv remove' changes uv.lock or the environment"],
    ['uv lock', 'dependency-change', "'uv lock' changes uv.lock or the environment"],
    ['uv lock --upgrade', 'dependency-change', "'uv lock' changes uv.lock or the environment"],
    ['uv sync', 'dependency-change', "'uv sync' changes uv.lock or the environment"],
    ['uv sync --all-extras', 'dependency-change', "'uv sync' changes uv.lock or the environment"],
    ['uv upgrade', 'dependency-change', "'uv upgrade' changes uv.lock or the environment"],
    [
      'uv --directory sub add x',
      'dependency-change',
      "'uv add' changes uv.lock or the environment"
    ],
    ['uv publish', 'release', "'uv publish' publishes the package"],
    ['uv version 1.2.3', 'release', "'uv version' bumps the version"],
    ['uv version --bump patch', 'release', "'uv version' bumps the version"],
    ['uv version --bump=minor', 'release', "'uv version' bumps the version"],
    ['uv version --package core --bump major', 'release', "'uv version' bumps the version"],
    [
      'uv format',
      'format',
      "'uv format' rewrites files with its formatting (the check is 'uv format --check')"
    ],
    [
      'uv format src',
      'format',
      "'uv format' rewrites files with its formatting (the check is 'uv format --check')"
    ],
    [
      'uv run ruff format .',
      'format',
      "'ruff format' rewrites files with its formatting (the check is 'ruff format --check') — run through 'uv run'"
    ]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'uv',
    'uv tree',
    'uv run pytest',
    'uv lock --check',
    'uv lock --locked',
    'uv lock --check-exists',
    'uv lock --dry-run',
    'uv sync --locked',
    'uv sync --frozen',
    'uv sync --check',
    'uv sync --dry-run',
    'uv version',
    'uv version --short',
    'uv version --output-format json',
    'uv version --package core',
    'uv version --python 3.12',
    'uv version -p 3.12 --short',
    'uv version --bump patch --dry-run',
    'uv format --check',
    'uv format --diff',
    'uv pip compile requirements.in -o /tmp/requirements.txt'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})

describe('pipenv and twine', () => {
  test.each([
    [
      'pipenv install',
      'dependency-change',
      "'pipenv install' changes Pipfile.lock and the environment"
    ],
    [
      'pipenv install requests',
      'dependency-change',
      "'pipenv install' changes Pipfile.lock and the environment"
    ],
    [
      'pipenv uninstall x',
      'dependency-change',
      "'pipenv uninstall' changes Pipfile.lock and the environment"
    ],
    [
      'pipenv update',
      'dependency-change',
      "'pipenv update' changes Pipfile.lock and the environment"
    ],
    ['pipenv lock', 'dependency-change', "'pipenv lock' changes Pipfile.lock and the environment"],
    [
      'pipenv upgrade x',
      'dependency-change',
      "'pipenv upgrade' changes Pipfile.lock and the environment"
    ],
    // Only update has a listing form (--outdated, formerly --dry-run).
    [
      'pipenv install --dry-run',
      'dependency-change',
      "'pipenv install' changes Pipfile.lock and the environment"
    ],
    [
      'pipenv --python 3.12 install',
      'dependency-change',
      "'pipenv install' changes Pipfile.lock and the environment"
    ],
    ['twine upload dist/*', 'release', "'twine upload' uploads the package to PyPI"],
    ['twine --verbose upload dist/*', 'release', "'twine upload' uploads the package to PyPI"]
  ])('%s is refused', (command, effect, reason) => {
    expect(refusal(command)).toEqual({ effect, reason })
  })

  test.each([
    'pipenv',
    'pipenv sync',
    'pipenv check',
    'pipenv verify',
    'pipenv graph',
    'pipenv run pytest',
    // --outdated only lists what update would change.
    'pipenv update --outdated',
    'pipenv update --dry-run',
    'twine check dist/*',
    'twine'
  ])('%s runs', (command) => {
    expect(refusal(command)).toBeNull()
  })
})
