/**
 * Recognises a validation that could not run because its tool is not installed, from what the
 * shell or cargo printed, and says how to install it.
 *
 * Decision: missing-tool is its own status (so the report can say "install cargo-audit" rather
 * than "exit 101"), and it COUNTS AS A FAILURE of a critical validation: the checklist demands
 * the tool, so a run that could not use it has not proved the item.
 */

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

const INSTALL_HINTS: Readonly<Record<string, string>> = {
  'cargo-audit':
    'install cargo-audit: `cargo install cargo-audit --locked` (in Actions: taiki-e/install-action with `tool: cargo-audit`)',
  rustfmt: 'rustup component add rustfmt',
  clippy: 'rustup component add clippy',
  cargo: 'install a Rust toolchain (in Actions: dtolnay/rust-toolchain)',
  rustc: 'install a Rust toolchain (in Actions: dtolnay/rust-toolchain)',
  rustup: 'install a Rust toolchain (in Actions: dtolnay/rust-toolchain)',
  npm: 'install Node.js (in Actions: actions/setup-node)',
  npx: 'install Node.js (in Actions: actions/setup-node)',
  node: 'install Node.js (in Actions: actions/setup-node)'
}

const BINARY_NOT_FOUND_HINT = 'binary not found; did the build step succeed?'

/** How to install `tool`; `command` lets an npm script's missing dev tool point at `npm ci`. */
export function installHint(tool: string, command = ''): string {
  const known = INSTALL_HINTS[tool]
  if (known !== undefined) return known
  if (tool.startsWith('cargo-')) return `install ${tool}: \`cargo install ${tool} --locked\``
  if (/\bnpm\s+(?:run|test|t|start|exec)\b|\bnpx\b/.test(command)) {
    return `install ${tool}: run \`npm ci\` first (it is usually a devDependency), or install it and make sure it is on PATH`
  }
  return `install ${tool} and make sure it is on PATH`
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
  exitCode: number | null
): MissingTool | null {
  if (exitCode === null || exitCode === 0) return null
  const lines = outputText.split(/\r?\n/).reverse()
  for (const line of lines) {
    const found = missingToolOnLine(line.trim(), command, exitCode)
    if (found !== null) return found
  }
  return null
}

function missingToolOnLine(line: string, command: string, exitCode: number): MissingTool | null {
  const cargoSubcommand = CARGO_NO_SUCH_COMMAND.exec(line)?.[1]
  if (cargoSubcommand !== undefined) return cargoTool(cargoSubcommand)
  const rustupProxy = RUSTUP_COMPONENT_MISSING.exec(line)?.[1]
  if (rustupProxy !== undefined) return componentOrTool(rustupProxy)
  if (exitCode !== SHELL_NOT_FOUND_EXIT) return null
  const missingPath = MISSING_PATH_PATTERN.exec(line)?.[1]
  if (missingPath?.includes('/') === true) {
    return { tool: missingPath, hint: BINARY_NOT_FOUND_HINT, kind: 'binary' }
  }
  for (const pattern of SHELL_NOT_FOUND_PATTERNS) {
    const name = pattern.exec(line)?.[1]
    if (name === undefined) continue
    if (name.includes('/')) return { tool: name, hint: BINARY_NOT_FOUND_HINT, kind: 'binary' }
    return { tool: name, hint: installHint(name, command), kind: 'tool' }
  }
  return null
}

function cargoTool(subcommand: string): MissingTool {
  const component = RUST_COMPONENT_OF[subcommand]
  if (component !== undefined)
    return { tool: component, hint: installHint(component), kind: 'tool' }
  const tool = `cargo-${subcommand}`
  return { tool, hint: installHint(tool), kind: 'tool' }
}

function componentOrTool(name: string): MissingTool {
  const tool = RUST_COMPONENT_OF[name] ?? name
  return { tool, hint: installHint(tool), kind: 'tool' }
}
