/**
 * Recognises a validation that could not run because its tool is not installed, from what the
 * shell or cargo printed, and says how to install it.
 *
 * Decision: missing-tool is its own status (so the report can say "install cargo-audit" rather
 * than "exit 101"), and it COUNTS AS A FAILURE of a critical validation: the checklist demands
 * the tool, so a run that could not use it has not proved the item.
 */

import { missingJsDependency, type MissingJsDependency } from './missing-js-dependency.js'
import { missingPytestPlugin, type MissingPytestPlugin } from './missing-pytest-plugin.js'
import { ownEntry } from '../own-entry.js'

export interface MissingTool {
  /** The tool to install: "cargo-audit", "rustfmt", "definitely-not-a-tool-xyz", or the binary path. */
  tool: string
  /** What to do about it, one line. */
  hint: string
  /**
   * "tool": a command or cargo subcommand that is not installed (status missing-tool).
   * "binary": a path such as ./target/release/app that does not exist; that is the project's
   * own failure (usually its build step), so the status stays failed and only the hint is used.
   */
  kind: 'tool' | 'binary'
  /** The one-line summary when "<tool> not installed" would not be true ("tsc is not on PATH …"). */
  summary?: string
}

/** 127 is the shell's "command not found"; cargo exits 101 for an unknown subcommand. */
const SHELL_NOT_FOUND_EXIT = 127

// bash: "bash: foo: command not found", "bash: line 3: foo: command not found";
// dash (sh, npm scripts): "sh: 1: foo: not found"; zsh: "zsh: command not found: foo".
const SHELL_NOT_FOUND_PATTERNS: readonly RegExp[] = [
  /^(?:[^\s:]+: )?(?:line \d+: )?(\S+): command not found$/,
  /^(?:[^\s:]+: )?\d+: (\S+): not found$/,
  /^[^\s:]+: command not found: (\S+)$/
]
// bash for a path that does not exist: "bash: line 1: ./target/release/x: No such file or directory"
// (The path is checked for a `/` after matching: `\S*\/\S*` would try every `/` of a long word.)
const MISSING_PATH_PATTERN = /^(?:[^\s:]+: )?(?:line \d+: )?(\S+): No such file or directory$/
// cargo: "error: no such command: `audit`"
const CARGO_NO_SUCH_COMMAND = /^error: no such command: `([^`]+)`/
// rustup proxies: "error: 'cargo-fmt' is not installed for the toolchain 'stable-x86_64-…'"
const RUSTUP_COMPONENT_MISSING = /^error: '([^']+)' is not installed for the toolchain/

/** Cargo subcommands and rustup proxies that belong to a rustup component, not a crate. */
const RUST_COMPONENT_OF: Readonly<Record<string, string>> = {
  fmt: 'rustfmt',
  'cargo-fmt': 'rustfmt',
  rustfmt: 'rustfmt',
  clippy: 'clippy',
  'cargo-clippy': 'clippy',
  'clippy-driver': 'clippy'
}

const NODE_HINT = 'install Node.js (in Actions: actions/setup-node)'
const PYTHON_HINT = 'install Python (in Actions: actions/setup-python)'

const INSTALL_HINTS: Readonly<Record<string, string>> = {
  'cargo-audit':
    'install cargo-audit: `cargo install cargo-audit --locked` (in Actions: taiki-e/install-action with `tool: cargo-audit`)',
  rustfmt: 'rustup component add rustfmt',
  clippy: 'rustup component add clippy',
  cargo: 'install a Rust toolchain (in Actions: dtolnay/rust-toolchain)',
  rustc: 'install a Rust toolchain (in Actions: dtolnay/rust-toolchain)',
  rustup: 'install a Rust toolchain (in Actions: dtolnay/rust-toolchain)',
  npm: NODE_HINT,
  npx: NODE_HINT,
  node: NODE_HINT,
  yarn: 'install Yarn: `corepack enable` (Node.js ships Corepack; in Actions after actions/setup-node), or `npm install --global yarn`',
  pnpm: 'install pnpm: `corepack enable` (Node.js ships Corepack), or in Actions pnpm/action-setup',
  bun: 'install Bun (in Actions: oven-sh/setup-bun)',
  deno: 'install Deno (in Actions: denoland/setup-deno)',
  go: 'install Go (in Actions: actions/setup-go)',
  gofmt: 'install Go (in Actions: actions/setup-go); gofmt ships with it',
  python: `${PYTHON_HINT}; where only \`python3\` exists, call \`python3\``,
  python3: PYTHON_HINT,
  pip: `${PYTHON_HINT}; or call \`python3 -m pip\``,
  pip3: `${PYTHON_HINT}; or call \`python3 -m pip\``,
  poetry: 'install Poetry: `pipx install poetry`',
  uv: 'install uv: `pipx install uv` (in Actions: astral-sh/setup-uv)',
  java: 'install a JDK (in Actions: actions/setup-java)',
  mvn: 'install Maven (in Actions: actions/setup-java with a Maven cache)',
  gradle:
    "install Gradle or use the project's `./gradlew` (in Actions: gradle/actions/setup-gradle)"
}

