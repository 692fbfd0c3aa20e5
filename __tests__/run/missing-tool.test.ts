/**
 * Missing-tool detection, fed with what real shells and cargo print (run here, not copied, with
 * the tools present or absent as each test chooses: support/tool-lookup.ts), except where the
 * tool state cannot be reproduced on demand (noted per case). cargo is required, as in CI.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { detectMissingTool, installHint } from '../../src/run/missing-tool.js'
import { scratchDirectory } from '../support/temporary.js'
import { toolLookup } from '../support/tool-lookup.js'

const scratch = scratchDirectory('missing-tool-test-')

/**
 * Runs a command the way the runner does, without the `missing` tools, and returns its exit
 * code and combined output.
 */
function realRun(
  command: string,
  missing: string[] = []
): { exitCode: number | null; output: string } {
  const tools = toolLookup({ missing })
  try {
    const run = spawnSync('bash', ['-e', '-c', `${command} 2>&1`], {
      cwd: scratch.dir,
      encoding: 'utf8',
      env: { ...process.env, ...tools.env }
    })
    return { exitCode: run.status, output: run.stdout }
  } finally {
    tools.remove()
  }
}

describe('detectMissingTool on real shell output', () => {
  it('finds a bare command bash cannot find (exit 127)', () => {
    const command = 'echo start\ndefinitely-not-a-tool-xyz --version'
    const { exitCode, output } = realRun(command)
    expect(exitCode).toBe(127)
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: 'definitely-not-a-tool-xyz',
      hint: 'install definitely-not-a-tool-xyz and make sure it is on PATH',
      kind: 'tool'
    })
  })

  it('finds a command sh (dash) cannot find, as in npm scripts', () => {
    const command = "sh -c 'definitely-not-a-tool-xyz'"
    const { exitCode, output } = realRun(command)
    expect(exitCode).toBe(127)
    expect(detectMissingTool(command, output, exitCode)?.tool).toBe('definitely-not-a-tool-xyz')
  })

  it('points an npm script missing its dev tool at npm ci', () => {
    writeFileSync(
      path.join(scratch.dir, 'package.json'),
      JSON.stringify({
        name: 'x',
        version: '1.0.0',
        scripts: { build: 'tsc-not-installed-xyz -p .' }
      })
    )
    const command = 'npm run build'
    const { exitCode, output } = realRun(command)
    expect(exitCode).toBe(127)
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: 'tsc-not-installed-xyz',
      hint: 'install tsc-not-installed-xyz: run `npm ci` first (it is usually a devDependency), or install it and make sure it is on PATH',
      kind: 'tool'
    })
  })

  it('treats a missing binary path as the build failing, not a tool to install', () => {
    const command = './target/release/llm-memory-graph --help'
    const { exitCode, output } = realRun(command)
    expect(exitCode).toBe(127)
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: './target/release/llm-memory-graph',
      hint: 'binary not found; did the build step succeed?',
      kind: 'binary'
    })
  })

  it('finds cargo itself missing (exit 127), with the toolchain hint', () => {
    const command = 'cargo build'
    const { exitCode, output } = realRun(command, ['cargo'])
    expect(exitCode).toBe(127)
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: 'cargo',
      hint: 'install a Rust toolchain (in Actions: dtolnay/rust-toolchain)',
      kind: 'tool'
    })
  })

  it('maps `cargo audit` without cargo-audit to cargo-audit with its install hint (exit 101)', () => {
    const command = 'echo "3. Security audit..."\ncargo audit'
    const { exitCode, output } = realRun(command, ['cargo-audit'])
    expect(exitCode).toBe(101)
    expect(output).toContain('error: no such command: `audit`')
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: 'cargo-audit',
      hint: 'install cargo-audit: `cargo install cargo-audit --locked` (in Actions: taiki-e/install-action with `tool: cargo-audit`)',
      kind: 'tool'
    })
  })

  it('finds a cargo subcommand cargo does not know (exit 101)', () => {
    const command = 'cargo definitely-not-a-subcommand-xyz'
    const { exitCode, output } = realRun(command)
    expect(exitCode).toBe(101)
    expect(detectMissingTool(command, output, exitCode)).toEqual({
      tool: 'cargo-definitely-not-a-subcommand-xyz',
      hint: 'install cargo-definitely-not-a-subcommand-xyz: `cargo install cargo-definitely-not-a-subcommand-xyz --locked`',
      kind: 'tool'
    })
  })

  it('finds nothing for an ordinary failure, a success or a kill', () => {
    const failing = realRun('echo "error: could not compile"; ls /definitely/not/there')
    expect(failing.exitCode).not.toBe(0)
    expect(
      detectMissingTool('ls /definitely/not/there', failing.output, failing.exitCode)
    ).toBeNull()
    expect(detectMissingTool('x', 'bash: x: command not found', 0)).toBeNull()
    expect(detectMissingTool('x', 'bash: x: command not found', null)).toBeNull()
    // A test that merely prints the phrase but fails with exit 1 is a failure, not a missing tool.
    expect(
      detectMissingTool('cargo test', 'thing: command not found\ntest result: FAILED', 1)
    ).toBeNull()
  })
})

describe('detectMissingTool on messages that cannot be reproduced here on demand', () => {
  it('maps missing rustup components to rustup component add', () => {
    // rustup's proxy when the component is not installed for the toolchain (exit 1).
    const fmt =
      "error: 'cargo-fmt' is not installed for the toolchain 'stable-x86_64-unknown-linux-gnu'.\nTo install, run `rustup component add rustfmt`"
    expect(detectMissingTool('cargo fmt -- --check', fmt, 1)).toMatchObject({
      tool: 'rustfmt',
      hint: 'rustup component add rustfmt'
    })
    const clippy = "error: 'cargo-clippy' is not installed for the toolchain 'stable'"
    expect(detectMissingTool('cargo clippy', clippy, 1)).toMatchObject({
      tool: 'clippy',
      hint: 'rustup component add clippy'
    })
    expect(detectMissingTool('cargo fmt', 'error: no such command: `fmt`', 101)?.tool).toBe(
      'rustfmt'
    )
  })

  it('uses the last not-found line: under bash -e it is the one that stopped the script', () => {
    const output =
      'bash: line 1: first-xyz: command not found\nbash: line 2: second-xyz: command not found'
    expect(detectMissingTool('first-xyz || true\nsecond-xyz', output, 127)?.tool).toBe('second-xyz')
  })

  it('reads zsh and absolute-path forms', () => {
    expect(detectMissingTool('foo', 'zsh: command not found: foo', 127)?.tool).toBe('foo')
    expect(
      detectMissingTool(
        '/opt/x/bin/tool',
        'bash: line 1: /opt/x/bin/tool: No such file or directory',
        127
      )?.kind
    ).toBe('binary')
  })
})

describe('installHint', () => {
  it.each([
    ['cargo', 'install a Rust toolchain (in Actions: dtolnay/rust-toolchain)'],
    ['rustc', 'install a Rust toolchain (in Actions: dtolnay/rust-toolchain)'],
    ['npm', 'install Node.js (in Actions: actions/setup-node)'],
    ['node', 'install Node.js (in Actions: actions/setup-node)'],
    ['rustfmt', 'rustup component add rustfmt'],
    ['clippy', 'rustup component add clippy'],
    ['cargo-nextest', 'install cargo-nextest: `cargo install cargo-nextest --locked`'],
    ['jq', 'install jq and make sure it is on PATH']
  ])('%s → %s', (tool, hint) => {
    expect(installHint(tool)).toBe(hint)
  })
})
