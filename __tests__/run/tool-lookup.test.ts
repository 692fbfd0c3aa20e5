/**
 * Whether a tool is installed is the test's choice, not the machine's (support/tool-lookup.ts):
 * real bash and real cargo look tools up in an environment where a tool is a stand-in or absent,
 * and the scheduler reports what they found. cargo is required (as in CI).
 */
import type { ValidationResult } from '../../src/validations/model.js'
import { ProcessRunner } from '../../src/run/runner.js'
import { runValidations } from '../../src/run/scheduler.js'
import { scratchDirectory } from '../support/temporary.js'
import { toolLookup, type ToolChoice } from '../support/tool-lookup.js'
import { plainValidation } from '../support/validations.js'

const scratch = scratchDirectory('tool-lookup-test-')
const cleanups: (() => void)[] = []
afterAll(() => {
  for (const cleanup of cleanups) cleanup()
})

const AUDIT_HINT =
  'install cargo-audit: `cargo install cargo-audit --locked` (in Actions: taiki-e/install-action with `tool: cargo-audit`)'

/** Runs one command with tools as chosen, on top of `machine` (default: this process's env). */
async function runWith(
  command: string,
  choice: ToolChoice,
  machine: NodeJS.ProcessEnv = process.env
): Promise<ValidationResult> {
  const tools = toolLookup(choice, machine)
  cleanups.push(tools.remove)
  const validation = plainValidation('step', { command, timeoutMs: 60_000, env: tools.env })
  const [result] = await runValidations([validation], {
    root: scratch.dir,
    runner: new ProcessRunner()
  })
  return result!
}

describe('cargo subcommands, as the test chooses', () => {
  it('cargo audit without cargo-audit is missing-tool, with its install hint', async () => {
    const result = await runWith('cargo audit', { missing: ['cargo-audit'] })
    expect(result).toMatchObject({
      status: 'missing-tool',
      exitCode: 101,
      report: { summary: 'cargo-audit not installed' },
      hint: AUDIT_HINT
    })
  })

  it('cargo audit with cargo-audit installed runs it', async () => {
    const result = await runWith('cargo audit', {
      installed: { 'cargo-audit': 'echo "stand-in cargo-audit called with: $*"' }
    })
    expect(result).toMatchObject({ status: 'passed', exitCode: 0, hint: null })
    expect(result.output.head).toBe('stand-in cargo-audit called with: audit\n')
  })

  it('cargo-audit installed on the machine (on PATH and in CARGO_HOME/bin) is hidden when missing', async () => {
    const machine = toolLookup({ installed: { 'cargo-audit': 'echo machine audit' } })
    cleanups.push(machine.remove)
    const onMachine = { ...process.env, ...machine.env }
    expect((await runWith('cargo audit', {}, onMachine)).output.head).toBe('machine audit\n')
    expect(await runWith('cargo audit', { missing: ['cargo-audit'] }, onMachine)).toMatchObject({
      status: 'missing-tool',
      report: { summary: 'cargo-audit not installed' }
    })
  })

  it('an unknown cargo subcommand is a missing cargo-<name> tool', async () => {
    const result = await runWith('cargo definitely-not-a-subcommand-xyz', {})
    expect(result).toMatchObject({
      status: 'missing-tool',
      exitCode: 101,
      report: { summary: 'cargo-definitely-not-a-subcommand-xyz not installed' },
      hint: 'install cargo-definitely-not-a-subcommand-xyz: `cargo install cargo-definitely-not-a-subcommand-xyz --locked`'
    })
  })
})

describe('commands on PATH, as the test chooses', () => {
  it('a command the machine has: found, hidden when missing, replaced when installed', async () => {
    const machine = toolLookup({ installed: { 'lint-xyz': 'echo "machine lint-xyz $1"' } })
    cleanups.push(machine.remove)
    const onMachine = { ...process.env, ...machine.env }
    expect((await runWith('lint-xyz --version', {}, onMachine)).output.head).toBe(
      'machine lint-xyz --version\n'
    )
    expect(await runWith('lint-xyz --version', { missing: ['lint-xyz'] }, onMachine)).toMatchObject(
      {
        status: 'missing-tool',
        exitCode: 127,
        report: { summary: 'lint-xyz not installed' },
        hint: 'install lint-xyz and make sure it is on PATH'
      }
    )
    const installed = await runWith(
      'lint-xyz --version',
      { installed: { 'lint-xyz': 'echo "stand-in lint-xyz $1"' } },
      onMachine
    )
    expect(installed).toMatchObject({ status: 'passed', exitCode: 0 })
    expect(installed.output.head).toBe('stand-in lint-xyz --version\n')
  })
})
