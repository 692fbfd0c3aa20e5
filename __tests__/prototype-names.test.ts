// Names from untrusted text that are also members of Object.prototype ("constructor", "toString",
// "__proto__", …) are names like any other: a program, a cargo subcommand, a module, a plugin or
// a CVSS value so named is looked up in the gate's tables as absent (src/own-entry.ts). Before,
// `constructor --version` got the install hint "function Object() { [native code] }", `cargo
// constructor` was refused with the reason "undefined", and a CVSS vector with such a value
// scored NaN.
import { parseChecklist } from '../src/checklist/parse.js'
import { cvss3BaseScore } from '../src/findings/cvss.js'
import { planValidations } from '../src/plan/plan.js'
import { detectMissingTool, installHint } from '../src/run/missing-tool.js'

const NAMES = Object.getOwnPropertyNames(Object.prototype)

test('the names are the ones a plain lookup would find', () => {
  expect(NAMES).toEqual(expect.arrayContaining(['constructor', 'toString', '__proto__', 'valueOf']))
})

describe.each(NAMES)('%s', (name) => {
  test('a command the shell cannot find gets the generic install hint', () => {
    const output = `bash: line 1: ${name}: command not found\n`
    expect(detectMissingTool(`${name} --version`, output, 127)).toEqual({
      tool: name,
      hint: `install ${name} and make sure it is on PATH`,
      kind: 'tool'
    })
    expect(installHint(name, 'npm test')).toBe(
      `install ${name}: run \`npm ci\` first (it is usually a devDependency), or install it and make sure it is on PATH`
    )
  })

  test('a cargo subcommand cargo does not know is the crate cargo-<name>', () => {
    const output = `error: no such command: \`${name}\`\n`
    expect(detectMissingTool(`cargo ${name}`, output, 101)).toEqual({
      tool: `cargo-${name}`,
      hint: `install cargo-${name}: \`cargo install cargo-${name} --locked\``,
      kind: 'tool'
    })
  })

  test('python -m <name> and pytest -p <name> name the module itself', () => {
    expect(
      detectMissingTool(`python3 -m ${name}`, `/usr/bin/python3: No module named ${name}\n`, 1)
        ?.tool
    ).toBe(name)
    const plugin = `ImportError: Error importing plugin "${name}": No module named '${name}'\n`
    expect(detectMissingTool(`pytest -p ${name}`, plugin, 1)?.tool).toBe(name.replaceAll('_', '-'))
  })

  test('the planner plans or refuses the commands with real reasons', () => {
    const commands = [
      `${name} --check`,
      `cargo ${name}`,
      `npm ${name}`,
      `npx ${name} lint`,
      `env ${name} --check`,
      `uv ${name} x`,
      `git ${name}`
    ]
    const text = [
      '# Checklist',
      '',
      '## Phase 1: Critical (CRITICAL)',
      '',
      ...commands.map((command) => `- [ ] Verify: \`${command}\``),
      ''
    ].join('\n')
    const plan = planValidations(parseChecklist(text, 'C.md'), null)
    const planned = plan.validations.map((v) => v.command)
    const refused = plan.refused.map((r) => r.command)
    expect([...planned, ...refused].sort()).toEqual([...commands].sort())
    for (const refusal of plan.refused) {
      expect(refusal.reason).toMatch(/^\S/)
      expect(`${refusal.effect} ${refusal.reason}`).not.toMatch(/undefined|native code|function/)
    }
  })

  test('a CVSS vector with the name as a value is not a score', () => {
    const vector = (av: string, pr: string): string =>
      `CVSS:3.1/AV:${av}/AC:L/PR:${pr}/UI:N/S:U/C:H/I:H/A:H`
    expect(cvss3BaseScore(vector('N', 'N'))).toBe(9.8)
    expect(cvss3BaseScore(vector(name, 'N'))).toBeNull()
    expect(cvss3BaseScore(vector('N', name))).toBeNull()
  })
})