/**
 * The npm package that provides a command (a bin name) when the two differ, or when the bin is
 * well known: `npx tsc` without TypeScript would fetch an unrelated package named "tsc".
 */
export const NPM_PACKAGE_OF_BIN: Readonly<Record<string, string>> = {
  tsc: 'typescript',
  tsserver: 'typescript',
  vitest: 'vitest',
  jest: 'jest',
  eslint: 'eslint',
  prettier: 'prettier',
  biome: '@biomejs/biome',
  tsx: 'tsx',
  'ts-node': 'ts-node',
  mocha: 'mocha',
  c8: 'c8',
  nyc: 'nyc',
  tstyche: 'tstyche',
  rollup: 'rollup',
  vite: 'vite',
  webpack: 'webpack-cli',
  esbuild: 'esbuild',
  tsup: 'tsup',
  playwright: '@playwright/test',
  cypress: 'cypress',
  ava: 'ava',
  stylelint: 'stylelint',
  markdownlint: 'markdownlint-cli',
  'markdownlint-cli2': 'markdownlint-cli2',
  knip: 'knip',
  oxlint: 'oxlint',
  dprint: 'dprint',
  standard: 'standard',
  xo: 'xo',
  'vue-tsc': 'vue-tsc',
  'svelte-check': 'svelte-check',
  ng: '@angular/cli',
  'run-s': 'npm-run-all',
  'run-p': 'npm-run-all',
  'npm-run-all': 'npm-run-all',
  concurrently: 'concurrently',
  rimraf: 'rimraf',
  'cross-env': 'cross-env',
  changeset: '@changesets/cli',
  'semantic-release': 'semantic-release',
  publint: 'publint',
  attw: '@arethetypeswrong/cli',
  'api-extractor': '@microsoft/api-extractor',
  typedoc: 'typedoc',
  swc: '@swc/cli',
  babel: '@babel/cli',
  lerna: 'lerna',
  nx: 'nx',
  turbo: 'turbo'
}

/** The pip package that provides a module run with `python -m`, when the names differ or are known. */
export const PIP_PACKAGE_OF_MODULE: Readonly<Record<string, string>> = {
  pip_audit: 'pip-audit',
  pytest: 'pytest',
  mypy: 'mypy',
  black: 'black',
  ruff: 'ruff',
  flake8: 'flake8',
  pylint: 'pylint',
  coverage: 'coverage',
  isort: 'isort',
  bandit: 'bandit',
  safety: 'safety',
  tox: 'tox',
  nox: 'nox',
  pyright: 'pyright',
  pycodestyle: 'pycodestyle',
  pydocstyle: 'pydocstyle',
  pyflakes: 'pyflakes',
  autopep8: 'autopep8',
  yapf: 'yapf',
  build: 'build',
  twine: 'twine',
  sphinx: 'sphinx',
  pre_commit: 'pre-commit',
  pip_licenses: 'pip-licenses',
  detect_secrets: 'detect-secrets',
  vulture: 'vulture',
  radon: 'radon',
  codespell_lib: 'codespell',
  deptry: 'deptry',
  nose2: 'nose2',
  hypothesis: 'hypothesis',
  mkdocs: 'mkdocs',
  pdoc: 'pdoc',
  poetry: 'poetry',
  pipenv: 'pipenv',
  uv: 'uv'
}

const BINARY_NOT_FOUND_HINT = 'binary not found; did the build step succeed?'

