/**
 * A pytest run that stopped at its command line because a plugin is not installed: pytest
 * exits 4 with "error: unrecognized arguments: --cov=app" when pytest-cov is absent (the option
 * may come from the command or from the configuration's addopts), and exits 1 with a traceback
 * ending in "Error importing plugin" for a `-p NAME` it cannot import. Reported as a missing tool
 * naming the plugin, not as "exit 4".
 */
import { truncate } from '../linear-text.js'
import { ownEntry } from '../own-entry.js'

/** What pytest's output says about the plugin it lacked. */
export interface MissingPytestPlugin {
  /** The package to install ("pytest-cov"). */
  plugin: string
  /** What the run asked of it: an option ("--cov") or "-p NAME". */
  provides: string
  /** What pytest said, short ("unrecognized argument --cov=app"). */
  said: string
  /**
   * The configuration file pytest read, when the command does not pass the option itself (it
   * then comes from the file's addopts, or from a script the command runs).
   */
  configFile: string | null
}

/** pytest's exit code for a usage error. */
const PYTEST_USAGE_ERROR_EXIT = 4

// "pytest: error: unrecognized arguments: --cov=app -n" (`pytest`), "__main__.py: error: …"
// (`python -m pytest`), "py.test: error: …".
const UNRECOGNIZED = /^(?:pytest|py\.test|__main__\.py): error: unrecognized arguments: (.+)$/
// "  inifile: pyproject.toml" (or "configfile:"; "None" without one).
const CONFIG_FILE = /^(?:inifile|configfile): (.+)$/
// "ImportError: Error importing plugin "xdist": No module named 'xdist'"
const PLUGIN_IMPORT = /^ImportError: Error importing plugin "([^"]+)": No module named /

/** The package that adds an option, by the option's name (long options also by prefix). */
const PLUGIN_OF_OPTION: Readonly<Record<string, string>> = {
  '--cov': 'pytest-cov',
  '--cov-report': 'pytest-cov',
  '--cov-fail-under': 'pytest-cov',
  '--cov-branch': 'pytest-cov',
  '--cov-config': 'pytest-cov',
  '--cov-append': 'pytest-cov',
  '--cov-context': 'pytest-cov',
  '--no-cov': 'pytest-cov',
  '--no-cov-on-fail': 'pytest-cov',
  '-n': 'pytest-xdist',
  '--numprocesses': 'pytest-xdist',
  '--maxprocesses': 'pytest-xdist',
  '--dist': 'pytest-xdist',
  '--timeout': 'pytest-timeout',
  '--timeout-method': 'pytest-timeout',
  '--reruns': 'pytest-rerunfailures',
  '--reruns-delay': 'pytest-rerunfailures',
  '--only-rerun': 'pytest-rerunfailures',
  '--html': 'pytest-html',
  '--self-contained-html': 'pytest-html',
  '--asyncio-mode': 'pytest-asyncio',
  '--randomly-seed': 'pytest-randomly',
  '--randomly-dont-reorganize': 'pytest-randomly',
  '--mypy': 'pytest-mypy',
  '--snapshot-update': 'syrupy',
  '--json-report': 'pytest-json-report',
  '--count': 'pytest-repeat',
  '--forked': 'pytest-forked',
  '--testmon': 'pytest-testmon',
  '--instafail': 'pytest-instafail',
  '--ds': 'pytest-django',
  '--reuse-db': 'pytest-django',
  '--create-db': 'pytest-django',
  '--alluredir': 'allure-pytest',
  '--memray': 'pytest-memray'
}

/** Options whose whole family comes from one plugin ("--benchmark-only", "--hypothesis-seed"). */
const PLUGIN_OF_PREFIX: ReadonlyArray<readonly [string, string]> = [
  ['--benchmark-', 'pytest-benchmark'],
  ['--hypothesis-', 'hypothesis']
]

/** The package of a plugin loaded with `-p NAME`, when the names differ. */
const PLUGIN_OF_MODULE: Readonly<Record<string, string>> = {
  xdist: 'pytest-xdist',
  pytest_cov: 'pytest-cov',
  cov: 'pytest-cov',
  timeout: 'pytest-timeout',
  pytest_timeout: 'pytest-timeout',
  randomly: 'pytest-randomly',
  pytest_randomly: 'pytest-randomly',
  asyncio: 'pytest-asyncio',
  pytest_asyncio: 'pytest-asyncio',
  pytest_django: 'pytest-django',
  pytest_mock: 'pytest-mock',
  pytest_benchmark: 'pytest-benchmark',
  rerunfailures: 'pytest-rerunfailures'
}

/**
 * The plugin a failed pytest run lacked, from its output (lines last to first), or null.
 * "unrecognized arguments" counts only with exit 4 (pytest's usage error); an option pytest
 * does not know and no plugin provides (a typo) stays the project's failure.
 */
export function missingPytestPlugin(
  command: string,
  reversedLines: readonly string[],
  exitCode: number
): MissingPytestPlugin | null {
  const lines = reversedLines.map((line) => line.trim())
  for (const line of lines) {
    const module = PLUGIN_IMPORT.exec(line)?.[1]
    if (module !== undefined) {
      const plugin = ownEntry(PLUGIN_OF_MODULE, module) ?? module.replaceAll('_', '-')
      const said = `Error importing plugin "${module}"`
      return { plugin, provides: `-p ${module}`, said, configFile: null }
    }
    const unrecognized = UNRECOGNIZED.exec(line)?.[1]
    if (unrecognized === undefined || exitCode !== PYTEST_USAGE_ERROR_EXIT) continue
    for (const argument of unrecognized.split(/\s+/)) {
      const option = argument.split('=')[0]!
      const plugin = pluginOfOption(option)
      if (plugin === undefined) continue
      const configFile = commandHasOption(command, option) ? null : configFileOf(lines)
      return {
        plugin,
        provides: option,
        said: `unrecognized argument ${clip(argument)}`,
        configFile
      }
    }
    return null
  }
  return null
}

function clip(text: string): string {
  return truncate(text, 60)
}

function pluginOfOption(option: string): string | undefined {
  const plugin = ownEntry(PLUGIN_OF_OPTION, option)
  if (plugin !== undefined) return plugin
  return PLUGIN_OF_PREFIX.find(([prefix]) => option.startsWith(prefix))?.[1]
}

/** Whether the option is written in the command itself (else it came from addopts). */
function commandHasOption(command: string, option: string): boolean {
  return command
    .split(/[\s;&|()]+/)
    .some((word) => word === option || word.startsWith(`${option}=`))
}

/** The configuration file pytest named ("pyproject.toml"), or null. */
function configFileOf(lines: readonly string[]): string | null {
  for (const line of lines) {
    const file = CONFIG_FILE.exec(line)?.[1]
    if (file !== undefined && file !== 'None') return clip(file.split('/').pop()!)
  }
  return null
}
