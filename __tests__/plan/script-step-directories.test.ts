/**
 * Directory changes in script steps. A step points at its first command that is not a lone
 * directory change, once its refused commands are dropped; a step with nothing else left is no
 * step; `cd x && make` is a command. Each step runs alone (a fresh bash at the step's directory),
 * so a step whose `popd` pops a `pushd` from before the step starts by putting the script's
 * directory stack back (`pushd -n`), and the `popd` runs as written, chained or not.
 */
import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseChecklist } from '../../src/checklist/parse.js'
import { planValidations, type Plan } from '../../src/plan/plan.js'

/** A plan of `script`, whose first line is checklist line 4, followed by a step "Last". */
function planOf(script: string[]): Plan {
  const markdown = [
    '# Release',
    '## Validation',
    '```bash',
    ...script,
    'echo "9. Last"',
    'make last',
    '```'
  ].join('\n')
  return planValidations(parseChecklist(markdown, 'CHECKLIST.md'), null)
}

function steps(result: Plan): unknown[] {
  return result.validations.map((v) => [v.id, v.command, v.cwd, v.source.line])
}

describe('a step whose first commands are refused', () => {
  test('after a cd, it points at the command the cd leads to', () => {
    const result = planOf(['echo "1. Where"', 'cargo fmt', 'cd sub', 'make check'])
    expect(steps(result)).toEqual([
      ['where', 'cd sub\nmake check', '.', 7],
      ['last', 'make last', 'sub', 9]
    ])
    expect(result.refused.map((r) => [r.line, r.command])).toEqual([[5, 'cargo fmt']])
  })

  test('after a pushd, likewise', () => {
    const result = planOf(['echo "1. Where"', 'cargo fmt', 'pushd sub', 'make check', 'popd'])
    expect(steps(result)).toEqual([
      ['where', 'pushd sub\nmake check', '.', 7],
      ['last', 'make last', '.', 10]
    ])
  })

  test('with only a cd left between fixers, it is no step', () => {
    const result = planOf(['echo "1. Format"', 'cargo fmt', 'cd sub', 'cargo fmt --all'])
    expect(steps(result)).toEqual([['last', 'make last', 'sub', 9]])
    expect(result.refused.map((r) => [r.line, r.command])).toEqual([
      [5, 'cargo fmt'],
      [7, 'cargo fmt --all']
    ])
  })

  test('a chained `cd sub && make` is its first command', () => {
    const result = planOf(['echo "1. Where"', 'cargo fmt', 'cd sub && make check'])
    expect(steps(result)).toEqual([
      ['where', 'cd sub && make check', '.', 6],
      ['last', 'make last', 'sub', 8]
    ])
  })
})

/** The line a step starts with when it pops a directory pushed before it. */
const SEED = (directory: string): string =>
  `pushd -n ${directory} >/dev/null # the directory stack from before this step`

describe('a step run on its own in a fresh bash, at its directory', () => {
  /** Runs the step as the runner does (`bash -e -c`), in a project with lib/ and "it's here/". */
  function run(result: Plan, id: string): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-popd-'))
    try {
      fs.mkdirSync(path.join(root, 'lib', 'sub'), { recursive: true })
      fs.writeFileSync(path.join(root, 'lib', 'sub', 'sub.txt'), '')
      fs.writeFileSync(path.join(root, 'top.txt'), '')
      fs.writeFileSync(path.join(root, 'lib', 'lib.txt'), '')
      fs.mkdirSync(path.join(root, "it's here"))
      fs.writeFileSync(path.join(root, "it's here", 'here.txt'), '')
      const step = result.validations.find((v) => v.id === id)!
      const outcome = spawnSync('bash', ['-e', '-c', step.command], {
        cwd: path.join(root, step.cwd),
        encoding: 'utf8'
      })
      return outcome.status === 0 ? 'passes' : `fails: ${outcome.stderr.trim()}`
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  }

  test.each([
    ['opened by a pushd', ['echo "1. Lib"', 'pushd lib']],
    ['after a pushd before it', ['pushd lib', 'echo "1. Lib"']]
  ])('%s, the step puts the stack back and its popd runs as written', (_, opening) => {
    const result = planOf([...opening, 'test -f lib.txt', 'popd', 'test -f top.txt'])
    expect(steps(result)).toEqual([
      ['lib', `${SEED('"$PWD"/..')}\ntest -f lib.txt\npopd\ntest -f top.txt`, 'lib', 6],
      ['last', 'make last', '.', 10]
    ])
    expect(run(result, 'lib')).toBe('passes')
  })

  test('a popd chained with a command (`popd && make`) runs as written too', () => {
    const result = planOf([
      'pushd lib',
      'echo "1. Lib"',
      'test -f lib.txt',
      'popd && test -f top.txt'
    ])
    expect(steps(result)[0]).toEqual([
      'lib',
      `${SEED('"$PWD"/..')}\ntest -f lib.txt\npopd && test -f top.txt`,
      'lib',
      6
    ])
    expect(run(result, 'lib')).toBe('passes')
    // The next step starts where the popd left the script.
    expect(steps(result)[1]).toEqual(['last', 'make last', '.', 9])
  })

  test('two pushds before the step: both are put back, bottom first', () => {
    const result = planOf([
      'pushd lib',
      'pushd sub',
      'echo "1. Deep"',
      'test -f sub.txt',
      'popd',
      'test -f lib.txt',
      'popd && test -f top.txt'
    ])
    expect(result.validations[0]).toMatchObject({
      cwd: 'lib/sub',
      command: `pushd -n "$PWD"/../.. >/dev/null && pushd -n "$PWD"/.. >/dev/null # the directory stack from before this step\ntest -f sub.txt\npopd\ntest -f lib.txt\npopd && test -f top.txt`
    })
    expect(run(result, 'deep')).toBe('passes')
  })

  test('a popd with no command after it in the step adds nothing', () => {
    const result = planOf([
      'pushd lib',
      'echo "1. Lib"',
      'test -f lib.txt',
      'popd',
      'echo "2. Top"',
      'test -f top.txt'
    ])
    expect(result.validations.map((v) => [v.id, v.cwd, v.command])).toEqual([
      ['lib', 'lib', 'test -f lib.txt'],
      ['top', '.', 'test -f top.txt'],
      ['last', '.', 'make last']
    ])
  })

  test('the directory put back is one shell word', () => {
    const result = planOf([
      `cd "it's here"`,
      'echo "1. Lib"',
      'pushd ../lib',
      'test -f lib.txt',
      'popd',
      'test -f here.txt'
    ])
    expect(result.validations[0]).toMatchObject({
      cwd: 'lib',
      command: `${SEED(`"$PWD"/'../it'\\''s here'`)}\ntest -f lib.txt\npopd\ntest -f here.txt`
    })
    expect(run(result, 'lib')).toBe('passes')
  })

  test('a pushd and popd inside its command stay as written', () => {
    const result = planOf([
      'echo "1. Both"',
      'test -f top.txt',
      'pushd lib',
      'test -f lib.txt',
      'popd',
      'test -f top.txt'
    ])
    expect(result.validations[0]!.command).toBe(
      'test -f top.txt\npushd lib\ntest -f lib.txt\npopd\ntest -f top.txt'
    )
    expect(run(result, 'both')).toBe('passes')
  })
})