/** Whether the command runs its tools through npm (a script or npx), whose dev tools `npm ci` installs. */
function runsThroughNpm(command: string): boolean {
  return /\bnpm\s+(?:run|test|t|start|exec|x)\b|\bnpx\b/.test(command)
}

/** How to install `tool`; `command` lets an npm script's missing dev tool point at `npm ci`. */
export function installHint(tool: string, command = ''): string {
  const known = ownEntry(INSTALL_HINTS, tool)
  if (known !== undefined) return known
  if (tool.startsWith('cargo-')) return `install ${tool}: \`cargo install ${tool} --locked\``
  const npmPackage = ownEntry(NPM_PACKAGE_OF_BIN, tool)
  if (npmPackage !== undefined) {
    const provides = npmPackage === tool ? '' : ` (it provides \`${tool}\`)`
    return runsThroughNpm(command)
      ? `${tool} is not installed: run \`npm ci\` first; the package is ${npmPackage}${provides}, usually a devDependency (\`npm install --save-dev ${npmPackage}\`)`
      : `install ${npmPackage}${provides}: \`npm install --save-dev ${npmPackage}\`, then run it as \`npx ${tool}\` or through an npm script`
  }
  if (runsThroughNpm(command)) {
    return `install ${tool}: run \`npm ci\` first (it is usually a devDependency), or install it and make sure it is on PATH`
  }
  return `install ${tool} and make sure it is on PATH`
}

/** Where to look for the project's own binaries (node_modules/.bin); a seam so detection stays pure. */
export interface MissingToolContext {
  /** The path of `name` in a node_modules/.bin of the validation's directory or above, or null. */
  localBin?: (name: string) => string | null
}

/**
 * The tool a failed command was missing, or null when it failed for another reason.
 * `outputText` is what the command printed (head and tail are enough: the shell's message is
 * among the last lines). The last matching line wins: under `bash -e` it is the one that stopped
 * the script.
 */
export function detectMissingTool(
  command: string,
  outputText: string,
  exitCode: number | null,
  context: MissingToolContext = {}
): MissingTool | null {
  if (exitCode === null || exitCode === 0) return null
  const lines = outputText.split(/\r?\n/).reverse()
  const npx = npxMissingPackage(command, lines)
  if (npx !== null) return npx
  const plugin = missingPytestPlugin(command, lines, exitCode)
  if (plugin !== null) return pytestPluginTool(plugin)
  const dependency = missingJsDependency(lines)
  if (dependency !== null) return jsDependencyTool(dependency)
  for (const line of lines) {
    const found = missingToolOnLine(line.trim(), command, exitCode, context)
    if (found !== null) return found
  }
  return null
}

function missingToolOnLine(
  line: string,
  command: string,
  exitCode: number,
  context: MissingToolContext
): MissingTool | null {
  const cargoSubcommand = CARGO_NO_SUCH_COMMAND.exec(line)?.[1]
  if (cargoSubcommand !== undefined) return cargoTool(cargoSubcommand)
  const rustupProxy = RUSTUP_COMPONENT_MISSING.exec(line)?.[1]
  if (rustupProxy !== undefined) return componentOrTool(rustupProxy)
  const pythonModule = PYTHON_NO_MODULE.exec(line)?.[1]
  if (pythonModule !== undefined && /\bpython[\d.]*\s+(?:-\S+\s+)*-m\b/.test(command)) {
    return pythonModuleTool(pythonModule)
  }
  if (exitCode !== SHELL_NOT_FOUND_EXIT) return null
  const missingPath = MISSING_PATH_PATTERN.exec(line)?.[1]
  if (missingPath?.includes('/') === true) {
    return { tool: missingPath, hint: BINARY_NOT_FOUND_HINT, kind: 'binary' }
  }
  for (const pattern of SHELL_NOT_FOUND_PATTERNS) {
    const name = pattern.exec(line)?.[1]
    if (name === undefined) continue
    if (name.includes('/')) return { tool: name, hint: BINARY_NOT_FOUND_HINT, kind: 'binary' }
    return shellMissing(name, command, context)
  }
  return null
}

/** A command the shell could not find: maybe the project has it, off PATH, in node_modules/.bin. */
function shellMissing(name: string, command: string, context: MissingToolContext): MissingTool {
  if (context.localBin?.(name) != null) {
    const npmPackage = ownEntry(NPM_PACKAGE_OF_BIN, name)
    const pkg = npmPackage === undefined ? '' : `; the package is ${npmPackage}`
    return {
      tool: name,
      hint: `${name} is in node_modules/.bin but not on PATH: run it as \`npx ${name}\` or through an npm script${pkg}`,
      kind: 'tool',
      summary: `${name} is not on PATH (it is in node_modules/.bin)`
    }
  }
  return { tool: name, hint: installHint(name, command), kind: 'tool' }
}

// "/usr/bin/python3: No module named pip_audit" (the interpreter's own message for `-m`; a
// traceback's "ModuleNotFoundError: No module named 'x'" is the project's import failing).
const PYTHON_NO_MODULE = /^(?:\S*\/)?python[\d.]*(?:\.exe)?: No module named ([A-Za-z_][\w.]*)$/

function pythonModuleTool(module: string): MissingTool {
  const top = module.split('.')[0] ?? module
  const pipPackage = ownEntry(PIP_PACKAGE_OF_MODULE, top) ?? top
  return {
    tool: pipPackage,
    hint: `install ${pipPackage} (it provides the module ${top}): \`python3 -m pip install ${pipPackage}\`, or add it to the project's dev requirements`,
    kind: 'tool',
    summary: `${pipPackage} not installed (python: No module named ${top})`
  }
}

// npm 11 prints "npm error …", npm ≤ 10 "npm ERR! …".
const NPM_ERROR = String.raw`^npm (?:error|ERR!) `
const NPX_CANCELED = new RegExp(
  `${NPM_ERROR}npx canceled due to missing packages and no YES option: (\\[.*\\])`
)
const NPX_NO_EXECUTABLE = new RegExp(`${NPM_ERROR}could not determine executable to run`)
const NPM_404 = new RegExp(`${NPM_ERROR}404 Not Found - GET (\\S+)`)
const NPM_REQUEST_FAILED = new RegExp(`${NPM_ERROR}(?:FetchError: )?request to (\\S+) failed`)

/** One `npx X` / `npm exec X` of a command: the bin typed and the package it names, if any. */
interface NpxInvocation {
  bin: string
  packageName: string | null
}

/** npx options that take the next word as their value. */
const NPX_VALUE_OPTIONS: ReadonlySet<string> = new Set(['-p', '--package', '-c', '--call'])

/**
 * The `npx X` / `npm exec X` / `npm x X` of a command, read word by word (words split at blanks
 * and shell separators; quotes are not needed for the tool names this looks for).
 */
export function npxInvocations(command: string): NpxInvocation[] {
  const words = command.split(/[\s;&|()]+/).filter((word) => word !== '')
  const found: NpxInvocation[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    let next: number
    if (word === 'npx') next = index + 1
    else if (word === 'npm' && (words[index + 1] === 'exec' || words[index + 1] === 'x'))
      next = index + 2
    else continue
    let packageName: string | null = null
    while (next < words.length && words[next]!.startsWith('-')) {
      const option = words[next]!
      if (option === '--') {
        next++
        break
      }
      if (option.startsWith('--package=')) packageName = stripVersion(option.slice(10))
      else if (NPX_VALUE_OPTIONS.has(option)) {
        if (option === '-p' || option === '--package')
          packageName = stripVersion(words[next + 1] ?? '')
        next++
      }
      next++
    }
    const bin = words[next]
    if (bin !== undefined) found.push({ bin: stripVersion(bin), packageName })
    index = next
  }
  return found
}

/** "vitest@1.0.0" → "vitest", "@biomejs/biome@1" → "@biomejs/biome". */
function stripVersion(spec: string): string {
  const at = spec.indexOf('@', 1)
  return at === -1 ? spec : spec.slice(0, at)
}

/**
 * npx could not find the package locally and could not (or was not allowed to) fetch it:
 * canceled without --yes, offline (ENOTCACHED), registry unreachable, no such package (404), or
 * the package has no such executable.
 */
function npxMissingPackage(command: string, reversedLines: readonly string[]): MissingTool | null {
  const invocations = npxInvocations(command)
  if (invocations.length === 0) return null
  for (const raw of reversedLines) {
    const line = raw.trim()
    const canceled = NPX_CANCELED.exec(line)?.[1]
    if (canceled !== undefined)
      return npxTool(invocations, packagesOf(canceled)[0] ?? null, 'absent')
    if (NPX_NO_EXECUTABLE.test(line)) return npxTool(invocations, null, 'no-executable')
    const notFound = NPM_404.exec(line)?.[1]
    if (notFound !== undefined)
      return npxTool(invocations, packageOfUrl(notFound), 'not-in-registry')
    const failed = NPM_REQUEST_FAILED.exec(line)?.[1]
    const fetched = failed === undefined ? null : packageOfUrl(failed)
    if (fetched !== null) return npxTool(invocations, fetched, 'absent')
  }
  return null
}

function packagesOf(list: string): string[] {
  try {
    const parsed: unknown = JSON.parse(list)
    return Array.isArray(parsed) ? parsed.map((spec) => stripVersion(String(spec))) : []
  } catch {
    return []
  }
}

/** The package a registry URL asks for ("…/vitest", "…/@biomejs%2fbiome"); null for API paths ("/-/…"). */
function packageOfUrl(url: string): string | null {
  let pathname: string
  try {
    pathname = new URL(url).pathname
  } catch {
    return null
  }
  const name = decodeURIComponent(pathname.replace(/^\/+/, ''))
  if (name === '' || name.startsWith('-/')) return null
  return name
}

function npxTool(
  invocations: readonly NpxInvocation[],
  fetched: string | null,
  reason: 'absent' | 'no-executable' | 'not-in-registry'
): MissingTool {
  const invocation =
    invocations.find((i) => fetched !== null && (i.packageName ?? i.bin) === fetched) ??
    invocations.find((i) => fetched !== null && i.bin === fetched) ??
    invocations[invocations.length - 1]!
  const bin = invocation.bin
  const pkg = invocation.packageName ?? ownEntry(NPM_PACKAGE_OF_BIN, bin) ?? fetched ?? bin
  const provides = pkg === bin ? '' : ` (it provides \`${bin}\`)`
  const fetchedOther =
    fetched !== null && fetched !== pkg ? `; npx looked for a package named ${fetched}` : ''
  const why =
    reason === 'no-executable'
      ? `\`npx ${bin}\` found no executable named ${bin}`
      : reason === 'not-in-registry'
        ? `\`npx ${bin}\`: no package named ${fetched ?? bin} in the registry`
        : `\`npx ${bin}\`: ${pkg} is not installed and npx could not fetch it`
  return {
    tool: pkg,
    hint: `${why}${fetchedOther}; add ${pkg}${provides} to devDependencies (\`npm install --save-dev ${pkg}\`) and run \`npm ci\` before the gate`,
    kind: 'tool',
    summary: `${pkg} not installed (npx ${bin})`
  }
}

function pytestPluginTool({
  plugin,
  provides,
  said,
  configFile
}: MissingPytestPlugin): MissingTool {
  const from =
    configFile === null ? '' : `, which the command does not pass: see ${configFile}'s addopts`
  return {
    tool: plugin,
    hint: `install ${plugin} (it provides \`${provides}\`${from}): \`python3 -m pip install ${plugin}\`, or add it to the project's dev requirements`,
    kind: 'tool',
    summary: `${plugin} not installed (pytest: ${said})`
  }
}

function jsDependencyTool({ packageName, tool, said }: MissingJsDependency): MissingTool {
  return {
    tool: packageName,
    hint: `${tool} needs ${packageName}: run \`npm ci\` first; if the project does not list it, \`npm install --save-dev ${packageName}\``,
    kind: 'tool',
    summary: `${packageName} not installed (${tool}: ${said})`
  }
}

function cargoTool(subcommand: string): MissingTool {
  const component = ownEntry(RUST_COMPONENT_OF, subcommand)
  if (component !== undefined)
    return { tool: component, hint: installHint(component), kind: 'tool' }
  const tool = `cargo-${subcommand}`
  return { tool, hint: installHint(tool), kind: 'tool' }
}

function componentOrTool(name: string): MissingTool {
  const tool = ownEntry(RUST_COMPONENT_OF, name) ?? name
  return { tool, hint: installHint(tool), kind: 'tool' }
}
